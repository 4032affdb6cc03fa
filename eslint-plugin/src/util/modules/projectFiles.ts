/**
 * The files of the project being linted, as the cross-module resolution (`projectModules.ts`) reads them: where a
 * relative specifier leads (Node's and TypeScript's resolution), which directory is the project (nothing outside it,
 * nothing in `node_modules`), and the text of a file, from an editor's unsaved document when there is one.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The largest file followed into (bytes): bigger modules are generated or bundled code, not configuration. */
const MAX_MODULE_BYTES = 256 * 1024;

/** The extensions tried after a specifier without one, in Node's and TypeScript's order. */
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.jsx', '.json'];
/** TypeScript's output extensions a `.ts` source may be imported by (`import './config.js'` in a `.ts` file). */
const SOURCE_FOR_OUTPUT: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
  '.jsx': ['.tsx'],
};

/** The text of a file as it is now: `undefined` when it cannot be read or is too large. */
export interface FileText {
  text: string;
  /** What changes when the file does (modification time and size, or the editor's version). */
  stamp: string;
}

/** Unsaved editor documents, by absolute path: consulted before the disk. */
const overlay = new Map<string, { text: string; version: number }>();

/**
 * Makes the resolution read `filePath` from `text` rather than from the disk (an editor's unsaved document);
 * `undefined` drops the overlay. Called by the editor integration.
 */
export function setModuleOverlay(filePath: string, text: string | undefined, version = 0): void {
  if (text === undefined) {
    overlay.delete(path.resolve(filePath));
  } else {
    overlay.set(path.resolve(filePath), { text, version });
  }
}

/** The real paths of files linted under another name (the editor lints `src/app.ts`, relative to the workspace). */
const lintedPaths = new Map<string, string>();

/**
 * Tells the resolution that the file ESLint lints as `filename` is `filePath` on disk (`undefined` forgets it), so
 * its relative imports resolve next to it. Called by the editor integration around a lint.
 */
export function setLintedFilePath(filename: string, filePath: string | undefined): void {
  if (filePath === undefined) {
    lintedPaths.delete(filename);
  } else {
    lintedPaths.set(filename, filePath);
  }
}

/** The path on disk of a file linted as `filename`, where the editor said; else `undefined`. */
export function getLintedFilePath(filename: string): string | undefined {
  return lintedPaths.size === 0 ? undefined : lintedPaths.get(filename);
}

/** Whether a specifier is relative (`./x`, `../x`, `.`): the only ones the project resolution follows. */
export function isRelativeSpecifier(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}

/** Whether `file` lies inside `root` (or is it) and not under a `node_modules` directory. */
function isInsideProject(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return false;
  }
  return !relative.split(path.sep).includes('node_modules');
}

/**
 * The file a relative `specifier` in `fromFile` leads to: the path itself, the path with one of the known
 * extensions, TypeScript's `.js` → `.ts` mapping, or an `index` file in the directory. `undefined` when none exists
 * inside `root` (or outside it, or in `node_modules`).
 */
export function resolveRelativeFile(specifier: string, fromFile: string, root: string): string | undefined {
  // Files of one folder import the same few modules: the answer for a folder and specifier is kept as long as a
  // directory listing is (`FRESH_MS`), and while no overlay is set.
  const dir = path.dirname(fromFile);
  const key = `${root}\0${dir}\0${specifier}`;
  const now = Date.now();
  const known = resolved.get(key);
  if (known && now - known.checked < FRESH_MS && overlay.size === 0) {
    return known.file;
  }
  const file = resolveUncached(specifier, dir, root);
  resolved.set(key, { file, checked: now });
  if (resolved.size > 4000) {
    resolved.delete(resolved.keys().next().value!);
  }
  return file;
}

const resolved = new Map<string, { file: string | undefined; checked: number }>();

function resolveUncached(specifier: string, dir: string, root: string): string | undefined {
  const base = path.resolve(dir, specifier);
  if (!isInsideProject(base, root)) {
    return undefined;
  }
  const candidates: string[] = [];
  const ext = path.extname(base);
  for (const source of SOURCE_FOR_OUTPUT[ext] ?? []) {
    candidates.push(base.slice(0, -ext.length) + source);
  }
  candidates.push(base);
  for (const extension of EXTENSIONS) {
    candidates.push(base + extension);
  }
  for (const extension of EXTENSIONS) {
    candidates.push(path.join(base, `index${extension}`));
  }
  const seen = new Map<string, ReadonlyMap<string, boolean> | undefined>();
  for (const candidate of candidates) {
    if (overlay.has(candidate)) {
      return candidate;
    }
    const dir = path.dirname(candidate);
    let entries = seen.get(dir);
    if (!seen.has(dir)) {
      entries = listDirectory(dir);
      seen.set(dir, entries);
    }
    const entry = entries?.get(path.basename(candidate));
    if (entry === true || (entry === false && isFile(candidate))) {
      return candidate;
    }
  }
  return undefined;
}

/**
 * A directory's entries (`true` for a file, `false` for anything else that may lead to one, such as a symbolic
 * link), read once per change of the directory: a lookup of `./config` tries a dozen names, and every file of a
 * directory imports from the same few.
 */
const directories = new Map<
  string,
  { mtimeMs: number; checked: number; entries: ReadonlyMap<string, boolean> | undefined }
>();

/**
 * How long a directory listing or a file's modification stamp is trusted without asking the file system again
 * (milliseconds): a lint run asks about the same few files for every file that imports them, and an editor sees a
 * new or changed file at most this much later (a changed file's overlay, for open documents, is seen at once).
 */
const FRESH_MS = 1000;

function listDirectory(dir: string): ReadonlyMap<string, boolean> | undefined {
  try {
    const now = Date.now();
    const known = directories.get(dir);
    if (known && now - known.checked < FRESH_MS) {
      return known.entries;
    }
    const stat = fs.statSync(dir, { throwIfNoEntry: false });
    if (!stat?.isDirectory()) {
      // Remembered too: every file of a package asks for the same missing `./lib` many times in a second.
      remember(dir, { mtimeMs: -1, checked: now, entries: undefined });
      return undefined;
    }
    const cached = directories.get(dir);
    if (cached?.mtimeMs === stat.mtimeMs) {
      cached.checked = now;
      return cached.entries;
    }
    const entries = new Map<string, boolean>();
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) {
        entries.set(entry.name, entry.isFile());
      }
    }
    remember(dir, { mtimeMs: stat.mtimeMs, checked: now, entries });
    return entries;
  } catch {
    return undefined;
  }
}

function remember(
  dir: string,
  listing: { mtimeMs: number; checked: number; entries: ReadonlyMap<string, boolean> | undefined },
): void {
  directories.set(dir, listing);
  if (directories.size > 2000) {
    directories.delete(directories.keys().next().value!);
  }
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return false;
  }
}

/** The text of `file`: the editor's overlay, else the disk; `undefined` when unreadable or over the size limit. */
export function readProjectFile(file: string): FileText | undefined {
  const open = overlay.get(file);
  if (open) {
    return open.text.length > MAX_MODULE_BYTES ? undefined : { text: open.text, stamp: `overlay:${open.version}` };
  }
  try {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.size > MAX_MODULE_BYTES) {
      return undefined;
    }
    const stamp = `${stat.mtimeMs}:${stat.size}`;
    return { text: fs.readFileSync(file, 'utf8'), stamp };
  } catch {
    return undefined;
  }
}

/** The modification stamp of `file` without reading it (the cache's check); `undefined` when it is gone. */
export function statProjectFile(file: string): string | undefined {
  const open = overlay.get(file);
  if (open) {
    return `overlay:${open.version}`;
  }
  const now = Date.now();
  const known = stamps.get(file);
  if (known && now - known.checked < FRESH_MS) {
    return known.stamp;
  }
  let stamp: string | undefined;
  try {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    stamp = stat?.isFile() ? `${stat.mtimeMs}:${stat.size}` : undefined;
  } catch {
    stamp = undefined;
  }
  stamps.set(file, { stamp, checked: now });
  if (stamps.size > 5000) {
    stamps.delete(stamps.keys().next().value!);
  }
  return stamp;
}

const stamps = new Map<string, { stamp: string | undefined; checked: number }>();

/** Forgets the listings and stamps read (tests that change files and look again at once). */
export function clearProjectFiles(): void {
  directories.clear();
  stamps.clear();
  resolved.clear();
}

const roots = new Map<string, string | null>();

/**
 * The project a linted file belongs to: ESLint's working directory when the file is inside it, else the nearest
 * directory above the file with a `package.json`; `undefined` when there is none, or the file is in `node_modules`
 * (then nothing is followed).
 */
export function findProjectRoot(file: string, cwd: string | undefined): string | undefined {
  // A dependency's own files are not the project's: their imports are not followed.
  if (file.includes(`${path.sep}node_modules${path.sep}`) || file.includes('/node_modules/')) {
    return undefined;
  }
  if (cwd && path.dirname(cwd) !== cwd && file.startsWith(cwd + path.sep)) {
    return cwd;
  }
  const dir = path.dirname(file);
  let root = roots.get(dir);
  if (root === undefined) {
    root = null;
    for (let current = dir; ; current = path.dirname(current)) {
      if (path.basename(current) === 'node_modules') {
        break;
      }
      if (isFile(path.join(current, 'package.json'))) {
        root = current;
        break;
      }
      if (path.dirname(current) === current) {
        break;
      }
    }
    roots.set(dir, root);
  }
  return root ?? undefined;
}
