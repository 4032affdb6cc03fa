import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';
import { registerMentions, sourceMentionsAny } from '../rule/sourceMentions';

/** A form or query parameter as `formParameterListeners` looks for it: `grant_type=`, with its prefilter word. */
export interface FormParameter {
  text: string;
  words: readonly string[];
}

/** Registers a parameter's text (`'grant_type='`) with the file scan; call once, at module level. */
export function registerFormParameter(text: string): FormParameter {
  return { text, words: registerMentions([text]) };
}

/** A string written in code: a literal or a template, or a `+` concatenation of them. */
export type FormStringNode = TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.BinaryExpression;

/**
 * How deep a parenthesised piece of a concatenation is followed (`a + (b + (c + …))`); the chain itself has no limit.
 */
const MAX_NESTING = 20;

/**
 * The listeners that find a form or query parameter written out in strings, for the rules that read hand-built
 * OAuth requests (`'grant_type=password&username=' + user`, `` `…/authorize?response_type=token&…` ``): `check`
 * gets each string literal whose value has `parameter.text`, each template with it in a static part, and the top of
 * each `+` concatenation with such a string or template among its pieces. Callers that read a concatenation as a
 * whole skip the literals and templates inside one.
 *
 * Set up only in files whose text has the parameter (one answer from the shared file scan instead of a look at every
 * string): a string that spells it with escapes (`'grant_type\x3d…'`) is not read as one.
 */
export function formParameterListeners(
  sourceCode: Readonly<TSESLint.SourceCode>,
  parameter: FormParameter,
  check: (node: FormStringNode) => void,
): TSESLint.RuleListener {
  if (!sourceMentionsAny(sourceCode, parameter.words)) {
    return {};
  }
  const { text } = parameter;
  return {
    Literal(node: TSESTree.Literal): void {
      if (typeof node.value === 'string' && node.value.includes(text)) {
        check(node);
      }
    },
    TemplateLiteral(node: TSESTree.TemplateLiteral): void {
      if (templateHas(node, text)) {
        check(node);
      }
    },
    BinaryExpression(node: TSESTree.BinaryExpression): void {
      const parent = node.parent;
      if (
        node.operator === '+' &&
        !(parent.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+') &&
        hasPiece(node, text, 0)
      ) {
        check(node);
      }
    },
  };
}

function templateHas(node: TSESTree.TemplateLiteral, text: string): boolean {
  return node.quasis.some(quasi => quasi.value.raw.includes(text));
}

/** Whether a piece of a `+` concatenation is a string or template with `text`: down the chain without recursion. */
function hasPiece(node: TSESTree.Node, text: string, nesting: number): boolean {
  let current = skipWrappers(node);
  while (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+') {
    if (nesting < MAX_NESTING && hasPiece(current.right, text, nesting + 1)) {
      return true;
    }
    current = skipWrappers(current.left);
  }
  if (current.type === AST_NODE_TYPES.Literal) {
    return typeof current.value === 'string' && current.value.includes(text);
  }
  return current.type === AST_NODE_TYPES.TemplateLiteral && templateHas(current, text);
}
