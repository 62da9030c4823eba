import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// electron-vite only discovers src/main|preload|renderer on its own, so every entry is explicit.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Native and heavy runtime packages stay external (loaded from node_modules / app.asar.unpacked).
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/index.ts'),
          'extract-worker': resolve(__dirname, 'src-main/adapters/documents/extract-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require packages: bundle everything it uses (the contract, zod).
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src-preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'src-renderer/index.html') },
    },
    plugins: [react()],
  },
});
