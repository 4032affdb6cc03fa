import fs from 'node:fs';
import path from 'node:path';

import type { TSESLint } from '@typescript-eslint/utils';

import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import plugin from '../../../../eslint-plugin/src';
import { registerProjectFile } from '../../../../eslint-plugin/src/util/modules/projectModules';

/** The fixture projects of the cross-module tests. */
export const PROJECTS = path.resolve(__dirname, '../../../fixtures/projects');

/**
 * Lints `file` of the fixture project `project` (as ESLint would, with its working directory the project) and hands
 * `visit` its source code at the end of the file. `parser: 'espree'` uses ESLint's default parser.
 */
export function withProjectFile(
  project: string,
  file: string,
  visit: (sourceCode: Readonly<TSESLint.SourceCode>) => void,
  options: { parser?: 'typescript' | 'espree'; sourceType?: 'module' | 'commonjs' } = {},
): void {
  const cwd = path.resolve(PROJECTS, project);
  const filename = path.join(cwd, file);
  const linter = new Linter({ configType: 'flat', cwd });
  let error: unknown;
  const messages = linter.verify(
    fs.readFileSync(filename, 'utf8'),
    [
      {
        files: ['**/*.{js,mjs,cjs,jsx,ts,tsx,mts,cts}'],
        languageOptions: {
          ...(options.parser === 'espree' ? {} : { parser: tsParser }),
          sourceType: options.sourceType ?? 'module',
        },
        plugins: {
          t: {
            rules: {
              r: {
                create(context) {
                  registerProjectFile(context as never);
                  return {
                    'Program:exit'() {
                      try {
                        visit(context.sourceCode as unknown as Readonly<TSESLint.SourceCode>);
                      } catch (e) {
                        error = e;
                      }
                    },
                  };
                },
              },
            },
          },
        },
        rules: { 't/r': 'error' },
      },
    ],
    filename,
  );
  const fatal = messages.find(m => m.fatal);
  if (fatal) throw new Error(fatal.message);
  if (error) throw error;
}

/** A finding, as the cross-module tests compare them. */
export interface ProjectFinding {
  ruleId: string | null;
  messageId: string | undefined;
  line: number;
  column: number;
  endLine: number | undefined;
  endColumn: number | undefined;
  message: string;
  suggestions: number;
  fix: boolean;
}

/**
 * The findings of the plugin's rules `rules` (all of `recommended` when left out) in `file` of the fixture project
 * `project`, linted as the command line does (working directory the project, the file's real path).
 */
export function lintProject(
  project: string,
  file: string,
  options: {
    rules?: string[];
    parser?: 'typescript' | 'espree';
    sourceType?: 'module' | 'commonjs';
    settings?: Record<string, unknown>;
  } = {},
): ProjectFinding[] {
  const cwd = path.resolve(PROJECTS, project);
  const filename = path.join(cwd, file);
  const linter = new Linter({ configType: 'flat', cwd });
  const rules = options.rules
    ? Object.fromEntries(options.rules.map(rule => [`zero-trust/${rule}`, 'error']))
    : (plugin.configs.recommended as { rules: Record<string, unknown> }).rules;
  const messages = linter.verify(
    fs.readFileSync(filename, 'utf8'),
    [
      {
        files: ['**/*.{js,mjs,cjs,jsx,ts,tsx,mts,cts}'],
        languageOptions: {
          ...(options.parser === 'espree' ? {} : { parser: tsParser }),
          ...(options.sourceType ? { sourceType: options.sourceType } : {}),
        },
        plugins: { 'zero-trust': plugin as never },
        rules: rules as never,
        ...(options.settings ? { settings: options.settings } : {}),
      },
    ],
    filename,
  );
  return messages.map(m => ({
    ruleId: m.ruleId,
    messageId: m.messageId,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    message: m.message,
    suggestions: m.suggestions?.length ?? 0,
    fix: m.fix !== undefined,
  }));
}
