/** A ParsedJob that knows only its title, text and source: every extracted field empty. */
import type { ParsedJob } from '../../../src-preload/contract/job.types';

export function emptyParsedJob(known: Pick<ParsedJob, 'title' | 'description' | 'source'> & Partial<ParsedJob>): ParsedJob {
  return {
    company: null,
    location: null,
    remote: null,
    employmentType: null,
    seniority: null,
    minYearsExperience: null,
    education: null,
    requiredSkills: [],
    preferredSkills: [],
    requirements: [],
    salary: null,
    benefits: [],
    responsibilities: [],
    descriptionHtml: null,
    datePosted: null,
    validThrough: null,
    applyUrl: null,
    ...known,
  };
}
