/** Responses written by hand in the shapes DATA-SOURCES.md section 2 documents (every field optional upstream). */

export const greenhouseBoard = {
  jobs: [
    {
      id: 4001,
      internal_job_id: 9001,
      title: 'Senior Backend Engineer &amp; Mentor',
      updated_at: '2026-10-02T12:00:00-04:00',
      first_published: '2026-09-30T09:00:00-04:00',
      requisition_id: 'R-1',
      location: { name: 'Remote, Canada' },
      absolute_url: 'https://job-boards.greenhouse.io/acme/jobs/4001',
      metadata: [{ id: 1, name: 'Employment Type', value: 'Full-time', value_type: 'single_select' }],
      departments: [{ id: 1, name: 'Engineering' }],
      offices: [],
      company_name: 'Acme',
      content:
        '&lt;p&gt;Build &lt;strong&gt;things&lt;/strong&gt;.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;ul&gt;&lt;li&gt;Go&lt;/li&gt;&lt;/ul&gt;',
    },
    { id: 4002, title: 'Designer', location: null, absolute_url: 'https://job-boards.greenhouse.io/acme/jobs/4002', metadata: null },
    { title: 'No id: skipped' },
  ],
  meta: { total: 3 },
};

export const greenhouseJob = {
  ...greenhouseBoard.jobs[0],
  pay_input_ranges: [{ min_cents: 15000000, max_cents: 18000000, currency_type: 'CAD', title: 'Canada', blurb: 'Base salary' }],
  questions: [],
};

export const leverBoard = [
  {
    id: '5ac21346-8e0c-4494-8e7a-3eb92ff77902',
    text: 'Principal Engineer',
    categories: {
      location: 'Seattle',
      commitment: 'Full time',
      team: 'Engineering',
      department: 'Product',
      allLocations: ['Seattle', 'Remote'],
    },
    country: 'US',
    workplaceType: 'hybrid',
    opening: '<p>Opening</p>',
    descriptionBody: '<p>Body</p>',
    description: '<p>Opening</p><p>Body</p>',
    descriptionPlain: 'Opening\nBody',
    lists: [{ text: 'Requirements', content: '<li>TypeScript</li><li onclick="x()">SQL</li>' }],
    additional: '<p>Benefits</p>',
    hostedUrl: 'https://jobs.lever.co/acme/5ac21346-8e0c-4494-8e7a-3eb92ff77902',
    applyUrl: 'https://jobs.lever.co/acme/5ac21346-8e0c-4494-8e7a-3eb92ff77902/apply',
    createdAt: 1759320000000,
    salaryRange: { currency: 'USD', interval: 'per-year-salary', min: 180000, max: 220000 },
    salaryDescriptionPlain: '$180,000 - $220,000 a year',
  },
  { id: 'b2b0f2f4-0000-4000-8000-000000000002', text: 'Support Specialist', categories: {}, workplaceType: 'on-site' },
];

export const ashbyBoard = {
  apiVersion: '1',
  jobs: [
    {
      id: '0f7c3b52-1111-4a6e-9f1c-2d4e5f6a7b8c',
      title: 'ML Engineer',
      department: 'Research',
      team: 'Applied',
      employmentType: 'FullTime',
      location: 'San Francisco',
      secondaryLocations: [{ location: 'New York' }],
      isRemote: false,
      workplaceType: 'Hybrid',
      publishedAt: '2026-10-01T10:00:00.000+00:00',
      isListed: true,
      jobUrl: 'https://jobs.ashbyhq.com/acme/0f7c3b52-1111-4a6e-9f1c-2d4e5f6a7b8c',
      applyUrl: 'https://jobs.ashbyhq.com/acme/0f7c3b52-1111-4a6e-9f1c-2d4e5f6a7b8c/application',
      descriptionHtml: '<p>Train models.</p><iframe src="https://evil.example"></iframe>',
      descriptionPlain: 'Train models.',
      shouldDisplayCompensationOnJobPostings: true,
      compensation: {
        compensationTierSummary: '$200K – $250K • Offers Equity',
        summaryComponents: [
          { compensationType: 'Salary', interval: '1 YEAR', currencyCode: 'USD', minValue: 200000, maxValue: 250000 },
          { compensationType: 'EquityPercentage', interval: 'NONE', minValue: 0.1, maxValue: 0.2 },
        ],
      },
    },
    { id: '0f7c3b52-2222-4a6e-9f1c-2d4e5f6a7b8c', title: 'Hidden role', isListed: false },
    { id: '0f7c3b52-3333-4a6e-9f1c-2d4e5f6a7b8c', title: 'Remote Writer', isRemote: true, employmentType: 'Contract' },
  ],
};

export const workableAccount = {
  name: 'Huble',
  description: '<p>About us</p>',
  jobs: [
    {
      title: 'CRM Solutions Architect',
      shortcode: '927FD30DD5',
      code: '',
      department: 'Solutions',
      country: 'United Kingdom',
      state: 'England',
      city: 'London',
      telecommuting: true,
      published_on: '2026-09-15',
      created_at: '2026-09-14',
      url: 'https://apply.workable.com/j/927FD30DD5',
      application_url: 'https://apply.workable.com/j/927FD30DD5/apply',
      shortlink: 'https://apply.workable.com/j/927FD30DD5',
      experience: 'Mid-Senior level',
      locations: [{ country: 'United Kingdom', countryCode: 'GB', city: 'London', region: 'England' }],
      description: '<p>Short</p>',
      full_description: '<p>Full <a href="javascript:alert(1)">link</a></p>',
    },
  ],
};

export function smartRecruitersPage(offset: number, total: number, limit = 100): unknown {
  const count = Math.max(0, Math.min(limit, total - offset));
  return {
    offset,
    limit,
    totalFound: total,
    content: Array.from({ length: count }, (_, index) => ({
      id: String(744000000000000 + offset + index),
      name: `Role ${offset + index}`,
      uuid: `uuid-${offset + index}`,
      refNumber: `REF${offset + index}`,
      company: { identifier: 'Acme', name: 'Acme Corp' },
      releasedDate: '2026-10-01T08:00:00.000Z',
      location: { city: 'Berlin', region: 'BE', country: 'de', remote: index % 2 === 0 },
      industry: { id: 'it', label: 'IT' },
      department: { id: '1', label: 'Engineering' },
      function: { id: 'eng', label: 'Engineering' },
      typeOfEmployment: { id: 'permanent', label: 'Full-time' },
      experienceLevel: { id: 'mid', label: 'Mid' },
      ref: `https://api.smartrecruiters.com/v1/companies/Acme/postings/${744000000000000 + offset + index}`,
    })),
  };
}

export const smartRecruitersDetail = {
  id: '744000000000001',
  name: 'Data Engineer',
  company: { identifier: 'Acme', name: 'Acme Corp' },
  releasedDate: '2026-10-01T08:00:00.000Z',
  location: { city: 'Berlin', country: 'de', remote: false, fullLocation: 'Berlin, Germany' },
  typeOfEmployment: { label: 'Full-time' },
  applyUrl: 'https://jobs.smartrecruiters.com/Acme/744000000000001-data-engineer?oga=true',
  postingUrl: 'https://jobs.smartrecruiters.com/Acme/744000000000001-data-engineer',
  jobAd: {
    sections: {
      companyDescription: { title: 'Company Description', text: '<p>We make things.</p>' },
      jobDescription: { title: 'Job Description', text: '<p>Pipelines.</p>' },
      qualifications: { title: 'Qualifications', text: '<ul><li>Spark</li></ul>' },
      additionalInformation: { title: 'Additional Information', text: '' },
    },
  },
};
