#!/usr/bin/env node
// The `pathwise` command (package "bin"): runs the CLI bundle built by `npm run build:node`
// (done by `npm install` through the "prepare" script).
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'out', 'node', 'cli.cjs');
if (!fs.existsSync(entry)) {
  process.stderr.write('pathwise: the CLI is not built yet. Run "npm run build:node" in the Pathwise folder.\n');
  process.exit(1);
}
require(entry);
