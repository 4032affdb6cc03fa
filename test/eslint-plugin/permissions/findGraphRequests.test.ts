import assert from 'node:assert/strict';

import { collectCodeFile } from '../../../eslint-plugin/src/permissions/collect';
import { parseGraphUrl } from '../../../eslint-plugin/src/util/graph/findGraphRequests';
import { dedent } from '../../dedent';

/** The requests of one file, as `line:column METHOD path version via`. */
function requests(code: string, filename = '/app/src/file.ts'): string[] {
  const found = collectCodeFile(code, filename);
  assert.equal(found.parseError, undefined);
  return found.requests.map(r => `${r.line}:${r.column} ${r.method} ${r.path} ${r.version ?? '?'} ${r.via}`);
}

describe('parseGraphUrl', () => {
  it('reads the version and the path of Graph URLs in every national cloud', () => {
    assert.deepEqual(parseGraphUrl('https://graph.microsoft.com/v1.0/me'), { version: 'v1.0', path: '/me' });
    assert.deepEqual(parseGraphUrl('https://GRAPH.microsoft.com/beta/users?$top=1'), {
      version: 'beta',
      path: '/users?$top=1',
    });
    assert.deepEqual(parseGraphUrl('https://graph.microsoft.us/v1.0/me'), { version: 'v1.0', path: '/me' });
    assert.deepEqual(parseGraphUrl('https://microsoftgraph.chinacloudapi.cn/v1.0/me'), {
      version: 'v1.0',
      path: '/me',
    });
    assert.deepEqual(parseGraphUrl('https://graph.microsoft.com/\u0000/me'), { version: undefined, path: '/me' });
  });

  it('is not a request URL: scopes, other hosts, look-alikes, no version', () => {
    assert.equal(parseGraphUrl('https://graph.microsoft.com/User.Read'), undefined);
    assert.equal(parseGraphUrl('https://graph.microsoft.com/.default'), undefined);
    assert.equal(parseGraphUrl('https://graph.microsoft.com.evil.example/v1.0/me'), undefined);
    assert.equal(parseGraphUrl('http://graph.microsoft.com/v1.0/me'), undefined);
    assert.equal(parseGraphUrl('https://example.com/v1.0/me'), undefined);
  });
});

describe('graphRequestListeners (through the permissions collector)', () => {
  it('Graph client chains: terminal methods, version, absolute URLs, a request kept in a variable', () => {
    assert.deepEqual(
      requests(dedent`
        import { Client } from '@microsoft/microsoft-graph-client';
        const client = Client.init({ authProvider: done => done(null, 'token') });
        export const a = client.api('/me/messages').select('subject').top(5).get();
        export const b = client.api(\`/users/\${id}/messages/\${messageId}\`).update({ isRead: true });
        export const c = client.api('https://graph.microsoft.com/beta/me/joinedTeams').get();
        export const d = client.api('/me/events').version('beta').post({});
        export const e = client.api('me/drive/root/children').del();
        const request = client.api('/me/calendars');
        export const f = request.get();
        export const g = client.api('/me/photo/$value').putStream(stream);
      `),
      [
        '3:29 GET /me/messages v1.0 client',
        '4:29 PATCH /users/{id}/messages/{id} v1.0 client',
        '5:29 GET /me/joinedTeams beta client',
        '6:29 POST /me/events beta client',
        '7:29 DELETE /me/drive/root/children v1.0 client',
        '8:28 GET /me/calendars v1.0 client',
        '10:29 PUT /me/photo/$value v1.0 client',
      ],
    );
  });

  it('a Graph client from another module: only paths Graph names', () => {
    assert.deepEqual(
      requests(dedent`
        import { graph } from './graphClient';
        export const a = graph.api('/me/messages').get();
        export const b = graph.api('/orders/recent').get();
        const local = { api: (path: string) => ({ get: () => path }) };
        export const c = local.api('/things').get();
      `),
      ['2:28 GET /me/messages v1.0 client'],
    );
  });

  it('raw HTTP: fetch, axios, got, superagent, Angular HttpClient, with the method from the call or options', () => {
    assert.deepEqual(
      requests(dedent`
        import axios from 'axios';
        import got from 'got';
        import request from 'superagent';
        const GRAPH = 'https://graph.microsoft.com/v1.0';
        export const a = fetch(\`\${GRAPH}/me/messages?$top=10\`, { headers: {} });
        export const b = fetch(GRAPH + '/me/sendMail', { method: 'POST', body: '{}' });
        export const c = axios.patch(\`\${GRAPH}/me/events/\${id}\`, {});
        export const d = axios({ url: \`\${GRAPH}/me/drive/root/children\`, method: 'get' });
        export const e = got.delete(\`\${GRAPH}/me/messages/\${id}\`);
        export const f = request('POST', 'https://graph.microsoft.com/v1.0/me/events');
        export class Profile {
          load() {
            return this.http.get('https://graph.microsoft.com/v1.0/me');
          }
        }
      `),
      [
        '5:24 GET /me/messages v1.0 url',
        '6:24 POST /me/sendMail v1.0 url',
        '7:30 PATCH /me/events/{id} v1.0 url',
        '8:31 GET /me/drive/root/children v1.0 url',
        '9:29 DELETE /me/messages/{id} v1.0 url',
        '10:34 POST /me/events v1.0 url',
        '13:26 GET /me v1.0 url',
      ],
    );
  });

  it('URLs in configuration objects and constants count as GET unless their use in the file says otherwise', () => {
    assert.deepEqual(
      requests(dedent`
        export const graphConfig = {
          graphMeEndpoint: 'https://graph.microsoft.com/v1.0/me',
          graphMailEndpoint: 'https://graph.microsoft.com/v1.0/me/messages',
        };
        const SEND = 'https://graph.microsoft.com/v1.0/me/sendMail';
        export const send = (token: string) => fetch(SEND, { method: 'POST', headers: { token } });
      `),
      ['2:20 GET /me v1.0 url', '3:22 GET /me/messages v1.0 url', '5:14 POST /me/sendMail v1.0 url'],
    );
  });

  it('a protected resource map (MSAL Angular, MSAL React) says which token a URL gets: no request', () => {
    assert.deepEqual(
      requests(dedent`
        const protectedResourceMap = new Map<string, string[]>();
        protectedResourceMap.set('https://graph.microsoft.com/v1.0/me', ['user.read']);
        export const known = protectedResourceMap.has('https://graph.microsoft.com/v1.0/me/messages');
        export const config = { protectedResourceMap: [['https://graph.microsoft.com/v1.0/me/events', ['Calendars.Read']]] };
        export const endpoints = ['https://graph.microsoft.com/v1.0/me/photo', 'https://graph.microsoft.com/v1.0/me/drive'];
        export const profile = (http: { get(url: string): unknown }) => http.get('https://graph.microsoft.com/v1.0/me');
      `),
      ['5:27 GET /me/photo v1.0 url', '5:72 GET /me/drive v1.0 url', '6:74 GET /me v1.0 url'],
    );
  });

  it('a base URL from another module whose name says Graph, with a path Graph names', () => {
    assert.deepEqual(
      requests(dedent`
        import { GRAPH_BASE, graphConfig, graphqlEndpoint } from './config';
        export const a = fetch(\`\${GRAPH_BASE}/sites/\${siteId}/lists\`);
        export const b = fetch(graphConfig.graphEndpoint + 'v1.0/me/events');
        export const c = fetch(\`\${graphqlEndpoint}/users\`);
        export const d = fetch(\`\${GRAPH_BASE}/not/a/graph/path\`);
        export const e = fetch(\`\${apiBase}/me/messages\`);
      `),
      ['2:24 GET /sites/{id}/lists ? url', '3:24 GET /me/events v1.0 url'],
    );
  });

  it("$select and $expand: a user's mailboxSettings and expanded relations are requests of their own", () => {
    assert.deepEqual(
      requests(dedent`
        import { Client } from '@microsoft/microsoft-graph-client';
        const client = Client.initWithMiddleware({ authProvider });
        export const a = client.api('/me').select('displayName,mail,mailboxSettings,userPrincipalName').get();
        export const b = client.api(\`/users/\${id}\`).select(['id', 'MailboxSettings']).get();
        export const c = fetch('https://graph.microsoft.com/v1.0/me?$select=displayName,mailboxSettings&$expand=manager');
        export const d = client.api('/me').select('displayName,mail').get();
        export const e = client.api('/me/messages').select('subject,mailboxSettings').get();
        export const f = client.api('/me').expand('unknownRelation($select=id)').get();
        export const g = client.api('/me').select('mailboxSettings').patch({ displayName: 'x' });
        const query = client.api('/me').select(\`\${fields}\`);
        export const h = query.get();
      `),
      [
        '3:29 GET /me v1.0 client',
        '3:29 GET /me/mailboxSettings v1.0 client',
        '4:29 GET /users/{id} v1.0 client',
        '4:29 GET /users/{id}/mailboxSettings v1.0 client',
        '5:24 GET /me v1.0 url',
        '5:24 GET /me/mailboxSettings v1.0 url',
        '5:24 GET /me/manager v1.0 url',
        '6:29 GET /me v1.0 client',
        '7:29 GET /me/messages v1.0 client',
        '8:29 GET /me v1.0 client',
        '9:29 PATCH /me v1.0 client',
        '10:26 GET /me v1.0 client',
      ],
    );
  });

  it('$batch bodies: their literal requests, not the batch', () => {
    assert.deepEqual(
      requests(dedent`
        export const a = fetch('https://graph.microsoft.com/v1.0/$batch', {
          method: 'POST',
          body: JSON.stringify({
            requests: [
              { id: '1', method: 'GET', url: '/me/messages?$top=1' },
              { id: '2', url: 'me/events' },
              { id: '3', method: 'DELETE', url: '/me/messages/abc' },
              { id: '4', method: 'GET', url: dynamicUrl },
            ],
          }),
        });
      `),
      ['5:38 GET /me/messages v1.0 batch', '6:23 GET /me/events v1.0 batch', '7:41 DELETE /me/messages/abc v1.0 batch'],
    );
  });

  it('is no request: scopes, base URLs, @odata references, environment URLs, other hosts, types', () => {
    assert.deepEqual(
      requests(dedent`
        const scopes = ['https://graph.microsoft.com/User.Read', 'https://graph.microsoft.com/.default'];
        const GRAPH = 'https://graph.microsoft.com/v1.0/';
        const BETA = 'https://graph.microsoft.com/beta';
        export const url = \`\${GRAPH}\${process.env.GRAPH_PATH}\`;
        export const body = { '@odata.id': \`https://graph.microsoft.com/v1.0/directoryObjects/\${id}\` };
        export const other = fetch('https://example.com/v1.0/me/messages');
        export const env = fetch(process.env.GRAPH_ENDPOINT ?? '');
        export const empty = fetch('');
        type Endpoint = 'https://graph.microsoft.com/v1.0/me';
        export { scopes, BETA };
      `),
      [],
    );
  });

  it('tolerates odd code: empty api(), a method with no terminal, computed members, JSX', () => {
    assert.deepEqual(
      requests(
        dedent`
          import { Client } from '@microsoft/microsoft-graph-client';
          const client = Client.init({});
          client.api();
          client.api('/me')['get']();
          client.api('/me');
          export const View = () => <a href="https://graph.microsoft.com/v1.0/me">me</a>;
        `,
        '/app/src/view.jsx',
      ),
      [],
    );
  });

  it('the generated SDK: fluent paths, byXId as {id}, ref as $ref, the beta SDK', () => {
    assert.deepEqual(
      requests(dedent`
        import { createGraphServiceClient } from '@microsoft/msgraph-sdk';
        import { createGraphBetaServiceClient } from '@microsoft/msgraph-beta-sdk';
        const client = createGraphServiceClient(adapter);
        const beta = createGraphBetaServiceClient(adapter);
        export const a = client.me.messages.get();
        export const b = client.users.byUserId(id).sendMail.post({ message });
        export const c = client.groups.byGroupId(g).members.ref.post({ odataId });
        export const d = beta.me.joinedTeams.get();
        export const e = client.users.get();
      `),
      [
        '5:18 GET /me/messages v1.0 sdk',
        '6:18 POST /users/{id}/sendMail v1.0 sdk',
        '7:18 POST /groups/{id}/members/$ref v1.0 sdk',
        '8:18 GET /me/joinedTeams beta sdk',
        '9:18 GET /users v1.0 sdk',
      ],
    );
  });

  it('the generated SDK: a client from elsewhere only on paths Graph names; maps, routers, caches are not', () => {
    assert.deepEqual(
      requests(dedent`
        import type { GraphServiceClient } from '@microsoft/msgraph-sdk';
        import express from 'express';
        export const a = (client: GraphServiceClient) => client.me.events.get();
        const cache = new Map<string, string>();
        export const b = cache.get('me');
        export const c = express.Router().get('/me/messages', handler);
        export const d = (client: GraphServiceClient) => client.store.entries.get();
        export const e = (client: GraphServiceClient) => client.me.messages[kind].get();
      `),
      ['3:50 GET /me/events v1.0 sdk'],
    );
  });

  it('the generated SDK: a client kept in a field (this.graphClient); a Map in a field is not one', () => {
    assert.deepEqual(
      requests(dedent`
        import { createGraphServiceClient, type GraphServiceClient } from '@microsoft/msgraph-sdk';
        export class TeamsProvider {
          private graphClient: GraphServiceClient | null = null;
          private cache = new Map<string, { get(): string }>();
          private users = new Map<string, string>();
          init(adapter: never) {
            this.graphClient = createGraphServiceClient(adapter);
          }
          async teams() {
            const teams = await this.graphClient!.teams.get();
            const channels = await this.graphClient?.teams.byTeamId(id).channels.get({ queryParameters: {} });
            const user = await this.graphClient!.users.byUserId(id).get();
            return [teams, channels, user, this.cache.get(id), this.users.get(id), this.users.get()];
          }
        }
      `),
      ['10:25 GET /teams v1.0 sdk', '11:28 GET /teams/{id}/channels v1.0 sdk', '12:24 GET /users/{id} v1.0 sdk'],
    );
  });

  it('the generated SDK: request builders kept in constants', () => {
    assert.deepEqual(
      requests(dedent`
        import type { GraphServiceClient } from '@microsoft/msgraph-sdk';
        export class History {
          constructor(private graphClient: GraphServiceClient | null) {}
          async chat(chatId: string, messageId: string) {
            const client = this.graphClient;
            if (!client) return [];
            const chatMessages = client.chats.byChatId(chatId).messages;
            const message = chatMessages.byChatMessageId(messageId);
            return [await chatMessages.get({ queryParameters: { top: 5 } }), await message.get()];
          }
          local(cache: Map<string, string>) {
            const users = cache;
            const entry = cache.get('k');
            let later = this.graphClient!.users;
            later = other;
            return [users.get('id'), entry, later.get()];
          }
        }
      `),
      ['9:19 GET /chats/{id}/messages v1.0 sdk', '9:76 GET /chats/{id}/messages/{id} v1.0 sdk'],
    );
  });

  it('the generated SDK is not looked for in files that do not import it', () => {
    assert.deepEqual(requests('export const a = (client: Client) => client.me.messages.get();'), []);
  });

  it('a Graph client kept in a field: known by what the class writes to it, with its defaultVersion', () => {
    const code = dedent`
      import { Client } from '@microsoft/microsoft-graph-client';
      export class SearchConnector {
        private graphClient: Client;
        private cache = { api: (path: string) => ({ post: (body: unknown) => [path, body] }) };
        constructor() {
          this.graphClient = Client.initWithMiddleware({ authProvider, defaultVersion: 'beta' });
        }
        addActivities(connection: string, item: string) {
          return this.graphClient.api(\`/external/connections/\${connection}/items/\${item}/addActivities\`).post({});
        }
        byUrl(url: string) {
          return this.graphClient.api(url).get();
        }
        other(url: string) {
          return this.cache.api(url).post({});
        }
      }
      const v1 = Client.init({ authProvider, defaultVersion: 'v1.0' });
      export const me = v1.api('/me').get();
    `;
    assert.deepEqual(requests(code), [
      '9:33 POST /external/connections/{id}/items/{id}/addActivities beta client',
      '19:26 GET /me v1.0 client',
    ]);
    assert.deepEqual(collectCodeFile(code, '/app/src/connector.ts').unresolved, [{ line: 12, column: 33 }]);
  });

  it('counts Graph client calls whose path is known only at run time', () => {
    const found = collectCodeFile(
      dedent`
        import { Client } from '@microsoft/microsoft-graph-client';
        const client = Client.init({});
        export const get = (url: string) => client.api(url).get();
      `,
      '/app/src/dynamic.ts',
    );
    assert.deepEqual(found.unresolved, [{ line: 3, column: 48 }]);
    assert.deepEqual(found.requests, []);
  });
});
