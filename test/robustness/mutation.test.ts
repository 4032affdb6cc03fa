import assert from 'node:assert/strict';
import path from 'node:path';

import type { CodeSample } from './support/codeSamples';
import type { ParserName, RuleException } from './support/lintSafely';
import type { Tokenized } from './support/mutate';

import { docSamples, exampleSamples, ruleTestSamples } from './support/codeSamples';
import { lintSafely } from './support/lintSafely';
import { mutate, seededRandom, tokenize } from './support/mutate';

const ROOT = path.resolve(__dirname, '../..');
const SEED = 20_261_126;
/** Variants are made until this many parse (and so reach the rules)... */
const TARGET_PARSED = 600;
/** ...or this many were tried; fewer than TARGET_PARSED parsed variants fails the test, since it would prove little. */
const MAX_VARIANTS = 12_000;
const PARSERS: ParserName[] = ['typescript', 'espree'];

describe('mutated examples and rule test inputs', function () {
  this.timeout(20 * 60_000);

  it(`no rule throws on any of ${TARGET_PARSED} seeded token mutations that parse`, () => {
    const samples: CodeSample[] = [...exampleSamples(ROOT), ...docSamples(ROOT), ...ruleTestSamples(ROOT)];
    const sources = samples
      .map(sample => ({ sample, tokens: tokenize(sample.code, /\.(tsx|jsx)$/.test(sample.filename)) }))
      .filter(
        (s): s is { sample: CodeSample; tokens: Tokenized } => s.tokens !== undefined && s.tokens.tokens.length > 3,
      );
    assert.ok(sources.length >= 5, `only ${sources.length} code samples to mutate`);
    const random = seededRandom(SEED);
    let parsed = 0;
    const failures: string[] = [];
    let n = 0;
    for (; n < MAX_VARIANTS && parsed < TARGET_PARSED; n++) {
      const { sample, tokens } = sources[n % sources.length]!;
      const roll = random();
      const { code, edits } = mutate(tokens, random, roll < 0.6 ? 1 : roll < 0.9 ? 2 : 3);
      let anyParsed = false;
      for (const parser of PARSERS) {
        // espree rejects TypeScript syntax (such variants just count as not parsed on it).
        const outcome = lintSafely(code, sample.filename, parser);
        anyParsed ||= outcome.parsed;
        failures.push(
          ...outcome.exceptions.map(
            (e: RuleException) =>
              `variant ${n} of ${sample.origin} (${edits.join('; ')}), ${parser}: ${e.ruleId ?? '(unknown rule)'} ` +
              `threw ${e.message}\n${e.stack}\n--- code ---\n${code.slice(0, 600)}`,
          ),
        );
      }
      if (anyParsed) parsed++;
    }
    console.log(
      `      ${sources.length} samples, ${n} variants (seed ${SEED}), ${parsed} parsed and ` +
        `linted, ${failures.length} rule exceptions`,
    );
    assert.ok(parsed >= TARGET_PARSED, `only ${parsed} variants parsed`);
    assert.deepEqual(failures, []);
  });
});
