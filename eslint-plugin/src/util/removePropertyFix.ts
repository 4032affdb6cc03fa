import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * A fix that deletes one property from an object literal with its comma, and its whole line when it stands
 * on a line of its own, so the object keeps its layout.
 */
export function removePropertyFix(
  property: TSESTree.Property,
  sourceCode: Readonly<TSESLint.SourceCode>,
): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  const after = sourceCode.getTokenAfter(property);
  const before = sourceCode.getTokenBefore(property);
  const lineStart = property.range[0] - property.loc.start.column;
  const onOwnLine = sourceCode.text.slice(lineStart, property.range[0]).trim() === '';
  if (after?.value === ',') {
    const next = sourceCode.getTokenAfter(after, { includeComments: true });
    if (onOwnLine && next && next.loc.start.line > after.loc.end.line) {
      const lineEnd = sourceCode.text.indexOf('\n', after.range[1]);
      return fixer => fixer.removeRange([lineStart, lineEnd === -1 ? after.range[1] : lineEnd + 1]);
    }
    return fixer => fixer.removeRange([property.range[0], next ? next.range[0] : after.range[1]]);
  }
  if (before?.value === ',') {
    return fixer => fixer.removeRange([before.range[0], property.range[1]]);
  }
  // The only property: leave `{}`.
  if (before?.value === '{' && after?.value === '}') {
    return fixer => fixer.removeRange([before.range[1], after.range[0]]);
  }
  return fixer => fixer.remove(property);
}
