/**
 * Synthetic resume corpus: every invented resume in tests/fixtures/corpus is rendered to PDF, DOCX,
 * Markdown and plain text, extracted in-process and parsed; each field is compared exactly.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src-main/adapters/documents/extract-document';
import { parseResume } from '../../src-main/core/resumes/parse';
import { DATE_LANGUAGE_CASES } from '../fixtures/corpus/cases-dates-lang';
import { LAYOUT_CASES } from '../fixtures/corpus/cases-layouts';
import { SECTION_CASES } from '../fixtures/corpus/cases-sections';
import { TEMPLATE_CASES } from '../fixtures/corpus/cases-templates';
import { diffProfile } from '../fixtures/corpus/check';
import { tableDocx } from '../fixtures/corpus/docx-table';
import { FORMATS, render } from '../fixtures/corpus/render';

const CASES = [...LAYOUT_CASES, ...DATE_LANGUAGE_CASES, ...SECTION_CASES, ...TEMPLATE_CASES];

describe.each(CASES)('corpus: $id', (c) => {
  it.each(c.formats ?? FORMATS)(`%s — ${c.about}`, async (format) => {
    const bytes = await render(c.blocks, format);
    const profile = parseResume(await extractDocument(bytes, `${c.id}.${format}`));
    expect(diffProfile(profile, { ...c.expected, ...c.only?.[format] })).toEqual([]);
  });
});

describe('corpus: Word tables', () => {
  it('dates in one cell and the role in the next are read row by row, not as a sidebar', async () => {
    const profile = parseResume(await extractDocument(await tableDocx(), 'lena.docx'));
    expect(
      diffProfile(profile, {
        name: 'Lena Hartmann',
        phone: '+49 151 2345 6789',
        location: 'Hamburg, Germany',
        work: [
          { company: 'Hafenblick Analytics GmbH', title: 'Data Scientist', start: '2020', end: null, highlights: 2 },
          { company: 'Elbe Versicherung AG', title: 'Analyst', start: '2017', end: '2020', highlights: 1 },
        ],
        education: [{ institution: 'Universität Hamburg', degree: 'M.Sc.', area: 'Statistics', end: '2017' }],
        skills: ['Python', 'R', 'SQL', 'Spark'],
      }),
    ).toEqual([]);
  });
});
