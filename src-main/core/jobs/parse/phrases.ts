/**
 * Short requirement phrases after lead-ins ("experience with X, Y and Z", "knowledge of X",
 * "proficient in X", "the ability to X", "such as X"). Items are the noun phrases of the list,
 * trimmed of fillers ("strong", "the", "etc.", "or similar") and kept only when short, so a
 * bullet yields "data infrastructure", not the whole bullet.
 */
import type { PhraseSpan } from './soft-skills';

const LEAD_IN =
  /\b(?:(?:experience|knowledge|understanding|proficiency|familiarity|expertise|exposure|background|skills?|fluency|competenc[ey]|grounding|command|mastery)\s+(?:(?:working|designing|building|developing|using|utili[sz]ing|leveraging|integrating|managing|hands-on)\s+)*(?:with|in|of|on|to|using|utili[sz]ing|across)\s+(?:(?:using|utili[sz]ing|working with)\s+)?|(?:proficient|skilled|fluent|familiar|experienced|versed|competent|comfortable|expert)\s+(?:in|with|at|using)\s+(?:(?:using|utili[sz]ing)\s+)?|(?:ability|able)\s+to\s+)/gi;
const REGION_END = /(?<!\be\.g|\bi\.e|\betc|\bvs)[.;:!?](?=\s|$)|\s[-–—]\s|\s(?:for|in order to|which|that|where|while|so that|when)\s|\sto (?:ensure|support|deliver|build|help|create|drive|improve|meet|enable)\b/i;
const EXAMPLES = /\s*\(?\s*\b(?:such as|including|e\.g\.,?|for example|like)\s+/i;
const SEPARATOR = /\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|as well as|and\/or)\s+|\s*;\s*/g;
const LEADING_FILLER =
  /^(?:a|an|the|some|various|any|other|strong|solid|good|great|excellent|proven|deep|basic|working|advanced|high|hands-on|modern|relevant|related|core|key|general|overall|using|utili[sz]ing|with|in|of|on|at|both|demonstrated|practical|professional|preferably|ideally|nice to have|previous|prior|extensive|thorough|sound|specifically|particularly|especially|mainly|primarily|predominantly|familiarity with|experience (?:with|in)|knowledge of|(?:an? |particular |strong )?(?:emphasis|focus) on)\s+/i;
const TRAILING_FILLER =
  /(?:\s*(?:,?\s*etc\.?|or similar(?: tools)?|or equivalent|or related|and more|\(?e\.g\.?\)?)|\s+(?:is |are |would be |will be )?(?:preferred|required|a plus|a bonus|a big plus|nice to have|nice|great|helpful|an asset|an advantage|advantageous|welcome|desired|desirable|is a must|mandatory|strongly preferred|highly desirable)|\s+(?:in a \w+ manner))$/i;
const STOP_ITEMS = /^(?:similar|similar tools|others?|etc|equivalent|the like|tools|related|more|same|it|them|this|these|those|any|all)$|^(?:a )?similar\b/i;
/** "Able to stand for long periods", "able to work weekends": conditions of the job, not skills. */
const PHYSICAL_OR_SCHEDULE =
  /^(?:stand|sit|lift|walk|bend|kneel|stoop|climb|push|pull|carry|reach|travel|commute|relocate|pass|obtain|work (?:evenings|weekends|nights|holidays|overtime|shifts|flexible|on[- ]?site|in|from|at|a))\b/i;
const ATTITUDE_HEADS = /^(?:commitment|passion|desire|willingness|interest|eagerness|enthusiasm|dedication|love|curiosity|drive|appetite|openness|the ability|ability)\b/i;
const MAX_ITEM_WORDS = 5;

interface Region {
  start: number;
  end: number;
}

/** "3 years of acute care nursing experience", "Food and drink industry experience": the field before "experience". */
const YEARS_OF_FIELD = /\b(?:years?|months?)['’]?\s+of\s+(?!experience\b)([^.;:()]{3,60}?)\s+(?:experience|background)\b/i;
const WHOLE_CLAUSE_FIELD = /^\s*([^.;:()]{3,50}?)\s+(?:experience|background|expertise)\s*(?:is |are )?(?:a plus|preferred|required|desired|desirable|an asset|a bonus)?[\s.]*$/i;
/** Words that say what kind of experience, not in what: "5 years of relevant experience" names no field. */
const NOT_A_FIELD =
  /^(?:(?:relevant|professional|analytical|technical|related|practical|industry|work|working|hands-on|progressive|direct|overall|total|combined|paid|previous|prior|post-qualification|proven|demonstrated|some|solid|strong|similar|general|full-time|recent|\w+-level|and|or|\s)+)$/i;

function experienceRegions(clause: string): Region[] {
  const regions: Region[] = [];
  for (const pattern of [YEARS_OF_FIELD, WHOLE_CLAUSE_FIELD]) {
    const match = pattern.exec(clause);
    const field = match?.[1];
    if (!match || !field || NOT_A_FIELD.test(field)) continue;
    const start = match.index + match[0].indexOf(field, pattern === YEARS_OF_FIELD ? match[0].search(/\bof\s/i) : 0);
    regions.push({ start, end: start + field.length });
  }
  return regions;
}

function regionsOf(clause: string): Region[] {
  const regions: Region[] = [];
  const leads = [...clause.matchAll(LEAD_IN)];
  leads.forEach((lead, index) => {
    const start = (lead.index ?? 0) + lead[0].length;
    const nextLead = leads[index + 1]?.index ?? clause.length;
    const cut = clause.slice(start, nextLead).search(REGION_END);
    regions.push({ start, end: cut >= 0 ? start + cut : nextLead });
  });
  return regions;
}

function inside(position: number, spans: PhraseSpan[]): boolean {
  return spans.some((span) => position > span.start && position < span.end);
}

function depthAt(text: string, position: number): number {
  let depth = 0;
  for (let index = 0; index < position; index += 1) {
    if (text[index] === '(') depth += 1;
    else if (text[index] === ')') depth = Math.max(0, depth - 1);
  }
  return depth;
}

type IsKnown = (span: PhraseSpan) => boolean;

/**
 * Splits a list region into items. "camping or climbing equipment" and "logistics or transport"
 * stay one item: an "or" between two things the skills list does not know joins alternatives of
 * one requirement; between named skills ("AWS or GCP") it separates them.
 */
function splitItems(clause: string, region: Region, protect: PhraseSpan[], isKnown: IsKnown): PhraseSpan[] {
  const text = clause.slice(region.start, region.end);
  const items: (PhraseSpan & { joinedByOr: boolean })[] = [];
  let from = 0;
  let joinedByOr = false;
  SEPARATOR.lastIndex = 0;
  for (let match = SEPARATOR.exec(text); match; match = SEPARATOR.exec(text)) {
    const at = region.start + match.index;
    if (match[0].length === 0 || inside(at, protect) || depthAt(text, match.index) > 0) continue;
    items.push({ text: text.slice(from, match.index), start: region.start + from, end: at, joinedByOr });
    joinedByOr = /^[\s,]*or\s+$/i.test(match[0]);
    from = match.index + match[0].length;
  }
  items.push({ text: text.slice(from), start: region.start + from, end: region.end, joinedByOr });
  const merged: PhraseSpan[] = [];
  for (const item of items) {
    const previous = merged[merged.length - 1];
    if (previous && item.joinedByOr && !isKnown(previous) && !isKnown(item)) {
      merged[merged.length - 1] = { text: clause.slice(previous.start, item.end), start: previous.start, end: item.end };
    } else merged.push({ text: item.text, start: item.start, end: item.end });
  }
  return merged;
}

/** Trims fillers and unbalanced brackets, moving the offsets with the text. */
export function cleanItem(item: PhraseSpan): PhraseSpan | null {
  let { text, start, end } = item;
  for (let changed = true; changed; ) {
    changed = false;
    const before = text;
    text = text.replace(/^[\s"'“(]+/, '').replace(LEADING_FILLER, '');
    start += before.length - text.length;
    const beforeEnd = text;
    text = text.replace(/[\s"'”,.:]+$/, '').replace(TRAILING_FILLER, '');
    if (/^[^(]*\)$/.test(text)) text = text.slice(0, -1);
    end -= beforeEnd.length - text.length;
    changed = text !== before;
  }
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words === 0 || words > MAX_ITEM_WORDS || !/\p{L}/u.test(text) || /^\d/.test(text)) return null;
  if (STOP_ITEMS.test(text) || ATTITUDE_HEADS.test(text) || PHYSICAL_OR_SCHEDULE.test(text) || LEADING_FILLER.test(`${text} `)) return null;
  return { text, start, end };
}

function examplesSplit(clause: string, region: Region): { head: Region; examples: Region | null } {
  const match = EXAMPLES.exec(clause.slice(region.start, region.end));
  if (!match || match.index === 0) return { head: region, examples: null };
  const at = region.start + match.index;
  return { head: { start: region.start, end: at }, examples: { start: at + match[0].length, end: region.end } };
}

/**
 * List items after lead-ins. "X such as A, B" keeps A and B when they look like names (capitals
 * or known skills) and X otherwise, because the head is then a category, not a requirement.
 */
export function leadInItems(clause: string, protect: PhraseSpan[], isKnown: IsKnown): PhraseSpan[] {
  const items: PhraseSpan[] = [];
  for (const region of experienceRegions(clause)) {
    // "Food and drink industry experience" is one field unless it lists known skills.
    const whole = cleanItem({ text: clause.slice(region.start, region.end), start: region.start, end: region.end });
    if (whole && !isKnown(whole)) items.push(whole);
    else items.push(...clean(splitItems(clause, region, protect, isKnown)));
  }
  for (const region of regionsOf(clause)) {
    const { head, examples } = examplesSplit(clause, region);
    const exampleItems = examples ? clean(splitItems(clause, examples, protect, isKnown)) : [];
    const named = exampleItems.filter((item) => /\p{Lu}/u.test(item.text) || isKnown(item));
    items.push(...(named.length > 0 ? named : clean(splitItems(clause, head, protect, isKnown))));
  }
  return items;
}

function clean(items: PhraseSpan[]): PhraseSpan[] {
  return items.map(cleanItem).filter((item): item is PhraseSpan => item !== null);
}
