import fs from 'node:fs';
import path from 'node:path';

const cache = new Map<string, number | null>();
const overrides = new Map<string, number | null>();

/**
 * The major version of `pkg` as installed for the file being linted: `require.resolve('<pkg>/package.json')`
 * from the file's directory (so the nearest `node_modules` up the tree wins), else from the directory ESLint
 * runs in (the project being linted), each read once per directory and package per process. `undefined` when
 * the package cannot be found or read from either (a package whose `exports` hide `package.json`, a project
 * that does not install it).
 */
export function getInstalledMajorVersion(pkg: string, filename: string): number | undefined {
  if (overrides.has(pkg)) {
    return overrides.get(pkg) ?? undefined;
  }
  const dirs = path.isAbsolute(filename) ? [path.dirname(filename), process.cwd()] : [process.cwd()];
  for (const dir of dirs) {
    const key = `${pkg}\u0000${dir}`;
    let major = cache.get(key);
    if (major === undefined) {
      major = probe(pkg, dir);
      cache.set(key, major);
    }
    if (major !== null) {
      return major;
    }
  }
  return undefined;
}

function probe(pkg: string, dir: string): number | null {
  try {
    const file = require.resolve(`${pkg}/package.json`, { paths: [dir] });
    const { version } = JSON.parse(fs.readFileSync(file, 'utf8')) as { version?: unknown };
    const match = typeof version === 'string' ? /^(\d+)\./.exec(version) : null;
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/**
 * For tests only: make `getInstalledMajorVersion(pkg, …)` answer `major` (`null`: "cannot be read") without
 * probing, or with `undefined` go back to probing. Also clears the probe cache.
 */
export function setInstalledMajorVersionForTesting(pkg: string, major: number | null | undefined): void {
  cache.clear();
  if (major === undefined) {
    overrides.delete(pkg);
  } else {
    overrides.set(pkg, major);
  }
}
