/**
 * parseResume over generated documents (extraction in-process: the worker runs the same function;
 * the child-process path is covered by extractor.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src-main/adapters/documents/extract-document';
import { parseResume } from '../../src-main/core/resumes/parse';
import { applyCorrections } from '../../src-main/core/resumes/parse/apply-corrections';
import * as fx from '../fixtures/generate';

const parse = async (bytes: Buffer, name: string) => parseResume(await extractDocument(bytes, name));

describe('parseResume', () => {
  it('one-column PDF: basics, work with right-aligned dates, education, skills, languages, certificates', async () => {
    const p = await parse(await fx.onePagePdf(), 'alex.pdf');
    expect(p.basics).toMatchObject({
      name: 'Alex Martin',
      label: 'Senior Data Engineer',
      email: 'alex.martin@example.com',
      phone: '+33 6 12 34 56 78',
    });
    expect(p.basics?.location).toMatchObject({ city: 'Lyon', region: 'France' });
    expect(p.basics?.profiles?.[0]).toMatchObject({ network: 'GitHub', url: 'github.com/alexmartin' });
    expect(p.work).toHaveLength(2);
    expect(p.work?.[0]).toMatchObject({ name: 'Northwind Analytics', position: 'Senior Data Engineer', startDate: '2019-03' });
    expect(p.work?.[0]?.endDate).toBeUndefined();
    expect(p.work?.[0]?.highlights).toHaveLength(2);
    expect(p.work?.[1]).toMatchObject({ name: 'Contoso Ltd', position: 'Software Developer', startDate: '2016-06', endDate: '2019-02' });
    expect(p.education?.[0]).toMatchObject({
      institution: 'University of Lyon',
      studyType: 'Master of Science',
      area: 'Computer Science',
      endDate: '2016',
    });
    expect(p.skills?.flatMap((s) => s.keywords)).toEqual(['Python', 'SQL', 'Scala', 'Spark', 'Airflow', 'Docker', 'Kubernetes']);
    expect(p.languages?.map((l) => l.language)).toEqual(['French', 'English']);
    expect(p.certificates?.[0]).toMatchObject({ name: 'AWS Certified Data Analytics – Specialty', date: '2021' });
  });

  it('records provenance for every field it sets', async () => {
    const p = await parse(await fx.onePagePdf(), 'alex.pdf');
    const prov = p.meta?.provenance ?? {};
    expect(prov['basics.name']).toMatchObject({ source: { page: 1, line: 1, text: 'Alex Martin' } });
    expect(prov['basics.email']?.source?.text).toContain('alex.martin@example.com');
    expect(prov['work[1].startDate']?.source?.text).toContain('Jun 2016');
    expect(prov['education[0].institution']?.confidence).toBeGreaterThan(0);
    for (const key of [
      'basics.phone',
      'work[0].name',
      'work[0].position',
      'skills[0].keywords',
      'languages[1].language',
      'certificates[0].name',
    ]) {
      expect(prov[key], key).toBeDefined();
    }
  });

  it('two-column PDF with German headings: main column read whole, then the sidebar', async () => {
    const doc = await extractDocument(await fx.twoColumnPdf(), 'jonas.pdf');
    expect(doc.layout.multiColumn).toBe(true);
    expect(doc.text.indexOf('Fehlertoleranz')).toBeLessThan(doc.text.indexOf('Kontakt'));
    expect(doc.text).not.toMatch(/Softwareentwickler\s+Kontakt/);
    const p = parseResume(doc);
    expect(p.basics).toMatchObject({ name: 'Jonas Becker', email: 'jonas.becker@example.org', phone: '+49 30 1234 5678' });
    expect(p.work?.map((w) => [w.name, w.position, w.startDate, w.endDate])).toEqual([
      ['Beispiel Systeme GmbH', 'Softwareentwickler', '2018-03', undefined],
      ['Muster Labs AG', 'Werkstudent', '2015-01', '2018-02'],
    ]);
    expect(p.skills?.[0]?.keywords).toContain('Kubernetes');
    expect(p.languages?.map((l) => l.language)).toEqual(['Deutsch', 'Englisch']);
  });

  it('multi-page PDF with Spanish headings and "actualidad"', async () => {
    const p = await parse(await fx.multiPagePdf(), 'lucia.pdf');
    expect(p.basics?.phone).toBe('(555) 123-4567');
    expect(p.work?.[0]).toMatchObject({ name: 'Compañía Ejemplo S.A.', position: 'Gerente de Proyectos', startDate: '2019-01' });
    expect(p.work?.[0]?.endDate).toBeUndefined();
    expect(p.work?.[0]?.highlights?.length).toBe(33);
    expect(p.work?.[1]).toMatchObject({ position: 'Analista de Sistemas', startDate: '2015', endDate: '2018' });
    expect(p.education?.[0]).toMatchObject({ institution: 'Universidad de Ejemplo', studyType: 'Licenciatura' });
    expect(p.meta?.sections?.map((s) => s.kind)).toEqual(['work', 'education', 'skills']);
  });

  it('DOCX with French headings, heading styles and bullets', async () => {
    const doc = await extractDocument(await fx.frenchDocx(), 'camille.docx');
    expect(doc.pages[0]?.lines.find((l) => l.text === 'Formation')?.headingLevel).toBe(2);
    expect(doc.pages[0]?.lines.find((l) => l.text === 'Java')?.listItem).toBe(true);
    const p = parseResume(doc);
    expect(p.basics?.name).toBe('Camille Dubois');
    expect(p.work?.[0]).toMatchObject({ name: 'Exemple Informatique SAS', position: 'Ingénieure logicielle', startDate: '2019-01' });
    expect(p.work?.[0]?.endDate).toBeUndefined();
    expect(p.work?.[1]).toMatchObject({ startDate: '2015-09', endDate: '2018-12' });
    expect(p.education?.[0]).toMatchObject({
      institution: 'Université de Nantes',
      studyType: 'Master',
      area: 'Informatique',
      endDate: '2015',
    });
    expect(p.skills?.[0]?.keywords).toEqual(['Java', 'TypeScript', 'PostgreSQL']);
    expect(p.languages?.map((l) => l.language)).toEqual(['Français', 'Anglais']);
  });

  it('Markdown: headings, bullets, "2019 - now", bare-domain website', async () => {
    const p = await parse(Buffer.from(fx.MARKDOWN_RESUME), 'sam.md');
    expect(p.meta?.sourceFormat).toBe('markdown');
    expect(p.basics).toMatchObject({ name: 'Sam Taylor', label: 'Product Designer', url: 'www.samtaylor.design', phone: '(555) 987-6543' });
    expect(p.work?.[0]).toMatchObject({ name: 'Acme Studio', position: 'Lead Designer', startDate: '2019' });
    expect(p.work?.[0]?.endDate).toBeUndefined();
    expect(p.work?.[1]).toMatchObject({ name: 'Globex Corporation', startDate: '2015-03', endDate: '2018-12' });
    expect(p.education?.[0]).toMatchObject({ studyType: 'B.A.', area: 'Graphic Design', endDate: '2014' });
  });

  it('JSON Resume and LinkedIn export map their structured data, with provenance', async () => {
    const json = await parse(Buffer.from(JSON.stringify(fx.JSON_RESUME)), 'riley.json');
    expect(json.basics?.name).toBe('Riley Chen');
    expect(json.work?.[0]).toMatchObject({ name: 'Initech', startDate: '2020-04' });
    expect(json.meta?.provenance?.['basics.name']).toEqual({ source: null, confidence: 1 });

    const li = await parse(fx.linkedInZip(), 'export.zip');
    expect(li.meta?.sourceFormat).toBe('linkedin');
    expect(li.basics).toMatchObject({ name: 'Morgan Lee', label: 'Platform Engineer, Cloud', email: 'morgan.lee@example.com' });
    expect(li.work?.[0]).toMatchObject({
      name: 'Umbrella, Inc.',
      position: 'Platform Engineer',
      startDate: '2019-03',
      summary: 'Ran the "core" platform',
    });
    expect(li.work?.[1]).toMatchObject({ name: 'Hooli', startDate: '2016-01', endDate: '2019-02' });
    expect(li.certificates?.[0]).toMatchObject({ name: 'CKA', issuer: 'The Linux Foundation' });
    expect(li.skills?.[0]?.keywords).toEqual(['Kubernetes', 'Terraform']);
  });
});

describe('applyCorrections', () => {
  it('overrides values with confidence 1 and keeps them across re-analysis', async () => {
    const parsed = await parse(await fx.onePagePdf(), 'alex.pdf');
    const corrections = { 'basics.name': 'Alexandre Martin', 'work[1].position': 'Backend Developer', 'skills[0].keywords': ['Python'] };
    const once = applyCorrections(parsed, corrections);
    expect(once.basics?.name).toBe('Alexandre Martin');
    expect(once.work?.[1]?.position).toBe('Backend Developer');
    expect(once.skills?.[0]?.keywords).toEqual(['Python']);
    expect(once.meta?.provenance?.['basics.name']).toEqual({ source: null, confidence: 1 });
    expect(once.meta?.corrections).toMatchObject(corrections);
    expect(parsed.basics?.name).toBe('Alex Martin');
    const again = applyCorrections(await parse(await fx.onePagePdf(), 'alex.pdf'), corrections);
    expect(again.work?.[1]?.position).toBe('Backend Developer');
  });

  it('ignores unsafe or malformed paths', () => {
    const out = applyCorrections({ basics: { name: 'A' } }, { '__proto__.polluted': 1, 'meta.parser': 'x', 'basics..name': 'B' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(out.basics?.name).toBe('A');
  });
});
