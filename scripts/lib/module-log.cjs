/**
 * bench:app only, never loaded by the product: a preload (NODE_OPTIONS="--require <this file>")
 * that records which modules a process loaded, so the benchmark can check that the PDF, LLM and
 * browser-automation libraries load lazily (PERFORMANCE.md) without a debug endpoint in the app.
 *
 * CommonJS loads are read from require.cache when the process gets SIGUSR2, written to
 * `<dir>/<pid>.cjs.txt`. ES modules (import() of node-llama-cpp, playwright-core, pdf-parse…) do
 * not go through require.cache, so a module.register() load hook appends each URL to
 * `<dir>/<pid>.esm.txt` as it loads. `<dir>` is PATHWISE_BENCH_MODULE_LOG.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { register } = require('node:module');
const { pathToFileURL } = require('node:url');

const dir = process.env.PATHWISE_BENCH_MODULE_LOG;
if (dir) {
  register(pathToFileURL(path.join(__dirname, 'module-log-hooks.mjs')), { data: { file: path.join(dir, `${process.pid}.esm.txt`) } });
  process.on('SIGUSR2', () => {
    const file = path.join(dir, `${process.pid}.cjs.txt`);
    fs.writeFileSync(`${file}.tmp`, Object.keys(require.cache).join('\n'));
    fs.renameSync(`${file}.tmp`, file);
  });
}
