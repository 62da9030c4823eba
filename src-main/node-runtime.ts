/**
 * Services for plain-Node entry points (CLI, browser mode): same services as the desktop app,
 * with the extraction worker forked as a Node child process.
 */
import path from 'node:path';
import { createNodeProcessExtractor } from './adapters/documents';
import type { DocumentExtractor } from './core/documents/types';
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
  });
}

export const APP_VERSION = pkg.version;
