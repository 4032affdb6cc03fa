// The `process` global of the browser bundles (esbuild `inject`): a Web Worker has none, and ESLint, the parser and
// the plugin read `process.env`, `process.cwd()` and `process.platform` here and there. `browser: true` makes
// TypeScript's `sys` stay out of Node's APIs.
export const process = {
  browser: true,
  env: {} as Record<string, string | undefined>,
  platform: 'browser',
  version: '',
  versions: {} as Record<string, string>,
  argv: [] as string[],
  cwd: (): string => '/',
  emitWarning: (): void => undefined,
  nextTick: (callback: (...args: unknown[]) => void, ...args: unknown[]): void =>
    void Promise.resolve().then(() => callback(...args)),
};
