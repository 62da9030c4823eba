/**
 * Main text and headline facts of an arbitrary job page, without a DOM: the last fallback of
 * fetchPostingByUrl when there is no ATS API and no JSON-LD. The rules are general (document title,
 * headings, og: tags, elements labelled "location"/"workplace"), never per-site.
 */
import type { EmploymentType, RemoteMode, SalaryRange } from '../../../../src-preload/contract/job.types';
import { nodeText, inlineText } from './html/text';
import { findAll, parseHtml, walk, type HtmlElement } from './html/tree';
import { employmentTypeOf, remoteModeOf, str } from './normalize';
import { parseSalaryText } from './salary-text';
import { sanitizeTree } from './sanitize';
import type { RawPosting } from './types';

export interface PageText {
  title: string | null;
  company: string | null;
  location: string | null;
  remote: RemoteMode | null;
  employmentType: EmploymentType | null;
  salary: SalaryRange | null;
  /** Main text of the page. */
  text: string;
  /** Sanitized HTML of the main block. */
  html: string;
}

/** Page chrome that is never the posting. */
const CHROME = new Set(['nav', 'header', 'footer', 'aside', 'form', 'dialog', 'menu', 'label', 'input', 'select', 'option', 'button']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'dialog', 'alertdialog', 'search', 'menu', 'complementary']);
/** Sites that appear as og:site_name or in titles but are not the employer. */
const HOSTING_SITES =
  /^(greenhouse|lever|workable|ashby|smartrecruiters|linkedin|indeed|glassdoor|teamtailor|recruitee|personio|bamboohr|jobvite|icims|workday|myworkdayjobs|breezy hr|jazzhr|welcome to the jungle|stepstone|monster|ziprecruiter|wellfound|angellist)$/i;
/** Title segments that name the page type, not the employer. */
const GENERIC_SEGMENT =
  /^(job application( for)?|application|apply( now)?|careers?( page)?|jobs?|job details|job opening|open positions?|vacanc(y|ies)|hiring|we'?re hiring|join us|home|job description)$/i;

function isChrome(element: HtmlElement): boolean {
  if (CHROME.has(element.tag)) return true;
  const role = element.attrs.role?.toLowerCase();
  if (role && CHROME_ROLES.has(role)) return true;
  if (element.attrs['aria-hidden'] === 'true' || 'hidden' in element.attrs) return true;
  const hint = `${element.attrs.id ?? ''} ${element.attrs.class ?? ''}`.toLowerCase();
  return /\b(cookie|consent|gdpr|modal|popup|banner-cookie)/.test(hint);
}

function meta(root: HtmlElement): Map<string, string> {
  const values = new Map<string, string>();
  for (const element of findAll(root, (el) => el.tag === 'meta')) {
    const key = (element.attrs.property ?? element.attrs.name ?? '').toLowerCase();
    const value = str(element.attrs.content ?? element.attrs.value);
    if (key && value && !values.has(key)) values.set(key, value);
  }
  return values;
}

const norm = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

function pickTitle(root: HtmlElement, documentTitle: string | null, ogTitle: string | null): string | null {
  const headings = ['h1', 'h2']
    .flatMap((tag) => findAll(root, (el) => el.tag === tag).map(inlineText))
    .filter((text) => text.length >= 3 && text.length <= 200);
  const references = [documentTitle, ogTitle].filter((text): text is string => !!text).map(norm);
  const matching = headings.find((heading) => references.some((reference) => reference.includes(norm(heading))));
  if (matching) return matching;
  const h1 = findAll(root, (el) => el.tag === 'h1' && !insideChrome(el))
    .map(inlineText)
    .find((text) => text.length >= 3 && text.length <= 200);
  if (h1) return h1;
  const fromTitle = ogTitle ?? documentTitle;
  return fromTitle ? (titleSegments(fromTitle)[0] ?? fromTitle) : null;
}

function insideChrome(element: HtmlElement): boolean {
  for (let node: HtmlElement | null = element; node; node = node.parent) if (isChrome(node)) return true;
  return false;
}

function titleSegments(text: string): string[] {
  return text
    .split(/\s+[-|–—·•@]\s+|\s+at\s+|\s*:\s+/)
    .map((part) => part.replace(/^[\s\-|–—·•:@]+|[\s\-|–—·•:@]+$/g, ''))
    .filter((part) => part && !GENERIC_SEGMENT.test(part));
}

/** The employer from the page title once the job title is removed ("X at GitLab", "Highspot - X"). */
function companyFromTitles(titles: (string | null)[], jobTitle: string | null): string | null {
  for (const text of titles) {
    if (!text) continue;
    let residue = text;
    if (jobTitle) {
      const at = residue.toLowerCase().indexOf(jobTitle.toLowerCase());
      if (at === -1) continue;
      residue = `${residue.slice(0, at)} - ${residue.slice(at + jobTitle.length)}`;
    }
    const segment = titleSegments(residue).find((part) => part.length <= 60 && !HOSTING_SITES.test(part));
    if (segment) return segment.replace(/^(at|@)\s+/i, '').replace(/\s+(careers|jobs)$/i, '');
  }
  return null;
}

function attributeHint(element: HtmlElement): string {
  const { attrs } = element;
  return [
    attrs.class,
    attrs.id,
    attrs.itemprop,
    ...Object.entries(attrs)
      .filter(([key]) => key.startsWith('data-'))
      .map(([, value]) => value),
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

/** Short text of the first visible element whose class/id/data-* matches `hint`. */
function labelledValue(root: HtmlElement, hint: RegExp, maxLength: number): string | null {
  let found: string | null = null;
  walk(root, (element) => {
    if (found !== null) return false;
    if (isChrome(element) && element.tag !== 'header') return false;
    if (!hint.test(attributeHint(element))) return true;
    const text = inlineText(element).replace(/[\s/|·,]+$/, '');
    if (text.length >= 2 && text.length <= maxLength && !text.includes('?')) found = text;
    return false;
  });
  return found;
}

/** `<dt>Label</dt><dd>value</dd>` (and th/td) pairs keyed by lower-case label. */
function definitionPairs(root: HtmlElement): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const term of findAll(root, (el) => el.tag === 'dt' || el.tag === 'th')) {
    const siblings = term.parent?.children.filter((node): node is HtmlElement => node.type === 'element') ?? [];
    const value = siblings[siblings.indexOf(term) + 1];
    if (!value || (value.tag !== 'dd' && value.tag !== 'td')) continue;
    const label = inlineText(term).toLowerCase().replace(/:$/, '');
    const text = inlineText(value);
    if (label && text && !pairs.has(label)) pairs.set(label, text);
  }
  return pairs;
}

function twitterLabels(values: Map<string, string>): Map<string, string> {
  const pairs = new Map<string, string>();
  for (let index = 1; index <= 4; index++) {
    const label = values.get(`twitter:label${index}`);
    const data = values.get(`twitter:data${index}`);
    if (label && data) pairs.set(label.toLowerCase(), data);
  }
  return pairs;
}

const BLOCK_TEXT = new Set(['p', 'li', 'pre', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd', 'td', 'blockquote']);

/** `<main>`/`<article>` when they hold the text, else the container with the most paragraph text. */
function mainBlock(root: HtmlElement): HtmlElement {
  const skip = (el: HtmlElement): boolean => isChrome(el);
  const landmark = findAll(root, (el) => (el.tag === 'main' || el.tag === 'article' || el.attrs.role === 'main') && !insideChrome(el)).find(
    (el) => nodeText(el, skip).length >= 200,
  );
  if (landmark) return landmark;
  const scores = new Map<HtmlElement, number>();
  walk(root, (element) => {
    if (isChrome(element)) return false;
    if (!BLOCK_TEXT.has(element.tag)) return true;
    const length = nodeText(element, skip).length;
    if (length < 25) return false;
    const parent = element.parent;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + length);
    if (parent?.parent) scores.set(parent.parent, (scores.get(parent.parent) ?? 0) + length / 2);
    return false;
  });
  let best: HtmlElement = findAll(root, (el) => el.tag === 'body')[0] ?? root;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}

export function extractPageText(html: string): PageText {
  const root = parseHtml(html);
  const metaValues = meta(root);
  const documentTitle = str(
    findAll(root, (el) => el.tag === 'title')
      .map((el) => el.children.map((c) => (c.type === 'text' ? c.text : '')).join(''))[0]
      ?.replace(/\s+/g, ' '),
  );
  const ogTitle = metaValues.get('og:title') ?? metaValues.get('twitter:title') ?? null;
  const title = pickTitle(root, documentTitle, ogTitle);
  const siteName = metaValues.get('og:site_name') ?? metaValues.get('application-name') ?? null;
  const company = (siteName && !HOSTING_SITES.test(siteName) ? siteName : null) ?? companyFromTitles([documentTitle, ogTitle], title);

  const pairs = new Map([...twitterLabels(metaValues), ...definitionPairs(root)]);
  const pair = (pattern: RegExp): string | null => [...pairs].find(([label]) => pattern.test(label))?.[1] ?? null;
  const location = pair(/^(job )?locations?$/) ?? labelledValue(root, /location/, 100);
  const remote =
    remoteModeOf(pair(/^(remote( status)?|workplace( type)?|work ?place|work model)$/)) ??
    remoteModeOf(labelledValue(root, /workplace|remote/, 40)) ??
    (remoteModeOf(location) === 'remote' ? 'remote' : null);
  const employmentType = employmentTypeOf(
    pair(/^(employment|job|contract) ?type$|^commitment$/) ?? labelledValue(root, /commitment|job-?type|employment/, 40),
  );

  const block = mainBlock(root);
  const skip = (el: HtmlElement): boolean => isChrome(el);
  // An application-only page may have no body text left; the page summary is better than nothing.
  const text = nodeText(block, skip) || (metaValues.get('og:description') ?? metaValues.get('description') ?? '');
  return {
    title,
    company,
    location,
    remote,
    employmentType,
    salary: parseSalaryText(text, { requirePayWord: true }),
    text,
    html: sanitizeTree(block, skip),
  };
}

/** A RawPosting from page text; null when the page has no recognisable title. */
export function pagePosting(html: string, pageUrl: string): RawPosting | null {
  const page = extractPageText(html);
  if (!page.title) return null;
  return {
    externalId: pageUrl,
    url: pageUrl,
    applyUrl: pageUrl,
    title: page.title,
    company: page.company,
    location: page.location,
    remote: page.remote,
    employmentType: page.employmentType,
    datePosted: null,
    salary: page.salary,
    descriptionHtml: page.html || null,
    descriptionText: page.text || null,
    source: { kind: 'url', name: 'Page text', url: pageUrl, externalId: null },
  };
}
