import { describe, expect, it } from 'vitest';
import { matchJob } from '../../src-main/core/matching/match';
import type { JobPreferences, MatchResult } from '../../src-preload/contract/match.types';
import { finding, makeAnalysis, makeJob, makeProfile } from '../jobs/job-fixtures';

const NO_PREFS: JobPreferences = { titles: [], locations: [], remote: [], minSalary: null, currency: null };

const resume = {
  profile: makeProfile(),
  analysis: makeAnalysis({
    skills: [
      finding('TypeScript', ['work', 'skills']),
      finding('PostgreSQL', ['work']),
      finding('Python', ['work', 'skills']),
      finding('SQL', ['skills']),
      finding('Kubernetes', ['skills']),
    ],
    totalYearsExperience: 6,
    seniority: 'senior',
  }),
};

const posting = makeJob({
  title: 'Senior Backend Engineer',
  company: 'Initrode',
  location: 'Berlin',
  remote: 'hybrid',
  seniority: 'senior',
  minYearsExperience: 5,
  education: { level: 'bachelor', text: 'BSc in CS', required: true },
  requiredSkills: ['TypeScript', 'Kubernetes', 'Terraform'],
  preferredSkills: ['PostgreSQL', 'Go'],
  salary: { min: 80000, max: 100000, currency: 'EUR', period: 'year', text: '€80–100k' },
  description:
    'Build payment services and event pipelines. You will own payment reliability, payment APIs and ledger services. ' +
    'Kubernetes, Terraform and TypeScript every day. Ledger accuracy matters; reconciliation tooling is part of the job.',
});

const part = (r: MatchResult, id: string) => r.parts.find((p) => p.id === id)!;

describe('matchJob', () => {
  it('scores named parts and explains each one', () => {
    const r = matchJob(resume, posting, { ...NO_PREFS, locations: ['Berlin'], minSalary: 70000, currency: 'EUR' });
    expect(r.parts.map((p) => p.id)).toEqual(['required-skills', 'preferred-skills', 'experience', 'title', 'education', 'keywords', 'location', 'salary']);
    expect(r.matchingSkills).toEqual({ required: ['TypeScript', 'Kubernetes'], preferred: ['PostgreSQL'] });
    expect(r.missingSkills).toEqual({ required: ['Terraform'], preferred: ['Go'] });
    // TypeScript shown in a role (1) + Kubernetes only listed (0.8), out of 3.
    expect(part(r, 'required-skills').earned).toBeCloseTo(1.8 / 3, 2);
    expect(part(r, 'preferred-skills').earned).toBe(0.5);
    expect(part(r, 'experience').earned).toBe(1);
    expect(part(r, 'title').earned).toBe(1);
    expect(part(r, 'education').earned).toBe(1);
    expect(part(r, 'location').earned).toBe(1);
    expect(part(r, 'salary').earned).toBe(1);
    expect(r.parts.reduce((s, p) => s + p.weight, 0)).toBeCloseTo(100, 0);
    const expected = r.parts.reduce((s, p) => s + (p.weight * (p.earned ?? 0)), 0);
    expect(Math.abs(r.score - expected)).toBeLessThanOrEqual(1);
    expect(part(r, 'required-skills').detail).toMatch(/2 of 3 required skills.*Missing: Terraform/);
    expect(r.missingKeywords).toContain('ledger');
    expect(r.missingKeywords).not.toContain('terraform');
  });

  it('leaves out parts with no data and renormalizes the rest', () => {
    const bare = makeJob({ title: 'Backend Engineer', requiredSkills: ['TypeScript'], description: 'TypeScript services.' });
    const r = matchJob(resume, bare, NO_PREFS);
    for (const id of ['experience', 'education', 'location', 'salary', 'preferred-skills']) {
      expect(part(r, id)).toMatchObject({ earned: null, weight: 0 });
      expect(part(r, id).detail).toMatch(/not compared/);
    }
    expect(part(r, 'salary').detail).toMatch(/no salary/);
    expect(r.parts.reduce((s, p) => s + p.weight, 0)).toBeCloseTo(100, 0);
    expect(part(r, 'required-skills').weight).toBeGreaterThan(35);
    // Full marks on everything compared gives 100 even though most parts had no data.
    expect(r.score).toBe(100);
  });

  it('does not compare salaries in different currencies', () => {
    const r = matchJob(resume, posting, { ...NO_PREFS, minSalary: 200000, currency: 'USD' });
    expect(part(r, 'salary')).toMatchObject({ earned: null, weight: 0 });
    expect(part(r, 'salary').detail).toMatch(/EUR.*USD/);
    const low = matchJob(resume, posting, { ...NO_PREFS, minSalary: 200000, currency: 'EUR' });
    expect(part(low, 'salary').earned).toBe(0);
  });

  it('caps keyword coverage: repeating or pasting the posting cannot carry the score', () => {
    const stuffedText = `${posting.description} `.repeat(30);
    const stuffer = {
      profile: { basics: { summary: stuffedText }, work: [] },
      analysis: makeAnalysis({ skills: [], totalYearsExperience: 0, seniority: 'entry' as const }),
    };
    const once = { ...stuffer, profile: { basics: { summary: posting.description }, work: [] } };
    const a = matchJob(stuffer, posting, NO_PREFS);
    const b = matchJob(once, posting, NO_PREFS);
    expect(part(a, 'keywords').earned).toBeGreaterThan(0.8);
    expect(part(a, 'keywords').earned).toBe(part(b, 'keywords').earned);
    expect(a.score).toBe(b.score);
    expect(part(a, 'keywords').weight).toBeLessThanOrEqual(15);
    expect(a.score).toBeLessThan(25);
    // A posting with nothing but text to compare still caps what keywords can earn.
    const textOnly = makeJob({ title: 'Zzz', description: posting.description });
    const c = matchJob(stuffer, textOnly, NO_PREFS);
    expect(c.score).toBeLessThanOrEqual(15);
    expect(matchJob(resume, posting, NO_PREFS).score).toBeGreaterThan(a.score + 30);
  });

  it('suggests showing only what the resume evidences, and lists the rest as gaps', () => {
    const r = matchJob(resume, posting, NO_PREFS);
    expect(r.suggestions.some((s) => /^Add evidence of Kubernetes to your Globex role/.test(s))).toBe(true);
    // Terraform and Go are nowhere in the resume: gaps, never suggested.
    expect(r.missingSkills.required).toContain('Terraform');
    for (const s of r.suggestions) expect(s).not.toMatch(/Terraform|\bGo\b/);
    // TypeScript is already shown in a role: nothing to suggest.
    for (const s of r.suggestions) expect(s).not.toMatch(/TypeScript/);
    const junior = matchJob({ ...resume, analysis: { ...resume.analysis, totalYearsExperience: 2 } }, posting, NO_PREFS);
    expect(junior.suggestions.some((s) => /5\+ years.*about 2/.test(s))).toBe(true);
    expect(part(junior, 'experience').earned).toBeCloseTo(0.4, 5);
  });

  it('fits title, seniority, location and remote against preferences', () => {
    const far = matchJob({ ...resume, analysis: { ...resume.analysis, seniority: 'junior' } }, posting, { ...NO_PREFS, titles: ['Nurse'], locations: ['Paris'] });
    expect(part(far, 'title').earned).toBeCloseTo(0.4 * 0.25, 5);
    expect(part(far, 'location').earned).toBe(0);
    const remote = matchJob(resume, { ...posting, remote: 'remote', location: null }, { ...NO_PREFS, remote: ['remote'] });
    expect(part(remote, 'location').earned).toBe(1);
    const onsiteOnly = matchJob(resume, { ...posting, remote: 'remote' }, { ...NO_PREFS, remote: ['onsite'] });
    expect(part(onsiteOnly, 'location').earned).toBe(0.25);
    const noDegree = matchJob({ ...resume, profile: { ...resume.profile, education: [] } }, posting, NO_PREFS);
    expect(part(noDegree, 'education').earned).toBe(0);
  });
});
