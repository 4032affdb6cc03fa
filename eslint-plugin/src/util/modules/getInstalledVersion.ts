import fs from 'node:fs';
import path from 'node:path';

/**
 * Resolved versions, keyed by package and directory, for the life of the process (one lint run, or the editor session).
 */
const cache = new Map<string, string | null>();

/**
 * The version of `pkg` that code in `directory` would load (`require.resolve('<pkg>/package.json', { paths: [directory]
 * })`), or `undefined` when it is not installed there or its manifest cannot be read. Cached per package and directory.
 */
export function getInstalledVersion(pkg: string, directory: string): string | undefined {
  const key = `${pkg}\0${directory}`;
  let version = cache.get(key);
  if (version === undefined) {
    version = null;
    try {
      const manifest = require.resolve(`${pkg}/package.json`, { paths: [directory] });
      const parsed = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version?: unknown };
      if (typeof parsed.version === 'string') {
        version = parsed.version;
      }
    } catch {
      // Not installed, not resolvable from here, or an unreadable manifest: the version is unknown.
    }
    cache.set(key, version);
  }
  return version ?? undefined;
}

/** The major version number of a semver string (`'3.26.1'` → 3), or `undefined`. */
export function getMajorVersion(version: string | undefined): number | undefined {
  const match = version === undefined ? null : /^\s*v?(\d+)\./.exec(version);
  return match ? Number(match[1]) : undefined;
}

/** The directory of a linted file, for `getInstalledVersion`; the working directory for `<input>` and `<text>`. */
export function getLintedFileDirectory(filename: string, cwd: string): string {
  return filename && path.isAbsolute(filename) ? path.dirname(filename) : cwd;
}
