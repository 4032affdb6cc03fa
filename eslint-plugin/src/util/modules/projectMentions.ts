/**
 * The prefilter (`mentions`) of the rules that follow values into the project's modules: a scope list imported from
 * `./authConfig` is checked in the file that uses it, whose own text need not name a single permission. For those
 * rules, a file passes the prefilter when it, or a project module it imports (or one that module re-exports from),
 * mentions one of the words. Each module's text is scanned once per change, whatever the number of files and rules.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';
import { createPerFileValue } from '../rule/perFileCache';
import { mentionsAny, scanMentions, type TextMentions } from '../rule/sourceMentions';
import { isRelativeSpecifier, readProjectFile, resolveRelativeFile, statProjectFile } from './projectFiles';
import { getProjectRoot, MAX_MODULE_HOPS, relativeRequireSource, resolveImportedFile } from './projectModules';

type SourceCode = Readonly<TSESLint.SourceCode>;

interface ScannedModule {
  stamp: string;
  mentions: TextMentions | undefined;
  /** The relative specifiers the module re-exports from (`export … from './x'`). */
  reexports: string[];
}

const scanned = new Map<string, ScannedModule>();
const importedScans = createPerFileValue<TextMentions[]>();

/** Package manifests and lock files: `require('./package.json')` reads a version, never an identity setting. */
const MANIFEST = /[\\/](?:package(?:-lock)?|npm-shrinkwrap|composer|tsconfig[\w.-]*)\.json$/;

const REEXPORT = /\bexport\s*(?:\*|\{[^}]*\}|\*\s*as\s+[\w$]+)\s*from\s*['"](\.{1,2}\/[^'"]*|\.{1,2})['"]/g;

/**
 * Whether a project module the linted file imports (or one it re-exports from) mentions one of `words` (lower-case,
 * as `registerMentions` returned them).
 */
export function importsMention(sourceCode: SourceCode, words: readonly string[]): boolean {
  let scans = importedScans.get(sourceCode);
  if (!scans) {
    scans = scanImports(sourceCode);
    importedScans.set(sourceCode, scans);
  }
  for (const scan of scans) {
    if (mentionsAny(scan, words)) {
      return true;
    }
  }
  return false;
}

function scanImports(sourceCode: SourceCode): TextMentions[] {
  const out: TextMentions[] = [];
  const specifiers = relativeImports(sourceCode.ast);
  const root = specifiers.length > 0 ? getProjectRoot(sourceCode) : undefined;
  if (!root) {
    return out;
  }
  const seen = new Set<string>();
  for (const specifier of specifiers) {
    const file = resolveImportedFile(specifier, sourceCode);
    if (file) {
      collect(file, root, out, seen, 0);
    }
  }
  return out;
}

function collect(file: string, root: string, out: TextMentions[], seen: Set<string>, hops: number): void {
  if (seen.has(file) || hops >= MAX_MODULE_HOPS || MANIFEST.test(file)) {
    return;
  }
  seen.add(file);
  const module = scanModule(file);
  if (!module?.mentions) {
    return;
  }
  out.push(module.mentions);
  for (const specifier of module.reexports) {
    const next = resolveRelativeFile(specifier, file, root);
    if (next) {
      collect(next, root, out, seen, hops + 1);
    }
  }
}

function scanModule(file: string): ScannedModule | undefined {
  const stamp = statProjectFile(file);
  if (stamp === undefined) {
    return undefined;
  }
  const cached = scanned.get(file);
  if (cached?.stamp === stamp) {
    return cached;
  }
  const read = readProjectFile(file);
  const reexports: string[] = [];
  if (read) {
    for (const match of read.text.matchAll(REEXPORT)) {
      reexports.push(match[1]!);
    }
  }
  const module: ScannedModule = { stamp, mentions: read && scanMentions(read.text), reexports };
  scanned.set(file, module);
  return module;
}

/** The relative specifiers of a file's top-level imports, re-exports and `require` calls in declarations. */
function relativeImports(program: TSESTree.Program): string[] {
  const out: string[] = [];
  for (const statement of program.body) {
    switch (statement.type) {
      case AST_NODE_TYPES.ImportDeclaration:
      case AST_NODE_TYPES.ExportAllDeclaration:
      case AST_NODE_TYPES.ExportNamedDeclaration:
        if (statement.source && isRelativeSpecifier(statement.source.value)) {
          out.push(statement.source.value);
        }
        break;
      case AST_NODE_TYPES.VariableDeclaration:
        for (const declarator of statement.declarations) {
          const source = declarator.init ? relativeRequireSource(requireOf(declarator.init)) : undefined;
          if (source !== undefined) {
            out.push(source);
          }
        }
        break;
      default:
    }
  }
  return out;
}

/** `require('./x').member` → `require('./x')`. */
function requireOf(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    current = current.object;
  }
  return current;
}
