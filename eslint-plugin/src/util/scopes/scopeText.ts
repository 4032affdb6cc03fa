import type { TSESTree } from '@typescript-eslint/utils';

import { getTextRange, UNKNOWN_CHAR, type StaticTextMap } from '../evaluate/getStaticTextMap';
import { normalizeScope, OIDC_SCOPES } from './normalizeScope';
import { record, type Extraction } from './extraction';
import type { Site } from './scopeTypes';

const SEPARATOR_WORDS = ['%20', '%2c', '%2b'];

/** Every scope word in characters `[from, to)` of a mapped string. */
export function fromText(
  x: Extraction,
  map: StaticTextMap,
  from: number,
  to: number,
  site: Site,
  node: TSESTree.Node,
  wholeNode: boolean,
): void {
  let i = from;
  while (i < to) {
    const sep = separatorLength(map.text, i, to);
    if (sep > 0) {
      i += sep;
      continue;
    }
    let j = i;
    while (j < to && separatorLength(map.text, j, to) === 0) {
      j++;
    }
    addWord(x, map, i, j, site, node, wholeNode && i === 0 && j === map.text.length);
    i = j;
  }
}

function addWord(
  x: Extraction,
  map: StaticTextMap,
  from: number,
  to: number,
  site: Site,
  node: TSESTree.Node,
  whole: boolean,
): void {
  const raw = map.text.slice(from, to);
  if (raw.includes(UNKNOWN_CHAR) || raw.length > 300) {
    return;
  }
  let text = raw;
  if (raw.includes('%')) {
    try {
      text = decodeURIComponent(raw);
    } catch {
      return;
    }
  }
  // A managed identity names a resource, whose token carries the app's permissions on it: `<resource>/.default`.
  const normalized = site.resource
    ? { ...normalizeScope(`${text.replace(/\/+$/, '')}/.default`), nameOffset: text.length }
    : normalizeScope(text);
  let { provider, name } = normalized;
  if (site.provider === 'github' && !text.includes('/')) {
    provider = 'github';
    name = text.toLowerCase();
  }
  const { range } = getTextRange(map, from, to);
  const nameText = text.slice(normalized.nameOffset);
  let nameRange: [number, number] | undefined;
  if (raw.endsWith(nameText) && nameText.length > 0) {
    const located = getTextRange(map, to - nameText.length, to);
    nameRange = located.exact ? located.range : undefined;
  }
  record(
    x,
    {
      text,
      name,
      provider,
      resource: normalized.resource,
      isDefault: normalized.isDefault,
      range: whole ? [node.range[0], node.range[1]] : range,
      whole,
      nameRange,
      flow: site.flow,
      credential: site.credential,
      api: site.api,
      extraConsent: site.extraConsent === true,
      anchored: site.anchored,
    },
    site.fromApi !== false,
  );
}

/** Every word is an OpenID scope or has a scope's punctuation (`User.Read`, `api://x/.default`, `read:org`). */
export function looksLikeScopeList(text: string): boolean {
  const words = text.split(/[\s,+]+/).filter(word => word.length > 0);
  return words.length <= 1 || words.every(word => /[./:_*-]/.test(word) || OIDC_SCOPES.has(word.toLowerCase()));
}

function separatorLength(text: string, i: number, to: number): number {
  const c = text[i]!;
  if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ',' || c === '+') {
    return 1;
  }
  if (c === '%' && i + 3 <= to && SEPARATOR_WORDS.includes(text.slice(i, i + 3).toLowerCase())) {
    return 3;
  }
  return 0;
}

export function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
