import assert from 'node:assert/strict';

import {
  basicLacks,
  grantsLess,
  includesPermission,
  isResourceSpecific,
  leastOf,
  matchGraphPath,
  normalizeGraphPath,
  privilegeLevel,
} from '../../../eslint-plugin/src/util/graph/graphPaths';

describe('normalizeGraphPath', () => {
  it('drops the query, the fragment and a trailing slash, and keeps the case', () => {
    assert.equal(normalizeGraphPath('/me/messages?$top=5&$select=subject'), '/me/messages');
    assert.equal(normalizeGraphPath('/me/sendMail/'), '/me/sendMail');
    assert.equal(normalizeGraphPath('me/events#x'), '/me/events');
  });

  it('writes parameters and parts known only at run time as {id}', () => {
    assert.equal(normalizeGraphPath('/users/{user-id}/messages'), '/users/{id}/messages');
    assert.equal(normalizeGraphPath('/users/\u0000/messages'), '/users/{id}/messages');
    assert.equal(normalizeGraphPath('/users/id-\u0000/messages'), '/users/{id}/messages');
  });

  it('keeps the known start of a last segment whose unknown end is most often a query', () => {
    assert.equal(normalizeGraphPath('/me/messages\u0000'), '/me/messages');
    assert.equal(normalizeGraphPath('/users/\u0000'), '/users/{id}');
  });

  it('writes function arguments as () and drive item paths as :/{id}:', () => {
    assert.equal(
      normalizeGraphPath("/accessReviews/definitions/filterByCurrentUser(on='reviewer')"),
      '/accessReviews/definitions/filterByCurrentUser()',
    );
    assert.equal(normalizeGraphPath('/me/drive/root:/Reports/q1.xlsx:/content'), '/me/drive/root:/{id}:/content');
  });
});

describe('matchGraphPath (the real permission table)', () => {
  const least = (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    path: string,
    scheme: 'delegated' | 'application' = 'delegated',
  ): string[] | undefined => matchGraphPath(method, normalizeGraphPath(path), scheme)?.least;

  it('/me/messages: reading takes Mail.ReadBasic, writing Mail.ReadWrite (least per method, not per path set)', () => {
    const get = matchGraphPath('GET', '/me/messages', 'delegated');
    assert.equal(get?.template, '/me/messages');
    assert.deepEqual(get?.allowing.map(p => p.name).sort(), ['Mail.Read', 'Mail.ReadBasic', 'Mail.ReadWrite']);
    assert.deepEqual(get?.least, ['Mail.ReadBasic']);
    assert.deepEqual(least('POST', '/me/messages'), ['Mail.ReadWrite']);
    assert.deepEqual(matchGraphPath('GET', '/me/messages', 'application')?.least, ['Mail.ReadBasic.All']);
  });

  it('/users/{id}/messages, in any case', () => {
    assert.deepEqual(least('GET', '/users/{id}/messages'), ['Mail.ReadBasic']);
    assert.deepEqual(least('GET', '/USERS/{id}/Messages'), ['Mail.ReadBasic']);
    assert.deepEqual(least('GET', '/users/adele@contoso.com/messages'), ['Mail.ReadBasic']);
  });

  it('/me/drive/root/children: Files.Read, not the Files.ReadWrite marked least for the path set', () => {
    assert.deepEqual(least('GET', '/me/drive/root/children'), ['Files.Read']);
    assert.deepEqual(least('POST', '/me/drive/root/children'), ['Files.ReadWrite']);
  });

  it('/groups/{id}/members/$ref: adding a member takes what removing one takes', () => {
    assert.deepEqual(least('POST', '/groups/{id}/members/$ref'), ['GroupMember.ReadWrite.All']);
    assert.deepEqual(least('DELETE', '/groups/{id}/members/{id}/$ref'), ['GroupMember.ReadWrite.All']);
    // Delegated, Group.ReadBasic.All has the lower level (2); in the application scheme both are level 3 and the
    // data marks GroupMember.ReadBasic.All least.
    assert.deepEqual(least('GET', '/groups/{id}/members'), ['Group.ReadBasic.All']);
    assert.deepEqual(least('GET', '/groups/{id}/members', 'application'), ['GroupMember.ReadBasic.All']);
  });

  it('/sites/{id}/lists, both schemes', () => {
    assert.deepEqual(least('GET', '/sites/{id}/lists'), ['Sites.Read.All']);
    assert.deepEqual(least('GET', '/sites/{id}/lists', 'application'), ['Sites.Read.All']);
    assert.deepEqual(least('POST', '/sites/{id}/lists'), ['Sites.Manage.All']);
  });

  it('paths Graph has in beta only match too (the data does not tell versions apart)', () => {
    assert.deepEqual(least('GET', '/me/cloudLicensing/usageRights'), ['User.Read']);
  });

  it('$value and $count read what reading the resource takes', () => {
    assert.deepEqual(least('GET', '/me/photo/$value'), ['User.Read']);
    assert.deepEqual(least('GET', '/users/$count'), ['User.ReadBasic.All']);
  });

  it('unknown paths, unknown methods on known paths, and /me in the application scheme give nothing', () => {
    assert.equal(matchGraphPath('GET', '/orders/recent', 'delegated'), undefined);
    assert.equal(matchGraphPath('GET', '/me/messages/{id}/unknownThing', 'delegated'), undefined);
    assert.equal(matchGraphPath('DELETE', '/me/sendMail', 'delegated'), undefined);
    assert.equal(matchGraphPath('GET', '/me', 'application'), undefined);
  });

  it('a literal segment matches the data literal before a parameter', () => {
    assert.equal(matchGraphPath('GET', '/me/drive/root/children', 'delegated')?.template, '/me/drive/root/children');
    assert.equal(
      matchGraphPath('GET', '/me/drive/items/abc/children', 'delegated')?.template,
      '/me/drive/items/{id}/children',
    );
  });
});

describe('grantsLess and leastOf', () => {
  it('a lower privilege level grants less', () => {
    assert.equal(privilegeLevel('User.ReadBasic.All', 'application'), 3);
    assert.equal(privilegeLevel('Files.ReadWrite.All', 'application'), 4);
    assert.equal(privilegeLevel('No.Such.Permission', 'delegated'), 0);
    assert.equal(grantsLess('Files.Read', 'Files.ReadWrite.All', 'delegated'), true);
    assert.equal(grantsLess('Files.ReadWrite.All', 'Files.Read', 'delegated'), false);
  });

  it('at the same level, the same resource with less access or reach grants less', () => {
    assert.equal(grantsLess('Mail.Read', 'Mail.ReadWrite', 'delegated'), true);
    assert.equal(grantsLess('Mail.ReadBasic', 'Mail.Read', 'delegated'), true);
    assert.equal(grantsLess('Mail.ReadWrite', 'Mail.Read', 'delegated'), false);
    assert.equal(grantsLess('Mail.Read', 'Mail.Read', 'delegated'), false);
  });

  it('different resources at the same level are not compared', () => {
    assert.equal(grantsLess('Mail.Read', 'Calendars.Read', 'delegated'), false);
    assert.equal(grantsLess('Calendars.Read', 'Mail.Read', 'delegated'), false);
  });

  it('leastOf keeps the undominated, the marked ones first where any is marked', () => {
    assert.deepEqual(
      leastOf(
        [
          { name: 'Mail.ReadWrite', markedLeast: true },
          { name: 'Mail.Read', markedLeast: false },
        ],
        'delegated',
      ),
      ['Mail.Read'],
    );
    assert.deepEqual(
      leastOf(
        [
          { name: 'Mail.Read', markedLeast: false },
          { name: 'Calendars.Read', markedLeast: false },
        ],
        'delegated',
      ),
      ['Calendars.Read', 'Mail.Read'],
    );
  });
});

describe('includesPermission', () => {
  it('the same resource with at least the access and the reach', () => {
    assert.equal(includesPermission('Sites.FullControl.All', 'Sites.Read.All'), true);
    assert.equal(includesPermission('Mail.ReadWrite', 'Mail.Read'), true);
    assert.equal(includesPermission('Files.ReadWrite.All', 'Files.Read'), true);
    assert.equal(includesPermission('Mail.Read', 'Mail.Read'), true);
  });

  it('not less access, less reach, another resource, or names outside the pattern', () => {
    assert.equal(includesPermission('Mail.Read', 'Mail.ReadWrite'), false);
    assert.equal(includesPermission('Files.ReadWrite', 'Files.Read.All'), false);
    assert.equal(includesPermission('Mail.ReadWrite', 'Calendars.Read'), false);
    assert.equal(includesPermission('Mail.Send', 'Mail.Read'), false);
  });
});

describe('basicLacks', () => {
  it('Mail.ReadBasic, Calendars.ReadBasic leave out bodies and attachments; User.ReadBasic.All all but a few', () => {
    assert.equal(basicLacks('Mail.ReadBasic', ['subject', 'Body']), true);
    assert.equal(basicLacks('Mail.ReadBasic.All', ['bodyPreview']), true);
    assert.equal(basicLacks('Mail.ReadBasic', ['subject', 'from', 'isRead', 'receivedDateTime']), false);
    assert.equal(basicLacks('Calendars.ReadBasic', ['subject', 'attachments']), true);
    assert.equal(basicLacks('Calendars.ReadBasic', ['subject', 'organizer', 'start', 'end', 'uniqueBody']), false);
    assert.equal(basicLacks('User.ReadBasic.All', ['displayName', 'id', 'mail']), false);
    assert.equal(basicLacks('User.ReadBasic.All', ['displayName', 'jobTitle']), true);
  });

  it('nothing selected, or a permission that is not basic, lacks nothing', () => {
    assert.equal(basicLacks('Mail.ReadBasic', []), false);
    assert.equal(basicLacks('Mail.Read', ['body']), false);
    assert.equal(basicLacks('Group.ReadBasic.All', ['description']), false);
    assert.equal(basicLacks('ReadBasic', ['body']), false);
  });
});

describe('resource-specific consent permissions', () => {
  it('are the app-only Teams permissions granted per team, chat or user', () => {
    assert.equal(isResourceSpecific('ChatMessage.Read.Chat'), true);
    assert.equal(isResourceSpecific('ChannelSettings.Read.Group'), true);
    assert.equal(isResourceSpecific('TeamsActivity.Send.User'), true);
    assert.equal(isResourceSpecific('Chat.Read.All'), false);
    assert.equal(isResourceSpecific('Group.Read.All'), false);
    // A delegated permission of the same shape is not one.
    assert.equal(isResourceSpecific('Content.Process.User'), false);
  });

  it('are least only where no tenant-wide permission allows the request', () => {
    assert.deepEqual(matchGraphPath('GET', '/chats/{id}/messages', 'application')?.least, ['Chat.Read.All']);
    assert.deepEqual(
      leastOf(
        [
          { name: 'ChatMessage.Read.Chat', markedLeast: true },
          { name: 'Chat.Read.All', markedLeast: false },
        ],
        'application',
      ),
      ['Chat.Read.All'],
    );
    assert.deepEqual(leastOf([{ name: 'ChatMessage.Read.Chat', markedLeast: true }], 'application'), [
      'ChatMessage.Read.Chat',
    ]);
  });
});
