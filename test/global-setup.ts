// The CLI tests spawn bin/zhnews.js, which runs dist/: build it first so they never test a
// stale build (its data files included).
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  // the tables packed at build time (dist/data/), from the modules just compiled
  execFileSync(process.execPath, ['scripts/build-data.mjs'], { stdio: 'ignore' });
}
