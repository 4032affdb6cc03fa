import { GRAPH_PATH_PERMISSION_NAMES, GRAPH_PATHS } from '../data/graphPaths.generated';
import { GRAPH_PERMISSIONS } from '../data/graphPermissions.generated';

/** The consent schemes the analysis judges: delegated (Graph's `DelegatedWork`) and application permissions. */
export type GraphScheme = 'delegated' | 'application';

/** The HTTP methods Graph's permission data names. */
export type GraphMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

const METHODS: readonly GraphMethod[] = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$';
/** The bit of each scheme in the table (`DelegatedWork` is bit 0, `DelegatedPersonal` 1, `Application` 2). */
const SCHEME_BIT: Readonly<Record<GraphScheme, number>> = { delegated: 1, application: 4 };
/** The field of each scheme in `GRAPH_PERMISSIONS` (levels). */
const SCHEME_FIELD: Readonly<Record<GraphScheme, number>> = { delegated: 0, application: 2 };

/** Stands for a path segment known only at run time, as the permission data writes it. */
const PARAMETER = '{id}';

/**
 * A Graph path as the analysis compares paths, from a path whose unknown parts are `{…}` (or `unknown`, a
 * character that stands for a part known only at run time): no query, no trailing `/`, every segment with an
 * unknown part as `{id}` (a last segment with a known start and an unknown end keeps its start:
 * `/me/messages${query}`), the arguments of a function segment as `()`, and a drive item path (`root:/a/b.txt:`)
 * as `:/{id}:`. `/me/messages?$top=5` gives `/me/messages`. Case is kept: matching ignores it.
 */
export function normalizeGraphPath(path: string, unknown = '\u0000'): string {
  let text = path.split('?')[0]!.split('#')[0]!;
  text = text.replace(/\{[^}/]*\}/g, unknown);
  text = text.replace(/\([^)]*\)/g, '()').replace(/:\/[^:]+(:|$)/g, ':/{id}$1');
  const segments = text.split('/').filter(segment => segment !== '');
  const out = segments.map((segment, i) => {
    if (!segment.includes(unknown) || segment === PARAMETER) {
      return segment;
    }
    const known = segment.slice(0, segment.indexOf(unknown));
    // `/me/messages${query}`: the unknown tail of the last segment is most often a query string.
    return i === segments.length - 1 && known !== '' && !segment.slice(known.length).replaceAll(unknown, '')
      ? known
      : PARAMETER;
  });
  return `/${out.join('/')}`;
}

interface TrieNode {
  literal: Map<string, TrieNode> | undefined;
  parameter: TrieNode | undefined;
  /** The encoded entries of the path ending here. */
  entries: string | undefined;
  /** The path template ending here, as the table spells it. */
  template: string | undefined;
}

let trie: TrieNode | undefined;

function newNode(): TrieNode {
  return { literal: undefined, parameter: undefined, entries: undefined, template: undefined };
}

function child(node: TrieNode, segment: string): TrieNode {
  if (segment === PARAMETER) {
    node.parameter ??= newNode();
    return node.parameter;
  }
  node.literal ??= new Map();
  let next = node.literal.get(segment);
  if (!next) {
    next = newNode();
    node.literal.set(segment, next);
  }
  return next;
}

function getTrie(): TrieNode {
  if (trie) {
    return trie;
  }
  const root = newNode();
  let previous: string[] = [];
  for (const row of GRAPH_PATHS) {
    const slash = row.indexOf('/');
    const space = row.indexOf(' ', slash);
    const shared = Number.parseInt(row.slice(0, slash), 36);
    const segments = [...previous.slice(0, shared), ...row.slice(slash + 1, space).split('/')];
    previous = segments;
    let node = root;
    for (const segment of segments) {
      node = segment === '' ? node : child(node, segment);
    }
    node.entries = row.slice(space + 1);
    node.template = `/${segments.join('/')}`;
  }
  trie = root;
  return root;
}

function matchFrom(node: TrieNode, segments: readonly string[], i: number): TrieNode | undefined {
  if (i === segments.length) {
    return node.entries === undefined ? undefined : node;
  }
  const segment = segments[i]!;
  if (segment !== PARAMETER) {
    const literal = node.literal?.get(segment);
    const found = literal && matchFrom(literal, segments, i + 1);
    if (found) {
      return found;
    }
  }
  return node.parameter && matchFrom(node.parameter, segments, i + 1);
}

/** A permission that allows a method on a path in a scheme. */
export interface PathPermission {
  name: string;
  /** Whether the data marks it least privileged for its path set in this scheme (`least=`). */
  markedLeast: boolean;
}

/** What the permission data says about one method on one path in one scheme. */
export interface PathMatch {
  /** The data's path template that matched (normalised: lower case, `{id}`). */
  template: string;
  /** Every permission that allows the method on the path in the scheme. */
  allowing: PathPermission[];
  /** The least privileged of `allowing`: see `leastOf`. */
  least: string[];
}

function lookUp(path: string): TrieNode | undefined {
  // Graph paths are case-insensitive: the table is in lower case.
  const segments = path
    .toLowerCase()
    .split('/')
    .filter(segment => segment !== '');
  const node = matchFrom(getTrie(), segments, 0);
  if (node) {
    return node;
  }
  // The data writes most paths under `/me` and `/users/{id}` both; where it names only one, the other stands in.
  if (segments[0] === 'me') {
    return matchFrom(getTrie(), ['users', PARAMETER, ...segments.slice(1)], 0);
  }
  if (segments[0] === 'users' && segments.length > 1 && segments[1] === PARAMETER) {
    return matchFrom(getTrie(), ['me', ...segments.slice(2)], 0);
  }
  return undefined;
}

/**
 * The permissions that allow `method` on the normalised Graph `path` (see `normalizeGraphPath`) in `scheme`, with
 * the least privileged of them; `undefined` when the data names no such path or no permission allows the method
 * there. A literal segment matches the data's literal first, else a parameter; `{id}` matches parameters only.
 */
export function matchGraphPath(method: GraphMethod, path: string, scheme: GraphScheme): PathMatch | undefined {
  const direct = matchExactly(method, path, scheme);
  if (direct) {
    return direct;
  }
  // OData's `$value`, `$count` and `$ref` segments: the data writes few of them. Reading a value or count needs
  // what reading the resource needs, writing a value what writing it needs; adding or removing a reference needs
  // what removing a member needs (`/groups/{id}/members/$ref`: `GroupMember.ReadWrite.All`).
  const slash = path.lastIndexOf('/');
  const last = path.slice(slash + 1).toLowerCase();
  const parent = path.slice(0, slash);
  if (last === '$value' || last === '$count') {
    return matchExactly(last === '$count' ? 'GET' : method, parent, scheme);
  }
  if (last === '$ref') {
    if (method === 'POST' || method === 'PUT') {
      return matchExactly('DELETE', `${parent}/${PARAMETER}`, scheme) ?? matchExactly('DELETE', parent, scheme);
    }
    return matchExactly(method, parent, scheme);
  }
  return undefined;
}

function matchExactly(method: GraphMethod, path: string, scheme: GraphScheme): PathMatch | undefined {
  const node = lookUp(path);
  if (!node?.entries || node.template === undefined) {
    return undefined;
  }
  const methodBit = 1 << METHODS.indexOf(method);
  const schemeBit = SCHEME_BIT[scheme];
  const allowing: PathPermission[] = [];
  for (const entry of node.entries.split(' ')) {
    const methods = DIGITS.indexOf(entry[entry.length - 2]!);
    const schemes = DIGITS.indexOf(entry[entry.length - 1]!);
    if (methods & methodBit && schemes & schemeBit) {
      const name = GRAPH_PATH_PERMISSION_NAMES[Number.parseInt(entry.slice(0, -2), 36)];
      if (name !== undefined) {
        allowing.push({ name, markedLeast: ((schemes >> 3) & schemeBit) !== 0 });
      }
    }
  }
  if (allowing.length === 0) {
    return undefined;
  }
  return { template: node.template, allowing, least: leastOf(allowing, scheme) };
}

/** The privilege level of a permission in a scheme (1 lowest to 4 highest), 0 when the data gives none. */
export function privilegeLevel(name: string, scheme: GraphScheme): number {
  const encoded = Object.hasOwn(GRAPH_PERMISSIONS, name) ? GRAPH_PERMISSIONS[name] : undefined;
  return Number.parseInt(encoded?.split(' ')[SCHEME_FIELD[scheme]] ?? '', 10) || 0;
}

/** How much access a permission's middle word gives, among the words Graph uses for one resource. */
const ACCESS_RANK: Readonly<Record<string, number>> = {
  readbasic: 0,
  read: 1,
  readwrite: 2,
  manage: 3,
  fullcontrol: 4,
};

/** How far a permission's last word reaches: the user's own (no word), what is shared with them, everything. */
const REACH_RANK: Readonly<Record<string, number>> = { '': 0, shared: 1, all: 2 };

function parseName(name: string): { resource: string; access: number; reach: number } | undefined {
  const [resource, access, reach = '', ...rest] = name.toLowerCase().split('.');
  const accessRank = access === undefined ? undefined : ACCESS_RANK[access];
  const reachRank = REACH_RANK[reach];
  if (resource === undefined || accessRank === undefined || reachRank === undefined || rest.length > 0) {
    return undefined;
  }
  return { resource, access: accessRank, reach: reachRank };
}

/**
 * Whether permission `a` grants less than `b` in `scheme`: a lower privilege level in the data, or the same
 * resource with no more access and no more reach, and less of one (`Mail.Read` < `Mail.ReadWrite`,
 * `Files.Read` < `Files.ReadWrite.All`, `Mail.ReadBasic` < `Mail.Read`).
 */
export function grantsLess(a: string, b: string, scheme: GraphScheme): boolean {
  if (a === b) {
    return false;
  }
  const levelA = privilegeLevel(a, scheme);
  const levelB = privilegeLevel(b, scheme);
  if (levelA > 0 && levelB > 0 && levelA !== levelB) {
    return levelA < levelB;
  }
  const nameA = parseName(a);
  const nameB = parseName(b);
  return (
    nameA !== undefined &&
    nameB !== undefined &&
    nameA.resource === nameB.resource &&
    nameA.access <= nameB.access &&
    nameA.reach <= nameB.reach
  );
}

/**
 * Whether permission `a` includes everything `b` grants by its name: the same resource with at least the access and
 * the reach (`Sites.FullControl.All` includes `Sites.Read.All`, `Mail.ReadWrite` includes `Mail.Read`). Graph's
 * data does not list every broader permission on every path; this fills the gaps for one resource's family.
 */
export function includesPermission(a: string, b: string): boolean {
  if (a === b) {
    return true;
  }
  const nameA = parseName(a);
  const nameB = parseName(b);
  return (
    nameA !== undefined &&
    nameB !== undefined &&
    nameA.resource === nameB.resource &&
    nameA.access >= nameB.access &&
    nameA.reach >= nameB.reach
  );
}

/**
 * Whether a permission is one of Teams' resource-specific consent permissions (`ChatMessage.Read.Chat`,
 * `ChannelSettings.Read.Group`, `TeamsActivity.Send.User`): an app-only permission that a team's or a chat's owner
 * grants to a Teams app installed there, through the app's Teams manifest, not on the app registration; so no
 * drop-in replacement for a tenant-wide permission.
 */
export function isResourceSpecific(name: string): boolean {
  return /\.(?:Group|Chat|Team|User)$/.test(name) && privilegeLevel(name, 'delegated') === 0;
}

/**
 * The least privileged of the permissions that allow a request: those no other one grants less than, chosen per
 * method (`least=` marks a whole path set, so a read-write permission marked least for a path because of its write
 * methods is not least for reading it); among those, the ones the data marks least where any is; sorted by name.
 * Resource-specific consent permissions (`isResourceSpecific`) count only where no other permission allows it.
 */
export function leastOf(allowing: readonly PathPermission[], scheme: GraphScheme): string[] {
  // A permission granted to a Teams app per team or chat is least only where no tenant-wide one allows the request.
  const tenantWide = allowing.filter(p => !isResourceSpecific(p.name));
  const candidates = tenantWide.length > 0 ? tenantWide : allowing;
  const least = candidates.filter(p => !candidates.some(q => grantsLess(q.name, p.name, scheme)));
  const marked = least.filter(p => p.markedLeast);
  return (marked.length > 0 ? marked : least).map(p => p.name).sort();
}

/** The properties `Mail.ReadBasic` and `Calendars.ReadBasic` (and their `.All`) leave out of what they return. */
const NOT_IN_BASIC: Readonly<Record<string, ReadonlySet<string>>> = {
  mail: new Set(['body', 'bodypreview', 'uniquebody', 'attachments', 'extensions']),
  calendars: new Set(['body', 'bodypreview', 'attachments', 'extensions']),
};

/** The only properties of a user `User.ReadBasic.All` returns. */
const USER_BASIC = new Set(['id', 'displayname', 'givenname', 'surname', 'mail', 'userprincipalname', 'photo']);

/**
 * Whether a basic permission (`Mail.ReadBasic`, `Calendars.ReadBasic`, `User.ReadBasic.All`) leaves out a property
 * the request selects by name (`$select=subject,body`): Graph answers such a request without those properties, so
 * the basic permission is not enough for it.
 */
export function basicLacks(permission: string, select: readonly string[]): boolean {
  const [resource = '', access = ''] = permission.toLowerCase().split('.');
  if (access !== 'readbasic' || select.length === 0) {
    return false;
  }
  const properties = select.map(name => name.toLowerCase());
  if (resource === 'user') {
    return properties.some(name => !USER_BASIC.has(name));
  }
  const excluded = Object.hasOwn(NOT_IN_BASIC, resource) ? NOT_IN_BASIC[resource] : undefined;
  return excluded !== undefined && properties.some(name => excluded.has(name));
}
