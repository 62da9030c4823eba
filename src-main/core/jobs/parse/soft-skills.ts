/**
 * Requirement phrases the technical taxonomy does not hold: soft skills and work habits as
 * postings write them. Longest forms first so "written and verbal communication" is one item,
 * not "communication". Matched case-insensitively; the item keeps the posting's own wording.
 */
const PHRASES = [
  'written and verbal communication', 'verbal and written communication', 'oral and written communication',
  'written and oral communication', 'written communication', 'verbal communication', 'oral communication',
  'communication', 'interpersonal skills', 'interpersonal', 'collaboration', 'teamwork', 'team player',
  'time management', 'attention to detail', 'detail-oriented', 'detail oriented', 'problem solving', 'problem-solving',
  'critical thinking', 'analytical skills', 'analytical thinking', 'organizational skills', 'organisational skills',
  'organization skills', 'leadership', 'customer service', 'multitasking', 'multi-tasking', 'self-motivated',
  'self-starter', 'adaptability', 'flexibility', 'creativity', 'negotiation', 'presentation skills', 'public speaking',
  'stakeholder management', 'stakeholder engagement', 'prioritization', 'prioritisation', 'decision making',
  'decision-making', 'conflict resolution', 'mentoring', 'coaching', 'relationship building', 'emotional intelligence',
  'work independently', "driver's license", 'driver’s license', 'drivers license', 'driving licence', 'driving license', 'cultural competency', 'cultural competence', 'bilingual', 'empathy',
  'customer focus', 'accountability', 'initiative', 'resilience', 'storytelling', 'facilitation', 'patience',
  // French, Spanish, German basics.
  'esprit d’équipe', "esprit d'équipe", 'sens du détail', 'autonomie', 'rigueur', 'trabajo en equipo', 'comunicación',
  'atención al detalle', 'teamfähigkeit', 'kommunikationsfähigkeit', 'kommunikationsstärke', 'eigeninitiative',
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[’']/g, "['’]").replace(/[- ]/g, '[- ]');
}

const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...PHRASES].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** "Bilingual English/Spanish", "bilingual in English and French": one requirement, not three. */
const BILINGUAL = /\b[Bb]ilingual\s+(?:in\s+)?\p{Lu}\p{Ll}+\s*(?:\/|and|&)\s*\p{Lu}\p{Ll}+/gu;

export interface PhraseSpan {
  text: string;
  start: number;
  end: number;
}

export function findSoftSkills(text: string): PhraseSpan[] {
  const spans: PhraseSpan[] = [...text.matchAll(BILINGUAL)].map((match) => ({ text: match[0], start: match.index ?? 0, end: (match.index ?? 0) + match[0].length }));
  PATTERN.lastIndex = 0;
  for (let match = PATTERN.exec(text); match; match = PATTERN.exec(text)) {
    spans.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** Words that say how good, not what: "strong technical skills" names no skill. */
const NOT_A_SKILL_NOUN =
  /^(?:technical|soft|hard|people|strong|excellent|good|great|solid|proven|relevant|required|necessary|basic|key|core|these|the|your|our|other|similar|demonstrated|proficient|advanced|exceptional|outstanding|superior|effective|and|or|with|of|in|has|have|skills?)$/i;
const SKILL_NOUN_PAIR = /([\p{L}-]+)\s+(?:and|&)\s+([\p{L}-]+)\s+skills\b/giu;

/**
 * "Excellent writing and editing skills", "basic math and reading skills": the two things named
 * before "skills" are two items, as postings' readers list them.
 */

export function findSkillNouns(text: string): PhraseSpan[] {
  const spans: PhraseSpan[] = [];
  SKILL_NOUN_PAIR.lastIndex = 0;
  for (let match = SKILL_NOUN_PAIR.exec(text); match; match = SKILL_NOUN_PAIR.exec(text)) {
    const first = match[1] ?? '';
    const second = match[2] ?? '';
    if (NOT_A_SKILL_NOUN.test(first) || NOT_A_SKILL_NOUN.test(second)) continue;
    const secondStart = match.index + match[0].indexOf(second, first.length);
    spans.push({ text: first, start: match.index, end: match.index + first.length });
    spans.push({ text: text.slice(secondStart, match.index + match[0].length), start: secondStart, end: match.index + match[0].length });
  }
  return spans;
}
