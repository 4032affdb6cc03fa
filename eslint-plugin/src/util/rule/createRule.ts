import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type RuleContext<M extends string, O extends readonly unknown[]> = TSESLint.RuleContext<M, O>;
type RuleListener = TSESLint.RuleListener;
type RuleMetaData<M extends string, D, O extends readonly unknown[]> = TSESLint.RuleMetaData<M, D, O>;
type RuleModule<M extends string, O extends readonly unknown[], D> = TSESLint.RuleModule<M, O, D>;

import { configFileKind } from '../configFiles/configFileBlock';
import { importsMention } from '../modules/projectMentions';
import { getOwningModule, isFollowingImports, registerProjectFile } from '../modules/projectModules';
import { ruleDocsUrl } from './ruleDocsUrl';
import { createMentionsCheck, registerMentions } from './sourceMentions';

/** The three principles of Zero Trust, as `meta.docs.principle` names them. */
type ZeroTrustPrinciple = 'verify-explicitly' | 'least-privilege' | 'assume-breach';

/** Extra `meta.docs` fields every rule of this plugin declares. */
interface ZeroTrustDocs {
  /**
   * The config that enables the rule: `recommended` (and so `strict` too), `strict` only, or `false` (left out on
   * purpose).
   */
  recommended: 'recommended' | 'strict' | false;
  /**
   * The Zero Trust principle a finding of the rule breaks first (its doc says why): the editor's findings view groups
   * by it.
   */
  principle: ZeroTrustPrinciple;
  /** Severity the configs give the rule; `error` unless said otherwise. */
  severity?: 'error' | 'warn';
}

export type ZeroTrustRuleMeta<MessageIds extends string, Options extends readonly unknown[]> = Omit<
  RuleMetaData<MessageIds, ZeroTrustDocs, Options>,
  'docs'
> & {
  docs: { description: string } & ZeroTrustDocs;
};

export interface ZeroTrustRuleModule<MessageIds extends string, Options extends readonly unknown[]> extends RuleModule<
  MessageIds,
  Options,
  ZeroTrustDocs
> {
  name: string;
  meta: ZeroTrustRuleMeta<MessageIds, Options> & { docs: { url: string } };
}

/**
 * Builds every rule of the plugin: derives `meta.docs.url` from the rule name and merges the user's options over
 * `defaultOptions` (objects deeply, arrays and scalars replaced), the way typescript-eslint's `RuleCreator` does.
 *
 * In a configuration file the processors turned into code (`configFileKind`), a rule's findings carry no fix and
 * no suggestion (they would edit generated code), and a finding whose message has a config-file counterpart in
 * `meta.messages` (the same id followed by `InConfig`, saying what to do in such a file) uses that message.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>({
  name,
  meta,
  defaultOptions,
  mentions,
  followsImports,
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
  /**
   * For rules that judge values imported from the project's own modules (scope lists from `./authConfig`): the rule
   * also runs in a file that mentions one of `local` (the place such a value is used, as `scope`) and imports a
   * project module that mentions one of `imported` (the words of `mentions` that are in the value). A report that
   * names a node of another file (whose positions mean nothing here) is dropped. The shared setting
   * `'zero-trust': { followImports: false }` turns this off (`isFollowingImports`).
   */
  followsImports?: { local: readonly string[]; imported: readonly string[] };
  create: (context: Readonly<RuleContext<MessageIds, Options>>, options: Readonly<Options>) => RuleListener;
}): ZeroTrustRuleModule<MessageIds, Options> {
  const mentionedIn = mentions ? createMentionsCheck(registerMentions(mentions)) : undefined;
  const usesImported = followsImports ? createMentionsCheck(registerMentions(followsImports.local)) : undefined;
  const importedWords = followsImports ? registerMentions(followsImports.imported) : [];
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: ruleDocsUrl(name) } },
    defaultOptions,
    create(context: Readonly<RuleContext<MessageIds, Options>>): RuleListener {
      const mentioned = !mentionedIn || mentionedIn(context.sourceCode);
      const follows = usesImported !== undefined && isFollowingImports(context.settings);
      if (!mentioned && !(follows && usesImported(context.sourceCode))) {
        return NO_LISTENERS;
      }
      if (follows) {
        // What the project's imports are resolved against (once per file).
        registerProjectFile(context);
      }
      if (!mentioned && !importsMention(context.sourceCode, importedWords)) {
        return NO_LISTENERS;
      }
      // Most configs give no options: the defaults themselves then, without a merge per rule per file.
      const options = context.options.length === 0 ? defaultOptions : applyDefault(defaultOptions, context.options);
      const guarded = follows ? guardForeignReports(context) : context;
      return create(configFileKind(context.filename) ? inConfigFile(guarded, meta.messages) : guarded, options);
    },
  };
}

/** A rule context whose reports fit a configuration file: config-file messages, no fixes, no suggestions. */
function inConfigFile<M extends string, O extends readonly unknown[]>(
  context: Readonly<RuleContext<M, O>>,
  messages: Readonly<Record<M, string>>,
): Readonly<RuleContext<M, O>> {
  const report = (descriptor: TSESLint.ReportDescriptor<M>): void => {
    const inConfig = `${descriptor.messageId}InConfig`;
    // Code edits make no sense in a configuration file: the report goes without them.
    const rest: Record<string, unknown> = { ...descriptor };
    delete rest.fix;
    delete rest.suggest;
    context.report({
      ...rest,
      messageId: Object.hasOwn(messages, inConfig) ? (inConfig as M) : descriptor.messageId,
    } as TSESLint.ReportDescriptor<M>);
  };
  return withReport(context, report);
}

/**
 * A rule context whose reports never point into another file: a node of a project module the analysis followed an
 * import into (`getOwningModule`) has that file's positions, which mean nothing here, and edits at them would break
 * this file. Rules report such values at their use; a report that still names such a node is dropped.
 */
function guardForeignReports<M extends string, O extends readonly unknown[]>(
  context: Readonly<RuleContext<M, O>>,
): Readonly<RuleContext<M, O>> {
  const report = (descriptor: TSESLint.ReportDescriptor<M>): void => {
    const node = (descriptor as { node?: TSESTree.Node }).node;
    if (node && getOwningModule(node)) {
      return;
    }
    context.report(descriptor);
  };
  return withReport(context, report);
}

/**
 * `context` with its `report` replaced, everything else read from `context` itself. A `Proxy` over a plain target:
 * `Object.create(context)` would make ESLint's frozen context a prototype, which costs V8 about 15 µs per rule and
 * file (a copy of its map), more than the rest of setting up the rule.
 */
function withReport<M extends string, O extends readonly unknown[]>(
  context: Readonly<RuleContext<M, O>>,
  report: (descriptor: TSESLint.ReportDescriptor<M>) => void,
): Readonly<RuleContext<M, O>> {
  return new Proxy({ context, report }, REPORT_REPLACED) as unknown as Readonly<RuleContext<M, O>>;
}

interface Replaced {
  context: object;
  report: unknown;
}

const REPORT_REPLACED: ProxyHandler<Replaced> = {
  get: (target, key) => (key === 'report' ? target.report : Reflect.get(target.context, key)),
  has: (target, key) => Reflect.has(target.context, key),
};

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

function applyDefault<Options extends readonly unknown[]>(
  defaults: Readonly<Options>,
  user: readonly unknown[],
): Options {
  const out = [...defaults] as unknown[];
  user.forEach((value, index) => {
    const current = out[index];
    out[index] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  });
  return out as unknown as Options;
}
