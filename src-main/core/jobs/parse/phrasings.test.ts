import { describe, expect, it } from 'vitest';
import { educationLevelOf, findEducation } from './education';
import { detectEmployment, employmentFromValue } from './employment';
import { findMinYears } from './experience';
import { classifyHeading, splitSections } from './sections';
import { detectRemote } from './remote';
import { parseSalary } from './salary';
import { extractSkills } from './skills';

// General phrasings of each field, as real postings write them (written for these tests).
describe('section headings', () => {
  it.each([
    ['Basic Qualifications', 'required'], ['What You Bring', 'required'], ['You might be a fit if you have', 'required'],
    ['Who You Are', 'required'], ['Essential', 'required'], ['Knowledge, Skills and Abilities', 'required'],
    ['Desirable', 'preferred'], ['Bonus points', 'preferred'], ["It'd be great if you have", 'preferred'], ['Pluses', 'preferred'],
    ['What would make you stand out', 'preferred'], ['Extra credit', 'preferred'], ['Nice-to-haves', 'preferred'],
    ["What you'll be doing", 'responsibilities'], ['Essential Functions', 'responsibilities'], ['Your day-to-day', 'responsibilities'],
    ['Perks & Benefits', 'benefits'], ['Why you should join us', 'benefits'], ['Pay and perks', 'benefits'],
    ['Physical Requirements', 'other'], ['How to apply', 'other'], ['Additional Information', 'other'],
  ])('%s → %s', (heading, kind) => expect(classifyHeading(heading)).toBe(kind));

  it('reads an unmarked line that introduces a list as its heading, and "**Bold**" as no bullet', () => {
    const sections = splitSections('Role\n\nYou might be a fit if you have\n* Go\n\n**Nice to haves**\n* Rust');
    expect(sections.map((section) => [section.kind, section.lines.map((line) => line.text)])).toEqual([
      ['intro', ['Role']],
      ['required', ['Go']],
      ['preferred', ['Rust']],
    ]);
  });
});

describe('skills phrasings', () => {
  const skills = (text: string) => extractSkills(splitSections(text));

  it('keeps a required degree out of the skills, drops what is not required and conditions of the job', () => {
    const found = skills("Requirements:\n- Bachelor's degree in Biology\n- Fluent English; German is not required\n- Able to lift 50 lbs\n- Available to work weekends");
    expect(found.requiredSkills).toEqual(['English']);
    expect(found.preferredSkills).toEqual([]);
  });

  it('keeps alternatives of one requirement together and splits named skills', () => {
    expect(skills('Nice to have:\n- Knowledge of camping or climbing equipment').preferredSkills).toEqual(['camping or climbing equipment']);
    expect(skills('Requirements:\n- Experience with AWS or GCP').requiredSkills).toEqual(['AWS', 'GCP']);
  });

  it('reads fields of experience, skill nouns, short entries and prose nice-to-haves', () => {
    expect(skills('Requirements:\n- 3 years of acute care nursing experience').requiredSkills).toEqual(['acute care nursing']);
    expect(skills('Requirements:\n- Excellent writing and editing skills').requiredSkills).toEqual(['writing', 'editing skills']);
    expect(skills('Bonus:\n- Contributions to open-source projects').preferredSkills).toEqual(['Contributions to open-source projects']);
    expect(skills('We write Go. Experience with Terraform is a plus.').preferredSkills).toEqual(['Terraform']);
    expect(skills('Preferred:\n- Bilingual English/Spanish').preferredSkills).toEqual(['Bilingual English/Spanish']);
  });
});

describe('field phrasings', () => {
  it.each([
    ['Five or more years of experience', 5], ['3 or more years of professional experience', 3], ['6+ years building backend systems', 6],
    ['8+ years in engineering, with 3+ years in an SRE role', 8], ['5 years of warehouse experience, including 2 years managing supervisors', 5],
    ['PhD with 2+ years of experience OR Master’s with 4+ years of experience', 2],
  ])('%s → %s years', (text, years) => expect(findMinYears(text)).toBe(years));

  it.each([
    ['Work from home up to four days a week.', 'hybrid'], ['The team works from our Denver office three days a week.', 'hybrid'],
    ['Two days a week from home.', 'hybrid'], ['This is an in-office role.', 'onsite'],
  ])('%s → %s', (text, mode) => expect(detectRemote(text, null)).toBe(mode));

  it.each([
    ['Employment type: Contractor', 'contract'], ['Contract: 6 months', 'contract'], ['W2 contract, 12 months', 'contract'],
    ['Temporary seasonal position from October.', 'temporary'], ['This is a temporary, 3-month assignment.', 'temporary'],
    ['Join our apprenticeship programme.', 'internship'],
  ])('%s → %s', (text, type) => expect(detectEmployment(text, 'Role')).toBe(type));

  it('reads the first of several structured employment values', () => {
    expect(employmentFromValue('Full-time, Contract')).toBe('full-time');
    expect(employmentFromValue('Temps plein')).toBe('full-time');
  });

  it('reads degrees with no level named as a bachelor and ignores Microsoft products', () => {
    expect(educationLevelOf('Degree in Computer Science or a related field')).toBe('bachelor');
    expect(educationLevelOf('MS in Statistics')).toBe('master');
    expect(educationLevelOf('Advanced MS Excel and MS Office')).toBeNull();
    expect(educationLevelOf("Master's degree in Nursing")).toBe('master');
    expect(educationLevelOf('A high degree of accuracy')).toBeNull();
    expect(educationLevelOf('PharmD from an accredited school')).toBe('doctorate');
  });

  it('reads a professional doctorate in a structured education field', () => {
    expect(findEducation([], 'JD required')).toMatchObject({ level: 'doctorate', required: true });
  });

  it('reads thousands written with apostrophes', () => {
    expect(parseSalary("CHF 110'000 – 130'000", { location: 'Zurich, Switzerland' })).toMatchObject({ min: 110000, max: 130000, currency: 'CHF' });
  });
});
