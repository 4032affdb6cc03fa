import path from 'node:path';

import { getInstalledVersion, getMajorVersion } from './getInstalledVersion';

const overrides = new Map<string, number | null>();

/**
 * The major version of `pkg` as installed for the file being linted: resolved from the file's directory (so the
 * nearest `node_modules` up the tree wins), else from the directory ESLint runs in (the project being linted),
 * through `getInstalledVersion` (read once per directory and package per process). `undefined` when the package
 * cannot be found or read from either (a package whose `exports` hide `package.json`, a project that does not
 * install it).
 */
export function getInstalledMajorVersion(pkg: string, filename: string): number | undefined {
  if (overrides.has(pkg)) {
    return overrides.get(pkg) ?? undefined;
  }
  const dirs = path.isAbsolute(filename) ? [path.dirname(filename), process.cwd()] : [process.cwd()];
  for (const dir of dirs) {
    const major = getMajorVersion(getInstalledVersion(pkg, dir));
    if (major !== undefined) {
      return major;
    }
  }
  return undefined;
}

/**
 * For tests only: make `getInstalledMajorVersion(pkg, …)` answer `major` (`null`: "cannot be read") without
 * probing, or with `undefined` go back to probing.
 */
export function setInstalledMajorVersionForTesting(pkg: string, major: number | null | undefined): void {
  if (major === undefined) {
    overrides.delete(pkg);
  } else {
    overrides.set(pkg, major);
  }
}
