import { defineConfig } from 'vitest/config';

// End-to-end: the built app in browser mode (out/node/web.cjs + out/renderer) driven by
// playwright-core in Debian's Chromium. Files run one at a time: each starts its own server.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
