import type { SecretFormat } from '../data/secretFormats.generated';

import type { TSESLint } from '@typescript-eslint/utils';

import { SECRET_FORMATS } from '../data/secretFormats.generated';
import { mentionsAny, registerMentions, scanMentions, sourceMentionsAny } from '../rule/sourceMentions';
import { shannonEntropy } from './secretValue';

/** A provider token found in a text: its format, and where the secret part of the match is. */
export interface SecretFormatMatch {
  format: SecretFormat;
  /** Offset of the secret in the text searched. */
  index: number;
  length: number;
  /** The secret itself: for the caller's own checks only, never for messages. */
  secret: string;
}

/** The shortest text any kept format can match (an AWS key ID is 20 characters). */
const MIN_LENGTH = 20;
const GLOBAL = new Map<SecretFormat, RegExp>(
  SECRET_FORMATS.map(f => [f, new RegExp(f.regex.source, `${f.regex.flags}g`)]),
);
/**
 * The substrings that gate each format's regex. gitleaks' JWT keyword is `ey`, which half the strings in a codebase
 * contain ("key", "they"); its regex needs `.ey` (the start of the payload segment), a far rarer substring.
 */
const GATES = new Map<SecretFormat, readonly string[]>(
  SECRET_FORMATS.map(f => [f, f.id === 'jwt' ? ['.ey'] : f.keywords]),
);
/** Each gated format's gates as registered words, so that a string's one scan answers for every format. */
const FORMAT_GATES = new Map<SecretFormat, readonly string[]>(
  SECRET_FORMATS.filter(f => GATES.get(f)!.every(k => k.length >= 2)).map(f => [f, registerMentions(GATES.get(f)!)]),
);
/** Formats gated by a single character are tried on every string; the rest only when one of their gates is present. */
const UNGATED = SECRET_FORMATS.filter(f => GATES.get(f)!.some(k => k.length < 2));
/** Values that say they are examples, whatever their format. */
const EXAMPLE = /example|sample|dummy|fake|placeholder|your|xxxxx|XXXXX|00000000|12345678|abcdefgh/i;
/** Every multi-character gate, scanned for once per file with the rules' other prefilter words. */
const GATE_WORDS = registerMentions([...new Set([...FORMAT_GATES.values()].flat())]);
/** The ungated formats' own regexes (without the global flag), tried on the whole file text instead. */
const UNGATED_ANYWHERE = UNGATED.map(f => f.regex);

/**
 * Whether any text in the file can hold a provider token: one of the formats' keywords occurs in it (any case),
 * or an ungated format matches it. When not, `findSecretFormat` finds nothing in any of its strings or comments
 * (they are all parts of the file's text), and the rules need not ask it string by string.
 */
export function fileMayContainSecretFormat(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return sourceMentionsAny(sourceCode, GATE_WORDS) || UNGATED_ANYWHERE.some(regex => regex.test(sourceCode.text));
}

function decodeSegment(segment: string): unknown {
  try {
    const json = Buffer.from(segment.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Whether a JWT-shaped string is a bearer credential: a real JOSE header, a signature, and not one of the
 * tokens that are not credentials (jwt.io's "John Doe" example, public Supabase `anon` keys, expired tokens).
 */
function isLiveJwt(token: string): boolean {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) {
    return false;
  }
  const head = decodeSegment(header) as Record<string, unknown> | undefined;
  if (!head || typeof head !== 'object' || (typeof head.alg !== 'string' && typeof head.typ !== 'string')) {
    return false;
  }
  const body = decodeSegment(payload) as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object') {
    return false;
  }
  if (body.name === 'John Doe' || body.sub === '1234567890' || body.role === 'anon') {
    return false;
  }
  return !(typeof body.exp === 'number' && body.exp * 1000 < Date.now());
}

/**
 * The first provider token (Entra client secret, GitHub, AWS, Slack, Google, Stripe, npm, OpenAI, PEM private
 * key, JWT, …; the table generated from gitleaks) in a text, or `undefined`. Each format is tried only when one
 * of its keywords occurs in the text, and a match must reach the format's entropy, not be on its allow list,
 * and not say it is an example.
 */
export function findSecretFormat(text: string): SecretFormatMatch | undefined {
  if (text.length < MIN_LENGTH) {
    return undefined;
  }
  // One scan of the string for every format's keywords (the same automaton as the file prefilter).
  const mentions = scanMentions(text);
  const gated = mentionsAny(mentions, GATE_WORDS);
  for (const format of gated ? SECRET_FORMATS : UNGATED) {
    const gates = FORMAT_GATES.get(format);
    if (gated && gates !== undefined && !mentionsAny(mentions, gates)) {
      continue;
    }
    const regex = GLOBAL.get(format)!;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const secret = m[format.group] ?? m[0];
      if (shannonEntropy(secret) < format.entropy || format.allow?.some(a => a.test(secret))) {
        continue;
      }
      if (format.id !== 'private-key' && EXAMPLE.test(secret)) {
        continue;
      }
      if (format.id === 'jwt' && !isLiveJwt(secret)) {
        continue;
      }
      if (
        format.id === 'discord-bot-token' &&
        !/^\d{15,21}$/.test(Buffer.from(secret.split('.')[0]!, 'base64').toString('latin1'))
      ) {
        continue;
      }
      if (format.id === 'private-key' && EXAMPLE.test(secret.replace(/-----[^-]+-----/g, '').slice(0, 200))) {
        continue;
      }
      return { format, index: m.index + m[0].indexOf(secret), length: secret.length, secret };
    }
  }
  return undefined;
}
