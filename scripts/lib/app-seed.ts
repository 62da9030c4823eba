/**
 * A data folder as a person with a long job search has it (bench:app): N synthetic postings
 * imported with the repository's own upsert, some of them marked applied, one text resume imported
 * the app's way (the same service, with the text extractor run in this process: a .txt needs no
 * parser library), and every posting ranked against it, as the app does after an import.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractText } from '../../src-main/adapters/documents/text.extract';
import { DEFAULT_EXTRACTION_LIMITS, type DocumentExtractor } from '../../src-main/core/documents/types';
import { EventHub } from '../../src-main/core/events';
import { FileStore } from '../../src-main/core/files/file-store';
import { PreferencesService } from '../../src-main/core/jobs/preferences.service';
import { rankJobs } from '../../src-main/core/matching';
import { ResumesService } from '../../src-main/core/resumes/resumes.service';
import { TaskRunner } from '../../src-main/core/tasks/task-runner';
import { openStore } from '../../src-main/db/connection';
import { dataPaths } from '../../src-main/db/paths';
import { jobCounts, setJobFlags, upsertJobs, type JobCounts } from '../../src-main/db/repositories/jobs.repository';
import { posting } from './synthetic-postings';

export interface SeededData {
  counts: JobCounts;
  resumes: number;
}

const RESUME = `Alex Example
Senior Backend Engineer
alex@example.com | +1 555 0100 | Berlin, Germany

Summary
Backend engineer with 8 years of experience building payment and data platforms in Python, Go and TypeScript.

Experience
Senior Backend Engineer, Globex, 2020 - Present
- Built event-driven payment services in Go and PostgreSQL handling 2,000 requests per second
- Moved batch ETL from cron scripts to Airflow and dbt, cutting data delays from 6 hours to 20 minutes
- Ran Kubernetes on AWS with Terraform; led the on-call rotation and cut incidents by 40%

Backend Engineer, Initech, 2016 - 2019
- Maintained Django and Flask APIs with Redis caching and Kafka consumers
- Wrote SQL reports and Grafana dashboards for the finance team

Education
Master of Science in Computer Science, State University, 2016

Skills
Python, Go, TypeScript, SQL, PostgreSQL, Redis, Kafka, Airflow, dbt, AWS, Kubernetes, Docker, Terraform, Git, Linux, REST APIs, gRPC, Microservices, System Design
`;

const inProcessTextExtractor: DocumentExtractor = {
  extract: async ({ bytes, fileName }) => extractText(bytes, fileName, DEFAULT_EXTRACTION_LIMITS),
  dispose: async () => {},
};

export async function seedDataFolder(dir: string, options: { jobs: number; applied: number }): Promise<SeededData> {
  const paths = dataPaths(dir);
  fs.mkdirSync(dir, { recursive: true });
  const store = await openStore({ file: paths.database, backupsDir: paths.backups });
  try {
    const summary = upsertJobs(
      store.sqlite,
      Array.from({ length: options.jobs }, (_, i) => posting(i)),
    );
    const ids = summary.outcomes.filter((o) => o.action === 'inserted').map((o) => o.id);
    // The person's 'applied' mark, spread over the list and over the last 90 days.
    const step = Math.max(1, Math.floor(ids.length / options.applied));
    await store.db.transaction().execute(async (trx) => {
      for (let k = 0; k < Math.min(options.applied, ids.length); k++) {
        const at = new Date(Date.UTC(2026, 10, 22) - (k % 90) * 86_400_000).toISOString();
        await setJobFlags(trx, ids[k * step]!, { applied: at });
      }
    });
    const resumeFile = path.join(dir, '..', 'bench-resume.txt');
    fs.writeFileSync(resumeFile, RESUME);
    const events = new EventHub();
    const resumes = new ResumesService(store.db, new FileStore(paths.files), inProcessTextExtractor, new TaskRunner(events), events);
    const imported = await resumes.importFile(path.basename(resumeFile), fs.readFileSync(resumeFile));
    rankJobs(store.sqlite, imported.resumeId, undefined, await new PreferencesService(store.db, events).get());
    return { counts: await jobCounts(store.db), resumes: (await resumes.list()).length };
  } finally {
    await store.close();
  }
}
