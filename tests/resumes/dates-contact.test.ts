import { describe, expect, it } from 'vitest';
import { findContacts } from '../../src-main/core/resumes/parse/contact';
import { findDateRange } from '../../src-main/core/resumes/parse/dates';
import { headingKind } from '../../src-main/core/resumes/parse/sections';

describe('findDateRange', () => {
  it.each([
    ['03/2018 - 05/2020', '2018-03', '2020-05', false],
    ['Mar. 2010 – Aug. 2017', '2010-03', '2017-08', false],
    ['March 2010 – Present', '2010-03', undefined, true],
    ['2019 - now', '2019', undefined, true],
    ['Summer 2019', '2019-06', '2019-06', false],
    ['Fall 2017 – Spring 2018', '2017-09', '2018-03', false],
    ['2014', '2014', '2014', false],
    ["janvier 2019 – aujourd'hui", '2019-01', undefined, true],
    ['sept. 2015 - juin 2018', '2015-09', '2018-06', false],
    ['Enero 2019 - actualidad', '2019-01', undefined, true],
    ['Marzo 2017 – actual', '2017-03', undefined, true],
    ['März 2018 – heute', '2018-03', undefined, true],
    ['Oktober 2012 bis Dezember 2014', '2012-10', '2014-12', false],
    ['Jan 2020 – current', '2020-01', undefined, true],
    ['Oct. 2020 Feb. 2022', '2020-10', '2022-02', false],
  ])('%s', (text, start, end, present) => {
    const r = findDateRange(text);
    expect(r?.startDate).toBe(start);
    expect(r?.present).toBe(present);
    if (!present) expect(r?.endDate).toBe(end);
  });

  it('ignores phone numbers and plain numbers', () => {
    expect(findDateRange('+82 10-7315-2846')).toBeNull();
    expect(findDateRange('Managed a $2,000 budget for 15 people')).toBeNull();
  });
});

describe('findContacts', () => {
  it.each([
    ['(+82) 10-7315-2846', '(+82) 10-7315-2846'],
    ['+82 10-1234-5678', '+82 10-1234-5678'],
    ['(555) 123-4567', '(555) 123-4567'],
    ['+33 6 12 34 56 78', '+33 6 12 34 56 78'],
    ['+49 30 1234 5678', '+49 30 1234 5678'],
    ['+1 (628) 555-0119', '+1 (628) 555-0119'],
  ])('phone %s', (text, phone) => {
    expect(findContacts(`Call ${text} today`).phones).toEqual([phone]);
  });

  it('finds e-mail, bare-domain links and leaves the location', () => {
    const c = findContacts('jo@example.com | github.com/jo | linkedin.com/in/jo | www.jo.dev | Austin, TX');
    expect(c.emails).toEqual(['jo@example.com']);
    expect(c.urls).toEqual(['github.com/jo', 'linkedin.com/in/jo', 'www.jo.dev']);
    expect(c.rest).toEqual(['Austin, TX']);
  });
});

describe('headingKind', () => {
  it.each([
    ['Work Experience', 'work'],
    ['EXPÉRIENCE PROFESSIONNELLE', 'work'],
    ['Experiencia laboral', 'work'],
    ['Berufserfahrung', 'work'],
    ['Education', 'education'],
    ['Formation', 'education'],
    ['Educación', 'education'],
    ['Ausbildung', 'education'],
    ['Technical Skills:', 'skills'],
    ['Compétences', 'skills'],
    ['Habilidades', 'skills'],
    ['Kenntnisse', 'skills'],
    ['Programming Languages', 'skills'],
    ['Langues', 'languages'],
    ['Licenses & Certifications', 'certificates'],
    ['Volunteer Experience', 'volunteer'],
    ['Honors & Awards', 'awards'],
    ['E X P E R I E N C E', 'work'],
  ])('%s → %s', (text, kind) => {
    expect(headingKind(text)).toBe(kind);
  });

  it('does not treat sentences as headings', () => {
    expect(headingKind('Experience with distributed systems at scale')).toBeNull();
  });
});
