/**
 * Markdown resumes whose entries are `###` headings: every separator between role and company, in
 * either order, with dates on the next line (italic, year-only, with a location).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src-main/adapters/documents/extract-document';
import { parseResume } from '../../src-main/core/resumes/parse';

const parseMd = async (text: string) => parseResume(await extractDocument(Buffer.from(text), 'resume.md'));

const DANA = `# Dana Wu
Data Analyst · dana.wu@example.com · (555) 201-3344 · Austin, TX

## Experience
### Senior Data Analyst — Fernway Logistics
*Mar 2021 – Present* · Austin, TX
- Built the freight cost dashboard used by 40 planners
- Automated the weekly carrier scorecard

### Data Analyst, Orchard Bank
2018 - 2021
- Cleaned and joined five years of loan data
- Wrote the SQL behind the risk reports

## Education
**B.S. in Statistics**, University of Texas at Austin, 2018

## Skills
SQL, Python, Tableau
`;

describe('Markdown entries as ### headings', () => {
  it('reads both entries, the headline on the contact line and a school name containing "at"', async () => {
    const p = await parseMd(DANA);
    expect(p.basics).toMatchObject({ name: 'Dana Wu', label: 'Data Analyst', email: 'dana.wu@example.com', phone: '(555) 201-3344' });
    expect(p.basics?.location).toMatchObject({ city: 'Austin', region: 'TX' });
    expect(p.meta?.provenance?.['basics.label']?.source?.text).toBe('Data Analyst');
    expect(p.work?.map((w) => [w.name, w.position, w.startDate, w.endDate, w.location, w.highlights?.length])).toEqual([
      ['Fernway Logistics', 'Senior Data Analyst', '2021-03', undefined, 'Austin, TX', 2],
      ['Orchard Bank', 'Data Analyst', '2018', '2021', undefined, 2],
    ]);
    expect(p.education?.[0]).toMatchObject({
      institution: 'University of Texas at Austin',
      studyType: 'B.S.',
      area: 'Statistics',
      endDate: '2018',
    });
    expect(p.meta?.sections?.map((s) => s.kind)).toEqual(['work', 'education', 'skills']);
  });

  const separators = [',', ' —', ' –', ' -', ' |', ' at', ' @'];
  const cases = separators.flatMap((sep) => [
    { sep, order: 'title first', line: (t: string, c: string) => `${t}${sep} ${c}` },
    ...(/at|@/.test(sep) ? [] : [{ sep, order: 'company first', line: (t: string, c: string) => `${c}${sep} ${t}` }]),
  ]);

  it.each(cases)('"$sep" separator, $order', async ({ line }) => {
    const text = [
      '# Ravi Menon',
      'ravi.menon@example.com | +1 646 555 0102 | New York, NY',
      '',
      '## Work Experience',
      `### ${line('Product Manager', 'Brightleaf')}`,
      'Jan 2022 – Present',
      '- Launched the team calendar feature',
      '',
      `### ${line('Associate Product Manager', 'Hudson Yards Media')}`,
      '2019 – 2021',
      '- Ran weekly experiments on the sign-up flow',
      '',
      '## Education',
      '### Columbia University',
      'B.A. in Economics, 2019',
    ].join('\n');
    const p = await parseMd(text);
    expect(p.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ['Brightleaf', 'Product Manager', '2022-01', undefined],
      ['Hudson Yards Media', 'Associate Product Manager', '2019', '2021'],
    ]);
    expect(p.education?.[0]).toMatchObject({ institution: 'Columbia University', studyType: 'B.A.', area: 'Economics', endDate: '2019' });
  });
});
