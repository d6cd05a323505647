#!/usr/bin/env node
// zhnews command line. The code lives in dist/ (built by `npm ci` / `npm run build`).
let main;
try {
  ({ main } = await import('../dist/cli/main.js'));
} catch (err) {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist')) {
    process.stderr.write('zhnews: not built yet: run `npm ci` (or `npm run build`) in the zhnews folder first\n');
    process.exitCode = 2;
  } else {
    throw err;
  }
}
if (main) process.exitCode = await main(process.argv.slice(2));
