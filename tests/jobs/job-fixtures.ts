import path from 'node:path';
import type { ParsedJob } from '../../src-preload/contract/job.types';
import type { ResumeAnalysis, ResumeProfile, SkillFinding } from '../../src-preload/contract/resume.types';
import { emptyParsedJob } from '../../src-main/core/jobs/empty-job';
import { openStore } from '../../src-main/db/connection';
import { tempDir } from '../helpers/temp-dir';

export async function freshStore() {
  const dir = tempDir();
  return openStore({ file: path.join(dir, 'pathwise.db'), backupsDir: path.join(dir, 'backups') });
}

let seq = 0;

/** A ParsedJob with sensible empty defaults; override what the test is about. */
export function makeJob(over: Partial<ParsedJob> = {}): ParsedJob {
  seq++;
  return emptyParsedJob({
    title: 'Software Engineer',
    company: 'Acme',
    description: `Build things number ${seq} with a friendly team.`,
    source: { kind: 'board', name: 'Greenhouse', url: null, externalId: null },
    ...over,
  });
}


export function finding(name: string, sources: SkillFinding['sources'], id = name.toLowerCase()): SkillFinding {
  return { name, id, category: 'tech', sources, aliases: [name], years: null };
}

export function makeAnalysis(over: Partial<ResumeAnalysis> = {}): ResumeAnalysis {
  return {
    score: 80,
    checks: [],
    skills: [],
    totalYearsExperience: 5,
    seniority: 'senior',
    gaps: [],
    wordCount: 400,
    pageCount: 1,
    analyzedAt: '2026-11-22T00:00:00.000Z',
    ...over,
  };
}

export function makeProfile(over: Partial<ResumeProfile> = {}): ResumeProfile {
  return {
    basics: { name: 'Ada Example', label: 'Backend Engineer' },
    work: [
      {
        name: 'Globex',
        position: 'Senior Backend Engineer',
        startDate: '2021-01',
        highlights: ['Built payment services in TypeScript and PostgreSQL', 'Cut p95 latency by 40%'],
      },
      { name: 'Initech', position: 'Software Engineer', startDate: '2018-01', endDate: '2020-12', highlights: ['Maintained Python ETL jobs'] },
    ],
    education: [{ institution: 'State University', studyType: 'Bachelor of Science', area: 'Computer Science' }],
    skills: [{ name: 'Languages', keywords: ['TypeScript', 'Python', 'SQL', 'Kubernetes'] }],
    ...over,
  };
}
