// The hover texts: for the findings at a position, why each matters, its fix and its doc link (from the rule docs,
// generated at build time); for a JWT verification call, what the analysis sees it check. Markdown, vscode-free.
import type { CheckState, JwtVerificationSummary, KeySource } from 'eslint-plugin-zero-trust/editor';

import type { Finding, Position } from './findings';
import type { RuleExplanation } from './ruleExplanations.generated';

import { RULE_EXPLANATIONS } from './ruleExplanations.generated';

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** The findings whose range holds `position` (ends included, as the editor shows a diagnostic's hover there). */
export function findingsAt(findings: readonly Finding[], position: Position): Finding[] {
  return findings.filter(f => !before(position, f.range.start) && !before(f.range.end, position));
}

/**
 * The explanation of the findings at a position: one section per rule (a rule reported twice at one place is
 * explained once), each with why it matters, the fix and the link to the rule's doc. The finding's message is not
 * repeated (the editor shows it above), so no value the message masks can appear. `undefined` when there is none.
 */
export function findingsHoverMarkdown(
  findings: readonly Finding[],
  position: Position,
  explanations: Readonly<Record<string, RuleExplanation>> = RULE_EXPLANATIONS,
): string | undefined {
  const sections: string[] = [];
  const seen = new Set<string>();
  for (const finding of findingsAt(findings, position)) {
    const explanation = Object.hasOwn(explanations, finding.ruleName) ? explanations[finding.ruleName] : undefined;
    if (!explanation || seen.has(finding.ruleName)) {
      continue;
    }
    seen.add(finding.ruleName);
    const url = finding.docsUrl ?? explanation.url;
    sections.push(
      `**Why it matters** (\`${finding.ruleId}\`): ${explanation.why}\n\n` +
        `**Fix:** ${explanation.fix}\n\n` +
        `[Rule documentation](${url})`,
    );
  }
  return sections.length > 0 ? sections.join('\n\n---\n\n') : undefined;
}

const API_NAMES: Record<string, string> = {
  'jsonwebtoken.verify': 'jsonwebtoken `verify`',
  'jose.jwtVerify': 'jose `jwtVerify`',
  'jose.JWT.verify': 'jose `JWT.verify`',
  'express-jwt': 'express-jwt',
  'koa-jwt': 'koa-jwt',
  'passport-jwt.Strategy': 'passport-jwt `Strategy`',
  'passport-azure-ad.BearerStrategy': 'passport-azure-ad `BearerStrategy`',
  'passport-azure-ad.OIDCStrategy': 'passport-azure-ad `OIDCStrategy`',
};

const STATE_TEXT: Record<CheckState, string> = {
  checked: '✅ checked',
  missing: '❌ missing',
  off: '❌ turned off',
  unknown: '❔ not visible here',
};

const KEY_TEXT: Record<KeySource, string> = {
  jwks: 'a key set (JWKS)',
  callback: 'a key callback (secret or key provider)',
  environment: 'the environment',
  'public-key': 'a public key',
  'hard-coded': 'a value written in the code',
  secret: 'a shared secret',
  'entra-metadata': "the Entra tenant's published keys (`identityMetadata`)",
  unknown: 'a value the analysis cannot trace',
};

function seconds(value: number): string {
  if (value >= 3600 && value % 3600 === 0) return `${value / 3600} h`;
  if (value >= 60 && value % 60 === 0) return `${value / 60} min`;
  return `${value} s`;
}

function line(label: string, state: CheckState, detail?: string): string {
  return `- ${label}: ${STATE_TEXT[state]}${detail ? ` (${detail})` : ''}`;
}

/**
 * What a JWT verification call checks, one line per check marked checked or missing: algorithms pinned, audience,
 * issuer (and tenant for Entra), lifetime, and where the key comes from (its source, never its value).
 */
export function jwtHoverMarkdown(summary: JwtVerificationSummary): string {
  const lines = [`**JWT verification** (${API_NAMES[summary.api] ?? summary.api}), as Zero Trust Lint reads it:`, ''];
  if (summary.algorithms) {
    const { state, values } = summary.algorithms;
    const list = values.map(v => `\`${v}\``).join(', ');
    lines.push(
      line(
        'Algorithms pinned',
        state,
        state === 'off' ? `accepts \`none\`: ${list}` : list || (state === 'missing' ? 'no `algorithms`' : undefined),
      ),
    );
  }
  lines.push(line('Audience', summary.audience.state, summary.audience.note));
  lines.push(line('Issuer', summary.issuer.state, summary.issuer.note));
  if (summary.tenant) {
    lines.push(line('Tenant', summary.tenant.state, summary.tenant.note));
  }
  const lifetime: string[] = [];
  if (summary.maxAgeSeconds !== undefined) lifetime.push(`max age ${seconds(summary.maxAgeSeconds)}`);
  if (summary.clockToleranceSeconds !== undefined) {
    lifetime.push(`clock tolerance ${seconds(summary.clockToleranceSeconds)}`);
  }
  lines.push(
    line(
      'Expiry',
      summary.expiration,
      summary.expiration === 'off' ? ['`ignoreExpiration`', ...lifetime].join(', ') : lifetime.join(', ') || undefined,
    ),
  );
  const icon = STATE_TEXT[summary.key.state].split(' ')[0];
  const note = summary.key.note ? `: ${summary.key.note}` : '';
  lines.push(`- Key: ${icon} from ${KEY_TEXT[summary.key.source]}${note}`);
  if (!summary.optionsKnown) {
    lines.push('', '_Part of the options is not visible here (a spread, or options passed in)._');
  }
  return lines.join('\n');
}

/** Words of which a text must contain one for a JWT hover to be asked of the worker (the packages described). */
const JWT_WORDS = /jsonwebtoken|jose|jwt|passport-azure-ad/i;

/** Whether a document may hold a JWT verification call: a cheap text test on the host before asking the worker. */
export function mayHaveJwtCall(text: string): boolean {
  return JWT_WORDS.test(text);
}
