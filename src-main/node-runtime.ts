/**
 * Services for plain-Node entry points (CLI, browser mode): same services as the desktop app,
 * with the extraction worker forked as a Node child process.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createNodeProcessExtractor } from './adapters/documents';
import type { DocumentExtractor } from './core/documents/types';
import { parseCatalog, type CatalogModel } from './core/models/catalog';
import { createServices, type Services } from './services';
import pkg from '../package.json';

/** The bundled worker sits beside the bundle that forks it (out/node/extract-worker.cjs). */
export function nodeExtractor(): DocumentExtractor {
  return createNodeProcessExtractor(path.join(__dirname, 'extract-worker.cjs'));
}

export function nodeServices(dataDir: string, mode: 'desktop' | 'browser', options: { scheduler?: boolean } = {}): Promise<Services> {
  return createServices({
    dataDir,
    identity: { name: 'Pathwise', version: pkg.version, mode },
    extractor: nodeExtractor(),
    // Browser mode and the CLI open nothing on the person's desktop; the renderer opens links itself.
    openExternal: async () => false,
    scheduler: options.scheduler ?? false,
    ai: { catalog: catalogFromEnv() },
  });
}

/**
 * `PATHWISE_MODEL_CATALOG=/path/catalog.json` replaces the bundled model catalog (same format as
 * models/catalog.json): for trying a new model list, and for tests that serve models locally.
 */
function catalogFromEnv(): CatalogModel[] | undefined {
  const file = process.env.PATHWISE_MODEL_CATALOG;
  if (!file) return undefined;
  return parseCatalog(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export const APP_VERSION = pkg.version;
