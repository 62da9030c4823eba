/**
 * The variety set (tests/fixtures/resumes-variety): invented resumes from different trades and
 * layouts, rendered to real PDF and DOCX files, extracted and parsed the way the app does it. Every
 * labelled field must come out exactly as written: name, contact, each role's company, title and
 * dates, education, skills, certifications and languages.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src-main/adapters/documents/extract-document';
import { parseResume } from '../../src-main/core/resumes/parse';
import { loadVarietyCases, renderVariety } from '../fixtures/resumes-variety/cases';
import { comparableLabel, labelView } from '../fixtures/resumes-variety/label-view';

const CASES = loadVarietyCases();

describe('variety set', () => {
  it('holds at least ten resumes, one of them in two columns', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(10);
    expect(CASES.some((c) => c.source.sidebar.length > 0)).toBe(true);
  });
});

describe.each(CASES)('variety: $id', (c) => {
  it.each(c.formats)('%s', async (format) => {
    const bytes = await renderVariety(c, format);
    const profile = parseResume(await extractDocument(bytes, `${c.id}.${format}`));
    const got = labelView(profile);
    const want = comparableLabel(c.label, got);
    expect.soft(got.name, 'name').toBe(want.name);
    expect.soft(got.email, 'email').toBe(want.email);
    expect.soft(got.phone, 'phone').toBe(want.phone);
    expect.soft(got.location, 'location').toBe(want.location);
    expect.soft(got.headline, 'headline').toBe(want.headline);
    expect.soft(got.links, 'links').toEqual(want.links);
    expect.soft(got.work, 'work').toEqual(want.work);
    expect.soft(got.education, 'education').toEqual(want.education);
    expect.soft(got.skills, 'skills').toEqual(want.skills);
    expect.soft(got.certifications, 'certifications').toEqual(want.certifications);
    expect.soft(got.languages, 'languages').toEqual(want.languages);
  });
});

describe('variety: sections kept apart', () => {
  it('a volunteer section fills volunteer, not work', async () => {
    const c = CASES.find((x) => x.id === 'graduate')!;
    const profile = parseResume(await extractDocument(await renderVariety(c, 'pdf'), 'graduate.pdf'));
    expect(profile.volunteer?.map((v) => [v.organization, v.position, v.startDate, v.endDate])).toEqual([
      ['Habitat for Humanity Central Arizona', 'Build Crew Volunteer', '2021', '2023'],
    ]);
  });

  it('a project section does not add a job', async () => {
    const c = CASES.find((x) => x.id === 'career-changer')!;
    const profile = parseResume(await extractDocument(await renderVariety(c, 'docx'), 'career-changer.docx'));
    expect(profile.projects?.map((p) => p.name)).toEqual(['Wake County Enrollment Forecast']);
  });
});
