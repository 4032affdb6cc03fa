/**
 * The files of the project being linted, as the cross-module resolution (`projectModules.ts`) reads them: where a
 * relative specifier leads (Node's and TypeScript's resolution), which directory is the project (nothing outside it,
 * nothing in `node_modules`), and the text of a file, from an editor's unsaved document when there is one.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The largest file followed into (bytes): bigger modules are generated or bundled code, not configuration. */
export const MAX_MODULE_BYTES = 256 * 1024;

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

/** Whether a specifier is relative (`./x`, `../x`, `.`): the only ones the project resolution follows. */
export function isRelativeSpecifier(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}

/** Whether `file` lies inside `root` (or is it) and not under a `node_modules` directory. */
export function isInsideProject(file: string, root: string): boolean {
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
  const base = path.resolve(path.dirname(fromFile), specifier);
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
  for (const candidate of candidates) {
    if (overlay.has(candidate) || isFile(candidate)) {
      return candidate;
    }
  }
  return undefined;
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
  try {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    return stat?.isFile() ? `${stat.mtimeMs}:${stat.size}` : undefined;
  } catch {
    return undefined;
  }
}

const roots = new Map<string, string | null>();

/**
 * The project a linted file belongs to: ESLint's working directory when the file is inside it, else the nearest
 * directory above the file with a `package.json`; `undefined` when there is none, or the file is in `node_modules`
 * (then nothing is followed).
 */
export function findProjectRoot(file: string, cwd: string | undefined): string | undefined {
  // A dependency's own files are not the project's: their imports are not followed.
  if (file.split(/[\\/]/).includes('node_modules')) {
    return undefined;
  }
  if (cwd && path.dirname(cwd) !== cwd && isInsideProject(file, cwd)) {
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
