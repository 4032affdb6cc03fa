import * as assert from 'node:assert/strict';

import type { JwtVerificationSummary } from 'eslint-plugin-zero-trust/editor';
import type { Finding } from '../../extension/src/core/findings';
import type { HoverRequest } from '../../extension/src/core/protocol';

import { findingsAt, findingsHoverMarkdown, jwtHoverMarkdown, mayHaveJwtCall } from '../../extension/src/core/hover';
import { LintEngine } from '../../extension/src/core/lint';
import { RULE_EXPLANATIONS } from '../../extension/src/core/ruleExplanations.generated';
import { dedent } from '../dedent';
import { FakeWorker, withFakeWorkers } from './support/fakeWorker';

const SETTINGS = { preset: 'recommended', rules: {} } as const;

function finding(ruleName: string, start: [number, number], end: [number, number], message = 'A problem.'): Finding {
  return {
    ruleId: `zero-trust/${ruleName}`,
    ruleName,
    message,
    severity: 2,
    range: { start: { line: start[0], character: start[1] }, end: { line: end[0], character: end[1] } },
    docsUrl: RULE_EXPLANATIONS[ruleName]?.url,
    suggestions: [],
  };
}

const ROPC = finding('no-password-grant', [2, 10], [2, 30], 'Password grant with `p****d`.');
const SECRET = finding('no-hardcoded-client-credential', [2, 20], [4, 5], 'A secret of 40 characters.');

describe('hover texts', () => {
  it('findingsAt: the findings whose range holds the position, both ends included', () => {
    const at = (line: number, character: number) =>
      findingsAt([ROPC, SECRET], { line, character }).map(f => f.ruleName);
    assert.deepEqual(at(2, 9), []);
    assert.deepEqual(at(2, 10), ['no-password-grant']);
    assert.deepEqual(at(2, 25), ['no-password-grant', 'no-hardcoded-client-credential']);
    assert.deepEqual(at(2, 30), ['no-password-grant', 'no-hardcoded-client-credential']);
    assert.deepEqual(at(3, 0), ['no-hardcoded-client-credential']);
    assert.deepEqual(at(4, 5), ['no-hardcoded-client-credential']);
    assert.deepEqual(at(4, 6), []);
    assert.deepEqual(at(1, 40), []);
  });

  it('explains a finding: why it matters, the fix and the doc link, from the generated explanations', () => {
    const { why, fix, url } = RULE_EXPLANATIONS['no-password-grant']!;
    assert.equal(
      findingsHoverMarkdown([ROPC], { line: 2, character: 12 }),
      `**Why it matters** (\`zero-trust/no-password-grant\`): ${why}\n\n**Fix:** ${fix}\n\n` +
        `[Rule documentation](${url})`,
    );
    assert.equal(findingsHoverMarkdown([ROPC], { line: 3, character: 0 }), undefined);
    assert.equal(findingsHoverMarkdown([], { line: 2, character: 12 }), undefined);
  });

  it('gives several findings at one place one section each, a rule reported twice once, and never the message', () => {
    const again = finding('no-password-grant', [2, 12], [2, 14], 'Another.');
    const text = findingsHoverMarkdown([ROPC, SECRET, again], { line: 2, character: 25 })!;
    const sections = text.split('\n\n---\n\n');
    assert.equal(sections.length, 2);
    assert.match(sections[0]!, /^\*\*Why it matters\*\* \(`zero-trust\/no-password-grant`\)/);
    assert.match(sections[1]!, /^\*\*Why it matters\*\* \(`zero-trust\/no-hardcoded-client-credential`\)/);
    assert.ok(
      sections[1]!.endsWith(`[Rule documentation](${RULE_EXPLANATIONS['no-hardcoded-client-credential']!.url})`),
    );
    assert.doesNotMatch(text, /p\*\*\*\*d|40 characters|Another/);
  });

  it('skips findings of rules without an explanation (a rule of another plugin, an unknown name)', () => {
    const other = { ...ROPC, ruleId: 'zero-trust/constructor', ruleName: 'constructor' };
    assert.equal(findingsHoverMarkdown([other], { line: 2, character: 12 }), undefined);
    assert.equal(findingsHoverMarkdown([ROPC], { line: 2, character: 12 }, {}), undefined);
  });

  it('JWT: one line per check, marked checked or missing', () => {
    const summary: JwtVerificationSummary = {
      api: 'jsonwebtoken.verify',
      optionsKnown: true,
      algorithms: { state: 'checked', values: ['RS256'] },
      audience: { state: 'missing' },
      issuer: { state: 'missing' },
      expiration: 'checked',
      key: { source: 'environment', state: 'checked', note: '`process.env.JWT_PUBLIC_KEY`' },
    };
    assert.equal(
      jwtHoverMarkdown(summary),
      [
        '**JWT verification** (jsonwebtoken `verify`), as Zero Trust Lint reads it:',
        '',
        '- Algorithms pinned: ✅ checked (`RS256`)',
        '- Audience: ❌ missing',
        '- Issuer: ❌ missing',
        '- Expiry: ✅ checked',
        '- Key: ✅ from the environment: `process.env.JWT_PUBLIC_KEY`',
      ].join('\n'),
    );
  });

  it('JWT: turned-off checks, lifetime settings, the tenant, and options it cannot see', () => {
    const text = jwtHoverMarkdown({
      api: 'passport-azure-ad.BearerStrategy',
      optionsKnown: false,
      audience: { state: 'checked', note: 'the client ID (the default)' },
      issuer: { state: 'off', note: '`validateIssuer: false`' },
      tenant: { state: 'unknown', note: 'the tenant in `identityMetadata` is set at run time' },
      expiration: 'off',
      maxAgeSeconds: 7200,
      clockToleranceSeconds: 90,
      key: { source: 'hard-coded', state: 'missing' },
    });
    assert.equal(
      text,
      [
        '**JWT verification** (passport-azure-ad `BearerStrategy`), as Zero Trust Lint reads it:',
        '',
        '- Audience: ✅ checked (the client ID (the default))',
        '- Issuer: ❌ turned off (`validateIssuer: false`)',
        '- Tenant: ❔ not visible here (the tenant in `identityMetadata` is set at run time)',
        '- Expiry: ❌ turned off (`ignoreExpiration`, max age 2 h, clock tolerance 90 s)',
        '- Key: ❌ from a value written in the code',
        '',
        '_Part of the options is not visible here (a spread, or options passed in)._',
      ].join('\n'),
    );
    assert.match(
      jwtHoverMarkdown({
        api: 'jose.jwtVerify',
        optionsKnown: true,
        algorithms: { state: 'off', values: ['RS256', 'none'] },
        audience: { state: 'checked' },
        issuer: { state: 'checked' },
        expiration: 'checked',
        maxAgeSeconds: 600,
        key: { source: 'jwks', state: 'checked' },
      }),
      /- Algorithms pinned: ❌ turned off \(accepts `none`: `RS256`, `none`\)\n.*\n.*\n- Expiry: ✅ checked \(max age 10 min\)\n- Key: ✅ from a key set \(JWKS\)$/,
    );
  });

  it('mayHaveJwtCall: asks the worker only for texts that name a JWT package', () => {
    assert.equal(mayHaveJwtCall("import jwt from 'jsonwebtoken';"), true);
    assert.equal(mayHaveJwtCall("const { BearerStrategy } = require('passport-azure-ad');"), true);
    assert.equal(mayHaveJwtCall("import express from 'express';\nverify(token);"), false);
  });
});

describe('LintEngine.jwtHoverAt', () => {
  const engine = new LintEngine();
  const TEXT = dedent`
    import jwt from 'jsonwebtoken';

    export function check(token: string) {
      return jwt.verify(token, process.env.JWT_PUBLIC_KEY!, { algorithms: ['RS256'] });
    }
  `;

  it('describes the verification call at the offset, with its range', () => {
    const offset = TEXT.indexOf('verify(');
    const info = engine.jwtHoverAt(TEXT, 'src/auth.ts', offset, 'file:///src/auth.ts');
    assert.deepEqual(info, {
      summary: {
        api: 'jsonwebtoken.verify',
        optionsKnown: true,
        algorithms: { state: 'checked', values: ['RS256'] },
        audience: { state: 'missing' },
        issuer: { state: 'missing' },
        expiration: 'checked',
        key: { source: 'environment', state: 'checked', note: '`process.env.JWT_PUBLIC_KEY`' },
      },
      offsets: [TEXT.indexOf('jwt.verify('), TEXT.indexOf(');\n}') + 1],
    });
    // In the options too.
    assert.equal(engine.jwtHoverAt(TEXT, 'src/auth.ts', TEXT.indexOf('RS256'))?.summary.api, 'jsonwebtoken.verify');
  });

  it('describes nothing elsewhere, in configuration files, or in text that does not parse', () => {
    assert.equal(engine.jwtHoverAt(TEXT, 'src/auth.ts', TEXT.indexOf('export')), undefined);
    assert.equal(engine.jwtHoverAt(TEXT, 'src/auth.ts', 0), undefined);
    assert.equal(engine.jwtHoverAt('JWT_SECRET=x\n', '.env', 3), undefined);
    assert.equal(engine.jwtHoverAt('jwt.verify(', 'src/a.ts', 3), undefined);
  });

  it('reuses the parse kept for an open document: no second full parse', () => {
    const fresh = new LintEngine();
    const counts = (fresh as unknown as { incremental: { counts: { full: number; incremental: number } } }).incremental
      .counts;
    fresh.lint(TEXT, 'src/auth.ts', SETTINGS, 'file:///src/auth.ts');
    assert.equal(counts.full, 1);
    assert.ok(fresh.jwtHoverAt(TEXT, 'src/auth.ts', TEXT.indexOf('verify('), 'file:///src/auth.ts'));
    assert.deepEqual(counts, { full: 1, incremental: 1 });
  });
});

describe('LintWorkerClient.hover', () => {
  const job = (offset: number) => ({ kind: 'hover', text: 'x', filename: 'a.ts', offset }) as const;

  it('sends the hover, serves it before queued lints, and a newer hover supersedes a queued one', async () => {
    const { client, workers } = withFakeWorkers(() => new FakeWorker<HoverRequest>());
    const first = client.hover(job(1));
    const lint = client.lint('a', { text: 'x', filename: 'a.ts', settings: SETTINGS });
    const second = client.hover(job(2));
    const third = client.hover(job(3));
    assert.deepEqual(await second, { status: 'superseded' });
    const worker = workers[0]!;
    worker.reply(0, { ok: true, hover: null });
    assert.deepEqual(await first, { status: 'done', hover: undefined });
    assert.deepEqual(
      worker.requests.map(r => ('offset' in r ? r.offset : 'lint')),
      [1, 3],
    );
    worker.reply(1, { ok: false, error: 'boom' });
    assert.deepEqual(await third, { status: 'failed', error: 'boom' });
    assert.equal(worker.requests.length, 3);
    client.dispose();
    assert.deepEqual(await lint, { status: 'failed', error: 'The linter has been shut down.' });
  });
});
