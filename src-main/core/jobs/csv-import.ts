import type { CsvField, CsvPreview } from '../../../src-preload/contract/jobs.contract';
import { parseCsv } from '../text/csv';

const HEADER_WORDS: Record<CsvField, RegExp> = {
  title: /^(job ?)?(title|position|role)( name)?$/i,
  company: /^(company|employer|organi[sz]ation)( name)?$/i,
  location: /^(location|city|place|where)$/i,
  description: /^(description|job description|details|summary|text|body)$/i,
  url: /^(url|link|job url|job link|posting url|apply url)$/i,
  salary: /^(salary|pay|compensation|salary range)$/i,
  datePosted: /^(date( posted)?|posted( on)?|created( at)?|published)$/i,
  employmentType: /^(employment type|job type|type|contract)$/i,
};

export function readCsv(bytes: Uint8Array): string[][] {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  return parseCsv(text).filter((row) => row.some((cell) => cell.trim() !== ''));
}

/** Header, a few rows and a guess of which column is which, for the mapping dialog. */
export function previewCsv(bytes: Uint8Array): CsvPreview {
  const rows = readCsv(bytes);
  const [header = [], ...body] = rows;
  const suggested: CsvPreview['suggested'] = {};
  (Object.keys(HEADER_WORDS) as CsvField[]).forEach((field) => {
    const index = header.findIndex((h) => HEADER_WORDS[field].test(h.trim()));
    if (index >= 0) suggested[field] = index;
  });
  return { columns: header.map((h, i) => h.trim() || `Column ${i + 1}`), rows: body.slice(0, 5), rowCount: body.length, suggested };
}

/** One CSV row as posting text with a header block the job parser reads ("Title: …"). */
export function csvRowToText(row: string[], mapping: Partial<Record<CsvField, number>>): { title: string; text: string; url: string | null } {
  const cell = (field: CsvField) => {
    const index = mapping[field];
    return index === undefined ? '' : (row[index] ?? '').trim();
  };
  const header = [
    ['Title', cell('title')],
    ['Company', cell('company')],
    ['Location', cell('location')],
    ['Salary', cell('salary')],
    ['Employment type', cell('employmentType')],
    ['Date posted', cell('datePosted')],
  ]
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}: ${value}`);
  return { title: cell('title'), text: `${header.join('\n')}\n\n${cell('description')}`.trim(), url: cell('url') || null };
}
