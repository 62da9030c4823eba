/** Minimal RFC 4180 CSV reader (quoted fields, doubled quotes, CRLF): LinkedIn exports and job CSV imports. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Rows as objects keyed by lower-cased header names. LinkedIn prepends "Notes:" paragraphs to some
 * files, so the header is the first row that contains one of the expected column names.
 */
export function csvRecords(text: string, expected: string[]): Record<string, string>[] {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  const wanted = expected.map((e) => e.toLowerCase());
  const headerIndex = rows.findIndex((r) => r.some((cell) => wanted.includes(cell.trim().toLowerCase())));
  if (headerIndex < 0) return [];
  const header = rows[headerIndex]!.map((h) => h.trim().toLowerCase());
  return rows
    .slice(headerIndex + 1)
    .filter((r) => r.some((cell) => cell.trim() !== ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [h, (r[i] ?? '').trim()])));
}
