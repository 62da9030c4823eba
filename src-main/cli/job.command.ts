import path from 'node:path';
import type { Command } from 'commander';
import type { ParsedJob } from '../../src-preload/contract/job.types';
import type { MatchResult } from '../../src-preload/contract/match.types';
import { createHttpClient } from '../adapters/http';
import type { DocumentExtractor } from '../core/documents/types';
import { toAppError } from '../core/errors';
import { NetworkError } from '../core/jobs/intake';
import { jobSummaryJson, parseJobFile, parseJobUrl } from '../core/jobs/parse-job-source';
import { DEFAULT_JOB_PREFERENCES } from '../core/jobs/preferences.service';
import { matchJob } from '../core/matching';
import { analyzeFile } from '../core/resumes/resumes.service';
import { APP_VERSION, nodeExtractor } from '../node-runtime';
import { failInput, readInputFile } from './input';
import { formatJobReport, formatMatchReport } from './job-report';

async function loadJob(target: string, extractor: DocumentExtractor): Promise<ParsedJob> {
  if (/^https?:\/\//i.test(target)) {
    const http = createHttpClient({ userAgent: `Pathwise/${APP_VERSION} (local-first career coach CLI)` });
    return parseJobUrl(http, target, { atsBaseUrls: process.env.PATHWISE_SOURCE_BASE_URLS ? JSON.parse(process.env.PATHWISE_SOURCE_BASE_URLS) : undefined });
  }
  return parseJobFile(path.basename(target), readInputFile(target), extractor);
}

/** Expected failures end with exit code 2 and one line; anything else is a bug and says so. */
async function run<T>(work: (extractor: DocumentExtractor) => Promise<T>): Promise<T> {
  const extractor = nodeExtractor();
  try {
    return await work(extractor);
  } catch (error) {
    if (error instanceof NetworkError) failInput(error.code, error.message);
    const known = toAppError(error);
    if (known) failInput(known.code, known.message);
    throw error;
  } finally {
    await extractor.dispose();
  }
}

export function registerJobCommands(program: Command): void {
  program
    .command('job')
    .description('parse one job posting offline (a .txt/.md/.html/.pdf file, or a URL: ATS API, JSON-LD or page text)')
    .argument('<file-or-url>', 'the posting')
    .option('--json', 'print the parsed posting as JSON')
    .action(async (target: string, options: { json?: boolean }) => {
      const job = await run((extractor) => loadJob(target, extractor));
      process.stdout.write(options.json ? `${JSON.stringify(jobSummaryJson(job), null, 2)}\n` : formatJobReport(job));
    });

  program
    .command('match')
    .description('score how well a resume fits a job posting, and explain the score')
    .argument('<resume-file>', 'the resume (PDF, DOCX, TXT/Markdown, JSON Resume, LinkedIn export)')
    .argument('<job-file-or-url>', 'the posting')
    .option('--json', 'print { score, parts, matchingSkills, missingSkills, missingKeywords, suggestions } as JSON')
    .action(async (resumeFile: string, target: string, options: { json?: boolean }) => {
      const bytes = readInputFile(resumeFile);
      const { job, match } = await run(async (extractor) => {
        const resume = await analyzeFile(extractor, { bytes, fileName: path.basename(resumeFile) });
        const parsed = await loadJob(target, extractor);
        return { job: parsed, match: matchJob({ profile: resume.profile, analysis: resume.analysis }, parsed, DEFAULT_JOB_PREFERENCES) as MatchResult };
      });
      process.stdout.write(options.json ? `${JSON.stringify({ job: jobSummaryJson(job), ...match }, null, 2)}\n` : formatMatchReport(job, match));
    });
}
