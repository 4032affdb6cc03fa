import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * A fix that deletes one property of an object literal with its comma. A property on lines of its own loses those
 * whole lines (`{\n  ca,\n  rejectUnauthorized: false,\n}` → `{\n  ca,\n}`); an inline one loses the comma on
 * whichever side has it (`{ a, b: false }` → `{ a }`); a sole property leaves `{}`. Comments inside the property go
 * with it.
 */
export function removePropertyFix(
  property: TSESTree.Property | TSESTree.SpreadElement,
  sourceCode: Readonly<TSESLint.SourceCode>,
): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  const text = sourceCode.text;
  const after = sourceCode.getTokenAfter(property);
  const before = sourceCode.getTokenBefore(property);
  if (before?.value === '{' && after?.value === '}') {
    return fixer => fixer.removeRange([before.range[1], after.range[0]]);
  }
  const commaAfter = after?.value === ',' ? after : undefined;
  const end = commaAfter ? commaAfter.range[1] : property.range[1];
  const lineStart = text.lastIndexOf('\n', property.range[0] - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const ownLines =
    /^[ \t]*$/.test(text.slice(lineStart, property.range[0])) &&
    /^[ \t]*$/.test(text.slice(end, lineEnd === -1 ? text.length : lineEnd)) &&
    (commaAfter !== undefined || before?.value === ',');
  if (ownLines && lineEnd !== -1) {
    if (commaAfter) {
      return fixer => fixer.removeRange([lineStart, lineEnd + 1]);
    }
    // Last property without a trailing comma: drop the previous comma too, and this property's lines.
    return fixer => fixer.removeRange([before!.range[0], property.range[1]]);
  }
  if (commaAfter) {
    const next = sourceCode.getTokenAfter(commaAfter, { includeComments: true });
    return fixer =>
      fixer.removeRange([property.range[0], next && next.value !== '}' ? next.range[0] : commaAfter.range[1]]);
  }
  if (before?.value === ',') {
    return fixer => fixer.removeRange([before.range[0], property.range[1]]);
  }
  return fixer => fixer.removeRange(property.range);
}
