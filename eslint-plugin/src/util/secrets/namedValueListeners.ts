import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { getPropertyKey } from '../evaluate/staticValue';
import { getBindingName, mayHoldSecretLiteral } from './secretLiteral';
import { defineSharedPass, type PassContext } from '../rule/sharedPass';

/** What a rule that judges values by the name they are given wants to hear about. */
export interface NamedValueHandlers {
  /** An object-literal property (`{ clientSecret: … }`, not a getter, method or pattern), with its key and object. */
  property?: (name: string, node: TSESTree.Property, object: TSESTree.ObjectExpression) => void;
  /**
   * A value bound to a name outside object literals: `const clientSecret = …` (with the declared identifier as
   * `declared`), `cfg.clientSecret = …`, parameter and destructuring defaults (`function connect(clientSecret = '…')`,
   * `const { JWT_SECRET = '…' } = process.env`), class fields, and with `jsx` also JSX attributes
   * (`<Provider apiKey="…" />`).
   */
  named?: (name: string, value: TSESTree.Node, declared?: TSESTree.Identifier) => void;
  jsx?: boolean;
}

/** The channels of the pass: what `NamedValueHandlers` become once subscribed. */
type Channels = {
  property: NamedValueHandlers['property'];
  named: NamedValueHandlers['named'];
  /** The `named` handler of the rules that asked for JSX attributes. */
  jsx: ((name: string, value: TSESTree.Node) => void) | undefined;
};

/**
 * Several rules judge the same named values (the secret rules: each its own names), and every file has thousands of
 * properties and declarations: one pass finds the names once and hands them to each rule in turn, instead of each
 * rule reading the same names again.
 */
const namedValues = defineSharedPass<Channels>({
  name: 'named values',
  listeners: (sourceCode, run) => ({
    Property(node: TSESTree.Property): void {
      const object = node.parent;
      if (object.type === AST_NODE_TYPES.ObjectExpression && node.kind === 'init' && mayHoldSecretLiteral(node.value)) {
        const name = getPropertyKey(node, sourceCode);
        if (name !== undefined) {
          run.emit('property', name, node, object);
        }
      }
    },
    VariableDeclarator(node: TSESTree.VariableDeclarator): void {
      if (node.init && node.id.type === AST_NODE_TYPES.Identifier && mayHoldSecretLiteral(node.init)) {
        run.emit('named', node.id.name, node.init, node.id);
      }
    },
    AssignmentExpression(node: TSESTree.AssignmentExpression): void {
      if (node.operator !== '=' || !run.listening('named') || !mayHoldSecretLiteral(node.right)) {
        return;
      }
      const name = getBindingName(node.right, sourceCode);
      if (name !== undefined) {
        run.emit('named', name, node.right);
      }
    },
    AssignmentPattern(node: TSESTree.AssignmentPattern): void {
      if (node.left.type === AST_NODE_TYPES.Identifier && mayHoldSecretLiteral(node.right)) {
        run.emit('named', node.left.name, node.right);
      }
    },
    PropertyDefinition(node: TSESTree.PropertyDefinition): void {
      const name =
        node.value && run.listening('named') && mayHoldSecretLiteral(node.value)
          ? getPropertyKey(node, sourceCode)
          : undefined;
      if (name !== undefined && node.value) {
        run.emit('named', name, node.value);
      }
    },
    JSXAttribute(node: TSESTree.JSXAttribute): void {
      if (!run.listening('jsx')) {
        return;
      }
      const value = node.value?.type === AST_NODE_TYPES.JSXExpressionContainer ? node.value.expression : node.value;
      if (
        node.name.type === AST_NODE_TYPES.JSXIdentifier &&
        value &&
        value.type !== AST_NODE_TYPES.JSXEmptyExpression &&
        mayHoldSecretLiteral(value)
      ) {
        run.emit('jsx', node.name.name, value);
      }
    },
  }),
});

/**
 * Subscribes a rule's handlers to the named values of the file being linted (a shared pass: see
 * `defineSharedPass`). Call it from `create`. Only values that can hold a hard-coded string are handed over
 * (`mayHoldSecretLiteral`: strings, names, members, fallbacks, encoding wrappers), so the name of a function, object
 * or call is never read.
 *
 * Every subscriber's handlers are called in the order the rules subscribed; a handler that throws stops its rule
 * alone. The listeners returned are for `Program`, `Program:exit`, `Property`, `VariableDeclarator`,
 * `AssignmentExpression`, `AssignmentPattern`, `PropertyDefinition` and `JSXAttribute`: a rule with a listener of its
 * own for one of those merges the two (`mergeListeners`) rather than spreading one over the other.
 */
export function namedValueListeners(
  context: PassContext,
  { property, named, jsx }: NamedValueHandlers,
): TSESLint.RuleListener {
  return namedValues.subscribe(context, { property, named, jsx: jsx ? named : undefined });
}

/** Whether a lint of this `SourceCode` is still being set up with the named-value pass. For tests. */
export function hasPendingNamedValues(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return namedValues.isPending(sourceCode);
}
