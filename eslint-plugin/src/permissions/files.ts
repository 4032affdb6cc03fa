import fs from 'node:fs';
import path from 'node:path';

import ignore, { type Ignore } from 'ignore';

import { isIgnoredAt } from '../util/configFiles/gitignoreVerdict';
import { isAnalyzedFile } from './collect';

/** Folders never searched: dependencies, build output and version control. */
const SKIPPED = new Set(['node_modules', '.git', 'dist', 'out', 'build', 'coverage']);

/**
 * The files under `paths` (files or folders, relative to `cwd`) that the analysis reads (JavaScript, TypeScript and
 * JSON), skipping dependency and build folders and what the `.gitignore` files of each folder searched (from
 * `cwd` down) exclude. Sorted, absolute.
 */
export function listFiles(paths: readonly string[], cwd: string = process.cwd()): string[] {
  const out = new Set<string>();
  const rootRules = readRules(cwd);
  for (const given of paths.length > 0 ? paths : ['.']) {
    const absolute = path.resolve(cwd, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      continue;
    }
    if (stat.isFile()) {
      out.add(absolute);
    } else if (stat.isDirectory()) {
      walk(absolute, rootRules && absolute !== cwd ? [{ base: cwd, rules: rootRules }] : [], out);
    }
  }
  return [...out].sort();
}

interface Rules {
  base: string;
  rules: Ignore;
}

function readRules(folder: string): Ignore | undefined {
  try {
    return ignore().add(fs.readFileSync(path.join(folder, '.gitignore'), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Whether the `.gitignore` rules of the folders searched so far (outermost first) ignore `target`. */
function ignored(rules: readonly Rules[], target: string, isFolder: boolean): boolean {
  const own = toSlash(target);
  const applying = new Map<string, Ignore>();
  for (const { base, rules: set } of rules) {
    const folder = toSlash(base).replace(/\/+$/, '');
    if (own.startsWith(`${folder}/`)) {
      applying.set(folder, set);
    }
  }
  return isIgnoredAt([...applying.keys()], own, isFolder, folder => applying.get(folder));
}

function toSlash(native: string): string {
  return native.split(path.sep).join('/');
}

function walk(folder: string, inherited: readonly Rules[], out: Set<string>): void {
  const own = readRules(folder);
  const rules = own ? [...inherited, { base: folder, rules: own }] : inherited;
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const target = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name) && !ignored(rules, target, true)) {
        walk(target, rules, out);
      }
    } else if (entry.isFile() && isAnalyzedFile(entry.name) && !ignored(rules, target, false)) {
      out.add(target);
    }
  }
}
