/**
 * The project's own modules: a binding imported from a relative specifier (`import { scopes } from './authConfig'`,
 * `const { uri } = require('./config/keys')`) is looked up in the file it comes from. The file is parsed once per
 * process with the parser of the file being linted (cached by path and modification stamp, shared by every rule
 * and every linted file), and its exports found: `export const`, `export default`, `export { a as b }`,
 * `export … from` (further hops), `module.exports = …`, `module.exports.x =`, `exports.x =`, and JSON files.
 *
 * Bounded: only files inside the project root and outside `node_modules`, at most `MAX_MODULE_BYTES` each, at most
 * `MAX_MODULE_HOPS` modules deep. A missing file, a syntax error, a cycle or anything unexpected gives "unknown".
 */
import { createRequire } from 'node:module';
import path from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';
import { skipWrappers } from '../ast/skipWrappers';
import { findVariable, IMPORT_BINDING, isNeverReassigned, VARIABLE } from '../evaluate/findVariable';
import {
  clearProjectFiles,
  findProjectRoot,
  getLintedFilePath,
  isRelativeSpecifier,
  readProjectFile,
  resolveRelativeFile,
  statProjectFile,
} from './projectFiles';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** How many modules deep an import is followed (`a` imports from `b`, which re-exports from `c`: two hops). */
export const MAX_MODULE_HOPS = 4;
/**
 * How many parsed modules the process keeps, and how much of their source text in all (a syntax tree with its scope
 * analysis takes some 30 times its text): the least recently used go first.
 */
const MAX_CACHED_MODULES = 300;
const MAX_CACHED_TEXT = 4 * 1024 * 1024;

interface ParserLike {
  parse?: (text: string, options: unknown) => unknown;
  parseForESLint?: (
    text: string,
    options: unknown,
  ) => {
    ast: unknown;
    scopeManager?: unknown;
    visitorKeys?: unknown;
    services?: unknown;
  };
  VisitorKeys?: unknown;
}

/** What the resolution needs to know of a file being linted, taken from the rule context. */
interface FileSettings {
  filename: string;
  cwd: string | undefined;
  parser: ParserLike | undefined;
  parserOptions: Record<string, unknown>;
  ecmaVersion: unknown;
  sourceType: string | undefined;
  /** The class of the linted file's `SourceCode`, to build the imported files' with. */
  SourceCodeClass: new (config: object) => SourceCode;
  root?: string | null;
}

/** A parsed project module. */
export interface ProjectModule {
  /** Absolute path. */
  readonly file: string;
  readonly sourceCode: SourceCode;
  readonly json: boolean;
}

const settingsByFile = new WeakMap<object, FileSettings>();
/** The parsed modules' `SourceCode`, by their `Program` node: which file a node of another file belongs to. */
const owners = new WeakMap<object, FileSettings>();

interface ContextLike {
  sourceCode: SourceCode;
  filename: string;
  cwd?: string;
  languageOptions?: { parser?: unknown; parserOptions?: unknown; ecmaVersion?: unknown; sourceType?: unknown };
  parserPath?: string;
  parserOptions?: unknown;
}

/**
 * Whether the shared settings let rules follow values into the project's modules: on unless
 * `settings: { 'zero-trust': { followImports: false } }` (for a CI that runs ESLint with `--cache`, where a finding
 * that depends on another file can be stale, or to compare the cost).
 */
export function isFollowingImports(settings: unknown): boolean {
  const shared = (settings as Record<string, unknown> | undefined)?.['zero-trust'];
  return (shared as Record<string, unknown> | undefined)?.followImports !== false;
}

/**
 * Records what a lint's imports are resolved against (its file name, working directory and parser). `createRule`
 * calls it for every rule; the work is done once per file.
 */
export function registerProjectFile(context: ContextLike): void {
  const { sourceCode } = context;
  if (!sourceCode || settingsByFile.has(sourceCode) || typeof context.filename !== 'string') {
    return;
  }
  const languageOptions = context.languageOptions ?? {};
  let parser = languageOptions.parser as ParserLike | undefined;
  if (!parser && typeof context.parserPath === 'string') {
    parser = loadFrom(context.parserPath, context.parserPath) as ParserLike | undefined;
  }
  const parserOptions = { ...((languageOptions.parserOptions ?? context.parserOptions ?? {}) as object) };
  const cwd = typeof context.cwd === 'string' ? context.cwd : undefined;
  const filename =
    getLintedFilePath(context.filename) ??
    (path.isAbsolute(context.filename) ? context.filename : path.resolve(cwd ?? '.', context.filename));
  settingsByFile.set(sourceCode, {
    filename,
    cwd,
    parser,
    parserOptions,
    ecmaVersion: languageOptions.ecmaVersion ?? (parserOptions as { ecmaVersion?: unknown }).ecmaVersion ?? 'latest',
    sourceType: (languageOptions.sourceType ?? (parserOptions as { sourceType?: unknown }).sourceType) as
      string | undefined,
    SourceCodeClass: sourceCode.constructor as FileSettings['SourceCodeClass'],
  });
}

/**
 * Whether imports can be followed from the file of `sourceCode`: a linted file some rule registered
 * (`registerProjectFile`), or a module parsed on the way. Nothing is followed from any other file.
 */
export function isFollowedFile(sourceCode: SourceCode): boolean {
  return settingsByFile.has(sourceCode) || owners.has(sourceCode);
}

/** The project module a node belongs to when it is not in the file being linted; `undefined` otherwise. */
export function getOwningModule(node: TSESTree.Node): ProjectModule | undefined {
  let root: TSESTree.Node = node;
  while (root.parent) {
    root = root.parent;
  }
  return moduleOfProgram.get(root);
}

const moduleOfProgram = new WeakMap<object, ProjectModule>();

/** An export of a project module: a node, or the property `member` of that node (CommonJS `module.exports`). */
export interface ModuleExport {
  node: TSESTree.Node;
  module: ProjectModule;
  member?: string;
}

/** A binding that names a whole module (`import * as c from './c'`, `const c = require('./c')` of an ES module). */
export interface ModuleNamespace {
  namespace: ProjectModule;
}

/** What an imported binding stands for, with the specifier it was imported by. */
export type ImportedValue = (ModuleExport | ModuleNamespace) & { specifier: string };

/**
 * What the identifier `node`, bound by an import or `require` of a relative module, stands for in that module:
 * the exported node, the module object, or (namespace imports) the module itself. `undefined` for anything else
 * (package imports, local variables) and whenever the module cannot be read.
 */
export function resolveImportedBinding(
  node: TSESTree.Identifier,
  sourceCode: SourceCode,
  hops = 0,
): ImportedValue | undefined {
  if (hops >= MAX_MODULE_HOPS) {
    return undefined;
  }
  const variable = findVariable(node, sourceCode);
  const def = variable?.defs[0];
  if (!variable || !def || variable.defs.length !== 1) {
    return undefined;
  }
  if (def.type === IMPORT_BINDING) {
    const declaration = def.parent;
    if (declaration.type === AST_NODE_TYPES.ImportDeclaration) {
      if (declaration.importKind === 'type' || !isRelativeSpecifier(declaration.source.value)) {
        return undefined;
      }
      const module = loadImported(declaration.source.value, sourceCode);
      if (!module) {
        return undefined;
      }
      const specifier = def.node;
      const found =
        specifier.type === AST_NODE_TYPES.ImportNamespaceSpecifier
          ? { namespace: module }
          : specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier
            ? findExport(module, 'default', hops)
            : specifier.type === AST_NODE_TYPES.ImportSpecifier
              ? findExport(module, importedName(specifier.imported), hops)
              : undefined;
      return found && { ...found, specifier: declaration.source.value };
    }
    if (
      declaration.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
      declaration.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference
    ) {
      const source = stringLiteral(declaration.moduleReference.expression);
      const module = source === undefined ? undefined : loadImported(source, sourceCode);
      const found = module && requiredValue(module);
      return found && source !== undefined ? { ...found, specifier: source } : undefined;
    }
    return undefined;
  }
  if (def.type !== VARIABLE || !def.node.init || !isNeverReassigned(variable)) {
    return undefined;
  }
  const init = skipWrappers(def.node.init);
  const source = relativeRequireSource(init);
  if (source === undefined) {
    return undefined;
  }
  const module = loadImported(source, sourceCode);
  if (!module) {
    return undefined;
  }
  const id = def.node.id;
  if (id.type === AST_NODE_TYPES.Identifier) {
    const found = requiredValue(module);
    return found && { ...found, specifier: source };
  }
  if (id.type === AST_NODE_TYPES.ObjectPattern) {
    // `const { a, b: c } = require('./x')`: one level of destructuring.
    for (const property of id.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed) {
        continue;
      }
      const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
      if (value === def.name) {
        const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : stringLiteral(property.key);
        const found = key === undefined ? undefined : findExport(module, key, hops);
        return found && { ...found, specifier: source };
      }
    }
  }
  return undefined;
}

/** `require('./x')` or `require('./x').default` (where `require` is not a local binding): `'./x'`. */
export function relativeRequireSource(node: TSESTree.Node): string | undefined {
  let call = skipWrappers(node);
  if (call.type === AST_NODE_TYPES.AwaitExpression) {
    call = skipWrappers(call.argument);
  }
  if (call.type === AST_NODE_TYPES.ImportExpression) {
    const source = stringLiteral(call.source);
    return source !== undefined && isRelativeSpecifier(source) ? source : undefined;
  }
  if (
    call.type !== AST_NODE_TYPES.CallExpression ||
    call.callee.type !== AST_NODE_TYPES.Identifier ||
    call.callee.name !== 'require' ||
    call.arguments.length !== 1
  ) {
    return undefined;
  }
  const source = stringLiteral(call.arguments[0]!);
  return source !== undefined && isRelativeSpecifier(source) ? source : undefined;
}

/** What `require()` of a module gives: `module.exports`'s value, a JSON file's value, or the module's namespace. */
export function requiredValue(module: ProjectModule): ModuleExport | ModuleNamespace {
  const object = moduleExportsValue(module);
  return object ? { node: object, module } : { namespace: module };
}

/** The module a relative specifier in the file of `sourceCode` (linted or itself imported) leads to. */
export function loadImported(specifier: string, sourceCode: SourceCode): ProjectModule | undefined {
  const settings = settingsByFile.get(sourceCode) ?? owners.get(sourceCode);
  const file = settings && resolveFrom(specifier, settings);
  return file ? loadModule(file, settings!) : undefined;
}

/**
 * The file a relative specifier in the linted file of `sourceCode` leads to, inside the project; recorded as a
 * dependency of that file.
 */
export function resolveImportedFile(specifier: string, sourceCode: SourceCode): string | undefined {
  const settings = settingsByFile.get(sourceCode);
  return settings && resolveFrom(specifier, settings);
}

/** The project root the linted file of `sourceCode` resolves its imports in; `undefined` where there is none. */
export function getProjectRoot(sourceCode: SourceCode): string | undefined {
  const settings = settingsByFile.get(sourceCode);
  return settings && rootOf(settings);
}

function rootOf(settings: FileSettings): string | undefined {
  if (settings.root === undefined) {
    settings.root = findProjectRoot(settings.filename, settings.cwd) ?? null;
  }
  return settings.root ?? undefined;
}

function resolveFrom(specifier: string, settings: FileSettings): string | undefined {
  if (!rootOf(settings)) {
    return undefined;
  }
  const file = resolveRelativeFile(specifier, settings.filename, settings.root!);
  if (!file || file === settings.filename) {
    return undefined;
  }
  recordDependency(settings.filename, file);
  return file;
}

interface CacheEntry {
  stamp: string;
  parser: ParserLike | undefined;
  module: ProjectModule | null;
  /** The length of the module's text. */
  size: number;
}

const cache = new Map<string, CacheEntry>();
let cachedText = 0;

function forget(file: string): void {
  const entry = cache.get(file);
  if (entry) {
    cachedText -= entry.size;
    cache.delete(file);
  }
}
const loading = new Set<string>();

function loadModule(file: string, from: FileSettings): ProjectModule | undefined {
  const stamp = statProjectFile(file);
  if (stamp === undefined || loading.has(file)) {
    return undefined;
  }
  const parser = parserFor(file, from);
  const cached = cache.get(file);
  if (cached && cached.stamp === stamp && cached.parser === parser) {
    // Most recently used last, so the oldest go first when the cache is full.
    cache.delete(file);
    cache.set(file, cached);
    return cached.module ?? undefined;
  }
  loading.add(file);
  let module: ProjectModule | null = null;
  let readStamp = stamp;
  try {
    const read = readProjectFile(file);
    if (read) {
      readStamp = read.stamp;
      module = parseModule(file, read.text, parser, from);
    }
  } catch {
    module = null;
  } finally {
    loading.delete(file);
  }
  forget(file);
  const size = module?.sourceCode.text.length ?? 0;
  cache.set(file, { stamp: readStamp, parser, module, size });
  cachedText += size;
  while (cache.size > MAX_CACHED_MODULES || (cachedText > MAX_CACHED_TEXT && cache.size > 1)) {
    forget(cache.keys().next().value!);
  }
  return module ?? undefined;
}

const TS_EXTENSION = /\.[cm]?tsx?$/;

function parserFor(file: string, from: FileSettings): ParserLike | undefined {
  if (TS_EXTENSION.test(file) && typeof from.parser?.parseForESLint !== 'function') {
    // A TypeScript module imported from a file linted with a JavaScript parser: TypeScript's, when installed.
    return (loadFrom(
      path.join(from.root || from.cwd || path.dirname(file), 'package.json'),
      '@typescript-eslint/parser',
    ) ?? from.parser) as ParserLike | undefined;
  }
  return from.parser;
}

function parseModule(file: string, text: string, parser: ParserLike | undefined, from: FileSettings) {
  if (!parser) {
    return null;
  }
  const json = file.endsWith('.json');
  const ext = path.extname(file);
  let sourceType = json ? 'script' : ext === '.cjs' || ext === '.cts' ? 'commonjs' : from.sourceType;
  if (ext === '.mjs' || ext === '.mts') {
    sourceType = 'module';
  }
  // No type information: a foreign file parsed with the project's TypeScript program would cost a program build.
  const rest: Record<string, unknown> = { ...from.parserOptions };
  for (const key of ['project', 'projectService', 'programs', 'tsconfigRootDir', 'EXPERIMENTAL_useProjectService']) {
    delete rest[key];
  }
  const ecmaFeatures = { ...((rest.ecmaFeatures as object | undefined) ?? {}) } as Record<string, unknown>;
  if (ext === '.jsx' || ext === '.tsx') {
    ecmaFeatures.jsx = true;
  }
  const hasParseForESLint = typeof parser.parseForESLint === 'function';
  if (sourceType === 'commonjs' && hasParseForESLint) {
    sourceType = 'script';
    ecmaFeatures.globalReturn = true;
  }
  const options = {
    ...rest,
    ecmaFeatures,
    ecmaVersion: from.ecmaVersion,
    sourceType: sourceType ?? 'module',
    // TypeScript's parser reads the kind of file from its name: a JSON file is parsed as the expression it is.
    filePath: json ? `${file}.js` : file,
    range: true,
    loc: true,
    tokens: true,
    comment: true,
  };
  // A JSON file is one expression: parenthesised, it parses as JavaScript with its lines where they were.
  const code = json ? `(${text}\n)` : text;
  let ast: TSESTree.Program;
  let scopeManager: unknown;
  let visitorKeys: unknown;
  let services: unknown;
  if (hasParseForESLint) {
    const result = parser.parseForESLint!(code, options);
    ast = result.ast as TSESTree.Program;
    scopeManager = result.scopeManager;
    visitorKeys = result.visitorKeys;
    services = result.services;
  } else if (typeof parser.parse === 'function') {
    ast = parser.parse(code, options) as TSESTree.Program;
    visitorKeys = parser.VisitorKeys;
  } else {
    return null;
  }
  if (!ast || ast.type !== AST_NODE_TYPES.Program) {
    return null;
  }
  visitorKeys ??= undefined;
  setParents(ast, visitorKeys as Record<string, readonly string[]> | undefined);
  scopeManager ??= analyzeScope(ast, sourceType ?? 'module', visitorKeys);
  if (!scopeManager) {
    return null;
  }
  const sourceCode = new from.SourceCodeClass({
    text: code,
    ast,
    parserServices: services ?? {},
    scopeManager,
    ...(visitorKeys ? { visitorKeys } : {}),
  });
  const module: ProjectModule = { file, sourceCode, json };
  moduleOfProgram.set(ast, module);
  owners.set(sourceCode, { ...from, filename: file, root: from.root });
  return module;
}

function setParents(root: TSESTree.Node, keys: Record<string, readonly string[]> | undefined): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const record = node as unknown as Record<string, unknown>;
    const names = keys?.[node.type] ?? Object.keys(record);
    for (const name of names) {
      if (name === 'parent' || name === 'loc' || name === 'range' || name === 'tokens' || name === 'comments') {
        continue;
      }
      const child = record[name];
      if (Array.isArray(child)) {
        for (const item of child) {
          if (isNode(item)) {
            (item as { parent?: unknown }).parent = node;
            stack.push(item);
          }
        }
      } else if (isNode(child)) {
        (child as { parent?: unknown }).parent = node;
        stack.push(child);
      }
    }
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Scope analysis for a parser that gives none (espree): eslint-scope, from ESLint's own dependencies. */
function analyzeScope(ast: TSESTree.Program, sourceType: string, visitorKeys: unknown): unknown {
  const eslintScope = loadFrom(safeResolve('eslint'), 'eslint-scope') as
    { analyze?: (ast: unknown, options: unknown) => unknown } | undefined;
  if (typeof eslintScope?.analyze !== 'function') {
    return undefined;
  }
  return eslintScope.analyze(ast, {
    ignoreEval: true,
    nodejsScope: sourceType === 'commonjs',
    ecmaVersion: 2022,
    sourceType: sourceType === 'commonjs' ? 'script' : sourceType,
    childVisitorKeys: visitorKeys,
    fallback: 'iteration',
  });
}

function safeResolve(id: string): string | undefined {
  try {
    return require.resolve(id);
  } catch {
    return undefined;
  }
}

function loadFrom(from: string | undefined, id: string): unknown {
  if (!from) {
    return undefined;
  }
  try {
    return createRequire(from)(id);
  } catch {
    return undefined;
  }
}

/** `module.exports = value` at the top level (the last one), or a JSON file's value. */
function moduleExportsValue(module: ProjectModule): TSESTree.Node | undefined {
  const body = module.sourceCode.ast.body;
  if (module.json) {
    const statement = body[0];
    return statement?.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : undefined;
  }
  let value: TSESTree.Node | undefined;
  for (const statement of body) {
    const assigned = topLevelAssignment(statement);
    if (assigned && isModuleExports(assigned.left)) {
      value = assigned.right;
    }
  }
  return value;
}

function topLevelAssignment(statement: TSESTree.Node): TSESTree.AssignmentExpression | undefined {
  if (statement.type !== AST_NODE_TYPES.ExpressionStatement) {
    return undefined;
  }
  const expression = statement.expression;
  return expression.type === AST_NODE_TYPES.AssignmentExpression && expression.operator === '='
    ? expression
    : undefined;
}

function isModuleExports(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    !node.computed &&
    node.object.type === AST_NODE_TYPES.Identifier &&
    node.object.name === 'module' &&
    node.property.type === AST_NODE_TYPES.Identifier &&
    node.property.name === 'exports'
  );
}

/** `exports.name` or `module.exports.name` (also `['name']`): `name`. */
function exportsMemberName(node: TSESTree.Node): string | undefined {
  if (node.type !== AST_NODE_TYPES.MemberExpression) {
    return undefined;
  }
  const object = node.object;
  if (!(object.type === AST_NODE_TYPES.Identifier && object.name === 'exports') && !isModuleExports(object)) {
    return undefined;
  }
  if (!node.computed) {
    return node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : undefined;
  }
  return stringLiteral(node.property);
}

/**
 * The export `name` (`'default'` for the default export) of a module: ESM exports first (following `export … from`
 * for up to `MAX_MODULE_HOPS` modules), then CommonJS (`exports.name =`, `module.exports.name =`, a property of
 * `module.exports = {…}`; `default` is `module.exports` itself).
 */
export function findExport(module: ProjectModule, name: string, hops = 0): ModuleExport | ModuleNamespace | undefined {
  if (hops >= MAX_MODULE_HOPS) {
    return undefined;
  }
  const body = module.sourceCode.ast.body;
  const starSources: string[] = [];
  let commonjs: ModuleExport | undefined;
  for (const statement of body) {
    switch (statement.type) {
      case AST_NODE_TYPES.ExportDefaultDeclaration:
        if (name === 'default') {
          return { node: statement.declaration, module };
        }
        break;
      case AST_NODE_TYPES.ExportNamedDeclaration: {
        if (statement.exportKind === 'type') {
          break;
        }
        const declaration = statement.declaration;
        if (declaration) {
          const found = declaredExport(declaration, name);
          if (found) {
            return { node: found, module };
          }
          break;
        }
        for (const specifier of statement.specifiers) {
          if (specifier.type !== AST_NODE_TYPES.ExportSpecifier || importedName(specifier.exported) !== name) {
            continue;
          }
          const local = importedName(specifier.local);
          if (statement.source) {
            const target = loadImported(statement.source.value, module.sourceCode);
            return target && findExport(target, local, hops + 1);
          }
          return specifier.local.type === AST_NODE_TYPES.Identifier ? { node: specifier.local, module } : undefined;
        }
        break;
      }
      case AST_NODE_TYPES.ExportAllDeclaration:
        if (statement.exported) {
          if (importedName(statement.exported) === name) {
            const target = loadImported(statement.source.value, module.sourceCode);
            return target && { namespace: target };
          }
        } else if (name !== 'default') {
          starSources.push(statement.source.value);
        }
        break;
      case AST_NODE_TYPES.ExpressionStatement: {
        const assigned = topLevelAssignment(statement);
        if (assigned) {
          if (name !== 'default' && exportsMemberName(assigned.left) === name) {
            commonjs = { node: assigned.right, module };
          } else if (isModuleExports(assigned.left)) {
            commonjs =
              name === 'default' ? { node: assigned.right, module } : { node: assigned.right, module, member: name };
          }
        }
        break;
      }
      default:
    }
  }
  if (commonjs) {
    return commonjs;
  }
  if (module.json) {
    const value = moduleExportsValue(module);
    return value && (name === 'default' ? { node: value, module } : { node: value, module, member: name });
  }
  for (const source of starSources) {
    const target = loadImported(source, module.sourceCode);
    const found = target && findExport(target, name, hops + 1);
    if (found) {
      return found;
    }
  }
  return undefined;
}

/** In `export const a = …` / `export function a` / `export class a`: the value `name` is declared with. */
function declaredExport(declaration: TSESTree.Node, name: string): TSESTree.Node | undefined {
  switch (declaration.type) {
    case AST_NODE_TYPES.VariableDeclaration:
      for (const declarator of declaration.declarations) {
        if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === name) {
          // A `let` written again later is not known; the identifier lets the same-file analysis decide.
          return declaration.kind === 'const' && declarator.init ? declarator.init : declarator.id;
        }
      }
      return undefined;
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.ClassDeclaration:
    case AST_NODE_TYPES.TSDeclareFunction:
      return declaration.id?.name === name ? declaration : undefined;
    default:
      return undefined;
  }
}

function importedName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

function stringLiteral(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') {
    return node.value;
  }
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

/** The project files each linted file was resolved into, by linted file (absolute paths). */
const dependencies = new Map<string, Set<string>>();

function recordDependency(from: string, to: string): void {
  let set = dependencies.get(from);
  if (!set) {
    set = new Set();
    dependencies.set(from, set);
  }
  set.add(to);
}

/**
 * The files whose findings may depend on `file` (directly or through further imports), as far as this process
 * has linted them: the editor lints them again when `file` changes.
 */
export function getModuleDependents(file: string): string[] {
  const target = path.resolve(file);
  const out = new Set<string>();
  const queue = [target];
  while (queue.length > 0) {
    const current = queue.pop()!;
    for (const [from, set] of dependencies) {
      if (set.has(current) && !out.has(from) && from !== target) {
        out.add(from);
        queue.push(from);
      }
    }
  }
  return [...out];
}

/** Forgets what was parsed and recorded (the editor, when its settings change; tests). */
export function clearProjectModules(): void {
  clearProjectFiles();
  cache.clear();
  cachedText = 0;
  dependencies.clear();
}
