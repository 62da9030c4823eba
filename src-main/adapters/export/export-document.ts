/**
 * A tiny document model that every export format renders from, so .txt, .md and .docx say the
 * same thing. Built from a cover letter or a (tailored) resume; carries no secrets or metadata
 * beyond what the person sees.
 */
import type { CoverLetter } from '../../../src-preload/contract/coach.types';
import type { ResumeProfile, ResumeWork } from '../../../src-preload/contract/resume.types';

export type ExportBlock =
  { type: 'heading'; level: 1 | 2 | 3; text: string } | { type: 'paragraph'; text: string } | { type: 'bullet'; text: string };

export interface ExportDocument {
  title: string;
  blocks: ExportBlock[];
}

export function coverLetterDocument(letter: Pick<CoverLetter, 'text'>, title = 'Cover letter'): ExportDocument {
  const paragraphs = letter.text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return { title, blocks: paragraphs.map((text) => ({ type: 'paragraph', text })) };
}

function range(start?: string, end?: string): string {
  if (!start && !end) return '';
  return `${start ?? ''} – ${end ?? 'Present'}`;
}

function roleLine(work: ResumeWork): string {
  const head = [work.position, work.name].filter(Boolean).join(' — ');
  const dates = range(work.startDate, work.endDate);
  return [head, dates ? `(${dates})` : ''].filter(Boolean).join(' ');
}

export function resumeDocument(profile: ResumeProfile): ExportDocument {
  const basics = profile.basics ?? {};
  const blocks: ExportBlock[] = [];
  const name = basics.name?.trim() || 'Resume';
  blocks.push({ type: 'heading', level: 1, text: name });
  if (basics.label) blocks.push({ type: 'paragraph', text: basics.label });
  const location = [basics.location?.city, basics.location?.region, basics.location?.countryCode].filter(Boolean).join(', ');
  const contact = [basics.email, basics.phone, location, basics.url, ...(basics.profiles ?? []).map((p) => p.url)]
    .filter(Boolean)
    .join(' | ');
  if (contact) blocks.push({ type: 'paragraph', text: contact });
  if (basics.summary?.trim())
    blocks.push({ type: 'heading', level: 2, text: 'Summary' }, { type: 'paragraph', text: basics.summary.trim() });
  if (profile.work?.length) {
    blocks.push({ type: 'heading', level: 2, text: 'Experience' });
    for (const work of profile.work) {
      blocks.push({ type: 'heading', level: 3, text: roleLine(work) });
      if (work.summary?.trim()) blocks.push({ type: 'paragraph', text: work.summary.trim() });
      for (const highlight of work.highlights ?? []) if (highlight.trim()) blocks.push({ type: 'bullet', text: highlight.trim() });
    }
  }
  if (profile.projects?.length) {
    blocks.push({ type: 'heading', level: 2, text: 'Projects' });
    for (const project of profile.projects) {
      blocks.push({ type: 'heading', level: 3, text: [project.name, range(project.startDate, project.endDate)].filter(Boolean).join(' ') });
      if (project.description?.trim()) blocks.push({ type: 'paragraph', text: project.description.trim() });
      for (const highlight of project.highlights ?? []) if (highlight.trim()) blocks.push({ type: 'bullet', text: highlight.trim() });
    }
  }
  if (profile.education?.length) {
    blocks.push({ type: 'heading', level: 2, text: 'Education' });
    for (const education of profile.education) {
      const degree = [education.studyType, education.area].filter(Boolean).join(', ');
      blocks.push({
        type: 'paragraph',
        text: [degree, education.institution, range(education.startDate, education.endDate) || education.endDate]
          .filter(Boolean)
          .join(' — '),
      });
    }
  }
  if (profile.certificates?.length) {
    blocks.push({ type: 'heading', level: 2, text: 'Certifications' });
    for (const certificate of profile.certificates)
      blocks.push({ type: 'bullet', text: [certificate.name, certificate.issuer, certificate.date].filter(Boolean).join(' — ') });
  }
  const skills = (profile.skills ?? [])
    .map((skill) => [skill.name, (skill.keywords ?? []).join(', ')].filter(Boolean).join(': '))
    .filter(Boolean);
  if (skills.length) {
    blocks.push({ type: 'heading', level: 2, text: 'Skills' });
    for (const line of skills) blocks.push({ type: 'bullet', text: line });
  }
  const languages = (profile.languages ?? [])
    .map((l) => [l.language, l.fluency].filter(Boolean).join(' (') + (l.fluency ? ')' : ''))
    .filter(Boolean);
  if (languages.length) blocks.push({ type: 'heading', level: 2, text: 'Languages' }, { type: 'paragraph', text: languages.join(', ') });
  return { title: `${name} — resume`, blocks };
}
