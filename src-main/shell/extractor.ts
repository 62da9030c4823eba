import path from 'node:path';
import { utilityProcess } from 'electron';
import { createProcessExtractor } from '../adapters/documents';
import type { DocumentExtractor } from '../core/documents/types';

/**
 * In the desktop app, untrusted documents are parsed in an Electron utility process (a Node child
 * that works with the RunAsNode fuse off), capped and killable (SECURITY.md B-1).
 */
export function createElectronExtractor(bundleDir: string): DocumentExtractor {
  return createProcessExtractor({
    workerEntry: path.join(bundleDir, 'extract-worker.js'),
    launch: (entry, execArgv) => {
      const child = utilityProcess.fork(entry, [], { execArgv, serviceName: 'Pathwise document reader', stdio: 'ignore' });
      return {
        send: (message: unknown) => child.postMessage(message),
        on: (event: 'message' | 'exit', listener: (...args: never[]) => void) =>
          child.on(event as 'message', listener as (message: unknown) => void),
        kill: () => child.kill(),
      };
    },
  });
}
