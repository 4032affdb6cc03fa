/** Folders whose code is tests, fixtures, samples or local tooling, not the deployed application. */
const NON_PRODUCTION_DIR =
  /(?:^|\/)(?:test|tests|__tests__|__mocks__|e2e|fixtures?|mocks?|spec|specs|samples?|examples?|demos?|scripts|dev)\//i;
/** `*.test.*`, `*.spec.*`, `*.local.*`, `*.dev.*`, `*.e2e.*`, `*.stories.*` and the like. */
const NON_PRODUCTION_FILE = /\.(?:test|spec|e2e|local|dev|development|stories|mock|fixture)\.[cm]?[jt]sx?$/i;

/**
 * Whether a file is a test, fixture, sample, demo or local dev/tooling script rather than production code, judged
 * from its path relative to the working directory (so the checkout's own location never counts):
 * `src/__tests__/auth.ts`, `scripts/seed.ts`, `config.local.ts`.
 */
export function isTestOrToolingFile(filename: string, cwd: string): boolean {
  // Several rules ask about the same file one after another.
  if (filename !== lastFilename || cwd !== lastCwd) {
    lastFilename = filename;
    lastCwd = cwd;
    lastAnswer = judge(filename, cwd);
  }
  return lastAnswer;
}

let lastFilename: string | undefined;
let lastCwd: string | undefined;
let lastAnswer = false;

function judge(filename: string, cwd: string): boolean {
  const normalized = filename.replace(/\\/g, '/');
  const base = cwd.replace(/\\/g, '/').replace(/\/$/, '');
  const relative = base && normalized.startsWith(`${base}/`) ? normalized.slice(base.length + 1) : normalized;
  return NON_PRODUCTION_DIR.test(relative) || NON_PRODUCTION_FILE.test(relative);
}
