/**
 * Multi-line text written as a template literal indented with the code around it:
 *
 *     const code = dedent`
 *       if (a) {
 *         b();
 *       }
 *     `;
 *     // 'if (a) {\n  b();\n}'
 *
 * - The text starts on the line after the opening backtick, which nothing may follow, and ends at the line break
 *   before the closing backtick, whose line holds only spaces. To end the text with a line break, leave one empty
 *   line before the closing backtick.
 * - The margin is the smallest number of leading spaces over the lines holding anything other than spaces (a line
 *   with an interpolation in it counts). Every line loses up to that many leading spaces, so lines holding only
 *   spaces never set the margin and lose what they have of it (all of it when no line sets one). Only spaces indent:
 *   a tab is text.
 * - The margin is taken from the template's cooked text, after escapes: `\`` is a backtick, `\${` a dollar and
 *   brace, `\\` a backslash, `\n` a line break like a typed one, `\x20` a space like a typed one.
 * - Interpolated values go in as they are, after the margin is removed: they are neither dedented nor re-indented.
 *
 * Throws a TypeError when the template breaks these rules or holds an escape that has no cooked value.
 */
export function dedent(template: TemplateStringsArray, ...values: unknown[]): string {
  const parts: string[] = Array.from(template, part => {
    if (part === undefined) throw new TypeError('dedent: the template holds an invalid escape sequence.');
    return part;
  });
  const last = parts.length - 1;
  if (!parts[0].startsWith('\n')) {
    throw new TypeError('dedent: start the text on the line after the opening backtick.');
  }
  const close = parts[last].lastIndexOf('\n');
  if (close === -1 || !/^ *$/.test(parts[last].slice(close + 1))) {
    throw new TypeError('dedent: put the closing backtick on a line of its own, after only spaces.');
  }
  // Cut the closing line first: in `\n` alone, the opening and the closing line break are one.
  parts[last] = parts[last].slice(0, close);
  parts[0] = parts[0].slice(1);

  // Every line starts at the start of the text or after a line break within a part (a part ends where a value
  // goes in, in mid-line). The pattern matches the spaces a line starts with.
  const indentation = (index: number) => (index === 0 ? /(?<=^|\n) */g : /(?<=\n) */g);
  let margin = Infinity;
  parts.forEach((part, index) => {
    for (const { 0: spaces, index: start } of part.matchAll(indentation(index))) {
      const end = start + spaces.length;
      const blank = end === part.length ? index === last : part[end] === '\n';
      if (!blank) margin = Math.min(margin, spaces.length);
    }
  });
  const dedented = parts.map((part, index) => part.replace(indentation(index), spaces => spaces.slice(margin)));
  return dedented.reduce((text, part, index) => text + String(values[index - 1]) + part);
}
