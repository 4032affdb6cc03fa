/**
 * The query (and fragment) parameters of a URL or form string, decoded the way a server reads them (`+` and
 * `%20` are spaces): `'…/authorize?client_id=a&response_type=id_token+token'` gives
 * `{ client_id: 'a', response_type: 'id_token token' }`. Text before the first `?` is skipped when there is one;
 * a string without `?` is read as a bare form body (`a=1&b=2`). The first value of a repeated name wins.
 */
export function getQueryParams(text: string): Map<string, string> {
  const params = new Map<string, string>();
  const q = text.indexOf('?');
  const query = q === -1 ? text : text.slice(q + 1);
  for (const part of query.split(/[&#]/)) {
    const eq = part.indexOf('=');
    if (eq <= 0) {
      continue;
    }
    const name = decode(part.slice(0, eq));
    if (!params.has(name)) {
      params.set(name, decode(part.slice(eq + 1)));
    }
  }
  return params;
}

function decode(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** The space-separated values of an OAuth `response_type` (`'id_token token'` → `['id_token', 'token']`). */
export function splitResponseType(value: string): string[] {
  return value
    .split(/[\s+]+|%20/)
    .map(v => v.trim().toLowerCase())
    .filter(v => v.length > 0);
}
