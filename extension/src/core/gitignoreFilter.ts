// Which of the workspace scan's files git ignores: every `.gitignore` from the working tree's root down to each
// file's folder, and `.git/info/exclude`, with git's semantics (through `ignore`, which ESLint itself uses, and the
// plugin's `isIgnoredByRules`). vscode-free: the files are read through the function the caller gives, so the same
// code serves the editor's file system API wherever the extension runs.
import ignore, { type Ignore } from 'ignore';

import { foldersBetween, isIgnoredByRules } from '../../../eslint-plugin/src/util/configFiles/gitignoreVerdict';

/** Reads a text file (an absolute `/`-separated path); `undefined` when there is none or it cannot be read. */
export type ReadText = (path: string) => Promise<string | undefined>;

/** Folders whose `.gitignore` files are read at the same time. */
const CONCURRENCY = 16;

/**
 * The paths of `files` (absolute, `/`-separated, inside `root`) that git does not ignore, in their order. `root` is
 * the working tree's root (the folder holding `.git`, or the workspace folder when the caller knows of none);
 * `.git/info/exclude` counts as rules of the root that its `.gitignore` may override, as in git. Each folder's
 * `.gitignore` is read once, and only folders on the way to a file are read. A file that cannot be read (the reader
 * returns `undefined` or fails), or that `ignore` cannot parse, adds no rules. Files outside `root` are kept.
 */
export async function filterGitIgnored(root: string, files: readonly string[], readText: ReadText): Promise<string[]> {
  const chains = files.map(file => foldersBetween(root, file));
  const folders = new Set<string>();
  for (const chain of chains) {
    for (const folder of chain ?? []) {
      folders.add(folder);
    }
  }
  const rules = new Map<string, Ignore | undefined>();
  const queue = [...folders];
  const rootFolder = root.replace(/\/+$/, '');
  const load = async (): Promise<void> => {
    for (let folder = queue.shift(); folder !== undefined; folder = queue.shift()) {
      const read = (path: string): Promise<string | undefined> => readText(path).catch(() => undefined);
      const texts = await Promise.all([
        folder === rootFolder ? read(`${folder}/.git/info/exclude`) : undefined,
        read(`${folder}/.gitignore`),
      ]);
      rules.set(folder, parse(texts));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, load));
  return files.filter((file, i) => {
    const chain = chains[i];
    return !chain || !isIgnoredByRules(chain, file, folder => rules.get(folder));
  });
}

/** One folder's rules from the texts that hold them, in order (later ones win), or `undefined` if none. */
function parse(texts: readonly (string | undefined)[]): Ignore | undefined {
  const present = texts.filter((text): text is string => text !== undefined && text.trim() !== '');
  if (present.length === 0) {
    return undefined;
  }
  try {
    const rules = ignore();
    for (const text of present) {
      rules.add(text);
    }
    return rules;
  } catch {
    return undefined;
  }
}
