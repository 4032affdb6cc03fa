// Sets mocha up (bdd) before the test files load in the browser bundle (see index.ts).
declare const mocha: { setup(options: { ui: string; reporter?: unknown; timeout: number; color?: boolean }): void };

mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 60_000, color: false });
