import { describe, expect, it } from 'vitest';
import { NOW, sampleProfile } from '../testing/fixtures';
import { buildEvidence, checkGrounding } from './index';

const profile = sampleProfile();
const index = buildEvidence(profile, NOW);
const check = (candidate: string, sourceBullet?: string) =>
  checkGrounding(candidate, { profile, index, ...(sourceBullet ? { sourceBullet } : {}) });
const kinds = (candidate: string, sourceBullet?: string) => check(candidate, sourceBullet).claims.map((claim) => [claim.kind, claim.text]);

describe('checkGrounding: faithful rephrasings pass', () => {
  it.each([
    ['Directed 8 engineers who shipped the payments platform', 'Led a team of 8 engineers to ship the payments platform in Go'],
    [
      'Cut infrastructure costs 25% through a Kubernetes migration',
      'Reduced infrastructure costs by 25% by migrating services to Kubernetes',
    ],
    ['Owned a $1.2 million yearly cloud budget', 'Managed a $1.2M annual cloud budget'],
    ['Designed the REST APIs behind 3 mobile apps', 'Responsible for designing the REST APIs used by 3 mobile apps'],
    ['Coached four junior developers', 'Mentored 4 junior developers'],
    ['Senior software engineer with 10+ years building payment systems in Go and Python.', undefined],
    ['Since March 2019, Senior Software Engineer at Initech.', undefined],
    ["Holds a bachelor's degree in Computer Science and the AWS Certified Developer certification.", undefined],
    ['Dear Hiring Manager, I am excited to apply.', undefined],
    ['Partnered with the Product Manager on the payments platform.', undefined],
  ])('%s', (candidate, source) => {
    const result = check(candidate, source);
    expect(result.claims).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('checkGrounding: invented facts are rejected', () => {
  it('a fake employer', () => {
    expect(kinds('Led a team of 8 engineers at Globex Corporation to ship the payments platform')).toEqual([
      ['employer', 'Globex Corporation'],
    ]);
  });

  it('inflated numbers: percent, money and counts, normalized', () => {
    const percent = check(
      'Reduced infrastructure costs by 40% by migrating services to Kubernetes',
      'Reduced infrastructure costs by 25% by migrating services to Kubernetes',
    );
    expect(percent.ok).toBe(false);
    expect(percent.claims).toEqual([expect.objectContaining({ kind: 'number', text: '40%', reason: expect.stringContaining('25%') })]);
    expect(kinds('Managed a $2M annual cloud budget')).toEqual([['number', '$2M']]);
    expect(kinds('Managed a $1,200,000 budget')).toEqual([]);
    expect(kinds('Led a team of 12 engineers')).toEqual([['number', '12']]);
    expect(kinds('Led a team of twelve engineers')).toEqual([['number', 'twelve']]);
    expect(kinds('Tripled throughput of the payments platform')).toEqual([['number', 'Tripled']]);
  });

  it('years of experience beyond the dated work history', () => {
    expect(kinds('Engineer with 15+ years of experience')).toEqual([['number', '15+']]);
  });

  it('a new skill', () => {
    expect(kinds('Built data pipelines in Python, Spark and PostgreSQL')).toEqual([['skill', 'Spark']]);
  });

  it('a changed date', () => {
    expect(kinds('Senior Software Engineer at Initech since 2017')).toEqual([['date', '2017']]);
    expect(kinds('Joined Initech in May 2019')).toEqual([['date', 'May 2019']]);
  });

  it('a new degree', () => {
    expect(kinds('I have a PhD in Computer Science.')).toEqual([['degree', 'PhD']]);
    expect(kinds('Earned an MBA while leading the payments team')).toEqual([['degree', 'MBA']]);
    expect(kinds("Holds a master's degree in Computer Science")).toEqual([['degree', "master's degree"]]);
  });

  it('a new certification', () => {
    expect(kinds('PMP-certified engineer who led the payments platform')[0]).toEqual(['certification', 'PMP']);
    expect(kinds('Certified in Kubernetes administration').map(([kind]) => kind)).toContain('certification');
  });

  it('a title the resume never gives', () => {
    expect(kinds('As a Staff Engineer at Initech, I led 8 engineers.')).toEqual([['title', 'Staff Engineer']]);
    expect(kinds('Promoted to principal engineer in 2019')).toEqual([['title', 'principal engineer']]);
  });

  it('names from the posting may be named but not claimed as numbers, degrees or skills', () => {
    const allowed = { profile, index, allowedNames: ['Globex', 'Staff Backend Engineer'] };
    expect(checkGrounding('I am applying for the Staff Backend Engineer role at Globex.', allowed).ok).toBe(true);
    expect(checkGrounding('I have a PhD and 20 years at Globex.', allowed).claims.map((claim) => claim.kind)).toEqual(['degree', 'number']);
  });
});
