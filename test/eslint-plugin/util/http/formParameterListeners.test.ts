import assert from 'node:assert/strict';

import {
  formParameterListeners,
  registerFormParameter,
} from '../../../../eslint-plugin/src/util/http/formParameterListeners';
import { setMentionsPrefilter } from '../../../../eslint-plugin/src/util/rule/sourceMentions';
import { probeListeners } from '../probeListeners';

const GRANT_TYPE = registerFormParameter('grant_type=');

/** The source text of every node `formParameterListeners` hands to its callback for `code`. */
function collect(code: string): string[] {
  const seen: string[] = [];
  const messages = probeListeners(code, sourceCode =>
    formParameterListeners(sourceCode, GRANT_TYPE, node => seen.push(sourceCode.getText(node))),
  );
  assert.deepEqual(messages, []);
  return seen;
}

describe('formParameterListeners', () => {
  it('hands over strings and templates with the parameter, and the top of a concatenation holding one', () => {
    assert.deepEqual(
      collect(
        "const a = 'grant_type=password'; const b = `x?grant_type=${g}`; const c = base + '?grant_type=password&u=' " +
          '+ user;',
      ),
      [
        "'grant_type=password'",
        '`x?grant_type=${g}`',
        "base + '?grant_type=password&u=' + user",
        "'?grant_type=password&u='",
      ],
    );
  });

  it('finds the parameter in the first piece of a long concatenation and in parenthesised pieces', () => {
    const pieces = Array.from({ length: 40 }, (_, i) => `'&k${i}=' + v${i}`).join(' + ');
    const code =
      `const long = 'grant_type=password' + ${pieces}; const nested = a + (b + ('x' + ` +
      `'grant_type=client_credentials'));`;
    const tops = collect(code).filter(text => text.includes('+'));
    assert.equal(tops.length, 2);
    assert.ok(tops[0]!.startsWith("'grant_type=password' + '&k0='"));
    assert.equal(tops[1], "a + (b + ('x' + 'grant_type=client_credentials'))");
  });

  it('ignores other strings, other operators, and files without the parameter', () => {
    assert.deepEqual(
      collect("const a = 'grant_type'; const b = 'x' + 'y'; const c = n - 1; const d = `grant_type`;"),
      [],
    );
  });

  it('looks at no string where the file text lacks the parameter, and at all of them with the prefilter off', () => {
    // The escaped spelling has the parameter in its value but not in the file's text.
    const code = "const a = 'grant_type\\x3dpassword';";
    assert.deepEqual(collect(code), []);
    setMentionsPrefilter(false);
    try {
      assert.deepEqual(collect(code), ["'grant_type\\x3dpassword'"]);
    } finally {
      setMentionsPrefilter(true);
    }
  });
});
