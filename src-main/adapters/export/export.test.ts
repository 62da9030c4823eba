import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { offlineCoverLetter } from '../../core/coach/cover-letter';
import { NOW, sampleJob, sampleProfile } from '../../core/coach/testing/fixtures';
import { exportCoverLetter, exportFileName, exportResume } from './index';

/** Reads one entry of a zip held in memory (a .docx is a zip). */
function readZipEntry(buffer: Buffer, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (openError, zip) => {
      if (openError || !zip) return reject(openError ?? new Error('no zip'));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error('no stream'));
          const parts: Buffer[] = [];
          stream.on('data', (part: Buffer) => parts.push(part));
          stream.on('end', () => {
            zip.close();
            resolve(Buffer.concat(parts).toString('utf8'));
          });
        });
      });
      zip.on('end', () => reject(new Error(`${name} not found`)));
      zip.readEntry();
    });
  });
}

const xmlText = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
const unescape = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

describe('export', () => {
  const letter = offlineCoverLetter(sampleProfile(), sampleJob(), { tone: 'professional', length: 'medium', now: NOW });

  it('cover letter .docx unzips and word/document.xml holds the text', async () => {
    const buffer = await exportCoverLetter(letter, 'docx');
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    const text = unescape(xmlText(await readZipEntry(buffer, 'word/document.xml')));
    expect(text).toContain('Dear Hiring Manager,');
    expect(text).toContain('I reduced infrastructure costs by 25% by migrating services to Kubernetes');
    expect(text).toContain('Ada Example');
  });

  it('cover letter .txt and .md keep every paragraph', async () => {
    const txt = (await exportCoverLetter(letter, 'txt')).toString('utf8');
    expect(txt.trim()).toBe(letter.text.trim());
    const md = (await exportCoverLetter({ text: 'Dear team,\n\nI used C# and *stars* here.' }, 'md')).toString('utf8');
    expect(md).toBe('Dear team,\n\nI used C# and \\*stars\\* here.\n');
  });

  it('tailored resume as plain text, markdown and docx', async () => {
    const profile = sampleProfile();
    const txt = (await exportResume(profile, 'txt')).toString('utf8');
    expect(txt).toMatch(/^ADA EXAMPLE\nSenior Software Engineer/);
    expect(txt).toContain('  • Managed a $1.2M annual cloud budget');
    const md = (await exportResume(profile, 'md')).toString('utf8');
    expect(md).toContain('# Ada Example');
    expect(md).toContain('### Senior Software Engineer — Initech (2019-03 – Present)');
    expect(md).toContain('- Led a team of 8 engineers to ship the payments platform in Go');
    const docx = unescape(xmlText(await readZipEntry(await exportResume(profile, 'docx'), 'word/document.xml')));
    expect(docx).toContain('Built data pipelines in Python and PostgreSQL');
    expect(docx).toContain('AWS Certified Developer – Associate — Amazon Web Services — 2021-05');
  });

  it('file names are safe', () => {
    expect(exportFileName('Cover letter: Globex / Staff <Engineer>', 'docx')).toBe('Cover letter Globex Staff Engineer.docx');
    expect(exportFileName('../../etc/passwd', 'txt')).toBe('etc passwd.txt');
  });
});
