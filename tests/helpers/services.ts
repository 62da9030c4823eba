import type { DocumentExtractor, ExtractedDocument } from '../../src-main/core/documents/types';
import { createServices, type ServiceOptions, type Services } from '../../src-main/services';
import { tempDir } from './temp-dir';

/**
 * Services on a real SQLite file in a temp folder. Tests that do not import documents get an
 * extractor that refuses every file (the real one forks a process; resume tests use it).
 */
export const refusingExtractor: DocumentExtractor = {
  extract: async (): Promise<ExtractedDocument> => {
    throw new Error('This test does not extract documents.');
  },
  dispose: async () => {},
};

export async function testServices(
  extractor: DocumentExtractor = refusingExtractor,
  dataDir = tempDir(),
  extra: Partial<ServiceOptions> = {},
): Promise<Services> {
  return createServices({
    dataDir,
    identity: { name: 'Pathwise', version: '0.0.0-test', mode: 'browser' },
    extractor,
    openExternal: async () => false,
    ...extra,
  });
}
