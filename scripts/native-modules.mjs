#!/usr/bin/env node
/**
 * One mechanism for native-module ABIs (README "Native modules"):
 *
 * - Node's ABI lives in place: node_modules/better-sqlite3/build/Release is built for Node by
 *   `npm install`, so tests and the CLI load it directly. `node scripts/native-modules.mjs node`
 *   (run by `npm install` and before `npm test`) checks it loads and rebuilds it if not
 *   (for example after switching Node versions).
 * - Electron's ABI lives beside it: `node scripts/native-modules.mjs electron` (run before
 *   `npm start`) builds better-sqlite3 once for the installed Electron into
 *   node_modules/.cache/pathwise-native/electron-abi<ABI>/better_sqlite3.node, and the desktop
 *   app passes that file to better-sqlite3 as `nativeBinding`. Nothing is swapped back and
 *   forth, so `npm start` and `npm test` can run in any order.
 *
 * keytar and node-llama-cpp use Node-API (ABI-stable), so one binary serves both runtimes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));

function log(message) {
  process.stdout.write(`[native-modules] ${message}\n`);
}

function loadsInNode() {
  const probe = spawnSync(
    process.execPath,
    ['-e', "const D=require('better-sqlite3'); new D(':memory:').prepare('select 1').get()"],
    { cwd: root, encoding: 'utf8' },
  );
  return probe.status === 0 ? null : (probe.stderr || probe.stdout).split('\n').find((l) => l.trim()) ?? 'unknown error';
}

function nodeGyp() {
  const fromNpm = process.env.npm_config_node_gyp;
  if (fromNpm && fs.existsSync(fromNpm)) return fromNpm;
  const bundled = path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  if (fs.existsSync(bundled)) return bundled;
  throw new Error('node-gyp was not found (it ships with npm).');
}

function ensureNode() {
  const problem = loadsInNode();
  if (!problem) return log(`better-sqlite3 loads in Node ${process.version} (ABI ${process.versions.modules}).`);
  log(`better-sqlite3 does not load in Node (${problem}); rebuilding it for Node ${process.version}…`);
  execFileSync(process.execPath, [nodeGyp(), 'rebuild', '--release'], { cwd: sqliteDir, stdio: 'inherit' });
  const after = loadsInNode();
  if (after) throw new Error(`better-sqlite3 still does not load after a rebuild: ${after}`);
  log('better-sqlite3 rebuilt for Node.');
}

function electronTarget() {
  const electronDir = path.dirname(require.resolve('electron/package.json'));
  const version = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
  const abi = fs.readFileSync(path.join(electronDir, 'abi_version'), 'utf8').trim();
  return { version, abi };
}

function ensureElectron() {
  const { version, abi } = electronTarget();
  const cacheDir = path.join(root, 'node_modules', '.cache', 'pathwise-native', `electron-abi${abi}`);
  const target = path.join(cacheDir, 'better_sqlite3.node');
  const stamp = path.join(cacheDir, 'stamp.json');
  const sqliteVersion = JSON.parse(fs.readFileSync(path.join(sqliteDir, 'package.json'), 'utf8')).version;
  const wanted = JSON.stringify({ electron: version, betterSqlite3: sqliteVersion, arch: process.arch });
  if (fs.existsSync(target) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted) {
    return log(`better-sqlite3 for Electron ${version} (ABI ${abi}) is ready.`);
  }
  log(`Preparing better-sqlite3 ${sqliteVersion} for Electron ${version} (ABI ${abi}); this happens once…`);
  const work = path.join(root, 'node_modules', '.cache', 'pathwise-native', 'build-electron');
  fs.rmSync(work, { recursive: true, force: true });
  fs.cpSync(sqliteDir, work, { recursive: true, filter: (src) => !src.includes(`${path.sep}build${path.sep}`) });
  const env = { ...process.env };
  // A machine-wide nodedir points node-gyp at Node's headers; Electron needs its own.
  delete env.npm_config_nodedir;
  delete env.NPM_CONFIG_NODEDIR;
  const prebuilt = spawnSync(
    process.execPath,
    [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', version, '--arch', process.arch],
    { cwd: work, stdio: 'inherit', env },
  );
  if (prebuilt.status !== 0) {
    log('No prebuilt binary could be downloaded; compiling against Electron headers…');
    const built = spawnSync(
      process.execPath,
      [nodeGyp(), 'rebuild', '--release', '--runtime=electron', `--target=${version}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'],
      { cwd: work, stdio: 'inherit', env },
    );
    if (built.status !== 0) {
      throw new Error(
        'Could not prepare better-sqlite3 for Electron: both the prebuilt download and a local build failed ' +
          '(they need internet access once, and a C++ toolchain for the build). See README "Native modules".',
      );
    }
  }
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  fs.writeFileSync(stamp, wanted);
  fs.rmSync(work, { recursive: true, force: true });
  log(`better-sqlite3 for Electron ${version} is at ${path.relative(root, target)}.`);
}

const mode = process.argv[2];
try {
  if (mode === 'node') ensureNode();
  else if (mode === 'electron') ensureElectron();
  else throw new Error('usage: native-modules.mjs node|electron');
} catch (error) {
  process.stderr.write(`[native-modules] ${error.message}\n`);
  process.exit(1);
}
