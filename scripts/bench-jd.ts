/**
 * Job-description parser benchmark: `npm run bench:jd -- <folder> [--verbose]`.
 *
 * For every `<id>.txt|.md|.html` with an `<id>.label.json` beside it, runs `parseJobText` and
 * scores each labelled field 0..1 with the rules in `scripts/lib/job-score.ts` (summary: text
 * folded for case/accents/punctuation; title/company token Dice ≥ 0.8; location token Dice with
 * state codes expanded; remote/employment/seniority vocabularies normalized; min years exact;
 * education by lowest degree level; salary = mean of min/max/currency/period; skill lists = F1
 * of items matched by token-set Dice ≥ 0.6; null label + null output = 1).
 * Prints per-posting and per-field scores, the overall mean (mean of field means) and the median
 * parse time per posting. The folder's documents are read, never copied.
 */
import { performance } from 'node:perf_hooks';
import type { ParsedJob } from '../src-preload/contract/job.types';
import { JOB_FIELDS, labelledPostings, parsePostingFile as parse, scoreJob, type JobField, type LabelledPosting as Posting } from './lib/job-score';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function timeParse(path: string): { job: ParsedJob; ms: number } {
  parse(path); // warm-up: the first call builds the skills matcher
  const runs: number[] = [];
  let job = parse(path);
  for (let run = 0; run < 5; run += 1) {
    const start = performance.now();
    job = parse(path);
    runs.push(performance.now() - start);
  }
  return { job, ms: median(runs) };
}

function printDetails(posting: Posting, job: ParsedJob, scores: Record<JobField, number>): void {
  const output: Record<JobField, unknown> = {
    title: job.title, company: job.company, location: job.location, remote: job.remote, employment_type: job.employmentType,
    seniority: job.seniority, min_years_experience: job.minYearsExperience, education: job.education,
    required_skills: job.requiredSkills, preferred_skills: job.preferredSkills, salary: job.salary,
  };
  for (const field of JOB_FIELDS) {
    if ((scores[field] ?? 0) >= 1) continue;
    console.log(`  ${posting.id}.${field} ${scores[field]?.toFixed(2)}\n    label:  ${JSON.stringify(posting.label[field])}\n    output: ${JSON.stringify(output[field])}`);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const folder = args.find((arg) => !arg.startsWith('--'));
  if (!folder) {
    console.error('usage: npm run bench:jd -- <folder> [--verbose]');
    process.exit(2);
  }
  const verbose = args.includes('--verbose');
  const postings = labelledPostings(folder);
  const totals = Object.fromEntries(JOB_FIELDS.map((field) => [field, 0])) as Record<JobField, number>;
  const times: number[] = [];
  console.log(`id\t${JOB_FIELDS.map((field) => field.slice(0, 8)).join('\t')}\tmean`);
  for (const posting of postings) {
    const { job, ms } = timeParse(posting.path);
    times.push(ms);
    const scores = scoreJob(posting.label, job);
    JOB_FIELDS.forEach((field) => (totals[field] += scores[field]));
    const mean = JOB_FIELDS.reduce((sum, field) => sum + scores[field], 0) / JOB_FIELDS.length;
    console.log(`${posting.id}\t${JOB_FIELDS.map((field) => scores[field].toFixed(2)).join('\t')}\t${mean.toFixed(3)}`);
    if (verbose) printDetails(posting, job, scores);
  }
  const count = Math.max(1, postings.length);
  console.log('\nfield means:');
  for (const field of JOB_FIELDS) console.log(`  ${field.padEnd(22)} ${(totals[field] / count).toFixed(3)}`);
  const overall = JOB_FIELDS.reduce((sum, field) => sum + totals[field] / count, 0) / JOB_FIELDS.length;
  console.log(`\npostings: ${postings.length}  overall mean: ${overall.toFixed(3)}  median parse: ${median(times).toFixed(2)} ms`);
}

main();
