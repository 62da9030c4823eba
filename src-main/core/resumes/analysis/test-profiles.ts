/** Invented people for the analysis tests. Not real resumes. */
import type { ResumeProfile } from '../../../../src-preload/contract/resume.types';
import type { ExtractedDocument } from '../../documents/types';
import type { AnalysisContext } from './check';

export const NOW = new Date('2025-06-15T12:00:00Z');

/** A strong mid-career software resume. */
export function strongProfile(): ResumeProfile {
  return {
    basics: {
      name: 'Maren Okafor',
      email: 'maren.okafor@example.com',
      phone: '+1 555 010 2233',
      location: { city: 'Portland', region: 'OR' },
      profiles: [{ network: 'LinkedIn', url: 'https://linkedin.com/in/marenokafor' }],
      summary: 'Backend engineer building payment systems in Go and TypeScript.',
    },
    work: [
      {
        name: 'Tidewater Labs',
        position: 'Senior Software Engineer',
        startDate: '2021-03',
        highlights: [
          'Led the migration of 40 services to Kubernetes, cutting hosting costs by 30% in one year',
          'Built a TypeScript billing API handling 2 million requests per day with 99.95% uptime',
          'Mentored 4 junior engineers through code reviews and weekly pairing sessions on Node.js',
        ],
      },
      {
        name: 'Brightline Freight',
        position: 'Software Engineer',
        startDate: '2017-06',
        endDate: '2021-02',
        highlights: [
          'Developed route planning services in Python that reduced fuel spend by $1.2M a year',
          'Automated nightly PostgreSQL reports, saving the finance team 10 hours every week',
          'Designed a CI/CD pipeline with GitHub Actions that shortened releases from 2 days to 3 hours',
        ],
      },
    ],
    education: [{ institution: 'Lakeshore University', area: 'Computer Science', studyType: 'BSc', startDate: '2013-09', endDate: '2017-05' }],
    skills: [{ name: 'Languages', keywords: ['TypeScript', 'Python', 'Go', 'SQL'] }, { name: 'Tools', keywords: ['k8s', 'Docker', 'PostgreSQL'] }],
    meta: {
      sections: [
        { heading: 'Experience', kind: 'work', page: 1, line: 5 },
        { heading: 'Education', kind: 'education', page: 1, line: 20 },
        { heading: 'Skills', kind: 'skills', page: 1, line: 25 },
      ],
    },
  };
}

export function documentFor(words: number, pages = 1, layout: Partial<ExtractedDocument['layout']> = {}): ExtractedDocument {
  const text = Array.from({ length: words }, (_, index) => `word${index}`).join(' ');
  return {
    format: 'pdf',
    pages: [],
    text,
    layout: { multiColumn: false, tables: false, images: 0, contactInHeaderFooter: false, ...layout },
    meta: { pageCount: pages, characters: text.length },
  };
}

export function contextFor(profile: ResumeProfile, overrides: Partial<AnalysisContext> = {}): AnalysisContext {
  return {
    profile,
    document: documentFor(450),
    fileName: 'Maren-Okafor-Resume.pdf',
    now: NOW,
    totalYears: 8,
    wordCount: 450,
    pageCount: 1,
    ...overrides,
  };
}
