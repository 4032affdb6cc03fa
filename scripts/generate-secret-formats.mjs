// Writes eslint-plugin/src/util/data/secretFormats.generated.ts from gitleaks' rule file (scripts/data/gitleaks.toml,
// MIT, (c) Zachary Rice), or with --check verifies that the committed table is current.
//
// Only the token kinds whose format alone says "this is a live credential" are kept (a distinctive prefix or
// structure, so a match is near-zero false alarm); gitleaks' generic and keyword-context rules are dropped. Go
// regex syntax is converted to JavaScript: a leading `(?i)` becomes the `i` flag, an inline `(?i)` or `(?i:…)`
// is expanded into case-insensitive character classes, `[[:alnum:]]`, `\z` and `(?P<name>` are rewritten.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { writeGenerated } from './write-generated.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = path.join(root, 'scripts/data/gitleaks.toml');
const TARGET = 'eslint-plugin/src/util/data/secretFormats.generated.ts';

/** The kinds kept, by gitleaks id, with the name the rule messages use. */
const KEEP = {
  'azure-ad-client-secret': 'Entra ID client secret',
  'github-pat': 'GitHub personal access token',
  'github-fine-grained-pat': 'GitHub fine-grained personal access token',
  'github-oauth': 'GitHub OAuth access token',
  'github-app-token': 'GitHub App token',
  'github-refresh-token': 'GitHub refresh token',
  'gitlab-pat': 'GitLab personal access token',
  'gitlab-pat-routable': 'GitLab personal access token',
  'gitlab-ptt': 'GitLab pipeline trigger token',
  'gitlab-deploy-token': 'GitLab deploy token',
  'gitlab-runner-authentication-token': 'GitLab runner token',
  'gitlab-rrt': 'GitLab runner registration token',
  'aws-access-token': 'AWS access key ID',
  'aws-amazon-bedrock-api-key-long-lived': 'Amazon Bedrock API key',
  'slack-bot-token': 'Slack bot token',
  'slack-user-token': 'Slack user token',
  'slack-app-token': 'Slack app token',
  'slack-config-access-token': 'Slack configuration token',
  'slack-config-refresh-token': 'Slack configuration refresh token',
  'slack-webhook-url': 'Slack webhook URL',
  'microsoft-teams-webhook': 'Microsoft Teams webhook URL',
  'gcp-api-key': 'Google API key',
  'stripe-access-token': 'Stripe secret key',
  'npm-access-token': 'npm access token',
  'pypi-upload-token': 'PyPI upload token',
  'rubygems-api-token': 'RubyGems API token',
  'private-key': 'private key',
  jwt: 'JSON Web Token',
  'openai-api-key': 'OpenAI API key',
  'anthropic-api-key': 'Anthropic API key',
  'anthropic-admin-api-key': 'Anthropic admin API key',
  'sendgrid-api-token': 'SendGrid API key',
  'sendinblue-api-token': 'Brevo (Sendinblue) API key',
  'shopify-access-token': 'Shopify access token',
  'shopify-custom-access-token': 'Shopify custom app access token',
  'shopify-private-app-access-token': 'Shopify private app access token',
  'shopify-shared-secret': 'Shopify shared secret',
  'digitalocean-access-token': 'DigitalOcean access token',
  'digitalocean-pat': 'DigitalOcean personal access token',
  'digitalocean-refresh-token': 'DigitalOcean refresh token',
  'databricks-api-token': 'Databricks API token',
  'doppler-api-token': 'Doppler API token',
  'dynatrace-api-token': 'Dynatrace API token',
  'linear-api-key': 'Linear API key',
  'planetscale-api-token': 'PlanetScale API token',
  'planetscale-oauth-token': 'PlanetScale OAuth token',
  'planetscale-password': 'PlanetScale password',
  'postman-api-token': 'Postman API key',
  'prefect-api-token': 'Prefect API key',
  'pulumi-api-token': 'Pulumi access token',
  'notion-api-token': 'Notion API token',
  'readme-api-token': 'ReadMe API key',
  'sentry-user-token': 'Sentry user token',
  'sentry-org-token': 'Sentry organization token',
  'grafana-api-key': 'Grafana API key',
  'grafana-cloud-api-token': 'Grafana Cloud API token',
  'grafana-service-account-token': 'Grafana service account token',
  'vault-batch-token': 'HashiCorp Vault batch token',
  'artifactory-api-key': 'Artifactory API key',
  'cloudflare-origin-ca-key': 'Cloudflare Origin CA key',
  'alibaba-access-key-id': 'Alibaba Cloud access key ID',
  'age-secret-key': 'age secret key',
  '1password-service-account-token': '1Password service account token',
  'clojars-api-token': 'Clojars API token',
  'easypost-api-token': 'EasyPost API key',
  'flutterwave-secret-key': 'Flutterwave secret key',
  'frameio-api-token': 'Frame.io API token',
  'duffel-api-token': 'Duffel API token',
  'heroku-api-key-v2': 'Heroku API key',
  'huggingface-access-token': 'Hugging Face access token',
  'infracost-api-token': 'Infracost API token',
  'openshift-user-token': 'OpenShift user token',
  'perplexity-api-key': 'Perplexity API key',
  'scalingo-api-token': 'Scalingo API token',
  'shippo-api-token': 'Shippo API token',
};

/**
 * Formats gitleaks only matches next to a keyword (`discord`, `telegram`) but whose shape alone is distinctive
 * enough in JavaScript sources, where bot tokens are passed straight to `client.login('…')`. Project-defined,
 * not from gitleaks; findSecretFormat checks a Discord token's first part decodes to a numeric user id.
 */
const EXTRA = [
  {
    id: 'discord-bot-token',
    label: 'Discord bot token',
    regex: { source: '\\b([MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40})\\b', flags: '' },
    keywords: ['.'],
    entropy: 3.5,
    group: 1,
    allow: [],
  },
  {
    id: 'telegram-bot-token',
    label: 'Telegram bot token',
    regex: { source: '\\b([0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])', flags: '' },
    keywords: [':aa'],
    entropy: 3.5,
    group: 1,
    allow: [],
  },
];

// ---- A reader for the TOML subset gitleaks.toml uses: [[rules]] / [[rules.allowlists]] tables, key = value,
// basic "…" and literal '''…''' strings (one or many lines), numbers, and (multi-line) arrays of strings.
export function parseRules(text) {
  const rules = [];
  let table;
  let i = 0;
  const n = text.length;
  const skipSpace = () => {
    for (;;) {
      while (i < n && /[ \t\r\n,]/.test(text[i])) i++;
      if (text[i] === '#') while (i < n && text[i] !== '\n') i++;
      else return;
    }
  };
  const readString = () => {
    if (text.startsWith("'''", i)) {
      const end = text.indexOf("'''", i + 3);
      if (end < 0) throw new Error(`unterminated ''' string at ${i}`);
      let value = text.slice(i + 3, end);
      if (value.startsWith('\n')) value = value.slice(1);
      i = end + 3;
      return value;
    }
    if (text[i] === "'") {
      const end = text.indexOf("'", i + 1);
      const value = text.slice(i + 1, end);
      i = end + 1;
      return value;
    }
    if (text[i] === '"') {
      let value = '';
      i++;
      while (i < n && text[i] !== '"') {
        if (text[i] === '\\') {
          const c = text[i + 1];
          value += { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' }[c] ?? c;
          i += 2;
        } else value += text[i++];
      }
      i++;
      return value;
    }
    throw new Error(`string expected at ${i}: ${text.slice(i, i + 20)}`);
  };
  const readValue = () => {
    skipSpace();
    if (text[i] === '[') {
      i++;
      const out = [];
      for (;;) {
        skipSpace();
        if (text[i] === ']') {
          i++;
          return out;
        }
        out.push(readValue());
      }
    }
    if (text[i] === '"' || text[i] === "'") return readString();
    const m = /^[^\s,\]#]+/.exec(text.slice(i, i + 64));
    if (!m) throw new Error(`value expected at ${i}`);
    i += m[0].length;
    if (m[0] === 'true' || m[0] === 'false') return m[0] === 'true';
    return Number(m[0]);
  };
  while (i < n) {
    skipSpace();
    if (i >= n) break;
    if (text[i] === '[') {
      const end = text.indexOf('\n', i);
      const header = text.slice(i, end < 0 ? n : end).trim();
      i = end < 0 ? n : end;
      if (header === '[[rules]]') {
        table = { allowlists: [] };
        rules.push(table);
      } else if (header === '[[rules.allowlists]]' && rules.length > 0) {
        table = {};
        rules[rules.length - 1].allowlists.push(table);
      } else {
        table = {}; // global tables: not needed
      }
      continue;
    }
    const m = /^([A-Za-z0-9_.-]+)\s*=/.exec(text.slice(i, i + 100));
    if (!m) throw new Error(`key expected at ${i}: ${text.slice(i, i + 40)}`);
    i += m[0].length;
    const value = readValue();
    if (table) table[m[1]] = value;
  }
  return rules;
}

// ---- Go RE2 → JavaScript.
/** Adds the other case to every letter range and letter of a character class body. */
function foldClass(body) {
  let out = '';
  const extra = [];
  for (let k = 0; k < body.length; k++) {
    const c = body[k];
    if (c === '\\') {
      out += c + body[k + 1];
      k++;
      continue;
    }
    if (body[k + 1] === '-' && k + 2 < body.length && body[k + 2] !== ']') {
      const to = body[k + 2];
      out += `${c}-${to}`;
      if (/[a-z]/.test(c) && /[a-z]/.test(to)) extra.push(`${c.toUpperCase()}-${to.toUpperCase()}`);
      if (/[A-Z]/.test(c) && /[A-Z]/.test(to)) extra.push(`${c.toLowerCase()}-${to.toLowerCase()}`);
      k += 2;
      continue;
    }
    out += c;
    if (/[a-z]/.test(c)) extra.push(c.toUpperCase());
    else if (/[A-Z]/.test(c)) extra.push(c.toLowerCase());
  }
  return out + extra.filter(e => !out.includes(e)).join('');
}

/** Makes a Go pattern fragment case-insensitive without flags: letters become classes, classes are folded. */
function foldCase(src) {
  let out = '';
  for (let k = 0; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') {
      out += c + src[k + 1];
      k++;
    } else if (c === '[') {
      let end = k + 1;
      if (src[end] === '^') end++;
      if (src[end] === ']') end++;
      while (end < src.length && src[end] !== ']') end += src[end] === '\\' ? 2 : 1;
      out += `[${foldClass(src.slice(k + 1, end))}]`;
      k = end;
    } else if (c === '{') {
      const end = src.indexOf('}', k);
      out += src.slice(k, end + 1);
      k = end;
    } else if (/[a-zA-Z]/.test(c)) {
      out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
    } else out += c;
  }
  return out;
}

/** The index of the `)` closing the group that is open at `from`, or the pattern's length. */
function groupEnd(src, from) {
  let depth = 0;
  for (let k = from; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') k++;
    else if (c === '[') {
      k++;
      while (k < src.length && src[k] !== ']') k += src[k] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return k;
      depth--;
    }
  }
  return src.length;
}

export function toJsRegex(goPattern) {
  let src = goPattern;
  let flags = '';
  if (src.startsWith('(?i)')) {
    flags = 'i';
    src = src.slice(4);
  }
  if (/\(\?-i|\(\?s|\\A|\\Z|\(\?[a-z]*m/.test(src)) return undefined; // syntax not worth converting: drop the kind
  src = src.replaceAll('[[:alnum:]]', '[a-zA-Z0-9]').replaceAll('\\z', '$').replaceAll('(?P<', '(?<');
  if (!flags) {
    for (let k = src.indexOf('(?i'); k >= 0; k = src.indexOf('(?i')) {
      if (src.startsWith('(?i:', k)) {
        const end = groupEnd(src, k + 4);
        src = `${src.slice(0, k)}(?:${foldCase(src.slice(k + 4, end))}${src.slice(end)}`;
      } else if (src.startsWith('(?i)', k)) {
        const end = groupEnd(src, k + 4);
        src = src.slice(0, k) + foldCase(src.slice(k + 4, end)) + src.slice(end);
      } else return undefined;
    }
  } else {
    src = src.replaceAll('(?i)', '').replaceAll('(?i:', '(?:');
  }
  try {
    new RegExp(src, flags);
  } catch {
    return undefined;
  }
  return { source: src, flags };
}

/** Kinds whose capturing groups are parts of the secret, not the secret: the whole match is the secret. */
const WHOLE_MATCH = new Set(['microsoft-teams-webhook']);

function groupCount(regex) {
  return new RegExp(`${regex.source}|`, regex.flags).exec('').length - 1;
}

// ---- The table.
export function generate(toml) {
  const rules = parseRules(toml);
  const byId = new Map(rules.map(r => [r.id, r]));
  const entries = [];
  for (const [id, label] of Object.entries(KEEP)) {
    const rule = byId.get(id);
    if (!rule) throw new Error(`gitleaks has no rule ${id}`);
    const regex = toJsRegex(rule.regex);
    if (!regex) throw new Error(`cannot convert the regex of ${id}`);
    const allow = [];
    for (const list of rule.allowlists) {
      if (list.regexTarget && list.regexTarget !== 'secret') continue;
      for (const r of list.regexes ?? []) {
        const js = toJsRegex(r);
        if (js) allow.push(js);
      }
    }
    entries.push({
      id,
      label,
      regex,
      keywords: (rule.keywords ?? []).map(k => k.toLowerCase()),
      entropy: rule.entropy ?? 0,
      group: rule.secretGroup ?? (groupCount(regex) === 0 || WHOLE_MATCH.has(id) ? 0 : 1),
      allow,
    });
  }
  entries.push(...EXTRA);
  const lit = r => {
    let out = '';
    for (let k = 0; k < r.source.length; k++) {
      if (r.source[k] === '\\') out += r.source[k] + r.source[++k];
      else out += r.source[k] === '/' ? '\\/' : r.source[k];
    }
    return `/${out}/${r.flags}`;
  };
  const lines = entries.map(e => {
    const allow = e.allow.length ? `, allow: [${e.allow.map(lit).join(', ')}]` : '';
    return (
      `  { id: '${e.id}', label: '${e.label}', regex: ${lit(e.regex)}, ` +
      `keywords: ${JSON.stringify(e.keywords).replaceAll('"', "'")}, entropy: ${e.entropy}, ` +
      `group: ${e.group}${allow} },`
    );
  });
  return (
    `// Generated by scripts/generate-secret-formats.mjs from gitleaks' config/gitleaks.toml (MIT, (c) Zachary ` +
    `Rice;\n` +
    `// gitleaks/gitleaks@b58d3f10). Do not edit: run \`npm run generate:secrets\`.\n\n` +
    `/** A provider token format: a match of \`regex\` (its \`group\`) whose Shannon entropy is at least ` +
    `\`entropy\`. */\n` +
    `export interface SecretFormat {\n` +
    `  /** gitleaks' rule id. */\n  id: string;\n` +
    `  /** What the token is, for messages. */\n  label: string;\n` +
    `  regex: RegExp;\n` +
    `  /** Lower-case substrings one of which every match contains (a cheap test before the regex). */\n` +
    `  keywords: readonly string[];\n` +
    `  entropy: number;\n  group: number;\n` +
    `  /** Published example values that are not secrets. */\n  allow?: readonly RegExp[];\n}\n\n` +
    `export const SECRET_FORMATS: readonly SecretFormat[] = [\n${lines.join('\n')}\n];\n`
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeGenerated([[path.join(root, TARGET), generate(fs.readFileSync(SOURCE, 'utf8'))]], {
    check: process.argv.includes('--check'),
    command: 'npm run generate:secrets',
  });
}
