/**
 * Realistic sample postings and matches for the in-memory jobs backend (fake-jobs.ts). Deterministic:
 * the same index always gives the same job.
 */
import type { JobDetail, JobRequirement, MatchResult, ParsedJob, RemoteMode } from '../../../src-preload/contract';

const TITLES = [
  'Senior Frontend Engineer',
  'Data Analyst',
  'Product Designer',
  'Backend Engineer (Go)',
  'Engineering Manager',
  'QA Engineer',
];
const COMPANIES = ['Acme', 'Northwind Analytics', 'Globex', 'Initech', 'Umbrella Health', 'Hooli'];
const LOCATIONS = ['Berlin, Germany', 'Remote (EU)', 'New York, NY', 'London, UK', 'Paris, France', 'Austin, TX'];
const REMOTE: RemoteMode[] = ['remote', 'hybrid', 'onsite'];
const SOURCES = ['Greenhouse', 'Pasted', 'Lever', 'Remotive'];
const SKILLS = [
  ['React', 'TypeScript', 'CSS'],
  ['SQL', 'Python', 'Tableau'],
  ['Figma', 'User research', 'Prototyping'],
  ['Go', 'PostgreSQL', 'Kubernetes'],
  ['People management', 'Hiring', 'Roadmapping'],
  ['Playwright', 'Test automation', 'CI'],
];

export function makeParsedJob(i: number, patch: Partial<ParsedJob> = {}): ParsedJob {
  const k = i % TITLES.length;
  const skills = SKILLS[k]!;
  const requirements: JobRequirement[] = [
    {
      text: skills[0]!,
      skillId: `s-${skills[0]}`,
      skillName: skills[0]!,
      kind: 'required',
      sentence: `You have 3+ years of professional experience with ${skills[0]}.`,
    },
    {
      text: skills[1]!,
      skillId: `s-${skills[1]}`,
      skillName: skills[1]!,
      kind: 'required',
      sentence: `Strong ${skills[1]} skills are a must.`,
    },
    { text: skills[2]!, skillId: null, skillName: null, kind: 'preferred', sentence: `Bonus points for ${skills[2]}.` },
  ];
  const title = TITLES[k]!;
  const company = COMPANIES[i % COMPANIES.length]!;
  const min = 50_000 + (i % 7) * 10_000;
  const description = `${title} at ${company}. You will build things people love. ${requirements.map((r) => r.sentence).join(' ')}`;
  return {
    title,
    company,
    location: LOCATIONS[i % LOCATIONS.length]!,
    remote: REMOTE[i % REMOTE.length]!,
    employmentType: i % 5 === 4 ? 'contract' : 'full-time',
    seniority: i % 2 ? 'senior' : 'mid',
    minYearsExperience: 3,
    education:
      i % 3 === 0 ? { level: 'bachelor', text: "Bachelor's degree in Computer Science or equivalent experience", required: false } : null,
    requiredSkills: skills.slice(0, 2),
    preferredSkills: skills.slice(2),
    requirements,
    salary:
      i % 4 === 3 ? null : { min, max: min + 20_000, currency: i % 2 ? 'EUR' : 'USD', period: 'year', text: `${min}–${min + 20_000}` },
    benefits: ['Health insurance', '30 days of paid leave'],
    responsibilities: [`Own ${skills[0]} work end to end`, 'Work with design and product'],
    description,
    descriptionHtml: `<p><strong>${title}</strong> at ${company}.</p><ul>${requirements.map((r) => `<li>${r.sentence}</li>`).join('')}</ul>`,
    datePosted: new Date(Date.UTC(2025, 5, 28 - (i % 28))).toISOString().slice(0, 10),
    validThrough: null,
    applyUrl: `https://jobs.example.com/${i}/apply`,
    source: { kind: 'board', name: SOURCES[i % SOURCES.length]!, url: `https://jobs.example.com/${i}`, externalId: String(1000 + i) },
    ...patch,
  };
}

export function makeMatch(job: ParsedJob, seed: number): MatchResult {
  const score = 35 + ((seed * 37) % 61);
  const [have, miss] = [job.requiredSkills.slice(0, 1), job.requiredSkills.slice(1)];
  return {
    score,
    parts: [
      {
        id: 'required-skills',
        label: 'Required skills',
        weight: 45,
        earned: have.length / Math.max(1, job.requiredSkills.length),
        detail: `${have.length} of ${job.requiredSkills.length} required skills found in your resume.`,
      },
      {
        id: 'preferred-skills',
        label: 'Preferred skills',
        weight: 15,
        earned: 0,
        detail: `None of ${job.preferredSkills.length} preferred skills found.`,
      },
      { id: 'experience', label: 'Experience', weight: 20, earned: 1, detail: 'You have 5 years; the posting asks for 3.' },
      { id: 'title', label: 'Job title', weight: 20, earned: (score % 10) / 10, detail: 'Your recent titles are close to this one.' },
      { id: 'salary', label: 'Salary', weight: 0, earned: null, detail: 'Not compared: you have not set a minimum salary.' },
    ],
    matchingSkills: { required: have, preferred: [] },
    missingSkills: { required: miss, preferred: [...job.preferredSkills] },
    missingKeywords: ['stakeholders', 'roadmap'],
    suggestions: miss.length ? [`If you have used ${miss[0]}, name it in a bullet with what it achieved.`] : [],
  };
}

export function makeDetail(id: number, job: ParsedJob, hasResume: boolean, now: string): JobDetail {
  return {
    id,
    job,
    status: 'open',
    saved: false,
    hidden: false,
    appliedAt: null,
    notes: '',
    alsoSeenAt: [],
    createdAt: now,
    updatedAt: now,
    match: hasResume ? makeMatch(job, id) : null,
    resumeTitle: hasResume ? 'Resume 1' : null,
  };
}

/** A tiny CSV reader (quoted fields, doubled quotes, CRLF) for the fake's preview and import. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    if (row.some((f) => f.trim())) rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  endRow();
  return rows;
}

export function decodeBase64(data: string): string {
  const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}
