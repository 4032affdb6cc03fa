// The TypeScript file the editor benchmarks lint (bench/extension.mjs, bench/web-worker.mjs).

/** A realistic TypeScript service file of `lines` lines: MSAL and @azure/identity calls, fetches, classes, types. */
export function makeFile(lines) {
  const header = [
    "import { ConfidentialClientApplication, PublicClientApplication } from '@azure/msal-node';",
    "import { DefaultAzureCredential, UsernamePasswordCredential } from '@azure/identity';",
    "import jwt from 'jsonwebtoken';",
    '',
    "const authority = 'https://login.microsoftonline.com/' + process.env.TENANT_ID;",
    'const cca = new ConfidentialClientApplication({ auth: { clientId: process.env.CLIENT_ID!, authority, ' +
      'clientSecret: process.env.CLIENT_SECRET } });',
    'const pca = new PublicClientApplication({ auth: { clientId: process.env.CLIENT_ID!, authority } });',
    '',
  ];
  const block = i => [
    `export interface Order${i} {`,
    '  id: string;',
    '  total: number;',
    "  status: 'open' | 'paid' | 'shipped';",
    '  items: Array<{ sku: string; quantity: number }>;',
    '}',
    '',
    `export class OrderService${i} {`,
    '  private readonly credential = new DefaultAzureCredential();',
    '',
    `  async get(id: string): Promise<Order${i} | undefined> {`,
    "    const token = await cca.acquireTokenByClientCredential({ scopes: ['api://orders/.default'] });",
    '    const response = await fetch(`https://orders.example.com/api/orders/${encodeURIComponent(id)}`, {',
    '      headers: { Authorization: `Bearer ${token?.accessToken}` },',
    '    });',
    '    if (!response.ok) {',
    '      return undefined;',
    '    }',
    `    const order = (await response.json()) as Order${i};`,
    '    return order.items.length > 0 ? order : undefined;',
    '  }',
    '',
    '  verify(header: string): unknown {',
    "    return jwt.verify(header.replace(/^Bearer /, ''), process.env.JWT_PUBLIC_KEY!, { algorithms: ['RS256'], " +
      "audience: 'api://orders' });",
    '  }',
    ...(i % 20 === 0
      ? [
          '',
          '  legacySignIn(username: string, password: string) {',
          "    return pca.acquireTokenByUsernamePassword({ scopes: ['User.Read'], username, password });",
          '  }',
        ]
      : []),
    '}',
    '',
  ];
  const out = [...header];
  for (let i = 0; ; i++) {
    const next = block(i);
    if (out.length + next.length > lines) {
      break;
    }
    out.push(...next);
  }
  while (out.length < lines) {
    out.push(`// line ${out.length + 1}`);
  }
  return out.join('\n') + '\n';
}
