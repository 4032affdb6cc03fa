import type { TSESTree } from '@typescript-eslint/utils';

import type { ObjectShape } from '../evaluate/getObjectShape';
import type { JwtApi, JwtCall } from './resolveJwtCall';

/**
 * The options that hold the key of the middleware and strategies that take it in their options object, first
 * match first: every other API takes the key as an argument (`JwtCall.key`).
 */
const KEY_OPTIONS: Partial<Record<JwtApi, readonly string[]>> = {
  'express-jwt': ['secret'],
  'koa-jwt': ['secret'],
  'passport-jwt.Strategy': ['secretOrKeyProvider', 'secretOrKey'],
};

/** The key (or key callback) a token library call verifies with, from its arguments or its options' shape. */
export function getVerificationKey(call: JwtCall, shape: ObjectShape | undefined): TSESTree.Node | undefined {
  const options = KEY_OPTIONS[call.api];
  if (!options) {
    return call.key;
  }
  for (const name of options) {
    const value = shape?.values.get(name);
    if (value !== undefined) {
      return value;
    }
  }
  return undefined;
}
