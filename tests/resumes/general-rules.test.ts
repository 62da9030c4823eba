/**
 * The general rules resume parsing relies on, each stated on its own: date forms, heading wordings,
 * contact labels, places versus job titles and degrees, and organisation words versus state codes.
 * Every example is invented; none comes from the development resumes.
 */
import { describe, expect, it } from 'vitest';
import { findContacts } from '../../src-main/core/resumes/parse/contact';
import { findDateRange } from '../../src-main/core/resumes/parse/dates';
import { parseEducationSection, splitDegree } from '../../src-main/core/resumes/parse/education';
import { knownPlace, looksLikeLocation } from '../../src-main/core/resumes/parse/location';
import type { PLine } from '../../src-main/core/resumes/parse/lines';
import { parseCertificates, parseLanguages } from '../../src-main/core/resumes/parse/lists';
import { orgScore } from '../../src-main/core/resumes/parse/roles';
import { looksLikeSentence } from '../../src-main/core/resumes/parse/sentence';
import { parseSkillsSection, splitItems } from '../../src-main/core/resumes/parse/skills-section';
import { headingKind } from '../../src-main/core/resumes/parse/sections';

describe('date forms', () => {
  it.each([
    ['Jan 2020 – Present', '2020-01', 'present'],
    ['01/2020 - 03/2022', '2020-01', '2022-03'],
    ['2019–2021', '2019', '2021'],
    ['Spring 2020', '2020-03', '2020-03'],
    ['Mar. 2021 to current', '2021-03', 'present'],
    ['2020 - now', '2020', 'present'],
    ['Since 2021', '2021', 'present'],
    ['From 2019', '2019', 'present'],
    ['2019 — Present', '2019', 'present'],
    ['2015 - Till Date', '2015', 'present'],
    ['Sept 2019 – Ongoing', '2019-09', 'present'],
    ['Dec 2019 –', '2019-12', 'present'],
    ['2019-21', '2019', '2021'],
    ['2018 – 19', '2018', '2019'],
    ['03/19 – 05/21', '2019-03', '2021-05'],
    ['9/20 - present', '2020-09', 'present'],
    ['Q3 2019 – Q1 2021', '2019-07', '2021-01'],
    ["Jan '19 – Dec '21", '2019-01', '2021-12'],
    ['2018/09 – 2020/06', '2018-09', '2020-06'],
    ['May 2018 – Present (4 yrs 2 mos)', '2018-05', 'present'],
  ])('%s', (text, start, end) => {
    const r = findDateRange(text);
    expect(r?.startDate).toBe(start);
    expect(r?.present ? 'present' : r?.endDate).toBe(end);
  });

  it('a short end year needs a dash or "to" and nothing that makes it a count', () => {
    expect(findDateRange('2019 - 25 engineers')?.endDate).toBe('2019');
    expect(findDateRange('3/19')).toBeNull();
  });
});

describe('heading wordings', () => {
  it.each([
    ['Work History', 'work'],
    ['Professional Experience', 'work'],
    ['Employment', 'work'],
    ['Career History', 'work'],
    ['Relevant Experience', 'work'],
    ['Internships', 'work'],
    ['Academic Background', 'education'],
    ['Core Competencies', 'skills'],
    ['Toolbox', 'skills'],
    ['Tools & Technologies', 'skills'],
    ['Areas of Expertise', 'skills'],
    ['Licenses & Certifications', 'certificates'],
    ['Credentials', 'certificates'],
    ['Language Skills', 'languages'],
    ['Community Involvement', 'volunteer'],
    ['Volunteer & Leadership', 'volunteer'],
    ['Volunteer Work', 'volunteer'],
    ['Experience & Projects', 'work'],
    ['Employment & Volunteering', 'work'],
    ['Languages & Tools', 'skills'],
    ['Languages Spoken', 'languages'],
    ['Clinical Rotations', 'work'],
    ['Practicum', 'work'],
    ['Licences & Registrations', 'certificates'],
    ['Presentations', 'publications'],
  ])('%s → %s', (text, kind) => {
    expect(headingKind(text)).toBe(kind);
    expect(headingKind(text.toUpperCase())).toBe(kind);
  });
});

describe('contact lines', () => {
  it('labels before values are not part of the place', () => {
    const c = findContacts('Email: kim@example.org | Phone: +61 412 345 678 | Location: Perth, WA');
    expect(c.phones).toEqual(['+61 412 345 678']);
    expect(c.rest).toEqual(['Perth, WA']);
  });

  it.each([['kim.art'], ['kimlee.design'], ['kim.studio'], ['behance.net/kimlee']])('%s is a link', (text) => {
    expect(findContacts(`Kim Lee • ${text}`).urls).toEqual([text]);
  });

  it.each([['+353 87 123 4567'], ['+91-98450-12345'], ['+27 82 555 0142'], ['0412 345 678']])('%s is a phone number', (text) => {
    expect(findContacts(text).phones).toEqual([text]);
  });
});

describe('places', () => {
  it.each([['Austin, Texas'], ['Perth, WA'], ['Cork, Ireland'], ['Toronto, ON']])('%s is a known place', (text) => {
    expect(knownPlace(text)).toBe(true);
  });

  it.each([['12 rue des Lilas, 69003 Lyon, France'], ['Dublin 8, Ireland'], ['Flat 4, 22 Harbour Street, Leith, UK']])(
    '%s is a postal address',
    (text) => {
      expect(looksLikeLocation(text)).toBe(true);
    },
  );

  it.each([['Project Manager, PMP'], ['Engineer, Platform'], ['B.A., Economics'], ['MSc, Physics']])('%s is not a place', (text) => {
    expect(looksLikeLocation(text)).toBe(false);
  });

  it('a state code after a comma is not a legal form ("Co.", "AB", "SA")', () => {
    expect(orgScore('Boulder, CO')).toBe(0);
    expect(orgScore('Calgary, AB')).toBe(0);
    expect(orgScore('Harbor Paint Co.')).toBeGreaterThan(0);
  });
});

describe('degrees', () => {
  it.each([
    ['MEng Mechanical Engineering', 'MEng', 'Mechanical Engineering'],
    ['BEd Primary Education', 'BEd', 'Primary Education'],
    ['Certificate in E-Discovery', 'Certificate', 'E-Discovery'],
    ['Associate in Applied Science', 'Associate', 'Applied Science'],
  ])('%s', (text, studyType, area) => {
    expect(splitDegree(text)).toEqual({ studyType, area });
  });
});

describe('skill and language lists', () => {
  it('items between pipes or bullets stay as written; a comma list still splits its "and"', () => {
    expect(splitItems('Staffing & Scheduling | Budgeting | Payroll')).toEqual(['Staffing & Scheduling', 'Budgeting', 'Payroll']);
    expect(splitItems('Word, Excel & Access')).toEqual(['Word', 'Excel', 'Access']);
  });

  const line = (text: string): PLine => ({ text, page: 1, line: 1, x: 50, fontSize: 10, bold: false, column: 0, bullet: false, index: 0 });
  const skills = (text: string) => parseSkillsSection([line(text)]).skills.flatMap((s) => s.skill.keywords);

  it('several labelled groups on one line are each a group; levels after a skill are dropped', () => {
    expect(skills('Languages: JavaScript, TypeScript; Frameworks: React, Next.js')).toEqual([
      'JavaScript',
      'TypeScript',
      'React',
      'Next.js',
    ]);
    expect(skills('Python (Expert), SQL (Advanced), Tableau – 3 years')).toEqual(['Python', 'SQL', 'Tableau']);
  });

  it('a spoken-languages group keeps its levels for the languages list', () => {
    expect(parseSkillsSection([line('Languages: Spanish (fluent), French (basic)')]).languages.map((l) => l.text)).toEqual([
      'Spanish (fluent)',
      'French (basic)',
    ]);
  });

  it.each([
    ['Bilingual in English and Spanish', ['English', 'Spanish']],
    ['Fluent: English, Spanish | Basic: French', ['English', 'Spanish', 'French']],
    ['Native English speaker, conversational Japanese', ['English', 'Japanese']],
    ['English – Native; German – C1', ['English', 'German']],
  ])('%s', (text, languages) => {
    expect(parseLanguages([line(text)]).map((l) => l.item.language)).toEqual(languages);
  });
});

describe('descriptions without bullets', () => {
  it.each([['Built payment APIs in Go'], ['Answered 40 tickets a day'], ['Manage a team of eight nurses']])(
    '"%s" is a sentence',
    (text) => {
      expect(looksLikeSentence(text)).toBe(true);
    },
  );

  it.each([
    ['Lead Software Engineer'],
    ['Registered Nurse'],
    ['Support Specialist, Acme'],
    ['Certified Nursing Assistant'],
    ['Assisted living caregiver'],
  ])('"%s" is a title, not a sentence', (text) => {
    expect(looksLikeSentence(text)).toBe(false);
  });
});

describe('education entries', () => {
  const lines = (texts: string[]): PLine[] =>
    texts.map((text, i) => ({ text, page: 1, line: i + 1, x: 50, fontSize: 10, bold: i === 0, column: 0, bullet: false, index: i }));
  const read = (texts: string[]) =>
    parseEducationSection(lines(texts)).map(({ education: e }) => [e.institution, e.studyType, e.area ?? null, e.endDate]);

  it('a school named "... High School" and a "High School Diploma" line are one entry', () => {
    expect(read(['Lincoln High School, Omaha, NE', 'High School Diploma, 2010'])).toEqual([
      ['Lincoln High School', 'High School Diploma', null, '2010'],
    ]);
  });

  it('degrees listed one after another under one institution share it', () => {
    expect(read(['Columbia University', 'Ph.D. in Chemistry, 2019', 'M.Phil. in Chemistry, 2016'])).toEqual([
      ['Columbia University', 'Ph.D.', 'Chemistry', '2019'],
      ['Columbia University', 'M.Phil.', 'Chemistry', '2016'],
    ]);
  });

  it('"(expected Dec 2025)" leaves no brackets behind', () => {
    expect(read(['Georgia Tech', 'MS Computer Science (expected Dec 2025)'])).toEqual([
      ['Georgia Tech', 'MS', 'Computer Science', '2025-12'],
    ]);
  });

  it('a campus after "University of ..." is part of the name; a subject is not', () => {
    expect(read(['University of California, Berkeley — B.A. Economics, 2016'])).toEqual([
      ['University of California, Berkeley', 'B.A.', 'Economics', '2016'],
    ]);
    expect(read(['University of Toronto, Computer Science, 2015'])[0]?.[0]).toBe('University of Toronto');
  });
});

describe('certificates', () => {
  const line = (text: string): PLine => ({ text, page: 1, line: 1, x: 50, fontSize: 10, bold: false, column: 0, bullet: true, index: 0 });
  it.each([
    [
      'AWS Certified Developer – Associate (Amazon Web Services, 2022)',
      [['AWS Certified Developer – Associate (Amazon Web Services)', '2022']],
    ],
    ['Certified Scrum Master | Scrum Alliance | Issued Jan 2021', [['Certified Scrum Master | Scrum Alliance', '2021-01']]],
    [
      'CompTIA Security+ (2020), CompTIA Network+ (2019)',
      [
        ['CompTIA Security+', '2020'],
        ['CompTIA Network+', '2019'],
      ],
    ],
  ])('%s', (text, items) => {
    expect(parseCertificates([line(text)]).map((c) => [c.item.name, c.item.date])).toEqual(items);
  });
});
