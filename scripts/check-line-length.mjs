// Fails when a line of the project's JavaScript or TypeScript is longer than the width Prettier formats to
// (.prettierrc.json `printWidth`). Prettier wraps code but leaves long strings and comments as they are; this check
// finds those too. Split a long string with `+`, and a long comment over several lines.
//   node scripts/check-line-length.mjs [file …]
//
// A line may run past the width only where its first character past the width is inside something that a line
// break would change (so the line cannot be broken before that character):
//   - a regular-expression literal,
//   - a URL (it cannot be split and still be followed or searched for),
//   - the text of a template literal that spans several lines: its line breaks are part of the value (code samples
//     that the tests lint and assert positions in, source that a script writes),
//   - files named `*.generated.ts` (tables that scripts write from upstream data).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ts = require('typescript');

const width = JSON.parse(fs.readFileSync(path.join(root, '.prettierrc.json'), 'utf8')).printWidth;
const SOURCE = /\.(?:[cm]?[jt]s)$/;
// Build output, local working folders, and code that is not the project's own (as in eslint.config.mjs).
const SKIP = new Set(['node_modules', 'dist', 'out', '.e2e', '.git', 'examples', 'test/fixtures', 'bench/.work']);

function walk(dir, files) {
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (SKIP.has(entry.name) || SKIP.has(rel)) continue;
    if (entry.isDirectory()) walk(rel, files);
    else if (entry.isFile() && SOURCE.test(entry.name)) files.push(rel);
  }
  return files;
}

/** The spans of `text` in which a line may run past the width: [start, end) offsets. */
function allowedSpans(file, text) {
  const kind = /\.[cm]?ts$/.test(file) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const spans = [];
  const visit = node => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      spans.push([node.getStart(source), node.end]);
    } else if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      if (text.slice(node.getStart(source), node.end).includes('\n')) {
        // The literal text only: `${…}` substitutions are code, which can be wrapped.
        const parts = ts.isTemplateExpression(node)
          ? [node.head, ...node.templateSpans.map(span => span.literal)]
          : [node];
        for (const part of parts) spans.push([part.getStart(source), part.end]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return spans;
}

const files = process.argv.length > 2 ? process.argv.slice(2) : walk('', []).sort();
const URL = /[^\s'"`()<>]*:\/\/[^\s'"`()<>]*/g;
let failures = 0;
for (const file of files) {
  if (file.endsWith('.generated.ts')) continue;
  const text = fs.readFileSync(path.resolve(root, file), 'utf8');
  const lines = text.split('\n');
  if (!lines.some(line => line.length > width)) continue;
  const spans = allowedSpans(file, text);
  let offset = 0;
  lines.forEach((line, index) => {
    const start = offset;
    offset += line.length + 1;
    if (line.length <= width) return;
    // Allowed when the first character past the width is inside a regular expression, a multi-line template
    // literal's text or a URL: the line cannot be broken before that character without changing the code.
    const overflow = start + width;
    if (spans.some(([from, to]) => from <= overflow && overflow < to)) return;
    for (const match of line.matchAll(URL)) {
      if (match.index <= width && match.index + match[0].length > width) return;
    }
    failures++;
    console.log(`${file}:${index + 1}:${width + 1}: line is ${line.length} characters long (at most ${width})`);
  });
}
if (failures) {
  console.log(`\n${failures} line${failures === 1 ? '' : 's'} longer than ${width} characters.`);
  process.exit(1);
}
