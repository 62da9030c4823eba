/**
 * Renders a JSON Resume object as plain lines, so structured imports (JSON Resume, LinkedIn) still
 * give the checks and the UI a readable text with the usual sections.
 */
import type { DocumentLine } from '../../core/documents/types';
import { plainLine } from './build-document';

type Obj = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter((x): x is Obj => !!x && typeof x === 'object') : []);

export function renderStructured(resume: Obj): DocumentLine[] {
  const lines: DocumentLine[] = [];
  const add = (text: string, extra: Partial<DocumentLine> = {}) => {
    if (text.trim()) lines.push(plainLine(1, lines.length + 1, text.trim(), extra));
  };
  const basics = (resume.basics ?? {}) as Obj;
  add(str(basics.name), { headingLevel: 1 });
  add(str(basics.label));
  add([str(basics.email), str(basics.phone), str(basics.url)].filter(Boolean).join(' | '));
  add(str(basics.summary));
  const section = (title: string, items: Obj[], head: (o: Obj) => string, bullets: (o: Obj) => unknown) => {
    if (!items.length) return;
    add(title, { headingLevel: 2 });
    for (const item of items) {
      add(head(item), { bold: true });
      const list = bullets(item);
      if (Array.isArray(list)) for (const b of list) add(str(b), { listItem: true });
    }
  };
  const dates = (o: Obj) => [str(o.startDate), str(o.endDate) || (str(o.startDate) ? 'Present' : '')].filter(Boolean).join(' – ');
  section(
    'Experience',
    arr(resume.work),
    (o) => [str(o.position), str(o.name), dates(o)].filter(Boolean).join(' | '),
    (o) => o.highlights,
  );
  section(
    'Volunteer',
    arr(resume.volunteer),
    (o) => [str(o.position), str(o.organization), dates(o)].filter(Boolean).join(' | '),
    (o) => o.highlights,
  );
  section(
    'Education',
    arr(resume.education),
    (o) => [str(o.studyType), str(o.area), str(o.institution), dates(o)].filter(Boolean).join(' | '),
    (o) => o.courses,
  );
  section(
    'Projects',
    arr(resume.projects),
    (o) => [str(o.name), dates(o)].filter(Boolean).join(' | '),
    (o) => o.highlights,
  );
  section(
    'Skills',
    arr(resume.skills),
    (o) => [str(o.name), Array.isArray(o.keywords) ? o.keywords.map(str).join(', ') : ''].filter(Boolean).join(': '),
    () => null,
  );
  section(
    'Certifications',
    arr(resume.certificates),
    (o) => [str(o.name), str(o.issuer), str(o.date)].filter(Boolean).join(' | '),
    () => null,
  );
  section(
    'Languages',
    arr(resume.languages),
    (o) => [str(o.language), str(o.fluency)].filter(Boolean).join(' – '),
    () => null,
  );
  return lines;
}
