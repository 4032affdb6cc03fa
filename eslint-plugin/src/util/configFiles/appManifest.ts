import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';
import { isPlaceholder } from '../secrets/secretValue';
import { configFileKind } from './configFileBlock';

/** Keys only an Entra app registration manifest has (Azure AD Graph or Microsoft Graph format). */
const MANIFEST_KEYS = new Set([
  'requiredResourceAccess',
  'signInAudience',
  'oauth2AllowImplicitFlow',
  'oauth2AllowIdTokenImplicitFlow',
  'replyUrlsWithType',
  'identifierUris',
]);

/** The properties of an object literal by key (string or identifier keys; computed ones are left out). */
export function propertiesOf(node: TSESTree.Node | undefined): Map<string, TSESTree.Property> {
  const out = new Map<string, TSESTree.Property>();
  if (node?.type === AST_NODE_TYPES.ObjectExpression) {
    for (const property of node.properties) {
      if (property.type === AST_NODE_TYPES.Property && !property.computed) {
        const key =
          property.key.type === AST_NODE_TYPES.Identifier
            ? property.key.name
            : property.key.type === AST_NODE_TYPES.Literal
              ? String(property.key.value)
              : undefined;
        if (key !== undefined) {
          out.set(key, property);
        }
      }
    }
  }
  return out;
}

/** A string literal's value. */
export function stringOf(node: TSESTree.Node | undefined): string | undefined {
  return node?.type === AST_NODE_TYPES.Literal && typeof node.value === 'string' ? node.value : undefined;
}

/** The elements of an array literal (holes and spreads left out). */
export function elementsOf(node: TSESTree.Node | undefined): TSESTree.Node[] {
  return node?.type === AST_NODE_TYPES.ArrayExpression
    ? node.elements.filter((e): e is TSESTree.Expression => e !== null && e.type !== AST_NODE_TYPES.SpreadElement)
    : [];
}

/**
 * The app registration manifest in a processed JSON block (`export default ({…})`, see the JSON processor): the
 * top-level object when it has a key only manifests have; `undefined` for source code and other JSON files.
 */
export function appManifestOf(program: TSESTree.Program, filename: string): TSESTree.ObjectExpression | undefined {
  if (configFileKind(filename) !== 'json') {
    return undefined;
  }
  for (const statement of program.body) {
    if (
      statement.type === AST_NODE_TYPES.ExportDefaultDeclaration &&
      statement.declaration.type === AST_NODE_TYPES.ObjectExpression
    ) {
      const manifest = statement.declaration;
      return [...propertiesOf(manifest).keys()].some(key => MANIFEST_KEYS.has(key)) ? manifest : undefined;
    }
  }
  return undefined;
}

/**
 * The client secrets a manifest holds: the `value` or `secretText` of each `passwordCredentials` entry that is
 * written out (eight characters or more, not a placeholder). `entra-secure-app-registration` reports them, and the
 * secret rules leave them to it, so that one secret gives one finding.
 */
export function manifestPasswordCredentials(
  manifest: TSESTree.ObjectExpression,
): { field: string; node: TSESTree.Literal }[] {
  const out: { field: string; node: TSESTree.Literal }[] = [];
  for (const credential of elementsOf(propertiesOf(manifest).get('passwordCredentials')?.value)) {
    for (const [field, property] of propertiesOf(credential)) {
      const secret = stringOf(property.value);
      if (
        (field === 'value' || field === 'secretText') &&
        secret !== undefined &&
        secret.trim().length >= 8 &&
        !isPlaceholder(secret)
      ) {
        out.push({ field, node: property.value as TSESTree.Literal });
      }
    }
  }
  return out;
}
