import { describe, expect, it } from 'vitest';
import { findByline, placeOfField, splitTitleLine } from './byline';
import { splitSections } from './sections';

// Invented postings: the employer and place written under, or on, the title line.
describe('findByline', () => {
  const byline = (text: string, title: string) => findByline(splitSections(text), title, text);

  it.each([
    ['Data Analyst\nNorthwind Traders · Seattle, WA (On-site)\n\nWe analyse.', 'Northwind Traders', 'Seattle, WA'],
    ['Data Analyst\nNorthwind Traders | Remote-first (US or Canada) | Full-time\n\nWe analyse.', 'Northwind Traders', 'Remote (US or Canada)'],
    ['Data Analyst\nNorthwind Traders – New York, NY (hybrid)\n\nWe analyse.', 'Northwind Traders', 'New York, NY'],
    ['Data Analyst\nNorthwind Traders, Columbus, OH\n\nWe analyse.', 'Northwind Traders', 'Columbus, OH'],
    ['Data Analyst\nToronto, Ontario, Canada\n\nWe analyse.', null, 'Toronto, Ontario, Canada'],
  ])('%j', (text, company, location) => {
    expect(byline(text, 'Data Analyst')).toEqual({ company, location });
  });

  it('takes a name alone on its line only when the posting names that employer again', () => {
    expect(byline('Nurse\nHollis Memorial Hospital\nBoise, ID\n\nHollis Memorial is a 90-bed hospital.', 'Nurse').company).toBe('Hollis Memorial Hospital');
    expect(byline('Nurse\nNight Shift Team\n\nWe care for patients.', 'Nurse').company).toBeNull();
  });

  it('stops at the first line that is prose', () => {
    expect(byline('Data Analyst\nWe are hiring a data analyst in Denver, CO.\nNorthwind · Denver, CO', 'Data Analyst')).toEqual({ company: null, location: null });
  });
});

describe('splitTitleLine', () => {
  it('splits a title line only when a segment is a place or a work-mode note', () => {
    expect(splitTitleLine('Backend Developer - Nimbus Cloud - Remote')).toEqual({ title: 'Backend Developer', company: 'Nimbus Cloud', location: 'Remote' });
    expect(splitTitleLine('Nurse | Acme Health | Denver, CO')).toEqual({ title: 'Nurse', company: 'Acme Health', location: 'Denver, CO' });
    expect(splitTitleLine('Data Analyst – SQL/Python/Tableau').title).toBe('Data Analyst – SQL/Python/Tableau');
    expect(splitTitleLine('Registered Nurse - Night Shift').title).toBe('Registered Nurse - Night Shift');
    expect(splitTitleLine('Customer Success Manager (Remote - US)').title).toBe('Customer Success Manager (Remote - US)');
  });
});

describe('placeOfField', () => {
  it('takes an employer name or a work-mode note off a location field, and keeps anything else as written', () => {
    expect(placeOfField('Mercy Ridge Medical Center - Toledo, OH')).toEqual({ place: 'Toledo, OH', company: 'Mercy Ridge Medical Center' });
    expect(placeOfField('Hybrid - Washington, DC')).toEqual({ place: 'Washington, DC', company: null });
    expect(placeOfField('Remote - must live in Texas')).toEqual({ place: 'Remote - must live in Texas', company: null });
  });
});
