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
  'work independently', 'cultural competency', 'cultural competence', 'bilingual', 'empathy',
  'customer focus', 'accountability', 'initiative', 'resilience', 'storytelling', 'facilitation',
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

export interface PhraseSpan {
  text: string;
  start: number;
  end: number;
}

export function findSoftSkills(text: string): PhraseSpan[] {
  const spans: PhraseSpan[] = [];
  PATTERN.lastIndex = 0;
  for (let match = PATTERN.exec(text); match; match = PATTERN.exec(text)) {
    spans.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
