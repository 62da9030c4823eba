import type { ParsedJob } from '../../src-preload/contract/job.types';
import type { MatchResult } from '../../src-preload/contract/match.types';

function salary(job: ParsedJob): string | null {
  const s = job.salary;
  if (!s || (s.min === null && s.max === null)) return null;
  const fmt = (n: number | null) => (n === null ? '?' : n.toLocaleString('en-US'));
  const range = s.min === s.max || s.max === null ? fmt(s.min) : s.min === null ? `up to ${fmt(s.max)}` : `${fmt(s.min)}–${fmt(s.max)}`;
  return `${range} ${s.currency ?? ''}${s.period ? ` per ${s.period}` : ''}`.trim();
}

/** The readable report `pathwise job` prints. */
export function formatJobReport(job: ParsedJob): string {
  const rows: [string, string | null][] = [
    ['Title', job.title],
    ['Company', job.company],
    ['Location', job.location],
    ['Remote', job.remote],
    ['Employment', job.employmentType],
    ['Seniority', job.seniority],
    ['Experience', job.minYearsExperience === null ? null : `${job.minYearsExperience}+ years`],
    ['Education', job.education ? `${job.education.text}${job.education.required ? '' : ' (preferred)'}` : null],
    ['Salary', salary(job)],
    ['Source', `${job.source.name}${job.source.url ? ` · ${job.source.url}` : ''}`],
  ];
  const lines = rows.filter(([, v]) => v).map(([k, v]) => `${k.padEnd(12)}${v}`);
  if (job.requiredSkills.length) lines.push('', `Required skills: ${job.requiredSkills.join(', ')}`);
  if (job.preferredSkills.length) lines.push(`Preferred skills: ${job.preferredSkills.join(', ')}`);
  if (job.responsibilities.length) lines.push('', 'Responsibilities', ...job.responsibilities.slice(0, 8).map((r) => `  • ${r}`));
  if (job.benefits.length) lines.push('', 'Benefits', ...job.benefits.slice(0, 8).map((b) => `  • ${b}`));
  return `${lines.join('\n')}\n`;
}

/** The readable report `pathwise match` prints. */
export function formatMatchReport(job: ParsedJob, match: MatchResult): string {
  const lines = [`Match: ${match.score}/100 for ${job.title}${job.company ? ` at ${job.company}` : ''}`, ''];
  for (const part of match.parts) {
    const earned = part.earned === null ? 'n/a' : `${Math.round(part.earned * part.weight)}/${Math.round(part.weight)}`;
    lines.push(`  ${part.label.padEnd(22)} ${earned.padStart(7)}  ${part.detail}`);
  }
  const list = (label: string, items: string[]) => items.length && lines.push(`${label}: ${items.join(', ')}`);
  lines.push('');
  list('Matching required skills', match.matchingSkills.required);
  list('Matching preferred skills', match.matchingSkills.preferred);
  list('Missing required skills', match.missingSkills.required);
  list('Missing preferred skills', match.missingSkills.preferred);
  list('Missing keywords', match.missingKeywords);
  if (match.suggestions.length) lines.push('', 'Suggestions', ...match.suggestions.map((s) => `  • ${s}`));
  return `${lines.join('\n')}\n`;
}
