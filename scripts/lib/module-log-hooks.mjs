// Module-loading hooks for scripts/lib/module-log.cjs (bench:app only): one line per ES module loaded.
import fs from 'node:fs';

let file = null;

export function initialize(data) {
  file = data?.file ?? null;
}

export async function load(url, context, nextLoad) {
  if (file) fs.appendFileSync(file, `${url}\n`);
  return nextLoad(url, context);
}
