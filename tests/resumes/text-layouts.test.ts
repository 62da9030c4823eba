/** Plain-text resumes: indentation and space-aligned columns carry the layout. */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src-main/adapters/documents/extract-document';
import { parseResume } from '../../src-main/core/resumes/parse';

const KAI = `Kai Brennan
kai.brennan@example.com | 555-201-7788 | Portland, OR

EXPERIENCE
Cascade Timber Co.
  Senior Forester              2021 - Present
  - Planned harvests across 12,000 acres of mixed
    Conifer stands with the state agency
  - Led a crew of six
  Forester                     2017 - 2021
  - Marked timber sales
`;

describe('plain text layout', () => {
  it('roles indented under one company; a wrapped item is indented past its marker, a new role is not', async () => {
    const doc = await extractDocument(Buffer.from(KAI), 'kai.txt');
    expect(doc.pages[0]?.lines.map((l) => l.text)).toContain('Senior Forester\t2021 - Present');
    const p = parseResume(doc);
    expect(p.work?.map((w) => [w.name, w.position, w.startDate, w.endDate, w.highlights])).toEqual([
      [
        'Cascade Timber Co.',
        'Senior Forester',
        '2021',
        undefined,
        ['Planned harvests across 12,000 acres of mixed Conifer stands with the state agency', 'Led a crew of six'],
      ],
      ['Cascade Timber Co.', 'Forester', '2017', '2021', ['Marked timber sales']],
    ]);
    expect(p.meta?.provenance?.['work[1].name']?.source?.text).toBe('Cascade Timber Co.');
  });
});
