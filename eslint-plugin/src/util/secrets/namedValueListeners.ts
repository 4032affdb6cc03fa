import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { getPropertyKey } from '../evaluate/staticValue';
import { getBindingName, mayHoldSecretLiteral } from './secretClassifier';

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

/**
 * The values of one lint of a file, dispatched to every rule that asked for them. Several rules judge the same
 * named values (the secret rules: each its own names), and every file has thousands of properties and
 * declarations: one set of listeners finds the names once and hands them to each rule in turn, instead of each rule
 * having ESLint call its own listeners on every one of those nodes and reading the same names again.
 */
interface Hub {
  /** Whether the traversal has begun: ESLint creates every rule of a lint before it visits the first node. */
  started: boolean;
  property: ((name: string, node: TSESTree.Property, object: TSESTree.ObjectExpression) => void)[];
  named: ((name: string, value: TSESTree.Node, declared?: TSESTree.Identifier) => void)[];
  jsx: ((name: string, value: TSESTree.Node) => void)[];
}

const hubs = new WeakMap<object, Hub>();
const NO_LISTENERS: TSESLint.RuleListener = Object.freeze({});

/**
 * Subscribes a rule's handlers to the named values of the file being linted. Call it from `create`. Only values
 * that can hold a hard-coded string are handed over (`mayHoldSecretLiteral`: strings, names, members, fallbacks,
 * encoding wrappers), so the name of a function, object or call is never read.
 *
 * The first rule of a lint to subscribe gets the listeners, which call every subscriber's handlers in the order
 * the rules subscribed; the others get no listener. A new lint of the same `SourceCode` starts afresh. The listeners
 * are for `Program`, `Program:exit`, `Property`, `VariableDeclarator`, `AssignmentExpression`, `AssignmentPattern`,
 * `PropertyDefinition` and `JSXAttribute`: a rule with a listener of its own for one of those merges the two
 * (`mergeListeners`) rather than spreading one over the other.
 */
export function namedValueListeners(sourceCode: Readonly<TSESLint.SourceCode>, handlers: NamedValueHandlers): TSESLint.RuleListener {
  const existing = hubs.get(sourceCode);
  if (existing && !existing.started) {
    subscribe(existing, handlers);
    return NO_LISTENERS;
  }
  const hub: Hub = { started: false, property: [], named: [], jsx: [] };
  hubs.set(sourceCode, hub);
  subscribe(hub, handlers);
  const { property, named, jsx } = hub;
  return {
    Program(): void {
      hub.started = true;
    },
    // The hub holds the rules' handlers, and through them the file's `SourceCode`: drop it as soon as the last
    // value is handed over, so that a lint leaves nothing behind (a `WeakMap` entry whose value reaches its own key
    // lives on until the next full garbage collection, and with it the file's syntax tree).
    'Program:exit'(): void {
      hubs.delete(sourceCode);
    },
    Property(node: TSESTree.Property): void {
      const object = node.parent;
      if (object.type === AST_NODE_TYPES.ObjectExpression && node.kind === 'init' && mayHoldSecretLiteral(node.value)) {
        const name = getPropertyKey(node, sourceCode);
        if (name !== undefined) {
          for (let i = 0; i < property.length; i++) {
            property[i]!(name, node, object);
          }
        }
      }
    },
    VariableDeclarator(node: TSESTree.VariableDeclarator): void {
      if (node.init && node.id.type === AST_NODE_TYPES.Identifier && mayHoldSecretLiteral(node.init)) {
        for (let i = 0; i < named.length; i++) {
          named[i]!(node.id.name, node.init, node.id);
        }
      }
    },
    AssignmentExpression(node: TSESTree.AssignmentExpression): void {
      if (node.operator !== '=' || named.length === 0 || !mayHoldSecretLiteral(node.right)) {
        return;
      }
      const name = getBindingName(node.right, sourceCode);
      if (name !== undefined) {
        for (let i = 0; i < named.length; i++) {
          named[i]!(name, node.right);
        }
      }
    },
    AssignmentPattern(node: TSESTree.AssignmentPattern): void {
      if (node.left.type === AST_NODE_TYPES.Identifier && mayHoldSecretLiteral(node.right)) {
        for (let i = 0; i < named.length; i++) {
          named[i]!(node.left.name, node.right);
        }
      }
    },
    PropertyDefinition(node: TSESTree.PropertyDefinition): void {
      const name = node.value && named.length > 0 && mayHoldSecretLiteral(node.value) ? getPropertyKey(node, sourceCode) : undefined;
      if (name !== undefined && node.value) {
        for (let i = 0; i < named.length; i++) {
          named[i]!(name, node.value);
        }
      }
    },
    JSXAttribute(node: TSESTree.JSXAttribute): void {
      if (jsx.length === 0) {
        return;
      }
      const value = node.value?.type === AST_NODE_TYPES.JSXExpressionContainer ? node.value.expression : node.value;
      if (node.name.type === AST_NODE_TYPES.JSXIdentifier && value && value.type !== AST_NODE_TYPES.JSXEmptyExpression && mayHoldSecretLiteral(value)) {
        for (let i = 0; i < jsx.length; i++) {
          jsx[i]!(node.name.name, value);
        }
      }
    },
  };
}

function subscribe(hub: Hub, { property, named, jsx }: NamedValueHandlers): void {
  if (property) {
    hub.property.push(property);
  }
  if (named) {
    hub.named.push(named);
    if (jsx) {
      hub.jsx.push(named);
    }
  }
}

/** Whether a lint of this `SourceCode` still holds its hub: only while it runs (or if it failed midway). For tests. */
export function hasNamedValueHub(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return hubs.has(sourceCode);
}
