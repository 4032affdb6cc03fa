import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from './astNodeTypes';

import { getPropertyKey } from './findProperty';
import { getBindingName, mayHoldSecretLiteral } from './secretClassifier';

/**
 * The listeners that find values bound to a name outside object literals, for the rules that judge a value by the
 * name it is given: `const clientSecret = …` (with the declared identifier), `cfg.clientSecret = …`, parameter and
 * destructuring defaults (`function connect(clientSecret = '…')`, `const { JWT_SECRET = '…' } = process.env`),
 * class fields, and with `jsx` also JSX attributes (`<Provider apiKey="…" />`). Object-literal properties differ per
 * rule, so each rule keeps its own `Property` listener.
 *
 * Only values that can hold a hard-coded string are handed over (`mayHoldSecretLiteral`: strings, names, members,
 * fallbacks, encoding wrappers), so the name of a function, object or call is never read.
 */
export function namedValueListeners(
  sourceCode: Readonly<TSESLint.SourceCode>,
  check: (name: string, value: TSESTree.Node, declared?: TSESTree.Identifier) => void,
  options: { jsx?: boolean } = {},
): TSESLint.RuleListener {
  const listeners: TSESLint.RuleListener = {
    VariableDeclarator(node: TSESTree.VariableDeclarator): void {
      if (node.init && node.id.type === AST_NODE_TYPES.Identifier && mayHoldSecretLiteral(node.init)) {
        check(node.id.name, node.init, node.id);
      }
    },
    AssignmentExpression(node: TSESTree.AssignmentExpression): void {
      if (node.operator !== '=' || !mayHoldSecretLiteral(node.right)) {
        return;
      }
      const name = getBindingName(node.right, sourceCode);
      if (name !== undefined) {
        check(name, node.right);
      }
    },
    AssignmentPattern(node: TSESTree.AssignmentPattern): void {
      if (node.left.type === AST_NODE_TYPES.Identifier && mayHoldSecretLiteral(node.right)) {
        check(node.left.name, node.right);
      }
    },
    PropertyDefinition(node: TSESTree.PropertyDefinition): void {
      const name = node.value && mayHoldSecretLiteral(node.value) ? getPropertyKey(node, sourceCode) : undefined;
      if (name !== undefined && node.value) {
        check(name, node.value);
      }
    },
  };
  if (options.jsx) {
    listeners.JSXAttribute = (node: TSESTree.JSXAttribute): void => {
      const value = node.value?.type === AST_NODE_TYPES.JSXExpressionContainer ? node.value.expression : node.value;
      if (node.name.type === AST_NODE_TYPES.JSXIdentifier && value && value.type !== AST_NODE_TYPES.JSXEmptyExpression && mayHoldSecretLiteral(value)) {
        check(node.name.name, value);
      }
    };
  }
  return listeners;
}
