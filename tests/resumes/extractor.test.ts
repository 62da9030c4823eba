/**
 * SECURITY.md B-1/B-3/B-4/B-8 through the real child-process extractor: every hostile file is
 * refused with its typed reason, and the worker keeps serving afterwards.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeProcessExtractor, createProcessExtractor } from '../../src-main/adapters/documents';
import { ExtractionError } from '../../src-main/core/documents/types';
import { fork, spawn } from 'node:child_process';
import * as fx from '../fixtures/generate';

const workerEntry = join(__dirname, '../../src-main/adapters/documents/extract-worker.ts');
const extractor = createNodeProcessExtractor(workerEntry);
afterAll(() => extractor.dispose());

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractionError);
    expect((error as ExtractionError).message.length).toBeGreaterThan(20);
    return (error as ExtractionError).reason;
  }
}

describe('process extractor: hostile and broken files', () => {
  it.each([
    ['truncated PDF', async () => (await fx.onePagePdf()).subarray(0, 900), 'resume.pdf', 'corrupt'],
    ['random bytes named .pdf', async () => fx.randomBytes(), 'resume.pdf', 'corrupt'],
    ['encrypted PDF', async () => fx.encryptedPdf(), 'resume.pdf', 'password-protected'],
    ['5,000 blank pages', async () => fx.blankPagesPdf(), 'resume.pdf', 'too-large'],
    ['page tree claiming 2^31−1 pages', async () => fx.hugePageCountPdf(), 'resume.pdf', 'too-large'],
    ['image-only PDF', () => fx.imageOnlyPdf(), 'scan.pdf', 'no-text-layer'],
    ['zip bomb DOCX', () => fx.zipBombDocx(), 'resume.docx', 'too-large'],
    ['truncated DOCX', async () => (await fx.frenchDocx()).subarray(0, 2000), 'resume.docx', 'corrupt'],
    ['unknown binary', async () => Buffer.concat([Buffer.from([0, 1, 2, 3]), fx.randomBytes(100)]), 'resume.bin', 'unsupported-format'],
    ['JSON that is not a resume', async () => Buffer.from('{"hello": [1, 2, 3]}'), 'data.json', 'unsupported-format'],
  ])('%s → %s', async (_name, make, fileName, expected) => {
    const bytes = await make();
    expect(await reasonOf(extractor.extract({ bytes, fileName }))).toBe(expected);
  });

  it('still extracts a real resume after the failures (warm worker)', async () => {
    const doc = await extractor.extract({ bytes: await fx.onePagePdf(), fileName: 'alex.pdf' });
    expect(doc.format).toBe('pdf');
    expect(doc.text).toContain('Northwind Analytics');
  });

  it('refuses oversized input before sending it', async () => {
    const small = createNodeProcessExtractor(workerEntry, { maxInputBytes: 1000 });
    expect(await reasonOf(small.extract({ bytes: Buffer.alloc(5000, 32), fileName: 'big.txt' }))).toBe('too-large');
    await small.dispose();
  });

  it('kills the worker on timeout and serves the next file with a fresh one', async () => {
    const slow = createNodeProcessExtractor(workerEntry, { timeoutMs: 1 });
    expect(await reasonOf(slow.extract({ bytes: await fx.multiPagePdf(), fileName: 'slow.pdf' }))).toBe('timeout');
    await slow.dispose();
  });

  it('reports a crashed worker as a typed failure and respawns', async () => {
    let launches = 0;
    const crashing = createProcessExtractor({
      workerEntry,
      execArgv: ['--import', 'tsx'],
      launch: (entry, execArgv) => {
        launches++;
        // The first "worker" aborts as soon as it gets work, the way V8 does when it runs out of heap.
        if (launches === 1) {
          return spawn(process.execPath, ['-e', "process.on('message', () => process.kill(process.pid, 'SIGABRT'))"], {
            stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
          });
        }
        return fork(entry, [], { execArgv, stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
      },
    });
    expect(await reasonOf(crashing.extract({ bytes: Buffer.from('Jane Doe\nEngineer'), fileName: 'a.txt' }))).toBe('too-large');
    const doc = await crashing.extract({ bytes: Buffer.from('Jane Doe\nEngineer'), fileName: 'a.txt' });
    expect(doc.format).toBe('text');
    expect(launches).toBe(2);
    await crashing.dispose();
  });

  it('extracts every supported format', async () => {
    const cases: [Buffer, string, string][] = [
      [await fx.twoColumnPdf(), 'cv.pdf', 'pdf'],
      [await fx.frenchDocx(), 'cv.docx', 'docx'],
      [Buffer.from(fx.MARKDOWN_RESUME), 'cv.md', 'markdown'],
      [Buffer.from(JSON.stringify(fx.JSON_RESUME)), 'cv.json', 'json-resume'],
      [fx.linkedInZip(), 'Basic_LinkedInDataExport.zip', 'linkedin'],
    ];
    for (const [bytes, fileName, format] of cases) {
      const doc = await extractor.extract({ bytes, fileName });
      expect(doc.format).toBe(format);
      expect(doc.meta.characters).toBeGreaterThan(20);
    }
  });
});
