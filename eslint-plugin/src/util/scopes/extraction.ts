import type { TSESLint } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { getPropertyKey } from '../evaluate/staticValue';
import { getStaticString } from '../evaluate/staticValue';
import { skipWrappers } from '../ast/skipWrappers';
import { flowRank, type ExtractedScope } from './scopeTypes';
import { BROWSER_MSAL, RELEVANT_SOURCE } from './scopeVocabulary';

/** What one lint's scope extraction has found so far, and what it learnt about the file. */
export interface Extraction {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** The scopes recorded, by source range. */
  readonly found: Map<string, ExtractedScope>;
  /** Ranks of the recorded scopes' sites: a flow shown by the API called beats one guessed from fields. */
  readonly ranks: Map<string, number>;
  imports?: { sources: string[]; aliases: Map<string, string> };
  relevantImports?: boolean;
  browserMsal?: boolean;
}

export function createExtraction(sourceCode: Readonly<TSESLint.SourceCode>): Extraction {
  return { sourceCode, found: new Map(), ranks: new Map() };
}

/** Records a scope; a scope found again keeps the most specific flow (and the provider, anchoring, consent) seen. */
export function record(x: Extraction, scope: ExtractedScope, fromApi: boolean): void {
  // The scopes of an imported list all sit at the use: each is its own finding there.
  const key = scope.origin
    ? `${scope.range[0]}:${scope.range[1]}:${scope.text}`
    : `${scope.range[0]}:${scope.range[1]}`;
  const existing = x.found.get(key);
  const rank = flowRank(scope.flow) * 2 + (fromApi ? 1 : 0);
  if (!existing) {
    x.found.set(key, scope);
    x.ranks.set(key, rank);
    return;
  }
  const winner = rank > (x.ranks.get(key) ?? 0) ? scope : existing;
  x.ranks.set(key, Math.max(rank, x.ranks.get(key) ?? 0));
  x.found.set(key, {
    ...winner,
    provider: winner.provider === 'unknown' ? (winner === scope ? existing : scope).provider : winner.provider,
    anchored: scope.anchored || existing.anchored,
    extraConsent: scope.extraConsent || existing.extraConsent,
  });
}

/**
 * Top-level imports and requires only (cheap, and enough to tell what the file works with): the module
 * specifiers, and the local names of renamed imports (`import { getBearerTokenProvider as tokenProvider }`,
 * `const { OAuthApp: App } = require('@octokit/oauth-app')`).
 */
export function fileImports(x: Extraction): { sources: string[]; aliases: Map<string, string> } {
  if (x.imports) {
    return x.imports;
  }
  const sources: string[] = [];
  const aliases = new Map<string, string>();
  for (const statement of x.sourceCode.ast.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      sources.push(statement.source.value);
      for (const specifier of statement.specifiers) {
        if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
          const imported =
            specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
          if (imported !== specifier.local.name) {
            aliases.set(specifier.local.name, imported);
          }
        }
      }
    } else if (
      statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
      statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference
    ) {
      const source = getStaticString(statement.moduleReference.expression, x.sourceCode);
      if (source) {
        sources.push(source);
      }
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        const init = declarator.init && skipWrappers(declarator.init);
        if (
          init?.type === AST_NODE_TYPES.CallExpression &&
          init.callee.type === AST_NODE_TYPES.Identifier &&
          init.callee.name === 'require'
        ) {
          const source = init.arguments[0] && getStaticString(init.arguments[0], x.sourceCode);
          if (source) {
            sources.push(source);
          }
          if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
            for (const property of declarator.id.properties) {
              if (property.type === AST_NODE_TYPES.Property && property.value.type === AST_NODE_TYPES.Identifier) {
                const key = getPropertyKey(property, x.sourceCode);
                if (key !== undefined && key !== property.value.name) {
                  aliases.set(property.value.name, key);
                }
              }
            }
          }
        }
      }
    }
  }
  x.imports = { sources, aliases };
  return x.imports;
}

export function hasRelevantImports(x: Extraction): boolean {
  x.relevantImports ??= fileImports(x).sources.some(s => RELEVANT_SOURCE.test(s));
  return x.relevantImports;
}

export function isBrowserFile(x: Extraction): boolean {
  x.browserMsal ??= fileImports(x).sources.some(s => BROWSER_MSAL.some(b => s === b || s.startsWith(`${b}/`)));
  return x.browserMsal;
}

/**
 * The scopes found, in source order, each once. A file that uses MSAL for the browser is a single-page app: its
 * requests are user sign-ins (an SPA cannot hold a client secret, so it has no client credentials flow).
 */
export function collectedScopes(x: Extraction): ExtractedScope[] {
  const browser = x.found.size > 0 && isBrowserFile(x);
  const scopes = [...x.found.values()]
    .map(scope =>
      browser && (scope.flow === 'unknown' || scope.flow === 'delegated')
        ? { ...scope, flow: 'interactive' as const }
        : scope,
    )
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  x.found.clear();
  x.ranks.clear();
  return scopes;
}
