import { describe, expect, it } from 'vitest';
import type { JobSource } from '../../../../src-preload/contract/job.types';
import { parseJobText } from './index';

const source: JobSource = { kind: 'paste', name: 'Pasted', url: null, externalId: null };

// Invented postings written for these tests.
const PLAIN = `Job description
Senior Platform Engineer

Lumen Harbor is hiring a Senior Platform Engineer to join our infrastructure group in Portland, OR. This is a hybrid role with 2 days in office per week.

Responsibilities:
• Run and improve our Kubernetes clusters
• Own the CI/CD pipelines for 40 services

Requirements:
• 5+ years of experience in backend or platform engineering
• Strong knowledge of Terraform, AWS and PostgreSQL
• Experience with observability tooling such as Prometheus and Grafana
• Excellent written and verbal communication skills
• Attention to detail and good time management
• Bachelor's degree in Computer Science or a related field

Nice to have:
• Familiarity with Rust
• Experience with Kafka is a plus

Benefits:
• 401(k) with 5% match
• Four weeks of paid vacation

Salary range: $150,000 - $180,000 per year. Full-time.`;

describe('parseJobText on plain text', () => {
  const job = parseJobText({ text: PLAIN, source });

  it('reads the scalar fields', () => {
    expect(job).toMatchObject({
      title: 'Senior Platform Engineer',
      company: 'Lumen Harbor',
      location: 'Portland, OR',
      remote: 'hybrid',
      employmentType: 'full-time',
      seniority: 'senior',
      minYearsExperience: 5,
    });
    expect(job.salary).toMatchObject({ min: 150000, max: 180000, currency: 'USD', period: 'year' });
    expect(job.education).toMatchObject({ level: 'bachelor', required: true });
  });

  it('splits required and preferred skills and keeps short phrases', () => {
    expect(job.requiredSkills).toEqual(expect.arrayContaining(['Terraform', 'AWS', 'PostgreSQL', 'Prometheus', 'Grafana', 'written and verbal communication', 'Attention to detail', 'time management']));
    expect(job.preferredSkills).toEqual(expect.arrayContaining(['Rust', 'Kafka']));
    expect(job.requiredSkills).not.toContain('Kubernetes');
    expect(job.requiredSkills.every((item) => item.split(' ').length <= 10)).toBe(true);
    const kafka = job.requirements.find((item) => item.text === 'Kafka');
    expect(kafka).toMatchObject({ kind: 'preferred', sentence: 'Experience with Kafka is a plus' });
  });

  it('lists responsibilities and benefits', () => {
    expect(job.responsibilities).toEqual(['Run and improve our Kubernetes clusters', 'Own the CI/CD pipelines for 40 services']);
    expect(job.benefits).toContain('Four weeks of paid vacation');
  });
});

describe('parseJobText with hints and HTML', () => {
  const html = `<h2>About Orchard Labs</h2><p>We grow software.</p><script>track()</script>
<h3>What you&rsquo;ll need</h3><ul><li>3&ndash;5 years of experience with React and TypeScript<li>Experience with GraphQL preferred</ul>
<h3>Perks</h3><ul><li>Remote-first team</li><li>Home office budget</li></ul><p onclick="x()">Pay: &euro;55.000 &ndash; &euro;65.000 per year</p>`;

  it('converts the HTML, uses hints first and keeps sanitized HTML', () => {
    const job = parseJobText({ text: '', html, hints: { title: 'Frontend Developer', location: 'Berlin, Germany' }, source });
    expect(job).toMatchObject({ title: 'Frontend Developer', company: 'Orchard Labs', location: 'Berlin, Germany', remote: 'remote', minYearsExperience: 3 });
    expect(job.requiredSkills).toEqual(expect.arrayContaining(['React', 'TypeScript']));
    expect(job.preferredSkills).toEqual(['GraphQL']);
    expect(job.salary).toMatchObject({ min: 55000, max: 65000, currency: 'EUR', period: 'year' });
    expect(job.description).not.toContain('track()');
    expect(job.descriptionHtml).not.toMatch(/script|onclick/);
  });

  it('lets a structured salary hint win', () => {
    const hint = { min: 1, max: 2, currency: 'USD', period: 'hour' as const, text: 'hint' };
    expect(parseJobText({ text: PLAIN, hints: { salary: hint, remote: 'remote' }, source })).toMatchObject({ salary: hint, remote: 'remote' });
  });
});

describe('non-English headings', () => {
  it('reads French sections', () => {
    const job = parseJobText({
      text: 'Développeur Python\n\nVos missions :\n• Maintenir nos API\n\nProfil recherché :\n• 3 ans d\'expérience avec Django et PostgreSQL\n\nAtouts :\n• Connaissance de Docker\n\nSalaire : 45 000 € par an, CDI, télétravail partiel',
      source,
    });
    expect(job).toMatchObject({ title: 'Développeur Python', minYearsExperience: 3, employmentType: 'full-time', remote: 'hybrid' });
    expect(job.requiredSkills).toEqual(expect.arrayContaining(['Django', 'PostgreSQL']));
    expect(job.preferredSkills).toContain('Docker');
    expect(job.responsibilities).toEqual(['Maintenir nos API']);
    expect(job.salary).toMatchObject({ min: 45000, currency: 'EUR', period: 'year' });
  });

  it('reads Spanish and German sections', () => {
    const spanish = parseJobText({ text: 'Analista de Datos\n\nRequisitos:\n• Experiencia con SQL y Tableau\n\nDeseable:\n• Python', source });
    expect(spanish.requiredSkills).toEqual(expect.arrayContaining(['SQL', 'Tableau']));
    expect(spanish.preferredSkills).toEqual(['Python']);
    const german = parseJobText({ text: 'Backend Entwickler\n\nDeine Aufgaben:\n• APIs bauen\n\nDein Profil:\n• Erfahrung mit Java und Kotlin\n\nNice-to-have:\n• Kubernetes', source });
    expect(german.requiredSkills).toEqual(expect.arrayContaining(['Java', 'Kotlin']));
    expect(german.preferredSkills).toEqual(['Kubernetes']);
    expect(german.responsibilities).toEqual(['APIs bauen']);
  });
});
