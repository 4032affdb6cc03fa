import type { Ignore } from 'ignore';

/**
 * git's answer for one path, from the ignore rules of the folders on its way: `folders` are the folders from the
 * working tree's root down to the path's own folder, as absolute `/`-separated paths (`/repo`, `C:/repo`; `''` for
 * the file system's root), each later one inside the one before, and `rulesOf` gives a folder's parsed rules (its
 * `.gitignore`; for the root, with `.git/info/exclude` before it where the caller reads that too), or `undefined`
 * when it has none. `target` is the path itself, inside the last folder.
 *
 * As in git: a deeper folder's word wins over an outer one's (`!` patterns re-include), and a path in an ignored
 * folder stays ignored whatever deeper rules say (git does not look inside an ignored folder, so it never reads the
 * `.gitignore` files there either).
 */
export function isIgnoredByRules(
  folders: readonly string[],
  target: string,
  rulesOf: (folder: string) => Ignore | undefined,
): boolean {
  for (let depth = 1; depth < folders.length; depth++) {
    if (isIgnoredAt(folders.slice(0, depth), folders[depth]!, true, rulesOf)) {
      return true;
    }
  }
  return isIgnoredAt(folders, target, false, rulesOf);
}

/**
 * The folders from `root` down to the folder holding `target` (both `/`-separated, `target` inside `root`), for
 * `isIgnoredByRules`; `undefined` when `target` is not inside `root`.
 */
export function foldersBetween(root: string, target: string): string[] | undefined {
  const base = root.replace(/\/+$/, '');
  if (!target.startsWith(`${base}/`)) {
    return undefined;
  }
  const folders = [base];
  const parts = target.slice(base.length + 1).split('/');
  let folder = base;
  for (let i = 0; i < parts.length - 1; i++) {
    folder = `${folder}/${parts[i]}`;
    folders.push(folder);
  }
  return folders;
}

/**
 * What the rules of `folders` (outermost first, as for `isIgnoredByRules`) say about `target` itself, a folder or
 * a file: ignored, or not (re-included, or nothing said). Unlike `isIgnoredByRules` it does not look at the folders
 * on the way, for a caller that walks the tree from the top and never enters an ignored folder.
 */
export function isIgnoredAt(
  folders: readonly string[],
  target: string,
  isFolder: boolean,
  rulesOf: (folder: string) => Ignore | undefined,
): boolean {
  let ignored = false;
  for (const folder of folders) {
    const rules = rulesOf(folder);
    if (!rules) {
      continue;
    }
    const relative = target.slice(folder.length + 1);
    if (!relative) {
      continue;
    }
    try {
      const result = rules.test(isFolder ? `${relative}/` : relative);
      if (result.ignored) {
        ignored = true;
      } else if (result.unignored) {
        ignored = false;
      }
    } catch {
      // A path `ignore` cannot judge (none should reach here): it says nothing.
    }
  }
  return ignored;
}
