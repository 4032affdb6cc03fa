import assert from 'node:assert/strict';

import type { TSESLint } from '@typescript-eslint/utils';

import {
  createMentionsCheck,
  mentionsAny,
  registerMentions,
  scanMentions,
  setMentionsPrefilter,
  sourceMentionsAny,
} from '../../../../eslint-plugin/src/util/rule/sourceMentions';

/** A stand-in for a SourceCode: the prefilter reads only its text, and caches per object. */
const source = (text: string): Readonly<TSESLint.SourceCode> => ({ text }) as unknown as TSESLint.SourceCode;

describe('sourceMentionsAny', () => {
  const msal = registerMentions(['@azure/msal-node', 'msal', 'PublicClientApplication']);
  const grant = registerMentions(['grant_type', 'password', 'UsernamePassword']);

  it('finds a word anywhere in the text, ignoring case', () => {
    assert.equal(sourceMentionsAny(source("import x from '@azure/MSAL-node';"), msal), true);
    assert.equal(sourceMentionsAny(source('new msalLib.publicclientapplication()'), msal), true);
    assert.equal(sourceMentionsAny(source("const body = 'GRANT_TYPE=client_credentials';"), grant), true);
  });

  it('is false when none of the words occurs', () => {
    assert.equal(sourceMentionsAny(source("import express from 'express';"), msal), false);
    assert.equal(sourceMentionsAny(source('const pass = 1; const word = 2;'), grant), false);
    assert.equal(sourceMentionsAny(source(''), grant), false);
  });

  it('finds words inside, overlapping and sharing the start of a longer match', () => {
    // `@azure/msal-node` matches first at its position; `msal` inside it is found with it.
    assert.equal(sourceMentionsAny(source("require('@azure/msal-node')"), registerMentions(['msal'])), true);
    // `UsernamePassword` and `password` start at different positions of one identifier.
    assert.equal(sourceMentionsAny(source('acquireTokenByUsernamePassword()'), registerMentions(['password'])), true);
    // Overlapping words: `abcde` and `cdefg` in `abcdefg`.
    registerMentions(['abcde']);
    assert.equal(sourceMentionsAny(source('x.abcdefg'), registerMentions(['cdefg'])), true);
  });

  it('words registered after a file was scanned are still found in it', () => {
    const file = source('const someRareWordQq = 1;');
    assert.equal(sourceMentionsAny(file, msal), false);
    assert.equal(sourceMentionsAny(file, registerMentions(['someRareWordQQ'])), true);
  });

  it('escapes regular-expression characters in the words', () => {
    const words = registerMentions(['.default', 'a+b']);
    assert.equal(sourceMentionsAny(source("scopes: ['https://graph.microsoft.com/.default']"), words), true);
    assert.equal(sourceMentionsAny(source('xdefault aab'), words), false);
  });

  it('rejects an empty word (it would match every file) and non-ASCII words', () => {
    assert.throws(() => registerMentions(['']), /and not empty/);
    assert.throws(() => registerMentions(['caf\u00e9']), /printable ASCII/);
  });

  it('can be switched off, for the tests that compare findings with and without it', () => {
    setMentionsPrefilter(false);
    try {
      assert.equal(sourceMentionsAny(source('nothing here'), msal), true);
    } finally {
      setMentionsPrefilter(true);
    }
    assert.equal(sourceMentionsAny(source('nothing here'), msal), false);
  });

  describe('scanMentions', () => {
    it('scans a string once and answers several word lists about it, ignoring case', () => {
      const mentions = scanMentions("Authorization: 'Bearer GHP_abc', sk_live_x");
      assert.equal(mentionsAny(mentions, registerMentions(['ghp_'])), true);
      assert.equal(mentionsAny(mentions, registerMentions(['xoxb', 'sk_live'])), true);
      assert.equal(mentionsAny(mentions, registerMentions(['xoxb', 'akia'])), false);
    });

    it('answers for words registered after the scan too, and ignores the file prefilter switch', () => {
      const mentions = scanMentions('a rarely seen word: zzqqyyxx');
      assert.equal(mentionsAny(mentions, ['zzqqyyxx']), true);
      setMentionsPrefilter(false);
      try {
        assert.equal(mentionsAny(scanMentions('nothing here'), registerMentions(['msal'])), false);
      } finally {
        setMentionsPrefilter(true);
      }
    });
  });

  describe('createMentionsCheck', () => {
    it('answers like sourceMentionsAny for its one word list, and is true while the prefilter is off', () => {
      const mentionsMsal = createMentionsCheck(msal);
      assert.equal(mentionsMsal(source("import x from '@azure/MSAL-node';")), true);
      assert.equal(mentionsMsal(source("import express from 'express';")), false);
      const later = createMentionsCheck(registerMentions(['registeredAfterQQ']));
      assert.equal(later(source('a registeredafterqq b')), true);
      setMentionsPrefilter(false);
      try {
        assert.equal(mentionsMsal(source('nothing here')), true);
      } finally {
        setMentionsPrefilter(true);
      }
    });
  });
});
