import fs from 'node:fs';
import path from 'node:path';

const SOURCE = /\.(js|mjs|cjs|jsx|ts|mts|cts|tsx)$/;

/**
 * Every JavaScript and TypeScript file shipped in `node_modules` (nested ones included, declaration files too),
 * sorted. Symbolic links are not followed: they are the workspace's own packages (our plugin) or loops.
 */
export function shippedSourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number): void => {
    if (depth > 40) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full, depth + 1);
      else if (entry.isFile() && SOURCE.test(entry.name)) out.push(full);
    }
  };
  walk(path.join(root, 'node_modules'), 0);
  return out.sort();
}
