import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { getPropertyKey } from '../evaluate/staticValue';

type SourceCode = Readonly<TSESLint.SourceCode>;

const DB_KEYS = new Set([
  'host',
  'hostname',
  'server',
  'database',
  'db',
  'port',
  'dialect',
  'connectionLimit',
  'dbName',
  'instanceName',
  'authSource',
  'dbname',
]);

/**
 * Whether an object literal looks like a database or connection config: a password next to host/server/database/port.
 */
export function isDatabaseConfig(object: TSESTree.ObjectExpression, sourceCode: SourceCode): boolean {
  let hits = 0;
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.Property) {
      const key = getPropertyKey(property, sourceCode);
      if (key !== undefined && DB_KEYS.has(key)) {
        hits++;
      }
    }
  }
  return hits >= 1;
}

/**
 * Whether a property holds the private key of a client certificate or service account, the shapes
 * no-hardcoded-client-credential reports: MSAL `clientCertificate: { privateKey }`, a Google service account
 * `{ client_email, private_key }`, and google-auth-library `new JWT({ email, key })`.
 */
export function isCertificateKeyProperty(property: TSESTree.Property, sourceCode: SourceCode): boolean {
  const name = getPropertyKey(property, sourceCode);
  const object = property.parent;
  if (object?.type !== AST_NODE_TYPES.ObjectExpression) {
    return false;
  }
  const has = (key: string): boolean =>
    object.properties.some(p => p.type === AST_NODE_TYPES.Property && getPropertyKey(p, sourceCode) === key);
  if (name === 'privateKey') {
    const parent = object.parent;
    return (
      parent?.type === AST_NODE_TYPES.Property &&
      parent.value === object &&
      getPropertyKey(parent, sourceCode) === 'clientCertificate'
    );
  }
  if (name === 'private_key') {
    return has('client_email');
  }
  return name === 'key' && has('email');
}
