#!/usr/bin/env node
// `zero-trust-lint permissions [paths…] [--format text|json|markdown|sarif] [--fail-on unused,narrower,missing]`:
// which Microsoft Graph permissions the code's own requests need, compared with what it requests.
import { analyzeGraphPermissions, formatReport, listFiles, REPORT_FORMATS, type ReportFormat } from './permissions';

const USAGE =
  'Usage: zero-trust-lint permissions [paths…] [--format text|json|markdown|sarif] ' +
  '[--fail-on unused,narrower,missing]\n';
const CATEGORIES = ['unused', 'narrower', 'missing'] as const;
type Category = (typeof CATEGORIES)[number];

/** Runs the command line; returns the exit status (0 clean, 1 a `--fail-on` category is non-empty, 2 misuse). */
export function main(argv: readonly string[], write: (text: string) => void, cwd: string = process.cwd()): number {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') {
    write(USAGE);
    return 0;
  }
  if (command !== 'permissions') {
    write(USAGE);
    return 2;
  }
  const paths: string[] = [];
  let format: ReportFormat = 'text';
  let failOn: Category[] = [];
  for (let i = 0; i < rest.length; i++) {
    const argument = rest[i]!;
    const [flag, inline] = argument.startsWith('--') ? argument.split('=', 2) : [argument, undefined];
    if (flag === '--format' || flag === '--fail-on') {
      const value = inline ?? rest[++i];
      if (flag === '--format') {
        if (!REPORT_FORMATS.includes(value as ReportFormat)) {
          write(`Unknown format: ${String(value)}\n${USAGE}`);
          return 2;
        }
        format = value as ReportFormat;
      } else {
        const names = (value ?? '').split(',').filter(name => name !== '');
        const unknown = names.find(name => !CATEGORIES.includes(name as Category));
        if (names.length === 0 || unknown !== undefined) {
          write(`Unknown --fail-on category: ${String(unknown ?? value)}\n${USAGE}`);
          return 2;
        }
        failOn = names as Category[];
      }
    } else if (flag === '--help' || flag === '-h') {
      write(USAGE);
      return 0;
    } else if (argument.startsWith('-')) {
      write(`Unknown option: ${argument}\n${USAGE}`);
      return 2;
    } else {
      paths.push(argument);
    }
  }
  const report = analyzeGraphPermissions(listFiles(paths, cwd), { cwd });
  write(formatReport(report, format));
  return failOn.some(category => report[category].length > 0) ? 1 : 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2), text => process.stdout.write(text));
}
