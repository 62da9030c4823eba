import { describe, expect, it } from 'vitest';
import type { ResumeProfile } from '../../../../src-preload/contract/resume.types';
import { analyzeResume } from './analyze-resume';
import { documentFor, NOW, strongProfile } from './test-profiles';

const analyze = (profile: ResumeProfile, fileName = 'Maren-Okafor-Resume.pdf') =>
  analyzeResume({ profile, document: documentFor(480), fileName, now: NOW });

describe('analyzeResume', () => {
  it('scores weighted checks that sum to 100', () => {
    const analysis = analyze(strongProfile());
    expect(analysis.checks.reduce((sum, check) => sum + check.weight, 0)).toBe(100);
    expect(analysis.score).toBeGreaterThanOrEqual(90);
    expect(analysis.analyzedAt).toBe(NOW.toISOString());
    expect(new Set(analysis.checks.map((check) => check.id)).size).toBe(analysis.checks.length);
  });

  it('is deterministic', () => {
    expect(analyze(strongProfile())).toEqual(analyze(strongProfile()));
  });

  it('raises the score when an issue is fixed', () => {
    const weak = strongProfile();
    weak.basics = { ...weak.basics, phone: undefined, profiles: [] };
    const firstJob = weak.work?.[0];
    if (firstJob) firstJob.highlights = ['Responsible for the billing system', 'I was tasked with deployments', 'Team player'];
    const steps: [string, (profile: ResumeProfile) => void][] = [
      ['phone', (p) => p.basics && (p.basics.phone = '+1 555 010 2233')],
      ['link', (p) => p.basics && (p.basics.profiles = [{ network: 'LinkedIn', url: 'https://linkedin.com/in/x' }])],
      ['bullets', (p) => p.work?.[0] && (p.work[0].highlights = strongProfile().work?.[0]?.highlights)],
    ];
    let previous = analyze(weak, 'resume_final_v3 (1).pdf').score;
    expect(analyze(weak).score).toBeGreaterThan(previous);
    previous = analyze(weak).score;
    for (const [name, fix] of steps) {
      fix(weak);
      const next = analyze(weak).score;
      expect(next, name).toBeGreaterThan(previous);
      previous = next;
    }
  });

  it('reports skills from the whole resume with sources, written forms and years', () => {
    const analysis = analyze(strongProfile());
    const kubernetes = analysis.skills.find((skill) => skill.id === 'kubernetes');
    expect(kubernetes?.sources).toEqual(['skills', 'work']);
    expect(kubernetes?.aliases).toEqual(expect.arrayContaining(['k8s', 'Kubernetes']));
    expect(kubernetes?.years).toBe(4.3);
    const go = analysis.skills.find((skill) => skill.id === 'go');
    expect(go?.sources).toEqual(['skills', 'summary']);
    expect(go?.years).toBeNull();
    expect(analysis.skills.find((skill) => skill.id === 'python')?.years).toBe(3.8);
  });

  it('reports experience, seniority and gaps', () => {
    const analysis = analyze(strongProfile());
    expect(analysis.totalYearsExperience).toBe(8.1);
    expect(analysis.seniority).toBe('senior');
    expect(analysis.gaps).toEqual([]);
    expect(analysis.pageCount).toBe(1);
    expect(analysis.wordCount).toBe(480);
  });

  it('works without a document (structured import)', () => {
    const analysis = analyzeResume({ profile: strongProfile(), document: null, fileName: 'resume.json', now: NOW });
    expect(analysis.wordCount).toBeGreaterThan(50);
    expect(analysis.checks.find((check) => check.id === 'layout-reading-order')?.status).toBe('pass');
  });

  it('handles an empty profile without throwing', () => {
    const analysis = analyzeResume({ profile: {}, document: null, fileName: 'x', now: NOW });
    expect(analysis.score).toBeLessThan(30);
    expect(analysis.seniority).toBe('entry');
    expect(analysis.skills).toEqual([]);
  });
});
