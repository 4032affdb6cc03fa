import { Linter } from 'eslint';

import plugin from '../../../eslint-plugin/src';

/** Lints a configuration file's text as the `config-files` config does, under `/repo/<name>` (not a git checkout). */
export function lintConfigFile(text: string, name: string, cwd = '/repo'): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat', cwd });
  // `Linter` lints only `.js` blocks unless told otherwise; the ESLint CLI asks the config, as this does.
  return linter.verify(text, plugin.configs['config-files'], {
    filename: `${cwd}/${name}`,
    filterCodeBlock: () => true,
  });
}

/** The original text a finding's range covers. */
export function sliceOf(text: string, message: Linter.LintMessage): string {
  const lines = text.split(/\r\n|[\r\n\u2028\u2029]/);
  const starts: number[] = [];
  let offset = 0;
  const breaks = text.match(/\r\n|[\r\n\u2028\u2029]/g) ?? [];
  lines.forEach((line, index) => {
    starts.push(offset);
    offset += line.length + (breaks[index]?.length ?? 0);
  });
  const start = starts[message.line - 1]! + message.column - 1;
  const end = starts[(message.endLine ?? message.line) - 1]! + (message.endColumn ?? message.column) - 1;
  return text.slice(start, end);
}
