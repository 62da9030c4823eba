import type { JobSource, ParsedJob } from '../../../src-preload/contract/job.types';
import type { RawPosting } from './intake';
import { htmlToText, sanitizeHtml } from './intake';
import { parseJobText } from './parse';

/** A posting from any source becomes a ParsedJob: structured fields win, the text fills the rest. */
export function rawToParsed(raw: RawPosting): ParsedJob {
  const html = raw.descriptionHtml ? sanitizeHtml(raw.descriptionHtml) : null;
  const text = raw.descriptionText ?? (html ? htmlToText(html) : '');
  const parsed = parseJobText({
    text: text || raw.title,
    html,
    source: raw.source,
    hints: {
      title: raw.title,
      ...(raw.company ? { company: raw.company } : {}),
      ...(raw.location ? { location: raw.location } : {}),
      ...(raw.remote ? { remote: raw.remote } : {}),
      ...(raw.employmentType ? { employmentType: raw.employmentType } : {}),
      ...(raw.datePosted ? { datePosted: raw.datePosted } : {}),
      ...(raw.applyUrl ? { applyUrl: raw.applyUrl } : {}),
      ...(raw.salary ? { salary: raw.salary } : {}),
    },
  });
  return { ...parsed, descriptionHtml: html, validThrough: raw.validThrough ?? parsed.validThrough, source: { ...raw.source, url: raw.source.url ?? raw.url } };
}

const HTML_HINT = /<(p|div|li|ul|ol|br|h[1-6]|section|article|span|strong|table)\b[^>]*>/i;

/** Pasted or file text: HTML is recognised, sanitized and converted; plain text is kept as is. */
export function textToParsed(input: string, source: JobSource): ParsedJob {
  if (HTML_HINT.test(input)) {
    const html = sanitizeHtml(input);
    return { ...parseJobText({ text: htmlToText(html), html, source }), descriptionHtml: html };
  }
  return parseJobText({ text: input, source });
}
