/**
 * npm run bench:parse -- <folder>
 *
 * For each .pdf/.docx in <folder>: warm parse time (extraction + parseResume, the same functions the
 * worker and the app run, measured in-process so IPC noise stays out) against the raw library
 * extraction of the same file in the same run (pdf-parse getText for PDF, mammoth.extractRawText
 * for DOCX). Runs alternate between the two, the first round is discarded as warm-up, and medians
 * are compared (PERFORMANCE.md: quote medians and side-by-side ratios, never absolute times).
 *
 * When `<id>.label.json` sits beside a file, field-level accuracy is scored with
 * scripts/lib/resume-score.ts (rules documented there) and printed per field and overall.
 *
 * A folder of resume sources instead of documents (tests/fixtures/resumes-variety: `<id>.txt` +
 * `<id>.label.json` and a `cases.ts` that renders them) is rendered to PDF/DOCX in memory first,
 * so the invented set is measured exactly like the real one.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename, extname, resolve } from 'node:path';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import { extractDocument } from '../src-main/adapters/documents/extract-document';
import { parseResume } from '../src-main/core/resumes/parse';
import { scoreResume, type ResumeLabel } from './lib/resume-score';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);

async function rawExtract(bytes: Buffer, ext: string): Promise<number> {
  if (ext === '.pdf') {
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    try {
      return (await parser.getText()).text.length;
    } finally {
      await parser.destroy();
    }
  }
  return (await mammoth.extractRawText({ buffer: bytes })).value.length;
}

async function ourParse(bytes: Buffer, name: string): Promise<number> {
  const doc = await extractDocument(new Uint8Array(bytes), name);
  return Object.keys(parseResume(doc)).length;
}

interface BenchFile {
  name: string;
  bytes: Buffer;
  label: ResumeLabel | null;
}

/** Documents in the folder, or the folder's sources rendered by its cases.ts. */
async function loadFiles(folder: string): Promise<BenchFile[]> {
  if (existsSync(join(folder, 'cases.ts'))) {
    const { loadVarietyCases, renderVariety } = (await import(
      join(folder, 'cases.ts')
    )) as typeof import('../tests/fixtures/resumes-variety/cases');
    const out: BenchFile[] = [];
    for (const c of loadVarietyCases(folder))
      for (const format of c.formats) out.push({ name: `${c.id}.${format}`, bytes: await renderVariety(c, format), label: c.label });
    return out;
  }
  return readdirSync(folder)
    .filter((f) => /\.(pdf|docx)$/i.test(f))
    .sort()
    .map((file) => {
      const labelPath = join(folder, `${basename(file, extname(file))}.label.json`);
      const label = existsSync(labelPath) ? (JSON.parse(readFileSync(labelPath, 'utf8')) as ResumeLabel) : null;
      return { name: file, bytes: readFileSync(join(folder, file)), label };
    });
}

const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main(): Promise<void> {
  const folder = resolve(process.argv[2] ?? '');
  if (!process.argv[2] || !existsSync(folder)) {
    console.error('usage: npm run bench:parse -- <folder with .pdf/.docx files, or tests/fixtures/resumes-variety>');
    process.exit(2);
  }
  const files = await loadFiles(folder);
  const ratios: number[] = [];
  const fieldScores: Record<string, number[]> = {};
  const overall: number[] = [];
  console.log(`file                             raw ms   parse ms   ratio   accuracy`);
  for (const { name: file, bytes, label } of files) {
    const ext = extname(file).toLowerCase();
    const raw: number[] = [];
    const ours: number[] = [];
    for (let round = 0; round <= ROUNDS; round++) {
      let t = performance.now();
      await rawExtract(bytes, ext);
      const r = performance.now() - t;
      t = performance.now();
      await ourParse(bytes, file);
      const o = performance.now() - t;
      if (round > 0) {
        raw.push(r);
        ours.push(o);
      }
    }
    const ratio = median(ours) / median(raw);
    ratios.push(ratio);
    let accuracy = '';
    if (label) {
      const profile = parseResume(await extractDocument(new Uint8Array(bytes), file));
      const scores = scoreResume(profile, label);
      for (const [k, v] of Object.entries(scores)) (fieldScores[k] ??= []).push(v);
      const values = Object.values(scores);
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      overall.push(mean);
      accuracy = mean.toFixed(3);
      if (process.env.BENCH_VERBOSE) console.log(JSON.stringify(scores));
    }
    console.log(
      `${file.padEnd(30)} ${median(raw).toFixed(1).padStart(7)} ${median(ours).toFixed(1).padStart(10)} ${ratio.toFixed(2).padStart(7)}   ${accuracy}`,
    );
  }
  console.log(`\nmedian speed ratio (parse / raw extraction): ${median(ratios).toFixed(2)}x  (worst ${Math.max(...ratios).toFixed(2)}x)`);
  if (overall.length) {
    console.log('\nfield accuracy (mean over labelled files):');
    const fieldMeans: number[] = [];
    for (const [field, values] of Object.entries(fieldScores)) {
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      fieldMeans.push(mean);
      console.log(`  ${field.padEnd(24)} ${mean.toFixed(3)}  (n=${values.length})`);
    }
    const meanOfFields = fieldMeans.reduce((a, b) => a + b, 0) / fieldMeans.length;
    console.log(`\noverall mean field score: ${meanOfFields.toFixed(3)}  (min field ${Math.min(...fieldMeans).toFixed(3)})`);
  }
}

void main();
