import assert from 'node:assert/strict';

import { dedent } from '../dedent';

/** Calls `dedent` as a tag on a template whose cooked parts are `parts`, as a test input built at run time. */
function tag(parts: (string | undefined)[], ...values: unknown[]): string {
  const template = Object.assign([...parts], { raw: parts.map(part => part ?? '') });
  return dedent(template as unknown as TemplateStringsArray, ...values);
}

describe('dedent', () => {
  it('removes the margin of the least indented line and keeps deeper indentation', () => {
    const text = dedent`
      if (a) {
        b();
      }
    `;
    assert.equal(text, 'if (a) {\n  b();\n}');
  });

  it('takes the margin from whichever line is least indented, not from the first', () => {
    const text = dedent`
          deep();
        shallow();
            deeper();
    `;
    assert.equal(text, '  deep();\nshallow();\n    deeper();');
  });

  it('ignores the indentation of the closing backtick', () => {
    const shallow = dedent`
      a();
`;
    const deep = dedent`
      a();
          `;
    assert.equal(shallow, 'a();');
    assert.equal(deep, 'a();');
  });

  it('ends the text with a line break when an empty line comes before the closing backtick', () => {
    const text = dedent`
      a();

    `;
    assert.equal(text, 'a();\n');
    assert.equal(tag(['\n  a();\n\n\n  ']), 'a();\n\n');
  });

  it('keeps empty lines empty and leading empty lines in place', () => {
    const text = dedent`

      a();

      b();
    `;
    assert.equal(text, '\na();\n\nb();');
  });

  it('does not take the margin from lines of spaces only, which lose up to the margin', () => {
    // Lines of 2 and 9 spaces around text indented by 6.
    assert.equal(tag(['\n      a();\n  \n         \n      b();\n    ']), 'a();\n\n   \nb();');
  });

  it('empties lines of spaces only when no line sets a margin', () => {
    assert.equal(tag(['\n    \n  \n']), '\n');
  });

  it('reads an empty template as an empty text', () => {
    assert.equal(tag(['\n']), '');
    assert.equal(tag(['\n    ']), '');
    assert.equal(tag(['\n\n']), '');
    assert.equal(tag(['\n\n\n']), '\n');
  });

  it('applies escapes before removing the margin', () => {
    const text = dedent`
      const s = \`\${a}\\n\`;
      \x20 spaced();
      \ttabbed();
      one();\n      two();
      carriage\r
    `;
    assert.equal(text, 'const s = `${a}\\n`;\n  spaced();\n\ttabbed();\none();\ntwo();\ncarriage\r');
  });

  it('counts only spaces as indentation: a tab is text', () => {
    assert.equal(tag(['\n    a();\n\tb();\n  ']), '    a();\n\tb();');
    assert.equal(tag(['\n    a();\n    \tb();\n  ']), 'a();\n\tb();');
  });

  it('inserts values as they are, after the margin is removed', () => {
    const body = 'first();\n    second();';
    const text = dedent`
      function f() {
        ${body}
        return ${1 + 1};
      }
    `;
    assert.equal(text, 'function f() {\n  first();\n    second();\n  return 2;\n}');
  });

  it('counts a line with a value in it as text when taking the margin', () => {
    assert.equal(tag(['\n', '\n    a();\n  '], 'value'), 'value\n    a();');
    assert.equal(tag(['\n    ', ' ', '\n      a();\n  '], 'x', 'y'), 'x y\n  a();');
    assert.equal(tag(['\n    a', '\n  '], '\n        b'), 'a\n        b');
  });

  it('converts values with String, as a template literal does', () => {
    assert.equal(tag(['\n  ', ' ', ' ', '\n'], null, undefined, { toString: () => 'object' }), 'null undefined object');
  });

  it('gives back exactly the lines it was written with, indented by any margin', () => {
    // The layout test inputs use: each line with text indented by the margin, empty lines empty, the closing
    // backtick on its own line. Lines come from a fixed pseudo-random sequence; one line per text starts with text.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['a', 'b();', '`x`', '${y}', '\\', ' ', '\t', '\r', ')'];
    for (let round = 0; round < 500; round += 1) {
      const lines = Array.from({ length: 1 + next(6) }, () => {
        const spaces = ' '.repeat(next(3) === 0 ? next(5) : 0);
        const text = Array.from({ length: next(4) }, () => pieces[next(pieces.length)]).join('');
        return spaces + text;
      });
      lines[next(lines.length)] = 'start';
      const margin = ' '.repeat(next(12));
      const body = lines.map(line => (line === '' ? '' : margin + line)).join('\n');
      assert.equal(tag([`\n${body}\n${' '.repeat(next(8))}`]), lines.join('\n'), JSON.stringify(lines));
    }
  });

  it('rejects text on the line of the opening backtick', () => {
    assert.throws(
      () => dedent`a();
    `,
      { name: 'TypeError', message: 'dedent: start the text on the line after the opening backtick.' },
    );
    assert.throws(() => tag(['  \n  a();\n']), { name: 'TypeError', message: /opening backtick/ });
    assert.throws(() => tag(['', '\n  a();\n'], 'x'), { name: 'TypeError', message: /opening backtick/ });
  });

  it('rejects text on the line of the closing backtick', () => {
    const closing = {
      name: 'TypeError',
      message: 'dedent: put the closing backtick on a line of its own, after only spaces.',
    };
    assert.throws(
      () => dedent`
      a();`,
      closing,
    );
    assert.throws(() => tag(['\n  a(', ')'], 'x'), closing);
    assert.throws(() => tag(['\n  a();\n  \t']), closing);
  });

  it('rejects a template with an escape that has no cooked value', () => {
    assert.throws(() => tag(['\n  \\unicode\n', undefined]), {
      name: 'TypeError',
      message: 'dedent: the template holds an invalid escape sequence.',
    });
  });
});
