import type { Linter } from 'eslint';

import { configBlockName } from '../util/configFiles';

import { isIgnoredByGit } from './gitignore';
import { isJsonOrJsonc } from './jsonc';
import { LineIndex, mapMessage, type OffsetMapping } from './positions';
import { parseDotenv } from './parseDotenv';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('../../package.json') as { version: string };

/** What a processor remembers of a file between `preprocess` and `postprocess` (ESLint lints one file at a time). */
interface Pending {
  original: LineIndex;
  generated: LineIndex;
  mapping: OffsetMapping;
}

type Processor = Linter.Processor & { meta: { name: string; version: string } };

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const basename = (filename: string): string =>
  filename.slice(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);

/** Lock files are JSON too, but machine-written lists of packages: never linted. */
const LOCK_FILE = /^(?:package-lock|npm-shrinkwrap)\.json$/i;

/** Files meant to stay on the developer's machine, which `.gitignore` usually keeps out of the repository. */
const LOCAL_FILE = /^(?:\.env(?:\..*)?|local\.settings\.json)$/i;

/** A processor: `generate` turns a file's text into code and its offset mapping, or `undefined` to lint nothing. */
function createProcessor(
  name: string,
  kind: 'dotenv' | 'json',
  generate: (text: string, filename: string) => { code: string; mapping: OffsetMapping } | undefined,
  keepOriginal = false,
): Processor {
  const pending = new Map<string, Pending>();
  return {
    meta: { name: `eslint-plugin-zero-trust/${name}`, version },
    supportsAutofix: false,
    preprocess(rawText: string, filename: string) {
      pending.delete(filename);
      const text = stripBom(rawText);
      const original = keepOriginal ? [{ text: rawText, filename: basename(filename) }] : [];
      if (LOCAL_FILE.test(basename(filename)) && isIgnoredByGit(filename)) {
        return original;
      }
      const generated = generate(text, filename);
      if (!generated) {
        return original;
      }
      pending.set(filename, {
        original: new LineIndex(text),
        generated: new LineIndex(generated.code),
        mapping: generated.mapping,
      });
      const block = { text: generated.code, filename: configBlockName(kind) };
      // The file itself, unchanged and under its own name, is linted with the file's own config (@eslint/json's).
      return [...original, block];
    },
    postprocess(messageLists: Linter.LintMessage[][], filename: string) {
      const state = pending.get(filename);
      pending.delete(filename);
      if (!state) {
        return messageLists.flat();
      }
      const own = keepOriginal ? messageLists.slice(0, -1).flat() : [];
      const generated = messageLists.at(-1) ?? [];
      return [...own, ...generated.map(message => mapMessage(message, state.generated, state.original, state.mapping))];
    },
  };
}

/**
 * The dotenv processor: a `.env` file becomes one object literal with a line per entry, keys and values as string
 * literals (`export default ({\n"CLIENT_SECRET": "…",\n});`), so that the rules that judge a value by its name, its
 * format or its shape read it as they read settings in code. Every generated character remembers the file offset it
 * stands for; the quotes of an unquoted value stand for its first and last characters.
 */
const dotenvProcessor = createProcessor('dotenv', 'dotenv', text => {
  const entries = parseDotenv(text);
  let code = 'export default ({\n';
  const origins: number[] = Array.from({ length: code.length }, () => 0);
  const append = (piece: string, origin: (index: number) => number): void => {
    code += piece;
    for (let i = 0; i < piece.length; i++) {
      origins.push(origin(i));
    }
  };
  for (const entry of entries) {
    const keyEnd = entry.keyStart + entry.key.length;
    append(JSON.stringify(entry.key), i => Math.min(entry.keyStart + Math.max(i - 1, 0), keyEnd - 1));
    append(': ', () => keyEnd - 1);
    const last = Math.max(entry.valueEnd - 1, entry.valueStart);
    append('"', () => entry.valueStart);
    for (let k = 0; k < entry.value.length; k++) {
      const escaped = JSON.stringify(entry.value[k]!).slice(1, -1);
      const from = entry.origins[k]!;
      // An escape in the file (`\n` in double quotes) and in the code are both two characters.
      const to = k + 1 < entry.value.length ? entry.origins[k + 1]! : entry.quote ? entry.valueEnd - 1 : entry.valueEnd;
      append(escaped, i => Math.min(from + i, Math.max(to - 1, from)));
    }
    append('"', () => last);
    append(',\n', () => last);
  }
  append('});\n', () => text.length);
  const origin = Int32Array.from(origins);
  return {
    code,
    mapping: (offset, end) => {
      if (end) {
        return offset <= 0 ? 0 : origin[Math.min(offset, origin.length) - 1]! + 1;
      }
      return offset >= origin.length ? text.length : origin[offset]!;
    },
  };
});

/** A PascalCase key (`"ClientSecret":`), not one in capitals (`"API_KEY":`). */
const PASCAL_KEY = /"([A-Z])([a-z][^"\\\n]*)"(?=\s*:)/g;

/**
 * .NET reads its settings files without regard to case (`ClientSecret` and `clientSecret` are one setting), and
 * the rules know settings by their JavaScript names: a PascalCase key is given to them with a lower-case first
 * letter, which keeps every position.
 */
function camelCaseKeys(text: string): string {
  return text.replace(PASCAL_KEY, (_, first: string, rest: string) => `"${first.toLowerCase()}${rest}"`);
}

/** `export default (` before the JSON text: the file's first line moves right by its length, no other line moves. */
const JSON_PREFIX = 'export default (';

/**
 * The JSON processor: a JSON or JSONC file is a JavaScript expression, so the code is the file itself after
 * `export default (` on its first line: every position but those on the first line is the file's own. Files that
 * are not JSON or JSONC, and lock files, give no code (nothing is linted). The key `"__proto__"`, which an object
 * literal may not repeat, is renamed to a key of the same length.
 */
function generateJson(text: string, filename: string): { code: string; mapping: OffsetMapping } | undefined {
  if (LOCK_FILE.test(basename(filename)) || !isJsonOrJsonc(text)) {
    return undefined;
  }
  const body = camelCaseKeys(text.includes('"__proto__"') ? text.replace(/"__proto__"/g, '"__proto_0"') : text);
  const code = `${JSON_PREFIX}${body}\n);\n`;
  return {
    code,
    mapping: offset => Math.min(Math.max(offset - JSON_PREFIX.length, 0), text.length),
  };
}

export const jsonProcessor = createProcessor('json', 'json', generateJson);

/**
 * The JSON processor for projects that lint JSON with `@eslint/json` too: ESLint runs one processor per file, and
 * a processor's blocks replace the file; this one also hands back the file itself, unchanged, so that the file's
 * own config (`language: 'json/json'` and its rules) still lints it.
 */
const jsonWithOriginalProcessor = createProcessor('json-with-original', 'json', generateJson, true);

/** The processors, under the names configs refer to them by (`zero-trust/dotenv`, `zero-trust/json`, …). */
export const processors = {
  dotenv: dotenvProcessor,
  json: jsonProcessor,
  'json-with-original': jsonWithOriginalProcessor,
};
