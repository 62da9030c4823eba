/**
 * Checks URL import against saved real job pages (/work/shared/datasets/postings: HTML plus
 * `.label.json`). The folder is served from 127.0.0.1; each page is imported through
 * fetchPostingByUrl under its real URL with every ATS API pointed at a closed port, so the
 * JSON-LD / page-text fallback is what gets measured. Nothing leaves the machine: the script's
 * fetch only answers the saved pages and refuses every other host.
 *
 *   npx tsx scripts/check-postings.ts [folder]
 */
import { readFile, readdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createHttpClient } from '../src-main/adapters/http';
import { fetchPostingByUrl } from '../src-main/core/jobs/intake/fetch-posting';
import type { AtsKind, RawPosting } from '../src-main/core/jobs/intake/types';

interface Label {
  id: string;
  title: string | null;
  company: string | null;
  location: string | null;
  remote: boolean | string | null;
  employment_type: string | null;
  salary: { min: number | null; max: number | null; currency: string | null; period: string | null } | null;
  apply_url: string | null;
}

const folder = process.argv[2] ?? '/work/shared/datasets/postings';
const NOWHERE = 'http://127.0.0.1:9';
const ATS_BASES: Record<AtsKind, string> = {
  greenhouse: NOWHERE,
  lever: NOWHERE,
  ashby: NOWHERE,
  workable: NOWHERE,
  smartrecruiters: NOWHERE,
};

const norm = (value: string | null | undefined): string =>
  (value ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function compareText(expected: string | null, actual: string | null): string {
  if (!expected && !actual) return 'ok';
  if (!expected || !actual) return 'MISS';
  if (norm(expected) === norm(actual)) return 'ok';
  if (norm(actual).includes(norm(expected)) || norm(expected).includes(norm(actual))) return 'partial';
  return 'MISS';
}

function compareSalary(expected: Label['salary'], actual: RawPosting['salary']): string {
  if (!expected && !actual) return 'ok';
  if (!expected || !actual) return 'MISS';
  const same =
    expected.min === actual.min &&
    expected.max === actual.max &&
    (expected.currency ?? '').toUpperCase() === (actual.currency ?? '').toUpperCase() &&
    (expected.period ?? '').toLowerCase() === (actual.period ?? '').toLowerCase();
  return same ? 'ok' : 'MISS';
}

function compareRemote(expected: Label['remote'], actual: RawPosting['remote']): string {
  const want = expected === true ? 'remote' : expected === false ? 'onsite' : expected;
  return (want ?? null) === actual ? 'ok' : 'MISS';
}

function compareEmployment(expected: string | null, actual: RawPosting['employmentType']): string {
  const want = expected ? expected.toLowerCase().replace(/_/g, '-') : null;
  return want === actual ? 'ok' : 'MISS';
}

const show = (value: unknown): string =>
  value === null || value === undefined ? '∅' : typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value);

async function main(): Promise<void> {
  const files = (await readdir(folder)).filter((name) => name.endsWith('.label.json')).sort();
  const labels: { label: Label; html: string }[] = [];
  for (const file of files) {
    const label = JSON.parse(await readFile(join(folder, file), 'utf8')) as Label;
    labels.push({ label, html: file.replace(/\.label\.json$/, '.html') });
  }

  const server = createServer((request, response) => {
    const name = decodeURIComponent((request.url ?? '/').slice(1).split('?')[0]!);
    if (!labels.some((entry) => entry.html === name)) {
      response.writeHead(404).end();
      return;
    }
    readFile(join(folder, name)).then(
      (body) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  // Each page keeps its real URL (so board detection runs); only the saved pages are answered.
  const pageFor = new Map(
    labels.map(({ label, html }) => [
      label.apply_url ?? `https://example.invalid/${label.id}`,
      `http://127.0.0.1:${port}/${encodeURIComponent(html)}`,
    ]),
  );
  const localFetch: typeof fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const local = pageFor.get(url);
    if (local) return fetch(local, init);
    if (url.startsWith(`${NOWHERE}/`)) return fetch(url, init);
    throw new TypeError('fetch failed', { cause: { code: 'OFFLINE_CHECK' } });
  };
  const http = createHttpClient({
    userAgent: 'Pathwise check-postings (local)',
    retries: 0,
    minIntervalMsPerHost: 0,
    fetchImpl: localFetch,
  });

  const totals: Record<string, { ok: number; partial: number; miss: number }> = {};
  const count = (field: string, verdict: string): void => {
    const entry = (totals[field] ??= { ok: 0, partial: 0, miss: 0 });
    if (verdict === 'ok') entry.ok++;
    else if (verdict === 'partial') entry.partial++;
    else entry.miss++;
  };

  try {
    for (const { label } of labels) {
      const url = label.apply_url ?? `https://example.invalid/${label.id}`;
      console.log(`\n${label.id}\n  url: ${url}`);
      let posting: RawPosting;
      try {
        posting = await fetchPostingByUrl(http, url, { atsBaseUrls: ATS_BASES });
      } catch (error) {
        console.log(`  FAILED: ${(error as Error).message}`);
        for (const field of ['title', 'company', 'location', 'salary', 'remote', 'employment']) count(field, 'MISS');
        continue;
      }
      console.log(`  path: ${posting.source.name}`);
      const rows: [string, string, unknown, unknown][] = [
        ['title', compareText(label.title, posting.title), label.title, posting.title],
        ['company', compareText(label.company, posting.company), label.company, posting.company],
        ['location', compareText(label.location, posting.location), label.location, posting.location],
        [
          'salary',
          compareSalary(label.salary, posting.salary),
          label.salary,
          posting.salary && {
            min: posting.salary.min,
            max: posting.salary.max,
            currency: posting.salary.currency,
            period: posting.salary.period,
          },
        ],
        ['remote', compareRemote(label.remote, posting.remote), label.remote, posting.remote],
        ['employment', compareEmployment(label.employment_type, posting.employmentType), label.employment_type, posting.employmentType],
      ];
      for (const [field, verdict, expected, actual] of rows) {
        count(field, verdict);
        console.log(`  ${field.padEnd(10)} ${verdict.padEnd(7)} expected ${show(expected)}  got ${show(actual)}`);
      }
      console.log(`  text: ${(posting.descriptionText ?? '').length} characters`);
    }
  } finally {
    server.close();
  }

  console.log('\nAgreement (ok / partial / miss):');
  for (const [field, { ok, partial, miss }] of Object.entries(totals)) {
    console.log(`  ${field.padEnd(10)} ${ok} / ${partial} / ${miss}   of ${labels.length}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
