/**
 * Field-level accuracy of a parsed profile against a hand-written label
 * (format: ../shared/datasets/README.md, "Resume labels").
 *
 * Rules, per field, each scored 0..1:
 * - Text is compared after normalisation: accents, case and punctuation removed.
 * - name, location, headline: fuzzy match (token Dice ≥ 0.7, or every token of the shorter value is in
 *   the longer one). A null label scores 1 only when the parser also left the field empty.
 * - email: exact (case-insensitive). phone: same digits (or one ends with the other, ≥ 7 digits).
 * - links: basics.profiles[].url + basics.url, compared without scheme/www/trailing slash; F1.
 * - work (label work vs parsed `work` only — volunteer roles the parser files under `volunteer`
 *   count as misses when a label lists them under work, as the datasets README's rules do) and
 *   education: label entries are paired with parsed entries greedily by name similarity; each
 *   sub-field (company, title, start, end / institution, degree, field, end) scores the sum over
 *   pairs divided by max(#label, #parsed), so both missing and extra entries cost. Sub-fields whose
 *   label is null are not scored.
 * - dates: same YYYY-MM = 1; label YYYY and same year = 1; same year with the month missing (or
 *   different) = 0.5; "present" matches an entry with a start date and no endDate.
 * - degree: abbreviations expanded (B.S. → bachelor science, MSc → master science) before fuzzy match.
 * - skills (skills[].keywords, or name when a group has none), certifications (certificates[].name),
 *   languages (languages[].language): F1 over fuzzy-matched items. Empty label and empty output = 1.
 * The overall score is the mean over all scored fields.
 */
import type { ResumeProfile } from '../../src-preload/contract/resume.types';

export interface ResumeLabel {
  name: string | null;
  email: string | null;
  phone: string | null;
  location: string | null;
  links: string[];
  headline: string | null;
  work: { company: string | null; title: string | null; start: string | null; end: string | null }[];
  education: { institution: string | null; degree: string | null; field: string | null; end: string | null }[];
  skills: string[];
  certifications: string[];
  languages: string[];
}

export const norm = (s: string | null | undefined): string =>
  (s ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim();

const tokens = (s: string) => norm(s).split(' ').filter(Boolean);

export function similarity(a: string | null | undefined, b: string | null | undefined): number {
  const A = new Set(tokens(a ?? ''));
  const B = new Set(tokens(b ?? ''));
  if (!A.size || !B.size) return 0;
  let common = 0;
  for (const t of A) if (B.has(t)) common++;
  const dice = (2 * common) / (A.size + B.size);
  const contained = common === Math.min(A.size, B.size) ? 0.85 : 0;
  return Math.max(dice, contained);
}

export const fuzzyEqual = (a: string | null | undefined, b: string | null | undefined) => norm(a) === norm(b) || similarity(a, b) >= 0.7;

const DEGREE_ABBREVIATIONS: [RegExp, string][] = [
  [/\b(?:b ?sc|b ?s|bs)\b/g, 'bachelor science'],
  [/\b(?:m ?sc|m ?s|ms)\b/g, 'master science'],
  [/\b(?:b ?a|ba)\b/g, 'bachelor arts'],
  [/\b(?:m ?a|ma)\b/g, 'master arts'],
  [/\bph ?d\b/g, 'doctor'],
  [/\bbachelors?\b/g, 'bachelor'],
  [/\bmasters?\b/g, 'master'],
  [/\b(?:of|in|degree|the)\b/g, ' '],
];
function degreeForm(s: string | null | undefined): string {
  let t = ` ${norm(s)} `;
  for (const [re, to] of DEGREE_ABBREVIATIONS) t = t.replace(re, to);
  return t.replace(/\s+/g, ' ').trim();
}

function dateScore(label: string | null, predicted: string | undefined, start: string | undefined): number {
  if (label === 'present') return start && !predicted ? 1 : 0;
  if (!label) return predicted ? 0 : 1;
  if (!predicted) return 0;
  if (label === predicted) return 1;
  if (label.slice(0, 4) !== predicted.slice(0, 4)) return 0;
  if (label.length === 4) return 1;
  return 0.5;
}

function listF1(label: string[], predicted: string[], match: (a: string, b: string) => boolean): number {
  if (!label.length && !predicted.length) return 1;
  if (!label.length || !predicted.length) return 0;
  const used = new Set<number>();
  let hits = 0;
  for (const l of label) {
    const j = predicted.findIndex((p, i) => !used.has(i) && match(l, p));
    if (j >= 0) {
      used.add(j);
      hits++;
    }
  }
  const precision = hits / predicted.length;
  const recall = hits / label.length;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

const linkKey = (u: string) =>
  u
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');

function pair<L, P>(labels: L[], preds: P[], sim: (l: L, p: P) => number): [L, P | undefined][] {
  const used = new Set<number>();
  return labels.map((l) => {
    let best = -1;
    let score = 0.3;
    preds.forEach((p, i) => {
      const s = sim(l, p);
      if (!used.has(i) && s > score) {
        score = s;
        best = i;
      }
    });
    if (best >= 0) used.add(best);
    return [l, best >= 0 ? preds[best] : undefined];
  });
}

export type FieldScores = Record<string, number>;

export function scoreResume(profile: ResumeProfile, label: ResumeLabel): FieldScores {
  const b = profile.basics ?? {};
  const scores: FieldScores = {};
  const scalar = (key: string, labelValue: string | null, value: string | undefined, eq: (a: string, b: string) => boolean) => {
    scores[key] = labelValue === null ? (value ? 0 : 1) : value && eq(labelValue, value) ? 1 : 0;
  };
  scalar('name', label.name, b.name, fuzzyEqual);
  scalar('email', label.email, b.email, (x, y) => x.toLowerCase() === y.toLowerCase());
  scalar('phone', label.phone, b.phone, (x, y) => {
    const dx = x.replace(/\D/g, '');
    const dy = y.replace(/\D/g, '');
    return dx === dy || (Math.min(dx.length, dy.length) >= 7 && (dx.endsWith(dy) || dy.endsWith(dx)));
  });
  const loc = b.location
    ? [b.location.address, b.location.city, b.location.region, b.location.countryCode].filter(Boolean).join(', ')
    : undefined;
  scalar('location', label.location, loc, fuzzyEqual);
  scalar('headline', label.headline, b.label, fuzzyEqual);
  const links = [...(b.profiles ?? []).map((p) => p.url), ...(b.url ? [b.url] : [])];
  scores.links = listF1(label.links.map(linkKey), links.map(linkKey), (x, y) => x === y);

  const work = profile.work ?? [];
  const edu = profile.education ?? [];
  /** Sum over label entries with a value, divided by (those entries + parsed entries beyond the label count). */
  const entryField = <L, P>(
    key: string,
    pairs: [L, P | undefined][],
    parsed: number,
    value: (l: L) => string | null,
    score: (l: L, p: P) => number,
  ) => {
    const counted = pairs.filter(([l]) => value(l) !== null);
    const extra = Math.max(0, parsed - pairs.length);
    if (!counted.length && !extra) return;
    let total = 0;
    for (const [l, p] of counted) if (p) total += score(l, p);
    scores[key] = total / (counted.length + extra);
  };
  const wPairs = pair(label.work, work, (l, p) => similarity(l.company, p.name) + similarity(l.title, p.position));
  entryField(
    'work.company',
    wPairs,
    work.length,
    (l) => l.company,
    (l, p) => (fuzzyEqual(l.company, p.name) ? 1 : 0),
  );
  entryField(
    'work.title',
    wPairs,
    work.length,
    (l) => l.title,
    (l, p) => (fuzzyEqual(l.title, p.position) ? 1 : 0),
  );
  entryField(
    'work.start',
    wPairs,
    work.length,
    (l) => l.start,
    (l, p) => dateScore(l.start, p.startDate, p.startDate),
  );
  entryField(
    'work.end',
    wPairs,
    work.length,
    (l) => l.end,
    (l, p) => dateScore(l.end, p.endDate, p.startDate),
  );
  const ePairs = pair(
    label.education,
    edu,
    (l, p) => similarity(l.institution, p.institution) + 0.5 * similarity(degreeForm(l.degree), degreeForm(p.studyType)),
  );
  entryField(
    'education.institution',
    ePairs,
    edu.length,
    (l) => l.institution,
    (l, p) => (fuzzyEqual(l.institution, p.institution) ? 1 : 0),
  );
  entryField(
    'education.degree',
    ePairs,
    edu.length,
    (l) => l.degree,
    (l, p) =>
      degreeForm(l.degree) === degreeForm(p.studyType) || similarity(degreeForm(l.degree), degreeForm(p.studyType)) >= 0.7 ? 1 : 0,
  );
  entryField(
    'education.field',
    ePairs,
    edu.length,
    (l) => l.field,
    (l, p) => (fuzzyEqual(l.field, p.area) ? 1 : 0),
  );
  entryField(
    'education.end',
    ePairs,
    edu.length,
    (l) => l.end,
    (l, p) => dateScore(l.end, p.endDate, p.startDate ?? p.endDate),
  );
  const skillItems = (profile.skills ?? []).flatMap((s) => (s.keywords?.length ? s.keywords : s.name ? [s.name] : []));
  scores.skills = listF1(label.skills, skillItems, (x, y) => norm(x) === norm(y) || similarity(x, y) >= 0.8);
  scores.certifications = listF1(
    label.certifications,
    (profile.certificates ?? []).map((c) => c.name ?? ''),
    (x, y) => {
      const X = new Set(tokens(x));
      const Y = new Set(tokens(y));
      let common = 0;
      for (const t of X) if (Y.has(t)) common++;
      return common / X.size >= 0.8 && common / Y.size >= 0.5;
    },
  );
  scores.languages = listF1(
    label.languages,
    (profile.languages ?? []).map((l) => l.language ?? ''),
    (x, y) => norm(x) === norm(y),
  );
  return scores;
}
