import { describe, expect, it } from 'vitest';
import type { ResumeProfile } from '../../../../../src-preload/contract/resume.types';
import { contextFor, documentFor, strongProfile } from '../test-profiles';
import { checkContact } from './contact';
import { checkDatesPresent, checkGapsAndOverlaps } from './dates';
import { checkFileName, suggestedFileName } from './file-name';
import { checkLayout } from './layout';
import { checkLength } from './length';
import { checkSections } from './sections';

describe('contact check', () => {
  it('passes with every detail present', () => {
    const check = checkContact(contextFor(strongProfile()));
    expect(check.status).toBe('pass');
    expect(check.fix).toBe('');
  });

  it('names what is missing', () => {
    const profile: ResumeProfile = { basics: { name: 'Tomasz Reyes', email: 'tomasz.reyes@example.org' } };
    const check = checkContact(contextFor(profile));
    expect(check.result).toBe(0.5);
    expect(check.fix).toContain('a phone number');
    expect(check.fix).toContain('a LinkedIn or portfolio link');
  });

  it('flags an invalid email', () => {
    const check = checkContact(contextFor({ basics: { name: 'Ada Lindqvist', email: 'ada at example' } }));
    expect(check.fix).toContain('"ada at example" does not look valid');
  });
});

describe('sections check', () => {
  it('asks for missing sections and renames unusual headings', () => {
    const profile: ResumeProfile = {
      work: [{ name: 'Harbor Cafe', position: 'Barista' }],
      meta: { sections: [{ heading: "Where I've Been", kind: 'work', page: 1, line: 3 }] },
    };
    const check = checkSections(contextFor(profile));
    expect(check.status).toBe('fail');
    expect(check.fix).toContain('Add a section headed "Education" and "Skills"');
    expect(check.fix).toContain(`Rename the heading "Where I've Been" to "Experience"`);
  });

  it('passes a standard resume', () => {
    expect(checkSections(contextFor(strongProfile())).status).toBe('pass');
  });
});

describe('dates checks', () => {
  it('names undated roles and mixed precision', () => {
    const profile: ResumeProfile = {
      work: [
        { name: 'Northwind Clinic', position: 'Medical Assistant', startDate: '2019' },
        { name: 'Maple Pharmacy', position: 'Pharmacy Technician' },
        { name: 'Elm Hospital', position: 'Patient Care Tech', startDate: '2021-04', endDate: '2023-01' },
      ],
    };
    const check = checkDatesPresent(contextFor(profile));
    expect(check.status).not.toBe('pass');
    expect(check.fix).toContain('"Maple Pharmacy"');
    expect(check.fix).toContain('Write every date the same way');
  });

  it('detects mixed written formats from provenance', () => {
    const profile = strongProfile();
    profile.meta = {
      ...profile.meta,
      provenance: {
        'work[0].startDate': { source: { page: 1, line: 6, text: 'Mar 2021' }, confidence: 0.9 },
        'work[1].startDate': { source: { page: 1, line: 12, text: '06/2017' }, confidence: 0.9 },
      },
    };
    expect(checkDatesPresent(contextFor(profile)).fix).toContain('found Mon YYYY and MM/YYYY');
  });

  it('lists unexplained gaps and overlaps, and accepts explained ones', () => {
    const profile: ResumeProfile = {
      work: [
        { name: 'Copperline', position: 'Electrician', startDate: '2016-01', endDate: '2018-06' },
        { name: 'Voltway', position: 'Electrician', startDate: '2019-06', endDate: '2022-12' },
        { name: 'Sparks & Co', position: 'Estimator', startDate: '2022-01' },
      ],
    };
    const check = checkGapsAndOverlaps(contextFor(profile));
    expect(check.fix).toContain('11-month gap from 2018-06 to 2019-06');
    expect(check.fix).toContain('"Voltway" and "Sparks & Co" overlap by 12 months');
    const explained: ResumeProfile = {
      ...profile,
      work: profile.work?.map((w) => (w.name === 'Sparks & Co' ? { ...w, position: 'Estimator (part-time)' } : w)),
      education: [{ institution: 'Metro Trade School', startDate: '2018-06', endDate: '2019-06' }],
    };
    expect(checkGapsAndOverlaps(contextFor(explained)).status).toBe('pass');
  });
});

describe('length check', () => {
  it('wants one page under ten years and allows two above', () => {
    expect(checkLength(contextFor(strongProfile(), { totalYears: 4, pageCount: 2, wordCount: 900 })).status).not.toBe('pass');
    expect(checkLength(contextFor(strongProfile(), { totalYears: 14, pageCount: 2, wordCount: 900 })).status).toBe('pass');
    expect(checkLength(contextFor(strongProfile(), { totalYears: 14, pageCount: 4, wordCount: 2000 })).status).toBe('fail');
  });

  it('flags a thin resume', () => {
    expect(checkLength(contextFor(strongProfile(), { wordCount: 120 })).fix).toContain('120 words');
  });
});

describe('layout check', () => {
  it('passes structured imports and clean documents', () => {
    expect(checkLayout(contextFor(strongProfile(), { document: null })).status).toBe('pass');
    expect(checkLayout(contextFor(strongProfile())).status).toBe('pass');
  });

  it('explains each layout risk', () => {
    const document = documentFor(450, 1, { multiColumn: true, contactInHeaderFooter: true });
    const check = checkLayout(contextFor(strongProfile(), { document }));
    expect(check.result).toBe(0.4);
    expect(check.fix).toContain('single column');
    expect(check.fix).toContain('out of the header');
  });
});

describe('file name check', () => {
  it('prefers Firstname-Lastname-Resume.pdf', () => {
    expect(checkFileName(contextFor(strongProfile())).status).toBe('pass');
    const messy = checkFileName(contextFor(strongProfile(), { fileName: 'resume_final_v3 (1).pdf' }));
    expect(messy.status).not.toBe('pass');
    expect(messy.fix).toBe('Save the file as "Maren-Okafor-Resume.pdf".');
  });

  it('rates other formats lower', () => {
    const pdf = checkFileName(contextFor(strongProfile(), { fileName: 'Maren Okafor CV.pdf' })).result;
    const pages = checkFileName(contextFor(strongProfile(), { fileName: 'Maren Okafor CV.pages' })).result;
    expect(pages).toBeLessThan(pdf);
    expect(suggestedFileName('José María García')).toBe('José-García-Resume.pdf');
  });
});
