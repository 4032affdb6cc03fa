// The single-page client's Microsoft Graph calls: all it does with the permissions spaAuthConfig asks for.
// `npm run demo` compares the two (`zero-trust-lint permissions`).
import { Client } from '@microsoft/microsoft-graph-client';

import { graphToken } from './spaAuthConfig';

const graph = Client.init({
  authProvider: done => {
    graphToken().then(
      token => done(null, token),
      error => done(error, null),
    );
  },
});

export const profile = () => graph.api('/me').select('displayName,mail').get();

export const recentFiles = () => graph.api('/me/drive/root/children').top(20).get();

export const upcomingEvents = () => graph.api('/me/calendar/events').top(5).get();

export async function teamSiteLists(siteId: string): Promise<unknown> {
  const response = await fetch(`https://graph.microsoft.com/v1.0/sites/${siteId}/lists`, {
    headers: { Authorization: `Bearer ${await graphToken()}` },
  });
  return response.json();
}
