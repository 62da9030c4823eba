/**
 * Which JSON Resume fields the Profile tab shows, as data: one generic renderer draws every list
 * section, and each field's JSON path (`work[0].position`) is what `resumes:correct` receives.
 */
import type { FieldProvenance, ResumeDetail } from '../../../../../src-preload/contract';

export type FieldKind = 'text' | 'date' | 'multiline';

export interface FieldSpec {
  key: string;
  label: string;
  kind?: FieldKind;
}

export interface ListSectionSpec {
  key: 'work' | 'education' | 'projects' | 'certificates' | 'languages' | 'skills' | 'volunteer' | 'awards' | 'publications' | 'interests';
  title: string;
  /** Field whose value titles an entry in its heading, and one shown after it. */
  headingKey: string;
  subheadingKey?: string;
  fields: FieldSpec[];
  /** Arrays of sentences, each item correctable (`work[0].highlights[2]`). */
  itemLists?: { key: string; label: string }[];
  /** Arrays of short tags, shown as chips. */
  chipLists?: { key: string; label: string }[];
}

export const BASICS_FIELDS: FieldSpec[] = [
  { key: 'name', label: 'Name' },
  { key: 'label', label: 'Headline' },
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone' },
  { key: 'url', label: 'Website' },
];

export const LOCATION_FIELDS: FieldSpec[] = [
  { key: 'city', label: 'City' },
  { key: 'region', label: 'Region' },
  { key: 'countryCode', label: 'Country' },
];

const dates: FieldSpec[] = [
  { key: 'startDate', label: 'Start', kind: 'date' },
  { key: 'endDate', label: 'End', kind: 'date' },
];

export const LIST_SECTIONS: ListSectionSpec[] = [
  {
    key: 'work',
    title: 'Work experience',
    headingKey: 'position',
    subheadingKey: 'name',
    fields: [
      { key: 'position', label: 'Position' },
      { key: 'name', label: 'Company' },
      { key: 'location', label: 'Location' },
      ...dates,
      { key: 'summary', label: 'Summary', kind: 'multiline' },
    ],
    itemLists: [{ key: 'highlights', label: 'Highlights' }],
  },
  {
    key: 'education',
    title: 'Education',
    headingKey: 'institution',
    subheadingKey: 'studyType',
    fields: [
      { key: 'institution', label: 'Institution' },
      { key: 'studyType', label: 'Degree' },
      { key: 'area', label: 'Field of study' },
      ...dates,
      { key: 'score', label: 'Grade' },
    ],
    chipLists: [{ key: 'courses', label: 'Courses' }],
  },
  {
    key: 'skills',
    title: 'Skills',
    headingKey: 'name',
    fields: [
      { key: 'name', label: 'Skill' },
      { key: 'level', label: 'Level' },
    ],
    chipLists: [{ key: 'keywords', label: 'Keywords' }],
  },
  {
    key: 'projects',
    title: 'Projects',
    headingKey: 'name',
    fields: [
      { key: 'name', label: 'Name' },
      { key: 'description', label: 'Description', kind: 'multiline' },
      { key: 'url', label: 'Link' },
      ...dates,
    ],
    itemLists: [{ key: 'highlights', label: 'Highlights' }],
    chipLists: [
      { key: 'keywords', label: 'Keywords' },
      { key: 'roles', label: 'Roles' },
    ],
  },
  {
    key: 'certificates',
    title: 'Certificates',
    headingKey: 'name',
    fields: [
      { key: 'name', label: 'Name' },
      { key: 'issuer', label: 'Issuer' },
      { key: 'date', label: 'Date', kind: 'date' },
      { key: 'url', label: 'Link' },
    ],
  },
  {
    key: 'languages',
    title: 'Languages',
    headingKey: 'language',
    subheadingKey: 'fluency',
    fields: [
      { key: 'language', label: 'Language' },
      { key: 'fluency', label: 'Fluency' },
    ],
  },
  {
    key: 'volunteer',
    title: 'Volunteering',
    headingKey: 'position',
    subheadingKey: 'organization',
    fields: [
      { key: 'position', label: 'Role' },
      { key: 'organization', label: 'Organisation' },
      ...dates,
      { key: 'summary', label: 'Summary', kind: 'multiline' },
    ],
    itemLists: [{ key: 'highlights', label: 'Highlights' }],
  },
  {
    key: 'awards',
    title: 'Awards',
    headingKey: 'title',
    fields: [
      { key: 'title', label: 'Title' },
      { key: 'awarder', label: 'Awarded by' },
      { key: 'date', label: 'Date', kind: 'date' },
      { key: 'summary', label: 'Summary', kind: 'multiline' },
    ],
  },
  {
    key: 'publications',
    title: 'Publications',
    headingKey: 'name',
    fields: [
      { key: 'name', label: 'Title' },
      { key: 'publisher', label: 'Publisher' },
      { key: 'releaseDate', label: 'Date', kind: 'date' },
      { key: 'url', label: 'Link' },
    ],
  },
  {
    key: 'interests',
    title: 'Interests',
    headingKey: 'name',
    fields: [{ key: 'name', label: 'Interest' }],
    chipLists: [{ key: 'keywords', label: 'Keywords' }],
  },
];

/** `work[0].position` → [`work[0].position`, `work[0]`, `work`]. */
export function ancestorPaths(path: string): string[] {
  const out = [path];
  let current = path;
  for (;;) {
    const next = current.endsWith(']') ? current.replace(/\[\d+\]$/, '') : current.replace(/\.[a-zA-Z]+$/, '');
    if (next === current || !next) return out;
    out.push(next);
    current = next;
  }
}

export interface FieldContext {
  provenanceFor(path: string): FieldProvenance | undefined;
  isCorrected(path: string): boolean;
}

/** Confidence is the field's own; the source falls back to the nearest enclosing entry's. */
export function fieldContext(detail: ResumeDetail): FieldContext {
  const provenance = detail.profile.meta?.provenance ?? {};
  const corrections = { ...(detail.profile.meta?.corrections ?? {}), ...detail.corrections };
  return {
    provenanceFor(path) {
      const own = provenance[path];
      if (own) return own;
      for (const ancestor of ancestorPaths(path).slice(1)) {
        const found = provenance[ancestor];
        if (found?.source) return { source: found.source, confidence: Number.NaN };
      }
      return undefined;
    },
    isCorrected: (path) => Object.prototype.hasOwnProperty.call(corrections, path),
  };
}

export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}
