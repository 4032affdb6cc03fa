// Writes a generator's outputs, or with `check` reports those that differ from what is on disk (and sets a failing
// exit code): the one write-or-check step every `scripts/generate-*.mjs` ends with.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * `outputs`: `[absolutePath, content, summary?]` each. A file whose content is unchanged is not written; with a
 * `summary` the file is named with it whether written or not, without one only when written. `command` is what a
 * stale file's message tells the user to run.
 */
export function writeGenerated(outputs, { check, command }) {
  for (const [target, content, summary] of outputs) {
    const relative = path.relative(root, target);
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
    if (check) {
      if (current !== content) {
        console.error(`${relative} is stale: run \`${command}\`.`);
        process.exitCode = 1;
      }
      continue;
    }
    if (current !== content) {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, content);
    }
    if (summary !== undefined) {
      console.log(`${relative}: ${summary}.`);
    } else if (current !== content) {
      console.log(`wrote ${relative}`);
    }
  }
}
