/** The written forms the parser must read: date ranges, phones and links, heading wordings, skill lists. */
import { describe, expect, it } from 'vitest';
import { collapseLetterSpacing, plainLine } from '../../src-main/adapters/documents/build-document';
import { findContacts, findHandles } from '../../src-main/core/resumes/parse/contact';
import { findDateRange } from '../../src-main/core/resumes/parse/dates';
import { splitDegree } from '../../src-main/core/resumes/parse/education';
import { splitPieces, toParserLines } from '../../src-main/core/resumes/parse/lines';
import { headingKind } from '../../src-main/core/resumes/parse/sections';
import { splitItems } from '../../src-main/core/resumes/parse/skills-section';

describe('date ranges', () => {
  it.each([
    ['04/2021 – 09/2023', '2021-04', '2023-09'],
    ['10.2015 – 03.2017', '2015-10', '2017-03'],
    ['2014-02 – 2015-09', '2014-02', '2015-09'],
    ['Mar. 2010 – Aug. 2012', '2010-03', '2012-08'],
    ['March 2010 – Present', '2010-03', null],
    ['2019 - now', '2019', null],
    ['2015–2017', '2015', '2017'],
    ['2016/2018', '2016', '2018'],
    ['since 2020', '2020', null],
    ['Since Jan 2021', '2021-01', null],
    ['depuis 2018', '2018', null],
    ['desde 2017', '2017', null],
    ['seit März 2019', '2019-03', null],
    ['janv. 2020 – aujourd’hui', '2020-01', null],
    ['de septembre 2017 à juin 2019', '2017-09', '2019-06'],
    ['mayo 2015 – actual', '2015-05', null],
    ['abril de 2019 – junio de 2021', '2019-04', '2021-06'],
    ['enero de 2020 - presente', '2020-01', null],
    ['Dezember 2016 – heute', '2016-12', null],
    ['10/2019 – bis heute', '2019-10', null],
    ['01/2015 bis 08/2016', '2015-01', '2016-08'],
    ['2018 – to date', '2018', null],
    ['2018 – till date', '2018', null],
    ['Jan 2020 – Current', '2020-01', null],
    ['05/2018–Present', '2018-05', null],
    ['Aug 2019 - Present (3 yrs 2 mos)', '2019-08', null],
    ['03/15/2019 – 06/30/2020', '2019-03', '2020-06'],
    ['01.03.2019 – 31.12.2020', '2019-03', '2020-12'],
    ['12. März 2019 – 30. Juni 2020', '2019-03', '2020-06'],
    ['1er janvier 2019 - 30 juin 2020', '2019-01', '2020-06'],
    ['March 12, 2019 – June 30, 2020', '2019-03', '2020-06'],
  ])('%s', (text, start, end) => {
    const r = findDateRange(text);
    expect(r?.startDate).toBe(start);
    if (end === null) expect(r?.present).toBe(true);
    else expect([r?.present, r?.endDate]).toEqual([false, end]);
  });

  it('a single season is one date, not a range', () => {
    expect(findDateRange('Summer 2019')).toMatchObject({ startDate: '2019-06', endDate: '2019-06', single: true });
  });
});

describe('contact details', () => {
  it.each([
    '+44 20 7946 0958',
    '+91 98765 43210',
    '(02) 9876 5432',
    '06 12 34 56 78',
    '+33 (0)6 12 34 56 78',
    '+49 170 1234567',
    '+44 7911 123456',
    '+1-202-555-0173',
    '+81 90-1234-5678',
    '0412 345 678',
  ])('phone %s', (phone) => {
    expect(findContacts(`Tel ${phone} | Austin, TX`).phones).toEqual([phone]);
  });

  it('e-mails with + and subdomains, bare-domain links', () => {
    const c = findContacts('first.last+cv@mail.uni.example.edu · behance.net/jdoe · github.com/jdoe · www.jdoe.dev · jdoe.github.io');
    expect(c.emails).toEqual(['first.last+cv@mail.uni.example.edu']);
    expect(c.urls).toEqual(['behance.net/jdoe', 'github.com/jdoe', 'www.jdoe.dev', 'jdoe.github.io']);
  });

  it('letter-spaced capitals with wider word gaps become words', () => {
    expect(collapseLetterSpacing('J O N A H   R E Y E S')).toBe('JONAH REYES');
    expect(collapseLetterSpacing('E X P E R I E N C E')).toBe('E X P E R I E N C E');
    expect(collapseLetterSpacing('Led a team of 5')).toBe('Led a team of 5');
  });
});

describe('section headings', () => {
  it.each([
    ['Professional Experience', 'work'],
    ['Work History', 'work'],
    ['EMPLOYMENT', 'work'],
    ['Career History', 'work'],
    ['Relevant Experience:', 'work'],
    ['Expérience professionnelle', 'work'],
    ['Experiencia laboral', 'work'],
    ['Berufserfahrung', 'work'],
    ['Beruflicher Werdegang', 'work'],
    ['Military Service', 'work'],
    ['Education & Training', 'education'],
    ['Education and Certifications', 'education'],
    ['Academic Background', 'education'],
    ['Formation', 'education'],
    ['Formación académica', 'education'],
    ['Ausbildung', 'education'],
    ['Technical Skills', 'skills'],
    ['CORE COMPETENCIES', 'skills'],
    ['Compétences', 'skills'],
    ['Aptitudes', 'skills'],
    ['Kenntnisse', 'skills'],
    ['Tech Stack', 'skills'],
    ['Career Objective', 'summary'],
    ['Professional Development', 'certificates'],
    ['Affiliations', 'other'],
    ['Additional Information', 'other'],
  ])('%s → %s', (text, kind) => {
    expect(headingKind(text)).toBe(kind);
  });
});

describe('skill lists', () => {
  it.each([
    ['Word, Excel & Access', ['Word', 'Excel', 'Access']],
    ['Python and SQL; Power BI', ['Python', 'SQL', 'Power BI']],
    ['Linux and Mac OS, Microsoft Excel, PowerPoint, and Visio', ['Linux', 'Mac OS', 'Microsoft Excel', 'PowerPoint', 'Visio']],
    ['Research and Development, Budgeting', ['Research and Development', 'Budgeting']],
    ['Sales & Marketing, Negotiation', ['Sales & Marketing', 'Negotiation']],
    ['Communication and teamwork', ['Communication and teamwork']],
    ['React | Node.js | GraphQL', ['React', 'Node.js', 'GraphQL']],
    ['Git; Docker; AWS (EC2, S3)', ['Git', 'Docker', 'AWS (EC2, S3)']],
  ])('%s', (text, items) => {
    expect(splitItems(text)).toEqual(items);
  });
});

describe('entry pieces and degrees', () => {
  it('" at " splits a title from a company, not a school name', () => {
    expect(splitPieces('Teaching Assistant at University of Texas at Austin')).toEqual([
      'Teaching Assistant',
      'University of Texas at Austin',
    ]);
    expect(splitPieces('Data Analyst at Orchard Bank')).toEqual(['Data Analyst', 'Orchard Bank']);
  });

  it.each([
    ['Master Communication des organisations', 'Master', 'Communication des organisations'],
    ['BSc (Hons) Physics', 'BSc (Hons)', 'Physics'],
    ['B.Tech in Computer Engineering', 'B.Tech', 'Computer Engineering'],
    ['Master of Science', 'Master of Science', undefined],
  ])('%s', (text, studyType, area) => {
    expect(splitDegree(text)).toEqual(area ? { studyType, area } : { studyType });
  });
});

describe('profile handles written without a link', () => {
  it.each([
    ['GitHub: jdoe', ['github.com/jdoe']],
    ['jdoe@example.com | LinkedIn: jane-doe | Twitter: @jdoe', ['linkedin.com/in/jane-doe', 'twitter.com/jdoe']],
    ['GITHUB-SQUARE jdoe | LINKEDIN jdoe', ['github.com/jdoe', 'linkedin.com/in/jdoe']],
    ['LinkedIn Profile', []],
    ['linkedin.com/in/jdoe', []],
  ])('%s', (text, urls) => {
    expect(findHandles(text)).toEqual(urls);
  });
});

describe('list items', () => {
  const parsed = (text: string) =>
    toParserLines({
      format: 'text',
      pages: [{ number: 1, width: 0, height: 0, columns: 1, lines: [plainLine(1, 1, text)] }],
      text,
      layout: { multiColumn: false, tables: false, images: 0, contactInHeaderFooter: false },
      meta: { pageCount: 1, characters: text.length },
    })[0];

  it.each([
    ['1. Called 50 prospects a day', true, 'Called 50 prospects a day'],
    ['2) Kept the CRM up to date', true, 'Kept the CRM up to date'],
    ['➤ Ran a store with $4M in sales', true, 'Ran a store with $4M in sales'],
    ['o Second-level Word bullet', true, 'Second-level Word bullet'],
    ['12. März 2019 – 30. Juni 2020', false, '12. März 2019 – 30. Juni 2020'],
    ['3.5 GPA', false, '3.5 GPA'],
    ['- 2019 – 2021', false, '- 2019 – 2021'],
  ])('%s', (text, bullet, clean) => {
    expect(parsed(text)).toMatchObject({ bullet, text: clean });
  });

  it('drops lines with no letters or digits (rules drawn with characters)', () => {
    expect(parsed('________________')).toBeUndefined();
  });
});
