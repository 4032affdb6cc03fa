// The body of real third-party code the overhead benchmark lints: the shipped JavaScript of the identity, HTTP and
// web framework packages in node_modules (one build flavour per package, so the same code is not counted twice).
import fs from 'node:fs';
import path from 'node:path';

/**
 * Package folders (under node_modules) and, for packages that ship several builds, the one build to take; a
 * second entry may name a single file (a package's entry point next to its `lib`).
 */
export const CORPUS_PACKAGES = [
  ['@azure/msal-node', 'dist'],
  ['@azure/msal-common', 'dist'],
  ['@azure/msal-browser', 'dist'],
  ['@azure/identity', 'dist/esm'],
  ['@azure/core-auth', 'dist/esm'],
  ['@azure/core-client', 'dist/esm'],
  ['@azure/core-rest-pipeline', 'dist/esm'],
  ['@azure/core-util', 'dist/esm'],
  ['@azure/core-tracing', 'dist/esm'],
  ['@azure/logger', 'dist/esm'],
  ['jsonwebtoken', ''],
  ['jws', ''],
  ['jwa', ''],
  ['jose', 'dist/webapi'],
  ['passport', 'lib'],
  ['passport-strategy', 'lib'],
  ['undici', 'lib'],
  ['qs', 'lib'],
  ['form-data', 'lib'],
  ['express', 'index.js'],
  ['express', 'lib'],
  ['router', 'index.js'],
  ['router', 'lib'],
  ['body-parser', 'index.js'],
  ['body-parser', 'lib'],
  ['koa', 'lib'],
  ['fastify', 'fastify.js'],
  ['fastify', 'lib'],
  ['find-my-way', 'index.js'],
  ['find-my-way', 'lib'],
  ['avvio', 'index.js'],
  ['avvio', 'lib'],
];

const MAX_BYTES = 1_000_000;

/** The HTTP client and utility packages of the corpus. */
export const HTTP_PACKAGES = ['undici', 'qs', 'form-data'];
/**
 * The web frameworks of the corpus: Express (with its router and body parser), Koa and Fastify (with its router and
 * plugin loader).
 */
export const FRAMEWORK_PACKAGES = ['express', 'router', 'body-parser', 'koa', 'fastify', 'find-my-way', 'avvio'];
/** The parts of the corpus, as `corpusPart` names them. */
export const CORPUS_PARTS = ['identity', 'http', 'framework'];

/**
 * Which part of the corpus a file is in: `identity` (MSAL, @azure/*, JWT and passport libraries), `http` (HTTP
 * clients and utilities) or `framework` (web frameworks). The last two use no identity library, like most files of
 * an application.
 */
export function corpusPart(file) {
  const inPackage = pkg => file.includes(`/node_modules/${pkg}/`);
  if (HTTP_PACKAGES.some(inPackage)) return 'http';
  if (FRAMEWORK_PACKAGES.some(inPackage)) return 'framework';
  return 'identity';
}

/** Absolute paths of the corpus files, sorted, so every run and every machine lints the same list. */
export function corpusFiles(root) {
  const out = [];
  for (const [pkg, sub] of CORPUS_PACKAGES) {
    const base = path.join(root, 'node_modules', pkg, sub);
    if (!fs.existsSync(base)) continue;
    if (fs.statSync(base).isFile()) {
      out.push(base);
      continue;
    }
    const walk = dir => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'node_modules' && entry.name !== 'test') walk(full);
        } else if (
          entry.isFile() &&
          /\.(c|m)?js$/.test(entry.name) &&
          !/\.min\.js$/.test(entry.name) &&
          fs.statSync(full).size <= MAX_BYTES
        ) {
          out.push(full);
        }
      }
    };
    walk(base);
  }
  return out.sort();
}

/** Whether a shipped file is an ES module (by extension, else by its first import/export statement). */
export function isModule(file, code) {
  return file.endsWith('.mjs') || (!file.endsWith('.cjs') && /^\s*(import|export)\s/m.test(code));
}
