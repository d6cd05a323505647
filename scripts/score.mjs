#!/usr/bin/env node
// `npm run score`: the gold score of the seed pages. The scorer and the gold files are the
// development data in ../shared, which a clone of this repository does not have; without them
// this says so and exits 2 instead of failing with a module-not-found trace. Arguments after
// `--` go to the scorer (`npm run score -- --verbose 2`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const shared = fileURLToPath(new URL('../../shared/', import.meta.url));
const scorer = `${shared}score.mjs`;

if (!existsSync(scorer) || !existsSync(`${shared}gold`)) {
  process.stderr.write(
    `npm run score: needs the development data (score.mjs and gold/) in ${shared}, which is not part of this repository.\n` +
      'The output contract is docs/records.md; `npm test` checks the extractors without that data.\n',
  );
  process.exit(2);
}
const args = ['--gold', `${shared}gold`, '--texts', 'fixtures/seeds', '--cmd', 'node bin/zhnews.js extract --format jsonl', '--verbose', '1', ...process.argv.slice(2)];
const run = spawnSync(process.execPath, [scorer, ...args], { cwd: root, stdio: 'inherit' });
process.exitCode = run.status ?? 1;
