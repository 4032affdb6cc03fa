// Node's built-in modules other than `path` in the browser bundles (esbuild `alias`: `fs`, `module`, `os`, `util`,
// …): each property is a function that throws a clear error. Nothing calls them there: the worker is given texts,
// the plugin does not follow imports (`followImports: false`), and the installed-version probes find no version
// (the rules then say the version is unknown). A call would be a defect, and says so.
function unavailable(name: string): () => never {
  return () => {
    throw new Error(`${name} is not available in the browser: Zero Trust Lint reads no files there.`);
  };
}

/** The members named explicitly, so that a `__importStar` copy of the module (TypeScript's CommonJS) has them. */
const NAMED = [
  'existsSync',
  'readFileSync',
  'readdirSync',
  'statSync',
  'lstatSync',
  'realpathSync',
  'writeFileSync',
  'mkdirSync',
  'watch',
  'watchFile',
  'unwatchFile',
  'createRequire',
  'fileURLToPath',
  'pathToFileURL',
  'inspect',
  'debuglog',
  'platform',
  'tmpdir',
  'homedir',
  'cpus',
];

const target: Record<string | symbol, unknown> = {
  // `worker_threads`: not a worker thread (core/worker.ts then leaves the serving to web/worker.ts).
  parentPort: null,
  isMainThread: true,
};
for (const name of NAMED) {
  target[name] = unavailable(name);
}

export = new Proxy(target, {
  get(object, name) {
    if (name === '__esModule' || name === 'then' || typeof name === 'symbol') {
      return undefined;
    }
    return name in object ? object[name] : unavailable(String(name));
  },
});
