// The parser of the lint worker: the TypeScript-ESTree parser, fed TypeScript syntax trees that are re-parsed
// incrementally while a document is edited. vscode-free.
import type { Linter } from 'eslint';

import * as tsParser from '@typescript-eslint/parser';
import { getScriptKind } from '@typescript-eslint/typescript-estree';
import * as ts from 'typescript';

type ParserOptions = Parameters<typeof tsParser.parseForESLint>[1];

/** The tree kept for a document: the text it was parsed from and the settings it was parsed with. */
interface KeptTree {
  text: string;
  settings: string;
  file: ts.SourceFile;
}

/**
 * An ESLint parser that is `@typescript-eslint/parser` with one difference: for the documents being edited, it
 * keeps TypeScript's syntax tree between lints and updates it with TypeScript's incremental parser (the one
 * TypeScript's own language service uses as you type), which reuses the nodes outside the edited region. The
 * parser then converts that tree to ESTree as usual (it takes a `ts.SourceFile` in place of text), so ESLint and
 * the rules see exactly the AST a full parse gives.
 *
 * A tree is kept only while `with` names a document (the engine does for lints of open documents, not for the
 * workspace scan), for the few documents linted last: at most `capacity` of them, and beyond the one linted last
 * only while their texts add up to `maxChars` at most (a tree takes about 30 times its text's size). The edit is
 * found by comparing the new text with the old one (common prefix and suffix), so any change, or a wholly
 * different text, gives a correct update.
 */
export class IncrementalParser {
  /** Kept trees by document, least recently used first. */
  private readonly trees = new Map<string, KeptTree>();
  /** The document whose lint is running, if its tree should be kept. */
  private current: string | undefined;

  /** The parser object for ESLint's `languageOptions.parser`. */
  readonly parser: Linter.Parser;

  /** How many parses reused a kept tree, and how many parsed the whole text (for the tests). */
  readonly counts = { incremental: 0, full: 0 };
  /** How long the last parse of a document took (TypeScript's parse and the conversion to ESTree), in ms. */
  lastParseMs = 0;
  /** The characters of the kept trees' texts, together. */
  private keptChars = 0;

  constructor(
    private readonly capacity = 4,
    private readonly maxChars = 2_000_000,
  ) {
    this.parser = {
      meta: { name: 'zero-trust/incremental-typescript-estree' },
      parseForESLint: (code: string, options?: ParserOptions) => this.parse(code, options),
    } as unknown as Linter.Parser;
  }

  /** Runs `lint` with the trees of document `key` kept and reused (`undefined`: a one-off lint, nothing kept). */
  with<T>(key: string | undefined, lint: () => T): T {
    this.current = key;
    try {
      return lint();
    } finally {
      this.current = undefined;
    }
  }

  /** How many trees are kept (for tests). */
  get size(): number {
    return this.trees.size;
  }

  private parse(code: string, options: ParserOptions): ReturnType<typeof tsParser.parseForESLint> {
    const key = this.current;
    // Only the lint's first parse is the document's: the rules may parse the modules it imports (through this same
    // parser, the lint's), and those must neither take nor replace the document's tree.
    this.current = undefined;
    if (key === undefined || typeof code !== 'string') {
      return tsParser.parseForESLint(code, options);
    }
    const started = performance.now();
    try {
      return this.parseDocument(key, code, options);
    } finally {
      this.lastParseMs = performance.now() - started;
    }
  }

  private parseDocument(key: string, code: string, options: ParserOptions): ReturnType<typeof tsParser.parseForESLint> {
    const filePath = typeof options?.filePath === 'string' ? options.filePath : 'file.ts';
    const jsx = options?.ecmaFeatures?.jsx === true;
    // typescript-estree's own choice (by extension, else TSX or TS by `jsx`), so the two always agree.
    const scriptKind = getScriptKind(filePath, jsx);
    const jsDocParsingMode =
      options?.jsDocParsingMode === 'none'
        ? ts.JSDocParsingMode.ParseNone
        : options?.jsDocParsingMode === 'type-info'
          ? ts.JSDocParsingMode.ParseForTypeInfo
          : ts.JSDocParsingMode.ParseAll;
    // As typescript-estree sets it: a module by `sourceType`, or by extension when that is not given.
    const isModule = options?.sourceType === 'module' || (options?.sourceType == null && /\.m[jt]s$/i.test(filePath));
    const settings = `${filePath}\0${scriptKind}\0${jsDocParsingMode}\0${isModule}`;
    const kept = this.trees.get(key);
    // The old tree is consumed by the update (TypeScript moves its nodes into the new one): never reuse it twice.
    if (kept) {
      this.trees.delete(key);
      this.keptChars -= kept.text.length;
    }
    let file: ts.SourceFile | undefined;
    if (kept && kept.settings === settings) {
      try {
        file = kept.text === code ? kept.file : ts.updateSourceFile(kept.file, code, changeRange(kept.text, code));
        this.counts.incremental++;
      } catch {
        file = undefined; // a full parse below
      }
    }
    if (!file) {
      // As typescript-estree creates it from text.
      file = ts.createSourceFile(
        filePath,
        code,
        {
          languageVersion: ts.ScriptTarget.Latest,
          jsDocParsingMode,
          setExternalModuleIndicator: isModule ? setModule : undefined,
        },
        /* setParentNodes */ true,
        scriptKind,
      );
      this.counts.full++;
    }
    this.trees.set(key, { text: code, settings, file });
    this.keptChars += code.length;
    for (const [oldest, tree] of this.trees) {
      if (oldest === key || (this.trees.size <= this.capacity && this.keptChars <= this.maxChars)) {
        break;
      }
      this.trees.delete(oldest);
      this.keptChars -= tree.text.length;
    }
    return tsParser.parseForESLint(file, options);
  }
}

function setModule(file: ts.SourceFile): void {
  (file as { externalModuleIndicator?: unknown }).externalModuleIndicator = true;
}

/** The one span of `before` that was replaced to give `after`: everything between their common prefix and suffix. */
export function changeRange(before: string, after: string): ts.TextChangeRange {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) {
    start++;
  }
  let end = 0;
  while (
    end < shorter - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) {
    end++;
  }
  return ts.createTextChangeRange(ts.createTextSpan(start, before.length - end - start), after.length - end - start);
}
