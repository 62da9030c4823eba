/** A small master resume and posting shared by the coach tests. */
import type { ParsedJob } from '../../../../src-preload/contract/job.types';
import type { ResumeProfile } from '../../../../src-preload/contract/resume.types';

export const NOW = new Date('2026-01-15T00:00:00Z');

export function sampleProfile(): ResumeProfile {
  return {
    basics: {
      name: 'Ada Example',
      label: 'Senior Software Engineer',
      email: 'ada@example.com',
      phone: '+1 555 0100 2024',
      summary: 'Backend engineer focused on payments and reliability. Enjoys mentoring.',
    },
    work: [
      {
        name: 'Initech',
        position: 'Senior Software Engineer',
        startDate: '2019-03',
        highlights: [
          'Responsible for designing the REST APIs used by 3 mobile apps',
          'Managed a $1.2M annual cloud budget',
          'Reduced infrastructure costs by 25% by migrating services to Kubernetes',
          'Led a team of 8 engineers to ship the payments platform in Go',
        ],
      },
      {
        name: 'Hooli',
        position: 'Software Engineer',
        startDate: '2015-06',
        endDate: '2019-02',
        highlights: ['Built data pipelines in Python and PostgreSQL', 'Mentored 4 junior developers'],
      },
    ],
    education: [{ institution: 'State University', studyType: 'Bachelor of Science', area: 'Computer Science', endDate: '2015' }],
    certificates: [{ name: 'AWS Certified Developer – Associate', issuer: 'Amazon Web Services', date: '2021-05' }],
    skills: [{ name: 'Backend', keywords: ['Go', 'Python', 'Kubernetes', 'PostgreSQL', 'AWS'] }],
  };
}

export function sampleJob(overrides: Partial<ParsedJob> = {}): ParsedJob {
  return {
    title: 'Staff Backend Engineer',
    company: 'Globex',
    location: 'Remote',
    remote: 'remote',
    employmentType: 'full-time',
    seniority: 'senior',
    minYearsExperience: 7,
    education: null,
    requiredSkills: ['Kubernetes', 'Go', 'PostgreSQL'],
    preferredSkills: ['Terraform'],
    requirements: [],
    salary: null,
    benefits: [],
    responsibilities: ['Design reliable payment services', 'Own our Terraform modules across 40 services'],
    description:
      'Globex is hiring a Staff Backend Engineer to build payment services in Go on Kubernetes with PostgreSQL. Terraform is a plus.',
    descriptionHtml: null,
    datePosted: null,
    validThrough: null,
    applyUrl: null,
    source: { kind: 'paste', name: 'Pasted', url: null, externalId: null },
    ...overrides,
  };
}
