/**
 * Whether a host name is the local machine: `localhost` (and `*.localhost`, RFC 6761), any `127.0.0.0/8` address,
 * `[::1]` / `::1`, and `0.0.0.0` (a dev server bound to all interfaces, reached locally). Case-insensitive.
 */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h === 'localhost' || h.endsWith('.localhost') || h === '[::1]' || h === '::1' || h === '0.0.0.0') {
    return true;
  }
  return /^127(?:\.\d{1,3}){3}$/.test(h);
}

/**
 * The host of an absolute URL written as text (`http://host:port/path`), without port or credentials; `undefined`
 * when the text has no `scheme://` authority. Parses by hand so partly unknown text (templates) can be read.
 */
export function getUrlHost(url: string): string | undefined {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url.trim());
  if (!match) {
    return undefined;
  }
  const authority = match[1]!.replace(/^[^@]*@/, '');
  if (authority.startsWith('[')) {
    const end = authority.indexOf(']');
    return end === -1 ? undefined : authority.slice(0, end + 1);
  }
  return authority.replace(/:\d*$/, '');
}

/** Whether an absolute URL (text) points at the local machine; `false` for text that is not an absolute URL. */
export function isLoopbackUrl(url: string): boolean {
  const host = getUrlHost(url);
  return host !== undefined && isLoopbackHost(host);
}
