/**
 * Compact, columnar per-job data for scoring: skill ids as ints, top terms and title terms as
 * ints of one term dictionary, everything else in typed arrays. Ranking 100k postings walks these
 * arrays instead of objects (PERFORMANCE.md: rank all ≤ 1.5× a plain JS loop).
 */
import { EDUCATION_ORDER, REMOTE_ORDER, SENIORITY_ORDER } from './job-features';

export interface CompactJob {
  id: number;
  titleTerms: string[];
  /** Skill ids (ints) with their kind. */
  requiredSkills: number[];
  preferredSkills: number[];
  topTerms: string[];
  minYears: number | null;
  seniority: string | null;
  educationLevel: string | null;
  educationRequired: boolean;
  remote: string | null;
  locationKey: string | null;
  /** Yearly salary used for fit: the top of the range (or its only bound). */
  salaryTop: number | null;
  salaryCurrency: string | null;
}

export interface JobCorpus {
  n: number;
  ids: Int32Array;
  /** Skills of job i: skillIds[skillStart[i] .. skillStart[i+1]), required ones first. */
  skillStart: Int32Array;
  requiredEnd: Int32Array;
  skillIds: Int32Array;
  /** Top terms of job i in weight order: termIds[termStart[i] .. termStart[i+1]). */
  termStart: Int32Array;
  termIds: Int32Array;
  titleStart: Int32Array;
  titleIds: Int32Array;
  /** NaN when the posting gives none. */
  minYears: Float64Array;
  /** Index in SENIORITY_ORDER / EDUCATION_ORDER / REMOTE_ORDER, -1 when unknown. */
  seniority: Int8Array;
  education: Int8Array;
  educationRequired: Uint8Array;
  remote: Int8Array;
  /** Index into `locations`, -1 when none. */
  location: Int32Array;
  locations: string[];
  salaryTop: Float64Array;
  /** Index into `currencies`, -1 when unknown. */
  currency: Int32Array;
  currencies: string[];
  /** Term dictionary shared by top terms and title terms. */
  terms: string[];
}

function interner(list: string[]): (value: string) => number {
  const index = new Map<string, number>();
  return (value) => {
    let id = index.get(value);
    if (id === undefined) {
      id = list.length;
      list.push(value);
      index.set(value, id);
    }
    return id;
  };
}

export function buildCorpus(jobs: readonly CompactJob[]): JobCorpus {
  const n = jobs.length;
  let skillCount = 0;
  let termCount = 0;
  let titleCount = 0;
  for (const j of jobs) {
    skillCount += j.requiredSkills.length + j.preferredSkills.length;
    termCount += j.topTerms.length;
    titleCount += j.titleTerms.length;
  }
  const c: JobCorpus = {
    n,
    ids: new Int32Array(n),
    skillStart: new Int32Array(n + 1),
    requiredEnd: new Int32Array(n),
    skillIds: new Int32Array(skillCount),
    termStart: new Int32Array(n + 1),
    termIds: new Int32Array(termCount),
    titleStart: new Int32Array(n + 1),
    titleIds: new Int32Array(titleCount),
    minYears: new Float64Array(n),
    seniority: new Int8Array(n),
    education: new Int8Array(n),
    educationRequired: new Uint8Array(n),
    remote: new Int8Array(n),
    location: new Int32Array(n),
    locations: [],
    salaryTop: new Float64Array(n),
    currency: new Int32Array(n),
    currencies: [],
    terms: [],
  };
  const term = interner(c.terms);
  const location = interner(c.locations);
  const currency = interner(c.currencies);
  let s = 0;
  let t = 0;
  let tt = 0;
  for (let i = 0; i < n; i++) {
    const j = jobs[i]!;
    c.ids[i] = j.id;
    c.skillStart[i] = s;
    for (const id of j.requiredSkills) c.skillIds[s++] = id;
    c.requiredEnd[i] = s;
    for (const id of j.preferredSkills) c.skillIds[s++] = id;
    c.termStart[i] = t;
    for (const w of j.topTerms) c.termIds[t++] = term(w);
    c.titleStart[i] = tt;
    for (const w of j.titleTerms) c.titleIds[tt++] = term(w);
    c.minYears[i] = j.minYears ?? NaN;
    c.seniority[i] = j.seniority ? SENIORITY_ORDER.indexOf(j.seniority as never) : -1;
    c.education[i] = j.educationLevel ? EDUCATION_ORDER.indexOf(j.educationLevel as never) : -1;
    c.educationRequired[i] = j.educationRequired ? 1 : 0;
    c.remote[i] = j.remote ? REMOTE_ORDER.indexOf(j.remote as never) : -1;
    c.location[i] = j.locationKey ? location(j.locationKey) : -1;
    c.salaryTop[i] = j.salaryTop ?? NaN;
    c.currency[i] = j.salaryCurrency ? currency(j.salaryCurrency) : -1;
  }
  c.skillStart[n] = s;
  c.termStart[n] = t;
  c.titleStart[n] = tt;
  return c;
}
