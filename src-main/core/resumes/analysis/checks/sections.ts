/** Standard section headings: Experience, Education and Skills present, with names an ATS recognises. */
import type { AnalysisCheck, SectionKind } from '../../../../../src-preload/contract/resume.types';
import { listWords, makeCheck, quote, type AnalysisContext } from '../check';

export const SECTIONS_WEIGHT = 15;

const STANDARD_HEADINGS: Partial<Record<SectionKind, { pattern: RegExp; suggestion: string }>> = {
  work: { pattern: /\b(experience|employment|work history|career history|professional background)\b/i, suggestion: 'Experience' },
  education: { pattern: /\b(education|academic|qualifications|training)\b/i, suggestion: 'Education' },
  skills: { pattern: /\b(skills|competencies|technologies|technical proficiencies|expertise|tools)\b/i, suggestion: 'Skills' },
  summary: { pattern: /\b(summary|profile|objective|about)\b/i, suggestion: 'Summary' },
  projects: { pattern: /\bprojects?\b/i, suggestion: 'Projects' },
  certificates: { pattern: /\b(certifications?|certificates?|licen[cs]es?|credentials)\b/i, suggestion: 'Certifications' },
  volunteer: { pattern: /\b(volunteer|volunteering|community)\b/i, suggestion: 'Volunteer Experience' },
};

interface CoreSection {
  kind: SectionKind;
  name: string;
  inProfile: boolean;
}

export function checkSections(context: AnalysisContext): AnalysisCheck {
  const { profile } = context;
  const sections = profile.meta?.sections ?? [];
  const core: CoreSection[] = [
    { kind: 'work', name: 'Experience', inProfile: (profile.work?.length ?? 0) > 0 },
    { kind: 'education', name: 'Education', inProfile: (profile.education?.length ?? 0) > 0 },
    { kind: 'skills', name: 'Skills', inProfile: (profile.skills?.length ?? 0) > 0 },
  ];
  const missing = core.filter((section) => !section.inProfile && !sections.some((found) => found.kind === section.kind));
  const unusual = sections.filter((found) => {
    const standard = STANDARD_HEADINGS[found.kind];
    return standard !== undefined && !standard.pattern.test(found.heading);
  });
  const headingShare = sections.length === 0 ? 1 : 1 - unusual.length / sections.length;
  const result = ((core.length - missing.length) / core.length) * 0.75 + headingShare * 0.25;
  return makeCheck({
    id: 'standard-sections',
    title: 'Standard section headings',
    category: 'structure',
    weight: SECTIONS_WEIGHT,
    result,
    detail: sectionDetail(missing, unusual.length),
    fix: sectionFix(missing, unusual),
    evidence: unusual.map((found) => found.heading),
  });
}

function sectionDetail(missing: CoreSection[], unusualCount: number): string {
  const parts: string[] = [];
  parts.push(missing.length === 0 ? 'Experience, Education and Skills sections were found.' : `No ${listWords(missing.map((s) => s.name))} section was found.`);
  if (unusualCount > 0) parts.push(`${unusualCount} heading(s) use wording that applicant tracking systems may not recognise.`);
  return parts.join(' ');
}

function sectionFix(missing: CoreSection[], unusual: { heading: string; kind: SectionKind }[]): string {
  const fixes: string[] = [];
  if (missing.length > 0) fixes.push(`Add a section headed ${listWords(missing.map((s) => `"${s.name}"`))}.`);
  for (const found of unusual.slice(0, 3)) {
    const suggestion = STANDARD_HEADINGS[found.kind]?.suggestion ?? 'a standard heading';
    fixes.push(`Rename the heading ${quote(found.heading)} to "${suggestion}".`);
  }
  return fixes.join(' ');
}
