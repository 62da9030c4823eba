/**
 * Reads the key/value header many saved postings carry: TOML/YAML front matter (`+++` / `---`
 * blocks from static job boards) and a leading "Title: …" / "Company: …" block. Keys are
 * classified by the words they contain, so `job_type`, "Employment type" and `a_job_type` all
 * land on the same field without a list of exact spellings.
 */

export type HeaderKey =
  | 'title'
  | 'company'
  | 'location'
  | 'salary'
  | 'employmentType'
  | 'remote'
  | 'education'
  | 'applyUrl'
  | 'datePosted'
  | 'validThrough'
  | 'seniority'
  | 'experience'
  | 'benefits';

export type HeaderFields = Partial<Record<HeaderKey, string>>;

export interface HeaderSplit {
  fields: HeaderFields;
  /** The text with the front matter removed (a plain "Key: value" block stays in the body). */
  body: string;
}

const KEY_RULES: { key: HeaderKey; test: RegExp }[] = [
  { key: 'seniority', test: /\b(seniority|experience level|career level|job level)\b/ },
  { key: 'experience', test: /\b(experience|years)\b/ },
  { key: 'employmentType', test: /\b(job|employment|contract|work|position) types?\b|\bschedule\b|^types?$/ },
  { key: 'remote', test: /\b(remote|workplace|work model|work arrangement|work setting|telework)\b/ },
  { key: 'company', test: /\b(company|organi[sz]ation|employer|hiring org|client|entreprise|empresa|unternehmen)\b/ },
  { key: 'title', test: /^((job|position|role) )?title$|^(job|position|role) name$|^(position|role|poste|titre|puesto|stelle|titel)$/ },
  { key: 'location', test: /\blocations?\b|^(city|lieu|ubicacion|standort|ort|where|based in)$/ },
  { key: 'salary', test: /\b(salary|compensation|pay|wage|rate|remuneration|salaire|salario|gehalt)\b/ },
  { key: 'education', test: /\b(degrees?|education|diploma)\b/ },
  { key: 'applyUrl', test: /\b(link|url|apply|application)\b/ },
  { key: 'datePosted', test: /\b(posted|created|published|date posted|sort date)\b/ },
  { key: 'validThrough', test: /\b(closing|deadline|expires?|valid through|close date)\b/ },
  { key: 'benefits', test: /\bbenefits?\b/ },
];

export function classifyHeaderKey(rawKey: string): HeaderKey | null {
  const key = rawKey
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[_\-.]+/g, ' ')
    .trim();
  if (key.length === 0 || key.length > 40) return null;
  return KEY_RULES.find((rule) => rule.test.test(key))?.key ?? null;
}

/** `"Full Time"` → `Full Time`; `["A","B"]` → `A, B`. */
function cleanValue(raw: string): string {
  let value = raw.trim();
  if (value.startsWith('[') && value.endsWith(']')) {
    const items = value.slice(1, -1).match(/"[^"]*"|'[^']*'|[^,]+/g) ?? [];
    value = items.map((item) => item.trim().replace(/^["']|["']$/g, '').trim()).filter(Boolean).join(', ');
  }
  value = value.replace(/^["']|["']$/g, '').trim();
  return value === '-' || value.toLowerCase() === 'none' || value.toLowerCase() === 'n/a' ? '' : value;
}

function addField(fields: HeaderFields, rawKey: string, rawValue: string): boolean {
  const key = classifyHeaderKey(rawKey);
  const value = cleanValue(rawValue);
  if (!key) return false;
  if (value && fields[key] === undefined) fields[key] = value;
  return true;
}

const FRONT_MATTER_LINE = /^\s*([A-Za-z_][\w .-]{0,40}?)\s*[=:]\s*(.*)$/;

function readFrontMatter(lines: string[]): { fields: HeaderFields; end: number } | null {
  const fence = lines[0]?.trim();
  if (fence !== '+++' && fence !== '---') return null;
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === fence);
  if (end < 0 || end > 200) return null;
  const fields: HeaderFields = {};
  for (const line of lines.slice(1, end)) {
    const match = FRONT_MATTER_LINE.exec(line);
    if (match) addField(fields, match[1] ?? '', match[2] ?? '');
  }
  return { fields, end };
}

const HEADER_LINE = /^\s*(?:[*_#]+\s*)?([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ /&-]{1,30}?)\s*(?:[*_]+)?\s*[:：]\s*(?:[*_]+\s*)?(\S.{0,200})$/;

/** "Title: …" lines in the first lines of the body, stopping at the first line that is not one. */
function readKeyValueBlock(lines: string[], fields: HeaderFields): void {
  let seen = 0;
  for (const line of lines.slice(0, 25)) {
    if (line.trim() === '') {
      if (seen > 0) return;
      continue;
    }
    const match = HEADER_LINE.exec(line);
    if (!match || !addField(fields, match[1] ?? '', match[2] ?? '')) {
      if (seen > 0) return;
      continue;
    }
    seen += 1;
  }
}

export function splitHeader(text: string): HeaderSplit {
  const lines = text.split('\n');
  const front = readFrontMatter(lines);
  const fields = front?.fields ?? {};
  const bodyLines = front ? lines.slice(front.end + 1) : lines;
  readKeyValueBlock(bodyLines, fields);
  return { fields, body: bodyLines.join('\n') };
}
