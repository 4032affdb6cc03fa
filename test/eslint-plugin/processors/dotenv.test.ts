import assert from 'node:assert/strict';

import { parseDotenv } from '../../../eslint-plugin/src/processors/parseDotenv';
import { dedent } from '../../dedent';
import { FAKE } from '../fakeSecrets';
import { seededRandom } from '../../robustness/support/mutate';
import { lintConfigFile, sliceOf } from './lintConfigFile';

const values = (text: string): Record<string, string> =>
  Object.fromEntries(parseDotenv(text).map(e => [e.key, e.value]));

describe('parseDotenv reads .env files as the dotenv package does', () => {
  it('reads unquoted, quoted, exported, commented and empty values', () => {
    const text = dedent`
      # a comment
      PLAIN=value one \x20
      export EXPORTED=yes
      SINGLE='single # not a comment'
      DOUBLE="double"  # a comment
      BACKTICK=\`back\`
      HASH=abc#def
      EMPTY=
      COLON: works
      dotted.key-name=1
        INDENTED = spaced
    `;
    assert.deepEqual(values(text), {
      PLAIN: 'value one',
      EXPORTED: 'yes',
      SINGLE: 'single # not a comment',
      DOUBLE: 'double',
      BACKTICK: 'back',
      HASH: 'abc',
      EMPTY: '',
      COLON: 'works',
      'dotted.key-name': '1',
      INDENTED: 'spaced',
    });
  });

  it('unescapes \\n and \\r in double quotes only, and keeps multi-line quoted values', () => {
    const text = 'A="one\\ntwo\\rthree"\nB=\'one\\ntwo\'\nC=one\\ntwo\nD="line 1\nline 2"\r\nE=after\r\n';
    assert.deepEqual(values(text), {
      A: 'one\ntwo\rthree',
      B: 'one\\ntwo',
      C: 'one\\ntwo',
      D: 'line 1\nline 2',
      E: 'after',
    });
  });

  it("keeps each character's offset in the file, across \\r\\n line breaks and escapes", () => {
    const text = 'X=1\r\nKEY="a\\nb"\r\n';
    const entry = parseDotenv(text).find(e => e.key === 'KEY')!;
    assert.equal(text.slice(entry.valueStart, entry.valueEnd), '"a\\nb"');
    assert.deepEqual(entry.origins, [10, 11, 13]);
    assert.equal(entry.keyStart, 5);
  });
});

describe('the dotenv processor', () => {
  it('reports secrets at their values, with config-file messages and no fixes or suggestions', () => {
    const text =
      `# service principal\nAZURE_CLIENT_ID=3f0c7d0e-5a2b-4c57-9d0e-2a6f5b1c8e41\n` +
      `export AZURE_CLIENT_SECRET="${FAKE.entra}"\nGH=${FAKE.github}  # CI token\n`;
    const messages = lintConfigFile(text, '.env');
    assert.deepEqual(
      messages.map(m => [m.ruleId, m.messageId, m.line, m.column, m.endLine, m.endColumn, sliceOf(text, m)]),
      [
        ['zero-trust/no-hardcoded-client-credential', 'clientSecretInConfig', 3, 28, 3, 70, `"${FAKE.entra}"`],
        ['zero-trust/no-embedded-secret-token', 'providerTokenInConfig', 4, 4, 4, 44, FAKE.github],
      ],
    );
    assert.ok(messages.every(m => m.fix === undefined && m.suggestions === undefined));
    assert.match(messages[0]!.message, /Key Vault/);
  });

  it('reports nothing for references, placeholders and example files with placeholders', () => {
    const references = dedent`
      AZURE_CLIENT_SECRET=@Microsoft.KeyVault(SecretUri=https://contoso-kv.vault.azure.net/secrets/client-secret/)
      DB_PASSWORD=\${DB_PASSWORD_FROM_VAULT}
      CONNECTION=Server=tcp:db.database.windows.net;Database=app;Authentication=Active Directory Default;
      JWT_SECRET=\${JWT_SECRET}
      API_KEY=
    `;
    assert.deepEqual(lintConfigFile(references, '.env'), []);
    const example =
      'AZURE_CLIENT_SECRET=<your-client-secret>\nJWT_SECRET=<a long random key>\n' +
      'GITHUB_TOKEN=your-github-token-here\nSESSION_SECRET=changeme\nCOOKIE_SECRET=secret\n';
    for (const name of ['.env.example', '.env.sample', '.env.template']) {
      assert.deepEqual(lintConfigFile(example, name), [], name);
    }
    // In a committed .env the same words are the keys in use: weak ones.
    assert.deepEqual(
      lintConfigFile('SESSION_SECRET=changeme\n', '.env').map(m => [m.messageId, m.line, m.column, m.endColumn]),
      [['weakHardcodedKeyInConfig', 1, 16, 24]],
    );
  });

  it('reports a real-looking value in an example file', () => {
    const text = `AZURE_CLIENT_SECRET=${FAKE.entra}\n`;
    assert.deepEqual(
      lintConfigFile(text, '.env.example').map(m => [m.messageId, m.line, m.column, m.endColumn]),
      [['clientSecretInConfig', 1, 21, 61]],
    );
  });
});

describe('dotenv positions map back exactly (seeded, generated files)', () => {
  const SECRETS: [string, string][] = [
    ['AZURE_CLIENT_SECRET', FAKE.entra],
    ['GITHUB_TOKEN', FAKE.github],
    ['STRIPE_KEY', FAKE.stripe],
    [
      'STORAGE',
      `DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=${FAKE.storageKey};` +
        'EndpointSuffix=core.windows.net',
    ],
    ['JWT_SECRET', 'Zk4rT9mQ2vL7xW1pB8nC5hJ3gF6dS0aE'],
  ];
  const FILLER = [
    'PORT=3000',
    'NODE_ENV=production',
    '# comment with SECRET=word',
    '',
    'LOG_LEVEL="info" # inline',
    "NAME='Contoso app'",
    'MULTI="first\nsecond"',
  ];

  it('slices every reported range of 300 generated files to the value or a part of it', () => {
    const random = seededRandom(22);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    let reported = 0;
    for (let run = 0; run < 300; run++) {
      const breakText = pick(['\n', '\r\n']);
      const written: string[] = [];
      const lines: string[] = [];
      for (let i = 0; i < 1 + Math.floor(random() * 6); i++) {
        lines.push(pick(FILLER));
        const [key, value] = pick(SECRETS);
        const quote = pick(['', '"', "'", '`']);
        const token = `${quote}${value}${quote}`;
        written.push(token);
        lines.push(
          `${pick(['', 'export ', '  '])}${key}${pick(['=', ' = ', '= ', ': '])}${token}${pick(['', '  ', ' # note'])}`,
        );
      }
      const text = lines.join(breakText) + pick(['', breakText]);
      const messages = lintConfigFile(text, '.env');
      assert.deepEqual(
        messages.filter(m => m.ruleId === null),
        [],
        text,
      );
      for (const message of messages) {
        const slice = sliceOf(text, message);
        assert.ok(
          written.some(token => token === slice || (slice.length > 0 && token.includes(slice))),
          `${JSON.stringify(slice)} in\n${text}`,
        );
        reported++;
      }
      assert.ok(messages.length >= 1, `nothing reported in\n${text}`);
    }
    assert.ok(reported > 300);
  });
});
