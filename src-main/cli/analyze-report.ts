import type { ResumeAnalysis, ResumeProfile } from '../../src-preload/contract/resume.types';

const MARK = { pass: '✓', warn: '!', fail: '✗' } as const;

function range(start?: string, end?: string): string {
  if (!start && !end) return '';
  return `${start ?? '?'} – ${end ?? 'present'}`;
}

/** The readable report `pathwise analyze` prints. */
export function formatAnalysisReport(fileName: string, profile: ResumeProfile, analysis: ResumeAnalysis): string {
  const b = profile.basics ?? {};
  const lines: string[] = [];
  lines.push(`Resume analysis: ${fileName}`, '');
  lines.push(`ATS-readiness score: ${analysis.score}/100`);
  lines.push(`Experience: ${analysis.totalYearsExperience.toFixed(1)} years · seniority ${analysis.seniority} · ${analysis.pageCount} page(s), ${analysis.wordCount} words`, '');
  lines.push('Profile');
  if (b.name) lines.push(`  Name       ${b.name}`);
  if (b.label) lines.push(`  Headline   ${b.label}`);
  if (b.email) lines.push(`  Email      ${b.email}`);
  if (b.phone) lines.push(`  Phone      ${b.phone}`);
  const loc = [b.location?.city, b.location?.region, b.location?.countryCode].filter(Boolean).join(', ') || b.location?.address;
  if (loc) lines.push(`  Location   ${loc}`);
  for (const p of b.profiles ?? []) lines.push(`  ${p.network.padEnd(10)} ${p.url}`);
  if (profile.work?.length) {
    lines.push('', 'Experience');
    for (const w of profile.work) lines.push(`  ${w.position ?? '(title?)'} — ${w.name ?? '(company?)'}  ${range(w.startDate, w.endDate)}`);
  }
  if (profile.education?.length) {
    lines.push('', 'Education');
    for (const e of profile.education) {
      lines.push(`  ${[e.studyType, e.area].filter(Boolean).join(', ') || '(degree?)'} — ${e.institution ?? '(school?)'}  ${range(e.startDate, e.endDate)}`);
    }
  }
  if (analysis.skills.length) {
    lines.push('', `Skills (${analysis.skills.length})`);
    lines.push(`  ${analysis.skills.map((s) => (s.years ? `${s.name} (${s.years}y)` : s.name)).join(', ')}`);
  }
  lines.push('', 'Checks');
  for (const c of analysis.checks) {
    lines.push(`  ${MARK[c.status]} ${c.title} (${Math.round(c.result * c.weight)}/${c.weight}) — ${c.detail}`);
    if (c.status !== 'pass' && c.fix) lines.push(`      Fix: ${c.fix}`);
  }
  return `${lines.join('\n')}\n`;
}
