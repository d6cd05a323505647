import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // jieba takes ~1-2 s and 300 MB to load per worker: two workers on a 2-core machine
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    // CLI tests run the tool as a child process (jieba loads in ~3 s; some read 4-20 MB): ~20 s
    // idle, several times that on a loaded 2-core machine. The limit catches hangs, not slowness.
    testTimeout: 120_000,
  },
});
