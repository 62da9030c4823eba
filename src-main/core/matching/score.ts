/**
 * The scoring kernel, shared by `matchJob` (one posting, explained) and `rank` (every posting):
 * both produce the same numbers by construction. A part with nothing to compare earns -1 and is
 * left out; the remaining weights are renormalized. Keyword coverage is presence-based and its
 * share is capped, so repeating or pasting the posting's words cannot dominate the score.
 */
import type { MatchPartId } from '../../../src-preload/contract/match.types';
import type { JobCorpus } from './corpus';
import { REMOTE_ORDER } from './job-features';
import type { ResumeFeatures } from './resume-features';
import { termWeight } from './text';

export const PARTS: readonly { id: MatchPartId; label: string; weight: number }[] = [
  { id: 'required-skills', label: 'Required skills', weight: 35 },
  { id: 'preferred-skills', label: 'Preferred skills', weight: 10 },
  { id: 'experience', label: 'Years of experience', weight: 15 },
  { id: 'title', label: 'Title and seniority', weight: 15 },
  { id: 'education', label: 'Education', weight: 5 },
  { id: 'keywords', label: 'Keyword coverage', weight: 10 },
  { id: 'location', label: 'Location and remote', weight: 5 },
  { id: 'salary', label: 'Salary', weight: 5 },
];
export const PART_COUNT = PARTS.length;
export const P_REQUIRED = 0;
export const P_PREFERRED = 1;
export const P_EXPERIENCE = 2;
export const P_TITLE = 3;
export const P_EDUCATION = 4;
export const P_KEYWORDS = 5;
export const P_LOCATION = 6;
export const P_SALARY = 7;
const WEIGHTS = PARTS.map((p) => p.weight);

/** Keyword coverage never carries more than this share of the score, whatever else is missing. */
export const KEYWORD_MAX_SHARE = 0.15;
const SENIORITY_FIT = [1, 0.6, 0.25, 0];
const TERM_WEIGHTS = Float64Array.from({ length: 64 }, (_, i) => termWeight(i));

/** Resume features bound to one corpus: plain lookup tables indexed by the corpus's ints. */
export interface BoundResume {
  skillWeight: Float64Array;
  hasTerm: Uint8Array;
  /** Bit t set when title target t contains the term. */
  titleMask: Int32Array;
  targetSizes: Int32Array;
  years: number;
  seniority: number;
  education: number;
  /** Any location or remote preference at all. */
  hasPlacePrefs: boolean;
  /** Fit of each remote mode (REMOTE_ORDER) given the preferred modes. */
  modeFit: Float64Array;
  hasLocationPrefs: boolean;
  locationFit: Float64Array;
  minSalary: number;
  /** 1 when the currency can be compared with the preferred one. */
  currencyOk: Uint8Array;
}

export function bindResume(rf: ResumeFeatures, corpus: JobCorpus, skillId: (key: string) => number | undefined): BoundResume {
  let maxSkill = 0;
  for (let k = 0; k < corpus.skillIds.length; k++) if (corpus.skillIds[k]! > maxSkill) maxSkill = corpus.skillIds[k]!;
  const skillWeight = new Float64Array(maxSkill + 1);
  for (const [key, skill] of rf.skills) {
    const id = skillId(key);
    if (id !== undefined && id <= maxSkill && skill.weight > skillWeight[id]!) skillWeight[id] = skill.weight;
  }
  const hasTerm = new Uint8Array(corpus.terms.length);
  const titleMask = new Int32Array(corpus.terms.length);
  const targetIndex = new Map<string, number>();
  rf.titleTargets.forEach((target, t) => {
    for (const w of target) targetIndex.set(w, (targetIndex.get(w) ?? 0) | (1 << t));
  });
  for (let k = 0; k < corpus.terms.length; k++) {
    const term = corpus.terms[k]!;
    if (rf.terms.has(term)) hasTerm[k] = 1;
    titleMask[k] = targetIndex.get(term) ?? 0;
  }
  const prefs = rf.prefs;
  const modeFit = new Float64Array(REMOTE_ORDER.length);
  REMOTE_ORDER.forEach((mode, k) => {
    const ok = prefs.remote.length === 0 || prefs.remote.includes(mode);
    modeFit[k] = ok ? 1 : mode === 'remote' ? 0.25 : 0.5;
  });
  const locationFit = corpus.locations.map((loc) =>
    prefs.locations.some((p) => loc.includes(p) || (loc.length >= 3 && p.includes(loc))) ? 1 : 0,
  );
  return {
    skillWeight,
    hasTerm,
    titleMask,
    targetSizes: Int32Array.from(rf.titleTargets.map((t) => t.length)),
    years: rf.years,
    seniority: rf.seniority,
    education: rf.education,
    hasPlacePrefs: prefs.remote.length > 0 || prefs.locations.length > 0,
    modeFit,
    hasLocationPrefs: prefs.locations.length > 0,
    locationFit: Float64Array.from(locationFit),
    minSalary: prefs.minSalary ?? NaN,
    currencyOk: Uint8Array.from(corpus.currencies.map((c) => (prefs.currency === null || c === prefs.currency ? 1 : 0))),
  };
}

/**
 * Combines earned values (-1 = excluded) into a 0..100 score. When `shares` is given it receives
 * each part's effective share in percent (0 for excluded parts).
 */
export function combine(earned: ArrayLike<number>, shares?: number[]): number {
  let wOther = 0;
  let eOther = 0;
  for (let p = 0; p < PART_COUNT; p++) {
    if (p === P_KEYWORDS) continue;
    const e = earned[p]!;
    if (e < 0) continue;
    wOther += WEIGHTS[p]!;
    eOther += WEIGHTS[p]! * e;
  }
  const kw = earned[P_KEYWORDS]!;
  let wKw = 0;
  if (kw >= 0) {
    wKw = WEIGHTS[P_KEYWORDS]!;
    const capped = wOther > 0 ? (KEYWORD_MAX_SHARE * wOther) / (1 - KEYWORD_MAX_SHARE) : 0;
    if (wKw / (wKw + wOther) > KEYWORD_MAX_SHARE) wKw = capped;
  }
  const total = wOther + wKw;
  if (shares) {
    for (let p = 0; p < PART_COUNT; p++) {
      const w = p === P_KEYWORDS ? wKw : WEIGHTS[p]!;
      shares[p] = earned[p]! < 0 || total === 0 ? 0 : Math.round((1000 * w) / total) / 10;
    }
  }
  // Only keywords to compare: they can still earn no more than their capped share.
  if (total === 0) return kw >= 0 ? Math.round(100 * KEYWORD_MAX_SHARE * kw) : 0;
  return Math.round((100 * (eOther + wKw * (kw >= 0 ? kw : 0))) / total);
}

/** Scores job i of the corpus; `earned` receives each part's 0..1 value or -1. */
export function scoreJob(b: BoundResume, c: JobCorpus, i: number, earned: Float64Array): number {
  // Skills: share of the posting's skills the resume has, weighted by how well it shows them.
  const s0 = c.skillStart[i]!;
  const sReq = c.requiredEnd[i]!;
  const s1 = c.skillStart[i + 1]!;
  const sw = b.skillWeight;
  const maxSkill = sw.length;
  let got = 0;
  for (let k = s0; k < sReq; k++) {
    const id = c.skillIds[k]!;
    if (id < maxSkill) got += sw[id]!;
  }
  earned[P_REQUIRED] = sReq > s0 ? got / (sReq - s0) : -1;
  got = 0;
  for (let k = sReq; k < s1; k++) {
    const id = c.skillIds[k]!;
    if (id < maxSkill) got += sw[id]!;
  }
  earned[P_PREFERRED] = s1 > sReq ? got / (s1 - sReq) : -1;

  const minYears = c.minYears[i]!;
  earned[P_EXPERIENCE] = minYears !== minYears ? -1 : minYears <= 0 ? 1 : Math.min(1, b.years / minYears);

  earned[P_TITLE] = titleFit(b, c, i);

  const edu = c.education[i]!;
  earned[P_EDUCATION] = edu < 0 ? -1 : b.education >= edu ? 1 : c.educationRequired[i] ? 0 : 0.5;

  const t0 = c.termStart[i]!;
  const t1 = c.termStart[i + 1]!;
  if (t1 > t0) {
    let have = 0;
    let all = 0;
    for (let k = t0; k < t1; k++) {
      const w = TERM_WEIGHTS[k - t0]!;
      all += w;
      if (b.hasTerm[c.termIds[k]!]) have += w;
    }
    earned[P_KEYWORDS] = have / all;
  } else earned[P_KEYWORDS] = -1;

  earned[P_LOCATION] = placeFit(b, c, i);

  const top = c.salaryTop[i]!;
  const cur = c.currency[i]!;
  const min = b.minSalary;
  if (top !== top || min !== min || (cur >= 0 && !b.currencyOk[cur])) earned[P_SALARY] = -1;
  else earned[P_SALARY] = top >= min ? 1 : Math.max(0, (top / min - 0.7) / 0.3);

  return combine(earned);
}

function titleFit(b: BoundResume, c: JobCorpus, i: number): number {
  const a0 = c.titleStart[i]!;
  const a1 = c.titleStart[i + 1]!;
  let title = -1;
  const nTargets = b.targetSizes.length;
  if (a1 > a0 && nTargets > 0) {
    title = 0;
    for (let t = 0; t < nTargets; t++) {
      const bit = 1 << t;
      let inter = 0;
      for (let k = a0; k < a1; k++) if (b.titleMask[c.titleIds[k]!]! & bit) inter++;
      const fit = inter / Math.max(a1 - a0, b.targetSizes[t]!);
      if (fit > title) title = fit;
    }
  }
  const sen = c.seniority[i]!;
  const seniority = sen < 0 ? -1 : SENIORITY_FIT[Math.min(3, Math.abs(sen - b.seniority))]!;
  if (title < 0) return seniority;
  if (seniority < 0) return title;
  return 0.6 * title + 0.4 * seniority;
}

function placeFit(b: BoundResume, c: JobCorpus, i: number): number {
  const remote = c.remote[i]!;
  const loc = c.location[i]!;
  if (!b.hasPlacePrefs || (remote < 0 && loc < 0)) return -1;
  const mode = remote < 0 ? 1 : b.modeFit[remote]!;
  if (remote === 0) return mode;
  const place = !b.hasLocationPrefs ? 1 : loc < 0 ? 0.5 : b.locationFit[loc]!;
  return place * mode;
}
