// Generates the scale benchmark's monorepo: `count` TypeScript files spread over packages of 100 files each, in the
// shapes an Express API with an MSAL client has (routes, services, clients, utilities, types), seeded so that every
// run lints the same code. About one file in fifty holds one of the identity mistakes the rules look for.
import fs from 'node:fs';
import path from 'node:path';

const FILES_PER_PACKAGE = 100;

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const route = (n, r) => `import { Router, type Request, type Response } from 'express';
import { ${n}Service } from './${n}Service';

const MAX_PAGE_SIZE = ${50 + Math.floor(r() * 50)};

export function ${n}Routes(service: ${n}Service): Router {
  const router = Router();
  router.get('/${n.toLowerCase()}', async (req: Request, res: Response) => {
    const size = Math.min(Number(req.query.size ?? 20), MAX_PAGE_SIZE);
    const page = await service.list({ size, cursor: String(req.query.cursor ?? '') });
    res.json(page);
  });
  router.get('/${n.toLowerCase()}/:id', async (req: Request, res: Response) => {
    const item = await service.get(req.params.id);
    if (!item) {
      res.status(404).json({ error: 'not_found' });
      return;
    }
    res.json(item);
  });
  router.post('/${n.toLowerCase()}', async (req: Request, res: Response) => {
    const created = await service.create(req.body as Partial<${n}>);
    res.status(201).json(created);
  });
  return router;
}

export interface ${n} {
  id: string;
  name: string;
  createdAt: string;
  tags: string[];
}
`;

const service = n => `import type { ${n} } from './${n}Routes';

export interface Page<T> { items: T[]; next?: string }

export class ${n}Service {
  private readonly items = new Map<string, ${n}>();

  constructor(private readonly baseUrl: string, private readonly getToken: () => Promise<string>) {}

  async list({ size, cursor }: { size: number; cursor: string }): Promise<Page<${n}>> {
    const all = [...this.items.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const start = cursor ? all.findIndex(i => i.id === cursor) + 1 : 0;
    const items = all.slice(start, start + size);
    return { items, next: items.length === size ? items[items.length - 1]?.id : undefined };
  }

  async get(id: string): Promise<${n} | undefined> {
    if (this.items.has(id)) return this.items.get(id);
    const response = await fetch(\`\${this.baseUrl}/${n.toLowerCase()}/\${encodeURIComponent(id)}\`, {
      headers: { authorization: \`Bearer \${await this.getToken()}\` },
    });
    if (response.status === 404) return undefined;
    const item = (await response.json()) as ${n};
    this.items.set(item.id, item);
    return item;
  }

  async create(input: Partial<${n}>): Promise<${n}> {
    const item: ${n} = { id: crypto.randomUUID(), name: input.name ?? 'unnamed', createdAt: new Date().toISOString(), tags: input.tags ?? [] };
    this.items.set(item.id, item);
    return item;
  }
}
`;

const client = (n, r) => `import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';

const config: Configuration = {
  auth: {
    clientId: process.env.${n.toUpperCase()}_CLIENT_ID ?? '',
    authority: \`https://login.microsoftonline.com/\${process.env.TENANT_ID}\`,
    clientSecret: process.env.${n.toUpperCase()}_CLIENT_SECRET,
  },
  system: { loggerOptions: { piiLoggingEnabled: false } },
};

const cca = new ConfidentialClientApplication(config);
const SCOPES = ['api://${n.toLowerCase()}-${Math.floor(r() * 1000)}/.default'];

export async function ${n.toLowerCase()}Token(): Promise<string> {
  const result = await cca.acquireTokenByClientCredential({ scopes: SCOPES });
  if (!result) throw new Error('no token for ${n}');
  return result.accessToken;
}
`;

const util = (n, r) => `export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function retry<T>(fn: () => Promise<T>, attempts = ${2 + Math.floor(r() * 4)}): Promise<T> {
  return fn().catch(error => {
    if (attempts <= 1) throw error;
    return new Promise<T>(resolve => setTimeout(() => resolve(retry(fn, attempts - 1)), 100 * attempts));
  });
}

export const ${n.toLowerCase()}Defaults = Object.freeze({ region: 'westeurope', timeoutMs: ${
  1000 + Math.floor(r() * 9000)
}, labels: ['${n.toLowerCase()}'] });

export function describe${n}(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? \`\${value.slice(0, 37)}...\` : value;
    case 'number':
      return value.toFixed(2);
    case 'object':
      return value === null ? 'null' : JSON.stringify(value);
    default:
      return String(value);
  }
}
`;

const mistake = n => `import { PublicClientApplication } from '@azure/msal-node';

const pca = new PublicClientApplication({ auth: { clientId: process.env.CLIENT_ID ?? '' } });

// A batch job signing in "as" a user with a password: the grant skips MFA and Conditional Access.
export async function ${n.toLowerCase()}BatchToken(): Promise<string | undefined> {
  const result = await pca.acquireTokenByUsernamePassword({
    scopes: ['User.Read'],
    username: process.env.BATCH_USER ?? '',
    password: process.env.BATCH_PASSWORD ?? '',
  });
  return result?.accessToken;
}
`;

const NOUNS = ['Invoice', 'Customer', 'Order', 'Report', 'Tenant', 'Device', 'Ticket', 'Project', 'Invite', 'Audit'];
const KINDS = [
  ['Routes', route],
  ['Service', service],
  ['Client', client],
  ['Util', util],
];

/** Writes the monorepo under `dir` (replacing it) and returns { files, lines }. */
export function generateMonorepo(dir, count, seed = 8) {
  fs.rmSync(dir, { recursive: true, force: true });
  const r = mulberry32(seed);
  let lines = 0;
  for (let i = 0; i < count; i++) {
    const pkg = `pkg-${String(Math.floor(i / FILES_PER_PACKAGE)).padStart(3, '0')}`;
    const noun = `${NOUNS[i % NOUNS.length]}${Math.floor(i / NOUNS.length) % 10}`;
    const index = Math.floor(i / NOUNS.length) % KINDS.length;
    const [kind, template] = i % 50 === 49 ? ['Batch', mistake] : KINDS[index];
    const file = path.join(dir, 'packages', pkg, 'src', `${noun}${kind}${i}.ts`);
    const text = template(noun, r);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    lines += text.split('\n').length;
  }
  fs.writeFileSync(
    path.join(dir, 'eslint.config.mjs'),
    `import tsParser from '@typescript-eslint/parser';
import zeroTrust from 'eslint-plugin-zero-trust';

export default [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, zeroTrust.configs.recommended];
`,
  );
  // The same with values not followed across the packages' modules (files import their services and types).
  fs.writeFileSync(
    path.join(dir, 'eslint.local.config.mjs'),
    `import config from './eslint.config.mjs';

export default [...config, { settings: { 'zero-trust': { followImports: false } } }];
`,
  );
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "bench-monorepo", "private": true, "type": "module" }\n');
  return { files: count, lines };
}
