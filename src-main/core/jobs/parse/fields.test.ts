import { describe, expect, it } from 'vitest';
import { findEducation } from './education';
import { detectEmployment, employmentFromValue } from './employment';
import { findMinYears } from './experience';
import { splitHeader } from './header-fields';
import { findLocation } from './location';
import { detectRemote } from './remote';
import { parseSalary } from './salary';
import { splitSections } from './sections';
import { detectSeniority } from './seniority';

describe('parseSalary', () => {
  const us = { location: 'Seattle, WA' };
  it.each([
    ['Base salary: $120k–$150k', 120000, 150000, 'USD', null],
    ['Pay: $120,000 - $150,000 a year', 120000, 150000, 'USD', 'year'],
    ['Salary £85,000 plus bonus', 85000, 85000, 'GBP', null],
    ['Rémunération : €60.000 par an', 60000, 60000, 'EUR', 'year'],
    ['Rate: 25 $/hour', 25, 25, 'USD', 'hour'],
    ['Compensation: USD 90-110K', 90000, 110000, 'USD', null],
    ['The salary is between 80 and 95 thousand dollars per year', 80000, 95000, 'USD', 'year'],
    ['Compensation up to $200k', null, 200000, 'USD', null],
    ['Stipend of $3,250.50/month', 3250.5, 3250.5, 'USD', 'month'],
    ['Day rate: £450 per day', 450, 450, 'GBP', 'day'],
  ])('%s', (text, min, max, currency, period) => {
    expect(parseSalary(text, us)).toMatchObject({ min, max, currency, period });
  });

  it('reads "$" as CAD in Canada and a bare salary field in the local currency', () => {
    expect(parseSalary('Salary: $70,000 to $80,000 annually', { location: 'Remote, Canada' })?.currency).toBe('CAD');
    expect(parseSalary('58000', { location: 'Austin, TX', field: true })).toMatchObject({ min: 58000, currency: 'USD' });
  });

  it('ignores numbers that are not pay', () => {
    const text = 'We offer a 401(k) with 4% match. You need 5+ years of experience. Our team of 250 people serves 40 countries.';
    expect(parseSalary(text, us)).toBeNull();
    expect(parseSalary('We raised $40 million in 2023.', us)).toBeNull();
  });
});

describe('findMinYears', () => {
  it.each([
    ['2+ years of experience with Go', 2],
    ['At least five years of professional experience', 5],
    ['3-5 years experience in retail', 3],
    ['A minimum of 2 years in a similar role', 2],
    ['PhD with 1+ years of industry experience or MSc with 3+ years of experience', 1],
    ["5 ans d'expérience en développement", 5],
    ['Mindestens 3 Jahre Berufserfahrung', 3],
  ])('%s → %s', (text, years) => expect(findMinYears(text)).toBe(years));

  it('ignores company age and ages', () => {
    expect(findMinYears('For over 30 years we have served families. We reach 18-24 year olds.')).toBeNull();
  });
});

describe('findEducation', () => {
  const sections = (text: string) => splitSections(text);
  it('reads the lowest level and whether it is required', () => {
    expect(findEducation(sections('Requirements:\n• BS/MS in Computer Science or equivalent'))).toMatchObject({ level: 'bachelor', required: true });
    expect(findEducation(sections('Qualifications:\n• High school diploma or GED'))).toMatchObject({ level: 'high-school', required: true });
    expect(findEducation(sections('Nice to have:\n• PhD in Physics'))).toMatchObject({ level: 'doctorate', required: false });
    expect(findEducation(sections("Requirements:\n• Bachelor's degree in Nursing; Master's preferred"))).toMatchObject({ level: 'bachelor' });
  });
  it('treats "no degree required" as no requirement', () => {
    expect(findEducation([], 'No degree required')).toBeNull();
  });
});

describe('employment, remote and seniority', () => {
  it.each([
    ['This is a 12-month contract with a possible extension.', 'contract'],
    ['A part-time role, 20 hours a week.', 'part-time'],
    ['Full-time, permanent position.', 'full-time'],
    ['Summer internship for students.', 'internship'],
    ['Temporary position covering the holiday season.', 'temporary'],
    ['Per diem shifts available on weekends.', 'per-diem'],
  ])('%s', (text, type) => expect(detectEmployment(text, 'Role')).toBe(type));

  it('normalizes structured employment values', () => {
    expect(employmentFromValue('FULL_TIME')).toBe('full-time');
    expect(employmentFromValue('Paid Internship')).toBe('internship');
    expect(employmentFromValue('Volunteer')).toBe('volunteer');
  });

  it.each([
    ['We are a remote-first company.', 'remote'],
    ['You can work from home anywhere in the state.', 'remote'],
    ['Expect 3 days in office each week.', 'hybrid'],
    ['This role is on-site at our plant.', 'onsite'],
  ])('%s', (text, mode) => expect(detectRemote(text, null)).toBe(mode));

  it.each([
    ['Senior Backend Engineer', 'senior'],
    ['Staff Data Scientist', 'senior'],
    ['Principal Architect', 'principal'],
    ['Engineering Manager', 'lead'],
    ['Product Manager', null],
    ['Junior Accountant', 'junior'],
    ['Marketing Intern', 'intern'],
    ['VP of Sales', 'executive'],
    ['Analyst II', null],
  ])('%s → %s', (title, level) => expect(detectSeniority(title, '')).toBe(level));
});

describe('header and location', () => {
  it('reads TOML front matter with loosely named keys', () => {
    const { fields, body } = splitHeader('+++\ntitle = "Welder "\norganization = "Acme Forge"\nb_job_type = ["Full Time"]\nsalary = "$30/hour"\n+++\nBody text.');
    expect(fields).toMatchObject({ title: 'Welder', company: 'Acme Forge', employmentType: 'Full Time', salary: '$30/hour' });
    expect(body.trim()).toBe('Body text.');
  });

  it('reads a "Key: value" block', () => {
    const { fields } = splitHeader('Title: Line Cook\nCompany: Blue Fig Bistro\nLocation: London, GB\n\nWe cook.');
    expect(fields).toMatchObject({ title: 'Line Cook', company: 'Blue Fig Bistro', location: 'London, GB' });
  });

  it('refines a bare region or "Remote" from the prose', () => {
    const sections = splitSections('Join our clinic in Denver, CO.');
    expect(findLocation({ given: 'Colorado', title: 'Nurse', sections, text: 'Join our clinic in Denver, CO.' })).toBe('Denver, CO');
    expect(findLocation({ given: 'Texas', title: 'Organizer (Houston)', sections: [], text: '' })).toBe('Houston, Texas');
    expect(findLocation({ given: null, title: 'X', sections: [], text: 'This role is remote, Canada only.' })).toBe('Remote, Canada');
    expect(findLocation({ given: null, title: 'X', sections: [], text: 'The team is based in Seattle, WA and works closely with Sales.' })).toBe('Seattle, WA');
  });
});
