import * as path from 'node:path';

import * as ts from 'typescript';

/** The code of one invalid rule test case and the code its fix and each of its suggestions produce. */
export interface RecordedCase {
  readonly rule: string;
  /** Index of the case in the rule's `invalid` list. */
  readonly index: number;
  readonly code: string;
  /** `.ts`, `.tsx`, `.js`, …: how the case is type-checked. */
  readonly extension: string;
  readonly outputs: readonly { readonly label: string; readonly code: string }[];
}

interface InvalidCase {
  readonly code: string;
  readonly filename?: string;
  readonly languageOptions?: { readonly parser?: unknown };
  readonly output?: string | readonly string[] | null;
  readonly errors: readonly {
    readonly messageId: string;
    readonly suggestions?: readonly { readonly messageId: string; readonly output: string }[] | null;
  }[];
}

const recorded: RecordedCase[] = [];

/** The cases recorded so far, in the order the rule tests ran `RuleTester.run`. */
export function getRecordedCases(): readonly RecordedCase[] {
  return recorded;
}

const SCRIPT_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);

function extensionOf(test: InvalidCase): string {
  const given = test.filename ? path.extname(test.filename) : '';
  if (SCRIPT_EXTENSIONS.has(given)) {
    return given;
  }
  // Cases on ESLint's own parser are plain JavaScript; the others are parsed as TSX by the rule tester.
  return test.languageOptions?.parser !== undefined ? '.js' : '.tsx';
}

/** Keeps every invalid case that has a fix or a suggestion, with those outputs. */
export function recordFixOutputs(rule: string, invalid: readonly InvalidCase[]): void {
  invalid.forEach((test, index) => {
    const outputs: { label: string; code: string }[] = [];
    const fixed = test.output;
    if (typeof fixed === 'string') {
      outputs.push({ label: 'fix', code: fixed });
    } else if (Array.isArray(fixed)) {
      fixed.forEach((code: string, pass: number) => outputs.push({ label: `fix pass ${pass + 1}`, code }));
    }
    test.errors.forEach((error, errorIndex) => {
      error.suggestions?.forEach(suggestion => {
        outputs.push({ label: `error ${errorIndex} suggestion ${suggestion.messageId}`, code: suggestion.output });
      });
    });
    if (outputs.length > 0) {
      recorded.push({ rule, index, code: test.code, extension: extensionOf(test), outputs });
    }
  });
}

/** A diagnostic that a fix or suggestion output has and the code before it did not. */
export interface IntroducedDiagnostic {
  readonly rule: string;
  readonly index: number;
  readonly label: string;
  readonly output: string;
  readonly diagnostics: readonly string[];
}

/**
 * Compiler options of a strict TypeScript project, with DOM and Node types. JavaScript is checked as a project
 * with `// @ts-check` and no `strict`: `process.env.X` passed where a string is expected is an error only there.
 */
const TYPESCRIPT_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  module: ts.ModuleKind.Preserve,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  // Every case is its own module, so cases do not see each other's top-level names.
  moduleDetection: ts.ModuleDetectionKind.Force,
  jsx: ts.JsxEmit.Preserve,
  strict: true,
  esModuleInterop: true,
  resolveJsonModule: true,
  skipLibCheck: true,
  noEmit: true,
  types: ['node'],
};
const JAVASCRIPT_OPTIONS: ts.CompilerOptions = { ...TYPESCRIPT_OPTIONS, strict: false, allowJs: true, checkJs: true };

const JAVASCRIPT_EXTENSIONS = new Set(['.js', '.jsx', '.mjs', '.cjs']);

/**
 * One diagnostic as a position-free key: the code and the flattened message. An undeclared name used as a
 * shorthand property (`{ clientId }`) counts as the same "Cannot find name" error as its other uses.
 */
function diagnosticKey(diagnostic: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  const shorthand = diagnostic.code === 18004 ? /shorthand property '([^']+)'/.exec(message) : null;
  return shorthand ? `TS2304: Cannot find name '${shorthand[1]}'.` : `TS${diagnostic.code}: ${message}`;
}

/**
 * Type-checks each case's code and outputs against the installed libraries' type definitions (one program for the
 * TypeScript cases, one for the JavaScript ones) and returns, per output, the diagnostics it has beyond those of
 * the case's code: test code often uses undeclared names such as `password`, and an error the input already has
 * is not the fix's.
 */
export function findIntroducedDiagnostics(cases: readonly RecordedCase[], root: string): IntroducedDiagnostic[] {
  const javascript = cases.filter(c => JAVASCRIPT_EXTENSIONS.has(c.extension));
  const typescript = cases.filter(c => !JAVASCRIPT_EXTENSIONS.has(c.extension));
  return [
    ...checkCases(typescript, root, TYPESCRIPT_OPTIONS, 'ts'),
    ...checkCases(javascript, root, JAVASCRIPT_OPTIONS, 'js'),
  ].sort((a, b) => a.rule.localeCompare(b.rule) || a.index - b.index);
}

function checkCases(
  cases: readonly RecordedCase[],
  root: string,
  options: ts.CompilerOptions,
  folder: string,
): IntroducedDiagnostic[] {
  if (cases.length === 0) {
    return [];
  }
  const dir = path.join(root, '__fix-outputs__', folder);
  const files = new Map<string, string>();
  const fileOf = (caseNumber: number, part: string, extension: string): string =>
    path.join(dir, `case${caseNumber}.${part}${extension}`).split(path.sep).join('/');
  cases.forEach((c, n) => {
    files.set(fileOf(n, 'input', c.extension), c.code);
    c.outputs.forEach((o, k) => files.set(fileOf(n, `output${k}`, c.extension), o.code));
  });

  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = file => files.has(file) || fileExists.call(host, file);
  host.readFile = file => files.get(file) ?? readFile.call(host, file);
  host.getSourceFile = (file, languageVersion, onError, shouldCreate) => {
    const text = files.get(file);
    return text === undefined
      ? getSourceFile.call(host, file, languageVersion, onError, shouldCreate)
      : ts.createSourceFile(file, text, languageVersion, true);
  };
  const program = ts.createProgram({ rootNames: [...files.keys()], options, host });

  const diagnosticsOf = (file: string): string[] => {
    const source = program.getSourceFile(file);
    if (!source) {
      throw new Error(`${file} is not in the program`);
    }
    return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map(diagnosticKey);
  };

  const introduced: IntroducedDiagnostic[] = [];
  cases.forEach((c, n) => {
    const before = diagnosticsOf(fileOf(n, 'input', c.extension));
    c.outputs.forEach((o, k) => {
      const remaining = [...before];
      const extra: string[] = [];
      for (const diagnostic of diagnosticsOf(fileOf(n, `output${k}`, c.extension))) {
        const at = remaining.indexOf(diagnostic);
        if (at === -1) {
          extra.push(diagnostic);
        } else {
          remaining.splice(at, 1);
        }
      }
      if (extra.length > 0) {
        introduced.push({ rule: c.rule, index: c.index, label: o.label, output: o.code, diagnostics: extra });
      }
    });
  });
  return introduced;
}

/** Whether `specifier` resolves, from `root`, to a module with type definitions. */
export function resolvesToTypes(specifier: string, root: string): boolean {
  const resolved = ts.resolveModuleName(
    specifier,
    path.join(root, 'index.ts'),
    TYPESCRIPT_OPTIONS,
    ts.sys,
  ).resolvedModule;
  return resolved !== undefined && resolved.extension.startsWith('.d.');
}
