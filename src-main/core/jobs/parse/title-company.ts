/**
 * Title and company from the top of the posting and a few prose patterns. The title is the first
 * short, label-like line before the first known section heading (generic banners such as
 * "Job description" or "About the job" are skipped); otherwise "the <Title> role",
 * "seeking a <Title>". The company comes from "About <X>", "<X> is hiring/seeking" or
 * "<Title> at <X>" on the title line.
 */
import { foldText, headingKind, type Section } from './sections';

const GENERIC_LINES =
  /^(?:job|position|role|posting)?\s*(?:description|summary|details|overview|posting|title|information|opening)s?$|^about (?:the|this) (?:job|role|position|opportunity)$|^(?:the )?opportunity$|^overview$|^introduction$|^(?:offre d'emploi|descripci[oó]n del puesto|stellenbeschreibung|description du poste)$/;
const SENTENCE_WORDS = /\s(?:is|are|was|will|we|you|our|to|with|for|that|this|has|have)\s/i;
const NAME_RUN = String.raw`(?:[A-Z0-9][\p{L}0-9&.'’+/-]*)(?:[ \t]+(?:of|and|for|the|de|du|la|&|[A-Z0-9][\p{L}0-9&.'’+/-]*)){0,6}`;
const NOT_NAMES = /^(?:we|you|our|the|this|it|they|he|she|who|about|join|why|what|us|the company|the team|the role|the job|the position|the opportunity|client|our client)$/i;

function isGeneric(line: string): boolean {
  return GENERIC_LINES.test(foldText(line).replace(/[:.\s]+$/, '').trim());
}

function looksLikeTitle(line: string): boolean {
  if (line.length < 3 || line.length > 90 || /[.!?:;,]$/.test(line)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(line) || line.split(/\s+/).length > 12) return false;
  return !SENTENCE_WORDS.test(` ${line} `) && !/^(?:https?:|www\.)/i.test(line);
}

/** "(Remote - US)", "(Contract)": work-mode notes, not part of the title; "(Phoenix)" stays. */
const TRAILING_MODE = /\s*[([](?:[^)\]]*\b(?:remote|hybrid|on-?site|contract|full[- ]time|part[- ]time|temporary|m\/w\/d|f\/h|h\/f)\b[^)\]]*)[)\]]\s*$/i;

function cleanTitle(line: string): string {
  return line.replace(/^#+\s*/, '').replace(/\*\*/g, '').replace(TRAILING_MODE, '').trim();
}

/**
 * The first label-like line among the opening lines, before any known section heading. A
 * Markdown heading that opens the posting ("## Registered Nurse") is a candidate too.
 */
export function titleFromLines(sections: Section[]): string | null {
  const first = sections[0];
  const opening = first?.kind === 'intro' ? first.lines.slice(0, 6) : [];
  for (const line of opening) {
    if (line.bullet || isGeneric(line.text)) continue;
    if (looksLikeTitle(line.text) && headingKind(line) === null) return cleanTitle(line.text);
  }
  const heading = first?.kind === 'other' ? first.heading : null;
  return heading && !isGeneric(heading) && looksLikeTitle(heading) ? cleanTitle(heading) : null;
}

const TITLE_IN_PROSE = [
  new RegExp(String.raw`\b(?:seeking|hiring|looking for|recruiting|searching for)\s+(?:an?|the|our)\s+(?:(?:new|talented|skilled|motivated|passionate|experienced|dedicated|full[- ]time|part[- ]time)\s+){0,3}(${NAME_RUN})`, 'u'),
  new RegExp(String.raw`\b(?:The|As an?|As the)\s+(${NAME_RUN})\s+(?:role|position|job|opening)\b`, 'u'),
];

export function titleFromProse(text: string): string | null {
  for (const pattern of TITLE_IN_PROSE) {
    const match = pattern.exec(text)?.[1]?.trim();
    if (match && match.split(/\s+/).length <= 6 && !NOT_NAMES.test(match)) return match.replace(/\s+(?:to|for|and|of|the)$/i, '');
  }
  return null;
}

/** "Senior Engineer at Acme" → title and company. */
export function splitTitleAt(title: string): { title: string; company: string | null } {
  const match = /^(.{3,80}?)\s+(?:at|@|chez|en|bei)\s+([A-Z][^,()]{1,60})$/u.exec(title);
  return match ? { title: match[1]?.trim() ?? title, company: match[2]?.trim() ?? null } : { title, company: null };
}

const COMPANY_IN_PROSE = [
  new RegExp(String.raw`^(?:#+\s*)?About\s+(${NAME_RUN})\s*:?\s*$`, 'mu'),
  new RegExp(String.raw`(?:^|[.!]\s+|,\s+)(${NAME_RUN})\s+(?:is|are)\s+(?:hiring|seeking|looking for|searching for|recruiting)\b`, 'mu'),
  new RegExp(String.raw`(?:^|[.!]\s+)At\s+(${NAME_RUN}),\s+(?:we|our)\b`, 'mu'),
  new RegExp(String.raw`\b(?:[Jj]oin|[Ww]ork at|[Cc]areers at|team at)\s+(?!us\b|our\b|the team\b|a\b)(${NAME_RUN})`, 'u'),
];

export function companyFromProse(text: string): string | null {
  for (const pattern of COMPANY_IN_PROSE) {
    const raw = pattern.exec(text)?.[1]?.trim();
    const name = raw?.replace(/^(?:The|Our)\s+/, '').replace(/\s+(?:and|of|the|for)$/, '');
    if (name && !NOT_NAMES.test(name) && !NOT_NAMES.test(raw ?? '') && name.split(/\s+/).length <= 6) return name;
  }
  return null;
}
