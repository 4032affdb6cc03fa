// The installed versions of the packages whose version rules read (`getInstalledVersion` and its users in the
// plugin: `no-token-in-web-storage` for @azure/msal-browser, `no-unsafe-jwt-algorithm` for jsonwebtoken and
// express-jwt), read by the editor where the worker cannot look into `node_modules` itself: in the browser, through
// `vscode.workspace.fs`. The worker hands them to the rules as their settings (`LintSettings.installedVersions`).
// vscode-free.

/** The packages whose installed version a rule reads. */
const VERSIONED_PACKAGES = ['@azure/msal-browser', 'jsonwebtoken', 'express-jwt'] as const;

/**
 * The version a dependency range fixes the major of (`^9.0.3` → `9.0.3`, `~4.2` → `4.2`, `8.x` → `8.x`, `9` →
 * `9.x`); `undefined` for a range that allows several majors or names no version (`>=8`, `8 || 9`, `*`, `latest`,
 * a URL or a workspace reference).
 */
export function rangeVersion(range: unknown): string | undefined {
  if (typeof range !== 'string') {
    return undefined;
  }
  const match = /^\s*[\^~=]?\s*v?(\d+)((?:\.(?:\d+|x|\*)){0,2})(?:-[\w.]+)?\s*$/i.exec(range);
  if (!match) {
    return undefined;
  }
  return match[2] ? `${match[1]}${match[2]}` : `${match[1]}.x`;
}

/**
 * The versions of `VERSIONED_PACKAGES` for a folder: from `node_modules/<package>/package.json` where it is
 * installed, else from the range of the folder's `package.json` that fixes its major. `read` gives a file's text by
 * its path relative to the folder (`undefined`: not there). Packages with no known version are left out: the rules
 * then say what they say when the version is unknown.
 */
export async function readInstalledVersions(
  read: (relativePath: string) => Promise<string | undefined>,
): Promise<Record<string, string>> {
  const json = async (relativePath: string): Promise<Record<string, unknown> | undefined> => {
    const text = await read(relativePath);
    try {
      const parsed: unknown = text === undefined ? undefined : JSON.parse(text);
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  };
  const manifest = await json('package.json');
  const declared = (field: string, pkg: string): unknown => {
    const dependencies = manifest?.[field];
    return dependencies && typeof dependencies === 'object'
      ? (dependencies as Record<string, unknown>)[pkg]
      : undefined;
  };
  const versions: Record<string, string> = {};
  await Promise.all(
    VERSIONED_PACKAGES.map(async pkg => {
      const installed = (await json(`node_modules/${pkg}/package.json`))?.version;
      const version =
        typeof installed === 'string' && /^\d+\./.test(installed)
          ? installed
          : rangeVersion(declared('dependencies', pkg) ?? declared('devDependencies', pkg));
      if (version) {
        versions[pkg] = version;
      }
    }),
  );
  return versions;
}
