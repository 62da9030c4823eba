import { describe, expect, it } from 'vitest';
import { createSkillMatcher, findSkills, normalizeSkill } from './skill-matcher';
import type { TaxonomySkill } from './taxonomy.types';

const names = (text: string, options?: { list?: boolean }): string[] => findSkills(text, options).map((match) => match.name);

describe('findSkills: aliases and punctuation', () => {
  it('maps common aliases to canonical names and reports the text as written', () => {
    const matches = findSkills('Shipped features in JS and TS; ran everything on k8s.');
    expect(matches.map((m) => [m.name, m.matched])).toEqual([
      ['JavaScript', 'JS'],
      ['TypeScript', 'TS'],
      ['Kubernetes', 'k8s'],
    ]);
    expect(matches[2]?.index).toBe('Shipped features in JS and TS; ran everything on '.length);
  });

  it('handles symbols inside skill names', () => {
    expect(names('C++, C#, .NET Core, ASP.NET, Node.js, CI/CD and A/B testing')).toEqual([
      'C++',
      'C#',
      '.NET',
      'ASP.NET',
      'Node.js',
      'CI/CD',
      'A/B testing',
    ]);
  });

  it('is case-insensitive for ordinary forms and prefers the longest phrase', () => {
    expect(names('javascript, POSTGRESQL, spring boot')).toEqual(['JavaScript', 'PostgreSQL', 'Spring Boot']);
    expect(names('Lean Six Sigma Green Belt')).toEqual(['Six Sigma Green Belt']);
  });

  it('covers non-software fields', () => {
    expect(names('Forklift certified; CDL Class A; MIG welding; HVAC; CPR and BLS certified')).toEqual([
      'Forklift operation',
      "Commercial driver's license",
      'Welding',
      'HVAC',
      'CPR',
      'Basic Life Support',
    ]);
    expect(names('CPA with GAAP reporting, lesson planning, SEO and Salesforce')).toEqual([
      'Certified Public Accountant',
      'GAAP',
      'Lesson planning',
      'Search engine optimization',
      'Salesforce',
    ]);
  });
});

describe('findSkills: ambiguous short forms need context', () => {
  it('does not read "go to market" or "R&D" as programming languages', () => {
    expect(names('Owned the go to market plan and the R&D budget')).not.toContain('Go');
    expect(names('Owned the go to market plan and the R&D budget')).not.toContain('R');
    expect(names('Go and see the C-suite about R&D.')).toEqual([]);
  });

  it('accepts them in a list of skills or next to other skills', () => {
    expect(names('Languages: Python, R, Go, C, SQL')).toEqual(['Python', 'R', 'Go', 'C', 'SQL']);
    expect(names('Built models in Python and R')).toEqual(['Python', 'R']);
    expect(names('Go', { list: true })).toEqual(['Go']);
  });

  it('accepts them near their context words', () => {
    expect(names('Statistical analysis in R using ggplot2')).toContain('R');
    expect(names('RN on a cardiac unit caring for six patients per shift')).toContain('Registered Nurse');
  });

  it('rejects RN without a nursing context and case variants', () => {
    expect(names('Contact RN Holdings about the lease')).toEqual([]);
    expect(names('we will go there')).toEqual([]);
    expect(names('Pamela C. Jones, grade: C')).toEqual([]);
  });

  it('keeps ordinary English words apart from tool names', () => {
    expect(names('I excel at customer service')).toEqual(['Customer service']);
    expect(names('Built pivot tables in Excel')).toEqual(['Pivot tables', 'Microsoft Excel']);
    expect(names('Wrote the epic for the next sprint')).toEqual([]);
    expect(names('Documented 30 patient visits per day in Epic')).toContain('Epic');
  });
});

describe('normalizeSkill', () => {
  it('maps written forms to taxonomy entries', () => {
    expect(normalizeSkill('javascript')?.id).toBe('javascript');
    expect(normalizeSkill('K8s')?.name).toBe('Kubernetes');
    expect(normalizeSkill('MS Excel')?.name).toBe('Microsoft Excel');
    expect(normalizeSkill('Go')?.name).toBe('Go');
    expect(normalizeSkill('underwater basket weaving')).toBeNull();
  });
});

describe('createSkillMatcher', () => {
  it('works with any taxonomy and honours case-sensitive forms', () => {
    const skills: TaxonomySkill[] = [{ id: 'swift', name: 'Swift', category: 'Programming languages', aliases: [], caseSensitive: ['Swift'] }];
    const matcher = createSkillMatcher(skills);
    expect(matcher.findSkills('Built iOS apps in Swift').map((m) => m.id)).toEqual(['swift']);
    expect(matcher.findSkills('a swift response')).toEqual([]);
  });

  it('scans a 5,000-word document in a few milliseconds', () => {
    const sentence = 'Led a team of five using Python, Kubernetes and React to cut costs by 20% for the sales group. ';
    const text = sentence.repeat(Math.ceil(5000 / sentence.split(' ').length));
    findSkills(text);
    const started = performance.now();
    for (let run = 0; run < 10; run += 1) findSkills(text);
    expect((performance.now() - started) / 10).toBeLessThan(25);
  });
});
