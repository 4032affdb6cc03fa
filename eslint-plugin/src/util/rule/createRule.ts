import type { TSESLint } from '@typescript-eslint/utils';

type RuleContext<M extends string, O extends readonly unknown[]> = TSESLint.RuleContext<M, O>;
type RuleListener = TSESLint.RuleListener;
type RuleMetaData<M extends string, D, O extends readonly unknown[]> = TSESLint.RuleMetaData<M, D, O>;
type RuleModule<M extends string, O extends readonly unknown[], D> = TSESLint.RuleModule<M, O, D>;

import { ruleDocsUrl } from './ruleDocsUrl';
import { createMentionsCheck, registerMentions } from './sourceMentions';

/** Extra `meta.docs` fields every rule of this plugin declares. */
export interface ZeroTrustDocs {
  /** The config that enables the rule: `recommended` (and so `strict` too), `strict` only, or `false` (left out on purpose). */
  recommended: 'recommended' | 'strict' | false;
  /** Severity the configs give the rule; `error` unless said otherwise. */
  severity?: 'error' | 'warn';
}

export type ZeroTrustRuleMeta<MessageIds extends string, Options extends readonly unknown[]> = Omit<
  RuleMetaData<MessageIds, ZeroTrustDocs, Options>,
  'docs'
> & {
  docs: { description: string } & ZeroTrustDocs;
};

export interface ZeroTrustRuleModule<MessageIds extends string, Options extends readonly unknown[]>
  extends RuleModule<MessageIds, Options, ZeroTrustDocs> {
  name: string;
  meta: ZeroTrustRuleMeta<MessageIds, Options> & { docs: { url: string } };
}

/**
 * Builds every rule of the plugin: derives `meta.docs.url` from the rule name and merges the user's options over
 * `defaultOptions` (objects deeply, arrays and scalars replaced), the way typescript-eslint's `RuleCreator` does.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>({
  name,
  meta,
  defaultOptions,
  mentions,
  create,
}: {
  name: string;
  meta: ZeroTrustRuleMeta<MessageIds, Options>;
  defaultOptions: Readonly<Options>;
  /**
   * The prefilter: words (any case) of which a file's text must contain at least one for the rule to be able to
   * report there, such as the package and API names it resolves. In other files the rule sets up no listener.
   * Leave it out when the rule can report on any file.
   */
  mentions?: readonly string[];
  create: (context: Readonly<RuleContext<MessageIds, Options>>, options: Readonly<Options>) => RuleListener;
}): ZeroTrustRuleModule<MessageIds, Options> {
  const mentionedIn = mentions ? createMentionsCheck(registerMentions(mentions)) : undefined;
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: ruleDocsUrl(name) } },
    defaultOptions,
    create(context: Readonly<RuleContext<MessageIds, Options>>): RuleListener {
      if (mentionedIn && !mentionedIn(context.sourceCode)) {
        return NO_LISTENERS;
      }
      // Most configs give no options: the defaults themselves then, without a merge per rule per file.
      return create(context, context.options.length === 0 ? defaultOptions : applyDefault(defaultOptions, context.options));
    },
  };
}

/** What a rule returns in a file its prefilter rules out: one shared object (ESLint only reads its keys). */
const NO_LISTENERS: RuleListener = Object.freeze({});

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = out[key];
    out[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return out;
}

function applyDefault<Options extends readonly unknown[]>(defaults: Readonly<Options>, user: readonly unknown[]): Options {
  const out = [...defaults] as unknown[];
  user.forEach((value, index) => {
    const current = out[index];
    out[index] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  });
  return out as unknown as Options;
}
