import { describe, expect, it } from 'vitest';
import { parseJobText } from './index';

const source = { kind: 'paste' as const, name: 'Pasted', url: null, externalId: null };

// Invented postings in Markdown and loose plain-text styles.
const NURSE = `## Registered Nurse – Night Shift
**Company:** Cedar Valley Health
**Location:** Boise, ID
**Employment Type:** Per Diem

### About Cedar Valley Health
We are a 120-bed community hospital founded over 50 years ago.

### Qualifications
- Current RN license in Idaho
- BLS and ACLS certification
- Minimum of two years of acute care experience
- Associate degree in Nursing required; BSN preferred
- Strong critical thinking and communication skills

### Preferred Qualifications
- Experience with Epic EHR

### Compensation
$42 - $55 per hour, plus shift differentials.`;

const SUCCESS = `Customer Success Manager (Remote - US)

At Quillstone, we help small businesses get paid faster. We're looking for a Customer Success Manager to own a book of 80 accounts.

What you'll do
- Onboard new customers

What we're looking for
- 3+ years in customer success or account management at a SaaS company
- Proficiency in Salesforce and Zendesk
- SQL is a bonus

What we offer
- OTE $95,000–$115,000`;

describe('Markdown and loose postings', () => {
  it('reads a Markdown posting with a bold key/value header', () => {
    const job = parseJobText({ text: NURSE, source });
    expect(job).toMatchObject({ title: 'Registered Nurse – Night Shift', company: 'Cedar Valley Health', location: 'Boise, ID', employmentType: 'per-diem', minYearsExperience: 2 });
    expect(job.education).toMatchObject({ level: 'associate', required: true });
    expect(job.requiredSkills).toEqual(expect.arrayContaining(['BLS', 'ACLS', 'critical thinking', 'communication']));
    expect(job.preferredSkills).toEqual(expect.arrayContaining(['Epic EHR']));
    expect(job.salary).toMatchObject({ min: 42, max: 55, currency: 'USD', period: 'hour' });
  });

  it('drops a work-mode note from the title and reads "At X, we"', () => {
    const job = parseJobText({ text: SUCCESS, source });
    expect(job).toMatchObject({ title: 'Customer Success Manager', company: 'Quillstone', location: 'Remote, US', remote: 'remote', minYearsExperience: 3 });
    expect(job.requiredSkills).toEqual(expect.arrayContaining(['Salesforce', 'Zendesk']));
    expect(job.preferredSkills).toEqual(['SQL']);
    expect(job.salary).toMatchObject({ min: 95000, max: 115000, currency: 'USD', period: null });
  });
});
