import fs from 'node:fs';
import path from 'node:path';

import ignore, { type Ignore } from 'ignore';

import { foldersBetween, isIgnoredByRules } from '../util/configFiles/gitignoreVerdict';

/** The parsed `.gitignore` of a folder, with the modification time it was read at (`undefined`: no file). */
interface Rules {
  mtimeMs: number;
  rules: Ignore | undefined;
}

const rulesByFolder = new Map<string, Rules>();
const rootByFolder = new Map<string, string>();

/**
 * The working tree that holds `folder`: the nearest folder upwards with a `.git` folder or file (a worktree). Only
 * a root found is remembered: a folder outside any repository is looked at again next time, so that a repository
 * created later (`git init` while the editor is open) is seen without a restart.
 */
function repositoryRoot(folder: string): string | undefined {
  const known = rootByFolder.get(folder);
  if (known !== undefined) {
    return known;
  }
  let root: string | undefined;
  if (fs.existsSync(path.join(folder, '.git'))) {
    root = folder;
  } else {
    const parent = path.dirname(folder);
    root = parent === folder ? undefined : repositoryRoot(parent);
  }
  if (root !== undefined) {
    rootByFolder.set(folder, root);
  }
  return root;
}

/** A folder's `.gitignore`, read again whenever the file changes (the editor lints while it is edited). */
function rulesOf(folder: string): Ignore | undefined {
  const file = path.join(folder, '.gitignore');
  let mtimeMs = -1;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    // No .gitignore here.
  }
  const cached = rulesByFolder.get(folder);
  if (cached && cached.mtimeMs === mtimeMs) {
    return cached.rules;
  }
  let rules: Ignore | undefined;
  if (mtimeMs >= 0) {
    try {
      rules = ignore().add(fs.readFileSync(file, 'utf8'));
    } catch {
      rules = undefined;
    }
  }
  rulesByFolder.set(folder, { mtimeMs, rules });
  return rules;
}

/**
 * Whether git ignores `filename` by the `.gitignore` files of its working tree (found by walking up to `.git`):
 * every `.gitignore` from the root down to the file's folder, negations included, and as in git a file in an
 * ignored folder stays ignored whatever deeper files say (`isIgnoredByRules`). A file outside any git working tree,
 * or a name that is not a path on disk, is not ignored. Only `.gitignore` files count: not `.git/info/exclude` or a
 * user's global excludes, which are no part of the repository, and not whether git already tracks the file.
 */
export function isIgnoredByGit(filename: string): boolean {
  if (!path.isAbsolute(filename)) {
    return false;
  }
  const file = path.normalize(filename);
  const root = repositoryRoot(path.dirname(file));
  if (root === undefined) {
    return false;
  }
  const toSlash = (native: string): string => native.split(path.sep).join('/');
  const folders = foldersBetween(toSlash(root), toSlash(file));
  if (!folders) {
    return false;
  }
  return isIgnoredByRules(folders, toSlash(file), folder =>
    rulesOf(folder ? folder.split('/').join(path.sep) : path.sep),
  );
}

/** Forgets what was read, for tests that change `.gitignore` files within one modification-time tick. */
export function clearGitignoreCache(): void {
  rulesByFolder.clear();
  rootByFolder.clear();
}
