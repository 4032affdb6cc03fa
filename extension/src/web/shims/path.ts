// `path` and `node:path` in the browser bundles (esbuild `alias`): POSIX paths, as Node's `path.posix`. The linter
// sees workspace-relative names there (`src/app.ts`), and no absolute path of a disk.
export const sep = '/';
export const delimiter = ':';

function normalizeParts(parts: string[], absolute: boolean): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') {
      continue;
    }
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') {
        out.pop();
      } else if (!absolute) {
        out.push('..');
      }
      continue;
    }
    out.push(part);
  }
  return out;
}

export function isAbsolute(path: string): boolean {
  return path.startsWith('/');
}

export function normalize(path: string): string {
  if (path === '') {
    return '.';
  }
  const absolute = isAbsolute(path);
  const trailing = path.endsWith('/');
  const joined = normalizeParts(path.split('/'), absolute).join('/');
  const body = joined === '' ? (absolute ? '' : '.') : joined;
  return `${absolute ? '/' : ''}${body}${trailing && joined !== '' ? '/' : ''}`;
}

export function join(...paths: string[]): string {
  const joined = paths.filter(part => part !== '').join('/');
  return joined === '' ? '.' : normalize(joined);
}

/** Like Node's, with `/` as the working directory (a Web Worker has none). */
export function resolve(...paths: string[]): string {
  let resolved = '';
  for (let i = paths.length - 1; i >= 0 && !isAbsolute(resolved); i--) {
    const part = paths[i]!;
    if (part !== '') {
      resolved = resolved === '' ? part : `${part}/${resolved}`;
    }
  }
  const parts = normalizeParts(resolved.split('/'), true);
  return `/${parts.join('/')}`;
}

export function relative(from: string, to: string): string {
  const a = normalizeParts(resolve(from).split('/'), true);
  const b = normalizeParts(resolve(to).split('/'), true);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) {
    common++;
  }
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
}

export function dirname(path: string): string {
  if (path === '') {
    return '.';
  }
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0) {
    return '.';
  }
  return slash === 0 ? '/' : trimmed.slice(0, slash);
}

export function basename(path: string, suffix?: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return suffix && base !== suffix && base.endsWith(suffix) ? base.slice(0, -suffix.length) : base;
}

export function extname(path: string): string {
  const base = basename(path);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot);
}

export function parse(path: string): { root: string; dir: string; base: string; ext: string; name: string } {
  const base = basename(path);
  const ext = extname(path);
  const dir = path.includes('/') ? dirname(path) : '';
  return { root: isAbsolute(path) ? '/' : '', dir, base, ext, name: ext ? base.slice(0, -ext.length) : base };
}

export function format(parts: { root?: string; dir?: string; base?: string; name?: string; ext?: string }): string {
  const base = parts.base ?? `${parts.name ?? ''}${parts.ext ?? ''}`;
  const dir = parts.dir ?? parts.root ?? '';
  return dir === '' ? base : dir === parts.root ? `${dir}${base}` : `${dir}/${base}`;
}

export function toNamespacedPath(path: string): string {
  return path;
}

const path = {
  sep,
  delimiter,
  isAbsolute,
  normalize,
  join,
  resolve,
  relative,
  dirname,
  basename,
  extname,
  parse,
  format,
  toNamespacedPath,
};
export const posix = { ...path };
export default path;
