/**
 * Explainable match of one resume against one posting. Pure: no I/O. The number comes from the
 * same kernel the ranker runs over every posting (score.ts); this adds the words around it.
 * Suggestions never ask the person to claim something the resume does not already evidence
 * (ARCHITECTURE.md "LLM": generated text never invents facts).
 */
import type { ParsedJob } from '../../../src-preload/contract/job.types';
import type { JobPreferences, MatchPart, MatchResult } from '../../../src-preload/contract/match.types';
import { buildCorpus, type JobCorpus } from './corpus';
import { EDUCATION_ORDER, jobIndexFields, SENIORITY_ORDER, type JobIndexFields, type JobSkillRef } from './job-features';
import { resumeFeatures, type ResumeFeatures, type ResumeInput } from './resume-features';
import { bindResume, combine, PART_COUNT, PARTS, scoreJob } from './score';
import { normalizeForIndex, skillKey, stem, titleTerms, words } from './text';

export type { ResumeInput };

/** Compact form of one posting, with skill ids from `skillId` (ints of any consistent dictionary). */
export function compactJob(id: number, job: ParsedJob, fields: JobIndexFields, skillId: (key: string) => number) {
  return {
    id,
    titleTerms: titleTerms(job.title),
    requiredSkills: fields.skills.filter((s) => s.kind === 'required').map((s) => skillId(s.key)),
    preferredSkills: fields.skills.filter((s) => s.kind === 'preferred').map((s) => skillId(s.key)),
    topTerms: fields.topTerms,
    minYears: job.minYearsExperience,
    seniority: job.seniority,
    educationLevel: fields.educationLevel,
    educationRequired: fields.educationRequired,
    remote: job.remote,
    locationKey: fields.locationKey,
    salaryTop: fields.salaryMaxYear ?? fields.salaryMinYear,
    salaryCurrency: fields.salaryCurrency,
  };
}

export function matchJob(resume: ResumeInput, job: ParsedJob, prefs: JobPreferences): MatchResult {
  const rf = resumeFeatures(resume, prefs);
  const fields = jobIndexFields(job);
  const ids = new Map<string, number>();
  const skillId = (key: string) => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  const corpus = buildCorpus([compactJob(0, job, fields, skillId)]);
  const bound = bindResume(rf, corpus, (key) => ids.get(key));
  const earned = new Float64Array(PART_COUNT);
  const score = scoreJob(bound, corpus, 0, earned);
  const shares: number[] = [];
  combine(earned, shares);
  return explain(score, earned, shares, { rf, job, fields, corpus });
}

interface Context {
  rf: ResumeFeatures;
  job: ParsedJob;
  fields: JobIndexFields;
  corpus: JobCorpus;
}

function resumeSkillFor(rf: ResumeFeatures, s: JobSkillRef) {
  return rf.skills.get(s.key) ?? rf.skills.get(skillKey(s.name));
}

function list(names: string[], max = 6): string {
  if (names.length === 0) return 'none';
  const head = names.slice(0, max).join(', ');
  return names.length > max ? `${head} and ${names.length - max} more` : head;
}

function explain(score: number, earned: Float64Array, shares: number[], ctx: Context): MatchResult {
  const { rf, job, fields } = ctx;
  const matching = { required: [] as string[], preferred: [] as string[] };
  const missing = { required: [] as string[], preferred: [] as string[] };
  const listedOnly: string[] = [];
  for (const s of fields.skills) {
    const have = resumeSkillFor(rf, s);
    (have ? matching : missing)[s.kind].push(s.name);
    if (have && !have.sources.includes('work')) listedOnly.push(s.name);
  }
  const skillWords = new Set(fields.skills.flatMap((s) => words(normalizeForIndex(s.name)).map(stem)));
  const missingKeywords = fields.topTerms.filter((t) => !rf.terms.has(t) && !skillWords.has(t)).slice(0, 10);

  const details = [
    skillDetail('required', matching.required, missing.required, listedOnly),
    skillDetail('preferred', matching.preferred, missing.preferred, listedOnly),
    job.minYearsExperience === null
      ? 'The posting states no years of experience, so this was not compared.'
      : `The posting asks for ${job.minYearsExperience}+ years; your resume shows about ${round1(rf.years)}.`,
    titleDetail(ctx),
    job.education === null
      ? 'The posting states no education requirement, so this was not compared.'
      : `The posting ${job.education.required ? 'requires' : 'prefers'} a ${job.education.level} degree; ${
          rf.education < 0 ? 'no degree was found in your resume' : `your resume shows a ${EDUCATION_ORDER[rf.education]} degree`
        }.`,
    fields.topTerms.length === 0
      ? 'The posting has too little text to compare keywords.'
      : `Your resume uses ${fields.topTerms.length - fields.topTerms.filter((t) => !rf.terms.has(t)).length} of the posting's ${fields.topTerms.length} key terms. ` +
        `Counted once each and capped at ${Math.round(100 * 0.15)}% of the score, so repeating words does not help.`,
    placeDetail(ctx, earned[6]!),
    salaryDetail(ctx),
  ];
  const parts: MatchPart[] = PARTS.map((p, k) => ({
    id: p.id,
    label: p.label,
    weight: shares[k]!,
    earned: earned[k]! < 0 ? null : Math.round(earned[k]! * 100) / 100,
    detail: details[k]!,
  }));
  return {
    score,
    parts,
    matchingSkills: matching,
    missingSkills: missing,
    missingKeywords,
    suggestions: suggestions(ctx, listedOnly, missingKeywords),
  };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function skillDetail(kind: 'required' | 'preferred', have: string[], lack: string[], listedOnly: string[]): string {
  if (have.length + lack.length === 0) return `The posting lists no ${kind} skills, so this was not compared.`;
  const shown = have.filter((s) => listedOnly.includes(s));
  const note = shown.length ? ` Only listed, not shown in a role (counts ${Math.round(80)}%): ${list(shown)}.` : '';
  return `You have ${have.length} of ${have.length + lack.length} ${kind} skills: ${list(have)}. Missing: ${list(lack)}.${note}`;
}

function titleDetail({ rf, job }: Context): string {
  const parts: string[] = [];
  if (rf.titleTargets.length === 0) parts.push('No target titles or past positions to compare the title with.');
  else parts.push(`Compared "${job.title}" with ${rf.titleTargets.map((t) => `"${t.join(' ')}"`).join(', ')}.`);
  parts.push(
    job.seniority === null
      ? 'The posting states no seniority.'
      : `The posting is ${job.seniority}; your resume reads as ${SENIORITY_ORDER[rf.seniority]}.`,
  );
  return parts.join(' ');
}

function placeDetail({ rf, job }: Context, earned: number): string {
  const prefs = rf.prefs;
  if (prefs.remote.length === 0 && prefs.locations.length === 0) return 'You have set no location or remote preference, so this was not compared.';
  if (job.remote === null && job.location === null) return 'The posting gives no location or remote policy, so this was not compared.';
  const where = [job.remote, job.location].filter(Boolean).join(', ');
  const wanted = [...prefs.remote, ...prefs.locations].join(', ');
  return `The posting is ${where}; you prefer ${wanted}. ${earned >= 1 ? 'A fit.' : earned > 0 ? 'A partial fit.' : 'Not a fit.'}`;
}

function salaryDetail({ rf, fields }: Context): string {
  const top = fields.salaryMaxYear ?? fields.salaryMinYear;
  if (top === null) return 'The posting gives no salary, so this was not compared.';
  if (rf.prefs.minSalary === null) return 'You have set no minimum salary, so this was not compared.';
  const cur = fields.salaryCurrency;
  if (cur && rf.prefs.currency && cur !== rf.prefs.currency)
    return `The posting pays in ${cur} and your minimum is in ${rf.prefs.currency}; they were not compared (no exchange rates offline).`;
  const range = fields.salaryMinYear !== null && fields.salaryMaxYear !== null ? `${fields.salaryMinYear}–${fields.salaryMaxYear}` : `${top}`;
  return `The posting pays ${range} ${cur ?? ''} a year; your minimum is ${rf.prefs.minSalary}.`.replace(/\s+/g, ' ');
}

function suggestions({ rf, job }: Context, listedOnly: string[], missingKeywords: string[]): string[] {
  const out: string[] = [];
  // Only skills the resume already evidences somewhere: ask to show them where they were used.
  const role = rf.roles[0];
  for (const name of listedOnly.slice(0, 5)) {
    if (role && role.company) {
      out.push(`Add evidence of ${name} to your ${role.company} role: it is in your resume but no role shows it in use. Only if you used it there.`);
    } else {
      out.push(`Show where you used ${name}: it is listed in your resume but no role shows it in use.`);
    }
  }
  if (job.minYearsExperience !== null && rf.years < job.minYearsExperience) {
    out.push(
      `The posting asks for ${job.minYearsExperience}+ years and your resume shows about ${round1(rf.years)}: check every relevant role has its dates, so none of your real experience goes uncounted.`,
    );
  }
  if (missingKeywords.length > 0) {
    out.push(`The posting stresses ${missingKeywords.slice(0, 4).map((k) => `"${k}"`).join(', ')}: where those words truly describe your work, use the posting's wording.`);
  }
  return out;
}
