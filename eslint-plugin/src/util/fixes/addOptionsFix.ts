import type { TSESLint } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';

import type { JwtCall } from '../jwt/resolveJwtCall';

/**
 * A fix that adds `properties` (source text such as `algorithms: ['RS256']`) to a call's options: inside the
 * options object literal when it is written in the call, or as a new options argument where the call has
 * none (before a trailing callback, as in `jwt.verify(token, key, callback)`). `undefined` when the options
 * live elsewhere (a constant, a parameter), where an edit in the call would not be the right place.
 */
export function addOptionsFix(
  call: JwtCall,
  properties: readonly string[],
  sourceCode: Readonly<TSESLint.SourceCode>,
): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined {
  const text = properties.join(', ');
  const args = call.node.arguments;
  const written = args[call.optionsIndex];
  if (call.options) {
    const object = skipWrappers(call.options);
    if (call.options !== written || object.type !== AST_NODE_TYPES.ObjectExpression) {
      return undefined;
    }
    const open = sourceCode.getFirstToken(object);
    if (!open) {
      return undefined;
    }
    if (object.properties.length === 0) {
      return fixer => fixer.replaceText(object, `{ ${text} }`);
    }
    const first = object.properties[0]!;
    const sameLine = first.loc.start.line === open.loc.start.line;
    return fixer =>
      fixer.insertTextBefore(first, sameLine ? `${text}, ` : `${text},\n${' '.repeat(first.loc.start.column)}`);
  }
  if (call.optionsIndex < 1 || call.node.type !== AST_NODE_TYPES.CallExpression) {
    return undefined;
  }
  if (written === undefined) {
    const last = args[args.length - 1];
    if (args.length !== call.optionsIndex || !last) {
      return undefined;
    }
    return fixer => fixer.insertTextAfter(last, `, { ${text} }`);
  }
  const callback = skipWrappers(written);
  if (callback.type === AST_NODE_TYPES.ArrowFunctionExpression || callback.type === AST_NODE_TYPES.FunctionExpression) {
    return fixer => fixer.insertTextBefore(written, `{ ${text} }, `);
  }
  return undefined;
}
