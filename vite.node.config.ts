import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import pkg from './package.json';

// Pure-JS packages on the start-up path are bundled rather than required from node_modules:
// kysely and zod are ~360 small files, and resolving and wrapping each one took ~0.1 s of the
// server's ~0.3 s start (PERFORMANCE.md "app start to interactive dashboard"; see bench:app).
const BUNDLED = new Set(['kysely', 'zod']);

/**
 * Node-only entry points, built from the same sources as the desktop app: the `pathwise` CLI,
 * the browser-mode bridge, and the document-extraction worker they fork. Kept out of out/main so a
 * packaged desktop build never contains the bridge (SECURITY.md H-1).
 */
const external = [
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies ?? {}).filter((name) => !BUNDLED.has(name)),
  ...Object.keys((pkg as { optionalDependencies?: Record<string, string> }).optionalDependencies ?? {}),
  'electron',
];

export default defineConfig({
  ssr: { noExternal: [...BUNDLED] },
  build: {
    outDir: 'out/node',
    emptyOutDir: true,
    target: 'node20',
    ssr: true,
    minify: false,
    sourcemap: true,
    rollupOptions: {
      input: {
        cli: resolve(__dirname, 'src-main/cli.ts'),
        web: resolve(__dirname, 'src-main/web/start.ts'),
        'extract-worker': resolve(__dirname, 'src-main/adapters/documents/extract-worker.ts'),
      },
      external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`)),
      output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs' },
    },
  },
});
