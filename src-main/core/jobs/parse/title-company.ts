/**
 * Title and company from the top of the posting and a few prose patterns. The title is the first
 * short, label-like line before the first known section heading (generic banners such as
 * "Job description" or "About the job" are skipped); otherwise "the <Title> role",
 * "seeking a <Title>". The company comes from "About <X>", "<X> is hiring/seeking" or
 * "<Title> at <X>" on the title line.
 */
import { normalizeSkill } from '../../skills/skill-matcher';
import { splitTitleLine } from './byline';
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
const MODE_NOTE = String.raw`\b(?:remote|hybrid|on-?site|contract|freelance|fixed[- ]term|full[- ]time|part[- ]time|temporary|temp|permanent|m\/w\/d|f\/h|h\/f|w\/m\/d)\b`;
const TRAILING_MODE = new RegExp(String.raw`\s*[([](?:[^)\]]*${MODE_NOTE}[^)\]]*)[)\]]\s*$`, 'i');
/** "Content Lead — 6 month contract", "Designer | Remote": a dash or bar before a work-mode note. */
const TRAILING_MODE_SEGMENT = new RegExp(String.raw`\s+[-–—|]\s+[^-–—|]*${MODE_NOTE}[^-–—|]*$`, 'i');

export interface TitleLine {
  title: string;
  company: string | null;
  location: string | null;
}

/** Markdown marks and work-mode notes off; a title line carrying the byline is split first. */
function cleanTitle(line: string): TitleLine {
  const split = splitTitleLine(line.replace(/^#+\s*/, '').replace(/\*\*/g, '').trim());
  return { ...split, title: split.title.replace(TRAILING_MODE, '').replace(TRAILING_MODE_SEGMENT, '').trim() };
}

/**
 * The first label-like line among the opening lines, before any known section heading. A
 * Markdown heading that opens the posting ("## Registered Nurse") is a candidate too.
 */
export function titleFromLines(sections: Section[]): TitleLine | null {
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
  new RegExp(String.raw`\b(?:seeking|hiring|looking for|recruiting|searching for)\s+(?:(?:an?|the|our)\s+)?(?:(?:new|talented|skilled|motivated|passionate|experienced|dedicated|full[- ]time|part[- ]time)\s+){0,3}(${NAME_RUN})`, 'u'),
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

/**
 * "Solenta Energía is a renewable energy producer…", "Tallowfield makes scheduling software…": a
 * paragraph that opens by describing a named subject is the employer introducing itself. Only
 * paragraph openings count: the first prose paragraph, or a later one whose name comes back.
 */
const SELF_INTRODUCTION = new RegExp(
  String.raw`^(${NAME_RUN})\s+(?:is (?:an?|the|one of)|are (?:an?|the)|(?:builds|makes|helps|creates|provides|develops|designs|operates|runs|sells|moves|packs|serves|offers|delivers|powers|connects|was founded))\b`,
  'u',
);

function companyFromOpenings(text: string): string | null {
  const paragraphs = text.split(/\n/).map((line) => line.trim()).filter((line) => line.length >= 40 && /[.!]$/.test(line));
  for (const [index, paragraph] of paragraphs.slice(0, 12).entries()) {
    const name = SELF_INTRODUCTION.exec(paragraph)?.[1]?.trim();
    // "Python is a plus" names a skill, not the employer.
    if (!name || NOT_NAMES.test(name) || name.split(/\s+/).length > 5 || normalizeSkill(name) !== null) continue;
    const head = name.split(/\s+/)[0] ?? '';
    if (index === 0 || text.split(head).length - 1 >= 2) return name;
  }
  return null;
}

export function companyFromProse(text: string): string | null {
  return companyFromPatterns(text) ?? companyFromOpenings(text);
}

function companyFromPatterns(text: string): string | null {
  for (const pattern of COMPANY_IN_PROSE) {
    const raw = pattern.exec(text)?.[1]?.trim();
    const name = raw?.replace(/^(?:The|Our)\s+/, '').replace(/\s+(?:and|of|the|for)$/, '');
    if (name && !NOT_NAMES.test(name) && !NOT_NAMES.test(raw ?? '') && name.split(/\s+/).length <= 6) return name;
  }
  return null;
}
