// The repository stands alone: a licence that matches package.json, the output contract in
// docs/ (no link leaves the repository), the README's library example prints what it says,
// the published package ships the sources its maps point to, and `npm run score` explains
// itself when the development data is absent.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const readme = read('README.md');

describe('a repository that stands alone', () => {
  it('has an MIT LICENSE, as package.json says', () => {
    expect(JSON.parse(read('package.json')).license).toBe('MIT');
    expect(read('LICENSE')).toMatch(/^MIT License\n/u);
  });

  it('links no file outside itself, and the contract in docs/records.md', () => {
    const targets = [...readme.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/gu)].map((m) => m[1] ?? '').filter((t) => !/^https?:/u.test(t));
    expect(targets).toContain('docs/records.md');
    for (const target of targets) {
      expect(normalize(target).startsWith('..'), target).toBe(false);
      expect(existsSync(join(ROOT, target)), target).toBe(true);
    }
  });

  it("the README's library example prints what its comment says", () => {
    const block = /```js\n(import \{ extractText \} from 'zhnews';[^`]*)```/u.exec(readme)?.[1];
    expect(block).toBeDefined();
    const code = block!.replace("from 'zhnews'", `from '${join(ROOT, 'dist', 'index.js')}'`);
    const promised = [...code.matchAll(/^\/\/ (.*)$/gmu)].map((m) => m[1]).join('\n');
    const dir = mkdtempSync(join(tmpdir(), 'zhnews-readme-'));
    writeFileSync(join(dir, 'example.mjs'), code);
    expect(execFileSync(process.execPath, [join(dir, 'example.mjs')], { encoding: 'utf8' }).trimEnd()).toBe(promised);
  });

  it('the package ships the sources its source maps name', () => {
    const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { files: { path: string }[] }[];
    const files = new Set(packed[0]!.files.map((f) => f.path));
    const maps = [...files].filter((f) => f.endsWith('.js.map'));
    expect(maps.length).toBeGreaterThan(0);
    for (const map of maps) {
      for (const source of (JSON.parse(read(map)) as { sources: string[] }).sources) {
        expect(files.has(normalize(join(dirname(map), source))), `${map} -> ${source}`).toBe(true);
      }
    }
  }, 60_000);

  it('npm run score says what it needs when ../shared is absent', () => {
    const clone = mkdtempSync(join(tmpdir(), 'zhnews-clone-'));
    mkdirSync(join(clone, 'repo', 'scripts'), { recursive: true });
    copyFileSync(join(ROOT, 'scripts', 'score.mjs'), join(clone, 'repo', 'scripts', 'score.mjs'));
    const run = spawnSync(process.execPath, [join(clone, 'repo', 'scripts', 'score.mjs')], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^npm run score: needs the development data \(score\.mjs and gold\/\)/u);
    expect(run.stderr).toContain('docs/records.md');
  });
});
