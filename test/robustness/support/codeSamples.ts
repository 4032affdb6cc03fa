import fs from 'node:fs';
import path from 'node:path';

import type { TSESTree } from '@typescript-eslint/typescript-estree';

import { parse } from '@typescript-eslint/typescript-estree';

export interface CodeSample {
  /** Where it came from, for failure messages: `file` or `file:line`. */
  origin: string;
  code: string;
  /** A file name whose extension tells the parser what the sample is (`.ts`, `.tsx`, `.js`, `.cjs`). */
  filename: string;
}

const SOURCE = /\.(js|mjs|cjs|jsx|ts|mts|cts|tsx)$/;

function walkFiles(dir: string, accept: (file: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') out.push(...walkFiles(full, accept));
    else if (entry.isFile() && accept(full)) out.push(full);
  }
  return out.sort();
}

/** The source files of `examples/`. */
export function exampleSamples(root: string): CodeSample[] {
  return walkFiles(path.join(root, 'examples'), f => SOURCE.test(f)).map(file => ({
    origin: path.relative(root, file),
    code: fs.readFileSync(file, 'utf8'),
    filename: path.basename(file),
  }));
}

/** The fenced ```ts/js examples of the rule docs (the ❌ and ✅ blocks the docs test lints), optionally only ❌. */
export function docSamples(
  root: string,
  options: { onlyBad?: boolean; ruleIds?: readonly string[] } = {},
): CodeSample[] {
  const out: CodeSample[] = [];
  const dir = path.join(root, 'eslint-plugin/docs/rules');
  for (const file of walkFiles(dir, f => f.endsWith('.md'))) {
    if (options.ruleIds && !options.ruleIds.includes(path.basename(file, '.md'))) continue;
    const markdown = fs.readFileSync(file, 'utf8');
    const fence = /^```(\w+)[^\n]*\n([\s\S]*?)^```/gm;
    for (let match = fence.exec(markdown); match; match = fence.exec(markdown)) {
      const lang = match[1] ?? '';
      const code = match[2] ?? '';
      if (!/^(js|jsx|ts|tsx|javascript|typescript|mjs|cjs)$/.test(lang)) continue;
      const first = code.split('\n', 1)[0]?.trim() ?? '';
      if (options.onlyBad && !first.startsWith('// ❌')) continue;
      // The names the docs test lints the blocks under (JSX on), so the samples parse here exactly as there.
      const ext = /^(ts|tsx|typescript)$/.test(lang) ? 'tsx' : lang === 'cjs' ? 'cjs' : 'jsx';
      const line = markdown.slice(0, match.index).split('\n').length + 1;
      out.push({ origin: `${path.relative(root, file)}:${line}`, code, filename: `example.${ext}` });
    }
  }
  return out;
}

type Node = TSESTree.Node;

function staticText(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
    return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/**
 * The code strings of the rule tests (`test/eslint-plugin/rules/*.test.ts`), read by parsing the test files:
 * every `code:` and `output:` property with a static string value, and every static string directly in a
 * `valid: [...]` array.
 */
export function ruleTestSamples(root: string): CodeSample[] {
  const out: CodeSample[] = [];
  for (const file of walkFiles(path.join(root, 'test/eslint-plugin/rules'), f => f.endsWith('.test.ts'))) {
    let ast: TSESTree.Program;
    try {
      ast = parse(fs.readFileSync(file, 'utf8'), { loc: true, range: true, jsx: false });
    } catch {
      continue;
    }
    const origin = path.relative(root, file);
    const seen = new Set<string>();
    const add = (code: string | undefined, line: number, languageHint: string): void => {
      if (code === undefined || code.trim() === '' || seen.has(code)) return;
      seen.add(code);
      out.push({ origin: `${origin}:${line}`, code, filename: languageHint });
    };
    const visit = (node: unknown, depth: number): void => {
      if (!node || typeof node !== 'object' || depth > 200) return;
      if (Array.isArray(node)) {
        for (const child of node) visit(child, depth + 1);
        return;
      }
      const n = node as Node;
      if (n.type === 'Property' && n.key.type === 'Identifier') {
        if (n.key.name === 'code' || n.key.name === 'output')
          add(staticText(n.value as Node), n.loc.start.line, 'input.tsx');
        if (n.key.name === 'valid' && n.value.type === 'ArrayExpression') {
          for (const element of n.value.elements)
            add(staticText(element as Node), element?.loc.start.line ?? 0, 'input.tsx');
        }
      }
      for (const [key, value] of Object.entries(n)) {
        if (key !== 'parent' && key !== 'loc' && key !== 'range') visit(value, depth + 1);
      }
    };
    visit(ast, 0);
  }
  return out;
}
