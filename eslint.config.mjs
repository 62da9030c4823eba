// Flat config. Folder rules make "where may this code run" a lint error (STYLE.md 1, SECURITY.md E-4).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ADAPTER_LIBRARIES = ['electron', 'node-llama-cpp', 'playwright', 'playwright-core'];
const NODE_BUILTINS = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'worker_threads', 'module', 'process', 'buffer', 'events'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'resources/**', 'models/**', 'test-results/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Electron may only be imported by the shell, the composition root and the preload.
  {
    files: ['src-main/**/*.ts', 'src-renderer/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}', 'tests/**/*.ts', 'e2e/**/*.ts'],
    ignores: ['src-main/shell/**', 'src-main/index.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only src-main/shell/** and src-main/index.ts may import electron.' }] }],
    },
  },
  // Domain logic stays free of Electron and of the adapter libraries (use the interfaces instead).
  {
    files: ['src-main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ADAPTER_LIBRARIES.map((name) => ({ name, message: `src-main/core may not import ${name}: depend on an interface and put the implementation in src-main/adapters.` })),
          patterns: [{ group: ['electron/*', 'playwright-core/*', 'node-llama-cpp/*'], message: 'src-main/core may not import adapter libraries.' }],
        },
      ],
    },
  },
  // The contract is shared by main, preload and renderer: no Electron, no Node, no DOM.
  {
    files: ['src-preload/contract/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The contract may not import electron.' },
            { name: 'react', message: 'The contract may not import DOM/UI code.' },
            { name: 'react-dom', message: 'The contract may not import DOM/UI code.' },
            ...NODE_BUILTINS.map((name) => ({ name, message: 'The contract may not import Node built-ins.' })),
          ],
          patterns: [{ group: ['node:*'], message: 'The contract may not import Node built-ins.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'fetch', 'process', 'Buffer', 'require', '__dirname'].map((name) => ({
          name,
          message: 'The contract runs everywhere: no DOM or Node globals.',
        })),
      ],
    },
  },
  // Raw ipcMain.handle only inside the one registration function.
  {
    files: ['src-main/**/*.ts', 'src-preload/**/*.ts'],
    ignores: ['src-main/ipc/register.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='handle'][callee.object.name='ipcMain']",
          message: 'Register IPC handlers through registerIpcHandlers (src-main/ipc/register.ts) only.',
        },
        {
          selector: "CallExpression[callee.property.name='handleOnce'][callee.object.name='ipcMain']",
          message: 'Register IPC handlers through registerIpcHandlers (src-main/ipc/register.ts) only.',
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render untrusted text as text (SECURITY.md E-14); HTML goes through the sanitizer module.' },
      ],
    },
  },
);
