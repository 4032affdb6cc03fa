import type { TSESLint } from '@typescript-eslint/utils';

/** One listener map from several: handlers for the same selector run in the order the maps are given. */
export function mergeListeners(...listeners: TSESLint.RuleListener[]): TSESLint.RuleListener {
  const handlers = new Map<string, ((node: never) => void)[]>();
  for (const listener of listeners) {
    for (const [selector, handler] of Object.entries(listener)) {
      if (typeof handler === 'function') {
        const list = handlers.get(selector) ?? [];
        list.push(handler as (node: never) => void);
        handlers.set(selector, list);
      }
    }
  }
  const out: Record<string, (node: never) => void> = {};
  for (const [selector, list] of handlers) {
    out[selector] = list.length === 1 ? list[0]! : (node: never): void => list.forEach(handler => handler(node));
  }
  return out as TSESLint.RuleListener;
}
