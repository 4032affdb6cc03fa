import assert from 'node:assert/strict';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import * as parser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';

import { mergeListeners } from '../../../../eslint-plugin/src/util/rule/mergeListeners';
import {
  defineSharedPass,
  setSeparatePasses,
  type SharedPass,
} from '../../../../eslint-plugin/src/util/rule/sharedPass';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Handlers = { name: ((name: string, node: TSESTree.Identifier) => void) | undefined };

/** A pass that hands every identifier's name over, and counts the identifiers it visits (the shared work). */
function identifierPass(): { pass: SharedPass<Handlers>; visits: string[] } {
  const visits: string[] = [];
  const pass = defineSharedPass<Handlers>({
    name: 'identifiers',
    listeners: (_sourceCode, run) => ({
      Identifier(node: TSESTree.Identifier): void {
        visits.push(node.name);
        if (node.name === 'passFails') {
          throw new Error('the pass itself failed');
        }
        run.emit('name', node.name, node);
      },
    }),
  });
  return { pass, visits };
}

/** A rule that subscribes to `pass` and records what it hears as `id:name`; it throws on `throwOn`. */
function subscriber(pass: SharedPass<Handlers>, heard: string[], throwOn?: string): Rule.RuleModule {
  return {
    create(context) {
      return pass.subscribe(context as never, {
        name(name) {
          if (name === throwOn) {
            throw new Error(`${context.id} cannot take ${name}`);
          }
          heard.push(`${context.id.slice(2)}:${name}`);
        },
      }) as never;
    },
  };
}

function lint(linter: Linter, code: string | SourceCode, rules: Record<string, Rule.RuleModule>): Linter.LintMessage[] {
  return linter.verify(
    code as string,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser },
        plugins: { t: { rules } },
        rules: Object.fromEntries(Object.keys(rules).map(name => [`t/${name}`, 'error' as const])),
      },
    ],
    'file.ts',
  );
}

describe('defineSharedPass', () => {
  it('does the work once per lint and hands every value to each subscriber, in the order the rules subscribed', () => {
    const { pass, visits } = identifierPass();
    const heard: string[] = [];
    lint(new Linter({ configType: 'flat' }), 'a; b;', {
      x: subscriber(pass, heard),
      y: subscriber(pass, heard),
      z: subscriber(pass, heard),
    });
    assert.deepEqual(visits, ['a', 'b']);
    assert.deepEqual(heard, ['x:a', 'y:a', 'z:a', 'x:b', 'y:b', 'z:b']);
  });

  it('starts afresh on a second lint of the same SourceCode, and leaves nothing behind after a lint', () => {
    const { pass, visits } = identifierPass();
    const heard: string[] = [];
    const linter = new Linter({ configType: 'flat' });
    const rules = { x: subscriber(pass, heard), y: subscriber(pass, heard) };
    lint(linter, 'a;', rules);
    const sourceCode = linter.getSourceCode() as unknown as SourceCode;
    assert.equal(pass.isPending(sourceCode), false);
    lint(linter, sourceCode, rules);
    assert.equal(linter.getSourceCode(), sourceCode as never);
    assert.equal(pass.isPending(sourceCode), false);
    assert.deepEqual(visits, ['a', 'a']);
    assert.deepEqual(heard, ['x:a', 'y:a', 'x:a', 'y:a']);
  });

  it('starts afresh when the rules of a lint that never began subscribe again', () => {
    const { pass } = identifierPass();
    const sourceCode = {} as SourceCode;
    pass.subscribe({ id: 't/x', sourceCode }, { name: undefined });
    assert.equal(pass.isPending(sourceCode), true);
    const heard: string[] = [];
    // The same rule again: its first lint of this SourceCode was abandoned before the traversal (a rule's `create`
    // threw, say); the listeners of the new lint are not the old ones.
    const listeners = pass.subscribe({ id: 't/x', sourceCode }, { name: name => heard.push(name) }) as Record<
      string,
      (node: unknown) => void
    >;
    listeners.Program!({ type: 'Program' });
    listeners.Identifier!({ type: 'Identifier', name: 'n' });
    assert.deepEqual(heard, ['n']);
    assert.equal(pass.isPending(sourceCode), false);
  });

  it('stops a subscriber whose handler throws, alone, and rethrows its error from its own listener', () => {
    const { pass } = identifierPass();
    const heard: string[] = [];
    const rules = { x: subscriber(pass, heard), y: subscriber(pass, heard, 'b'), z: subscriber(pass, heard) };
    let error: Error | undefined;
    try {
      lint(new Linter({ configType: 'flat' }), 'a;\nb;\nc;', rules);
    } catch (thrown) {
      error = thrown as Error;
    }
    // The other subscribers got `b`; ESLint stops the lint at the rethrow, from y's own listener for that node.
    assert.deepEqual(heard, ['x:a', 'y:a', 'z:a', 'x:b', 'z:b']);
    assert.ok(error);
    assert.equal((error as { ruleId?: string }).ruleId, 't/y');
    assert.equal(
      error.message,
      't/y cannot take b\n(rule "t/y" failed on a value of the shared pass "identifiers" (Identifier at line 2, ' +
        'column 1))\nOccurred while linting file.ts:2\nRule: "t/y"',
    );
  });

  it('rethrows from a failing subscriber that carries the pass, after the others got the value', () => {
    const { pass } = identifierPass();
    const heard: string[] = [];
    assert.throws(
      () =>
        lint(new Linter({ configType: 'flat' }), 'a;\nb;', {
          x: subscriber(pass, heard, 'a'),
          y: subscriber(pass, heard),
        }),
      (error: Error & { ruleId?: string }) =>
        error.ruleId === 't/x' && error.message.startsWith('t/x cannot take a\n(rule "t/x" failed'),
    );
    assert.deepEqual(heard, ['y:a']);
  });

  it('keeps going for the others when the host stops calling a failed rule, and calls its handlers no more', () => {
    // What the extension's engine does: a rule that throws from any listener is skipped for the rest of the file.
    const { pass, visits } = identifierPass();
    const heard: string[] = [];
    const failures: string[] = [];
    const guard = (id: string, rule: Rule.RuleModule): Rule.RuleModule => ({
      create(context) {
        let failed = false;
        const listeners = rule.create(context) as Record<string, (node: unknown) => void>;
        return Object.fromEntries(
          Object.entries(listeners).map(([selector, listener]) => [
            selector,
            (node: unknown) => {
              if (!failed) {
                try {
                  listener(node);
                } catch (error) {
                  failed = true;
                  failures.push(`${id}: ${(error as Error).message.split('\n')[0]}`);
                }
              }
            },
          ]),
        ) as Rule.RuleListener;
      },
    });
    // x throws from a listener of its own on `b`, y's handler throws on `c`.
    const x: Rule.RuleModule = {
      create(context) {
        return mergeListeners(subscriber(pass, heard).create(context) as never, {
          Identifier(node: TSESTree.Identifier) {
            if (node.name === 'b') {
              throw new Error('x failed on its own');
            }
          },
        }) as never;
      },
    };
    lint(new Linter({ configType: 'flat' }), 'a; b; c; d;', {
      x: guard('x', x),
      w: guard('w', subscriber(pass, heard)),
      y: guard('y', subscriber(pass, heard, 'c')),
      z: guard('z', subscriber(pass, heard)),
    });
    assert.deepEqual(visits, ['a', 'b', 'c', 'd']);
    assert.deepEqual(heard, [
      ...['x:a', 'w:a', 'y:a', 'z:a', 'x:b', 'w:b', 'y:b', 'z:b'],
      ...['w:c', 'z:c', 'w:d', 'z:d'],
    ]);
    assert.deepEqual(failures, ['x: x failed on its own', 'y: t/y cannot take c']);
  });

  it('carries the pass on the first two subscribers: when the host stops both, the others hear nothing more', () => {
    const { pass, visits } = identifierPass();
    const heard: string[] = [];
    const failing = (id: string, on: string): Rule.RuleModule => ({
      create(context) {
        return mergeListeners(subscriber(pass, heard).create(context) as never, {
          Identifier(node: TSESTree.Identifier) {
            if (node.name === on) {
              throw new Error(`${id} failed on its own`);
            }
          },
        }) as never;
      },
    });
    const stopped = new Set<string>();
    const guard = (id: string, rule: Rule.RuleModule): Rule.RuleModule => ({
      create(context) {
        const listeners = rule.create(context) as Record<string, (node: unknown) => void>;
        return Object.fromEntries(
          Object.entries(listeners).map(([selector, listener]) => [
            selector,
            (node: unknown) => {
              if (!stopped.has(id)) {
                try {
                  listener(node);
                } catch {
                  stopped.add(id);
                }
              }
            },
          ]),
        ) as Rule.RuleListener;
      },
    });
    lint(new Linter({ configType: 'flat' }), 'a; b; c; d;', {
      x: guard('x', failing('x', 'b')),
      w: guard('w', failing('w', 'b')),
      z: guard('z', subscriber(pass, heard)),
    });
    assert.deepEqual(visits, ['a', 'b']);
    assert.deepEqual(heard, ['x:a', 'w:a', 'z:a', 'x:b', 'w:b', 'z:b']);
    assert.deepEqual([...stopped], ['x', 'w']);
  });

  it('rethrows an error of the pass itself from every subscriber, and does nothing more in that lint', () => {
    const { pass, visits } = identifierPass();
    const heard: string[] = [];
    assert.throws(
      () =>
        lint(new Linter({ configType: 'flat' }), 'a; passFails; b;', {
          x: subscriber(pass, heard),
          y: subscriber(pass, heard),
        }),
      (error: Error & { ruleId?: string }) =>
        error.ruleId === 't/x' &&
        error.message.startsWith(
          'the pass itself failed\n(the shared pass "identifiers" failed (Identifier at line 1, column 4))',
        ),
    );
    assert.deepEqual(visits, ['a', 'passFails']);
    assert.deepEqual(heard, ['x:a', 'y:a']);
  });

  it('gives each subscriber a pass of its own while rules are timed (TIMING)', () => {
    const { pass, visits } = identifierPass();
    const heard: string[] = [];
    setSeparatePasses(true);
    try {
      lint(new Linter({ configType: 'flat' }), 'a;', { x: subscriber(pass, heard), y: subscriber(pass, heard) });
    } finally {
      setSeparatePasses(false);
    }
    assert.deepEqual(visits, ['a', 'a']);
    assert.deepEqual(heard, ['x:a', 'y:a']);
  });
});
