// `node:assert/strict` for the in-editor suite in the browser's web extension host (esbuild `alias` in the web test
// bundle): the assertions the suite uses, with strict (`Object.is`, deep strict) semantics.
class AssertionError extends Error {
  override name = 'AssertionError';
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function fail(message: string | Error | undefined, fallback: string): never {
  if (message instanceof Error) {
    throw message;
  }
  throw new AssertionError(message ?? fallback);
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) {
    return true;
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return false;
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
    return false;
  }
  if (a instanceof RegExp || a instanceof Date) {
    return String(a) === String(b);
  }
  if (a instanceof Map && b instanceof Map) {
    return a.size === b.size && [...a].every(([key, value]) => b.has(key) && isDeepEqual(value, b.get(key)));
  }
  if (a instanceof Set && b instanceof Set) {
    return a.size === b.size && [...a].every(value => b.has(value));
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every(
      key =>
        Object.prototype.hasOwnProperty.call(b, key) &&
        isDeepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) {
    fail(message, `Expected a truthy value, got ${show(value)}`);
  }
}

export function equal(actual: unknown, expected: unknown, message?: string | Error): void {
  if (!Object.is(actual, expected)) {
    fail(message, `Expected ${show(expected)}, got ${show(actual)}`);
  }
}

export function deepEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (!isDeepEqual(actual, expected)) {
    fail(message, `Expected (deep) ${show(expected)},\n     got ${show(actual)}`);
  }
}

export function match(actual: string, pattern: RegExp, message?: string | Error): void {
  if (typeof actual !== 'string' || !pattern.test(actual)) {
    fail(message, `Expected ${show(actual)} to match ${String(pattern)}`);
  }
}

export function doesNotMatch(actual: string, pattern: RegExp, message?: string | Error): void {
  if (typeof actual !== 'string' || pattern.test(actual)) {
    fail(message, `Expected ${show(actual)} not to match ${String(pattern)}`);
  }
}
