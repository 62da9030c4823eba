/**
 * Synthetic job postings for the benchmarks (bench:jobs, bench:app): deterministic (one seeded
 * PRNG stream per process, so a run is reproducible), shaped like real ones (Zipf-like skills,
 * titles and companies; salaries, locations and remote modes in realistic proportions).
 */
import type { ParsedJob, RemoteMode } from '../../src-preload/contract/job.types';
import type { Seniority } from '../../src-preload/contract/resume.types';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(20261122);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
/** Zipf-like: early items are much more common, as in real postings. */
const zipf = <T>(list: readonly T[]): T => list[Math.floor(Math.pow(rnd(), 2.2) * list.length)]!;


const ROLES = [
  'Software Engineer', 'Backend Engineer', 'Frontend Developer', 'Full Stack Developer', 'Data Engineer', 'Data Scientist',
  'Machine Learning Engineer', 'DevOps Engineer', 'Site Reliability Engineer', 'Platform Engineer', 'Mobile Developer',
  'iOS Engineer', 'Android Engineer', 'QA Engineer', 'Security Engineer', 'Product Manager', 'Product Designer',
  'UX Researcher', 'Data Analyst', 'Business Analyst', 'Engineering Manager', 'Solutions Architect', 'Cloud Engineer',
  'Database Administrator', 'Technical Writer', 'Customer Success Manager', 'Account Executive', 'Marketing Manager',
  'Financial Analyst', 'Accountant', 'Registered Nurse', 'Pharmacist', 'Operations Manager', 'HR Business Partner',
  'Recruiter', 'Sales Engineer', 'Embedded Engineer', 'Game Developer', 'Network Engineer', 'Support Engineer',
];
const LEVELS: [string, Seniority | null][] = [
  ['', null], ['Junior ', 'junior'], ['Senior ', 'senior'], ['Lead ', 'lead'], ['Principal ', 'principal'], ['Staff ', 'senior'],
  ['Intern ', 'intern'], ['', 'mid'],
];
export const SKILLS = [
  'Python', 'JavaScript', 'TypeScript', 'SQL', 'Java', 'Go', 'Rust', 'C++', 'C#', 'Kotlin', 'Swift', 'Ruby', 'PHP', 'Scala',
  'React', 'Vue', 'Angular', 'Node.js', 'Django', 'Flask', 'Spring', 'Rails', '.NET', 'GraphQL', 'REST APIs', 'gRPC',
  'PostgreSQL', 'MySQL', 'MongoDB', 'Redis', 'Elasticsearch', 'Kafka', 'RabbitMQ', 'Spark', 'Airflow', 'dbt', 'Snowflake',
  'BigQuery', 'Redshift', 'Hadoop', 'AWS', 'GCP', 'Azure', 'Kubernetes', 'Docker', 'Terraform', 'Ansible', 'Jenkins',
  'GitHub Actions', 'CI/CD', 'Linux', 'Bash', 'Prometheus', 'Grafana', 'Datadog', 'TensorFlow', 'PyTorch', 'scikit-learn',
  'Pandas', 'NumPy', 'Tableau', 'Power BI', 'Looker', 'Excel', 'Figma', 'Sketch', 'Jira', 'Agile', 'Scrum', 'Salesforce',
  'HubSpot', 'SAP', 'Workday', 'Git', 'OAuth', 'Microservices', 'System Design', 'Data Modeling', 'ETL', 'A/B Testing',
  'Statistics', 'NLP', 'Computer Vision', 'LLMs', 'Product Strategy', 'Stakeholder Management', 'SEO', 'Copywriting',
  'Financial Modeling', 'GAAP', 'Budgeting', 'Patient Care', 'Phlebotomy', 'EHR', 'Recruiting', 'Negotiation', 'Selenium',
  'Cypress', 'Playwright', 'Unity', 'Unreal Engine', 'Embedded C', 'RTOS', 'Networking', 'Cisco', 'Penetration Testing',
  ...Array.from({ length: 200 }, (_, i) => `Tool${i.toString(36)}`),
];
const LOCATIONS = [
  'San Francisco, CA', 'New York, NY', 'Seattle, WA', 'Austin, TX', 'Boston, MA', 'Chicago, IL', 'Denver, CO', 'Atlanta, GA',
  'London, UK', 'Manchester, UK', 'Dublin, Ireland', 'Berlin, Germany', 'München, Germany', 'Zürich, Switzerland',
  'Paris, France', 'Lyon, France', 'Amsterdam, Netherlands', 'Barcelona, Spain', 'Madrid, Spain', 'Lisbon, Portugal',
  'Stockholm, Sweden', 'Kraków, Poland', 'Toronto, Canada', 'Montréal, Canada', 'Vancouver, Canada', 'Sydney, Australia',
  'Singapore', 'Bangalore, India', 'São Paulo, Brazil', 'Mexico City, Mexico', 'Remote - US', 'Remote - Europe', 'Remote',
];
const SYLLABLES = ['ac', 'me', 'glo', 'bex', 'ini', 'tech', 'vel', 'ora', 'nex', 'tri', 'sol', 'data', 'cloud', 'ly', 'io', 'zen', 'qua', 'ro', 'fin', 'med'];
const COMPANIES = Array.from({ length: 3000 }, () => {
  const n = 2 + Math.floor(rnd() * 2);
  const name = Array.from({ length: n }, () => pick(SYLLABLES)).join('');
  return name[0]!.toUpperCase() + name.slice(1) + pick(['', '', ' Inc', ' Labs', ' GmbH', ' Ltd', ' Systems', ' Health']);
});
const WORDS = (
  'build scale design own deliver ship improve maintain operate collaborate partner mentor lead drive measure ' +
  'platform product service system pipeline infrastructure application feature customer user team roadmap quality ' +
  'reliability performance security compliance analytics insight dashboard report model experiment data cloud ' +
  'distributed backend frontend mobile web api integration automation testing monitoring incident deployment release ' +
  'growth revenue billing payments ledger marketplace logistics healthcare patient clinical finance accounting audit ' +
  'startup enterprise mission impact ownership autonomy remote hybrid flexible benefits equity health dental vision ' +
  'learning budget conference parental leave wellness inclusive diverse equal opportunity employer accommodation'
).split(' ');
const RARE = Array.from({ length: 6000 }, (_, i) => `term${i.toString(36)}`);

export function sentence(skills: string[]): string {
  const n = 8 + Math.floor(rnd() * 14);
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const r = rnd();
    out.push(r < 0.08 && skills.length ? pick(skills) : r < 0.7 ? zipf(WORDS) : r < 0.85 ? pick(['and', 'the', 'with', 'for', 'to', 'our', 'you', 'will', 'in', 'of']) : zipf(RARE));
  }
  out[0] = out[0]![0]!.toUpperCase() + out[0]!.slice(1);
  return out.join(' ') + '.';
}

function salaryOf(): ParsedJob['salary'] {
  if (rnd() < 0.4) return null;
  const currency = pick(['USD', 'USD', 'EUR', 'GBP']);
  if (rnd() < 0.15) {
    const min = 20 + Math.floor(rnd() * 60);
    return { min, max: min + Math.floor(rnd() * 30), currency, period: 'hour', text: '' };
  }
  const min = 40_000 + Math.floor(rnd() * 120) * 1000;
  return { min, max: rnd() < 0.8 ? min + Math.floor(rnd() * 60) * 1000 : null, currency, period: 'year', text: '' };
}

export function posting(i: number): ParsedJob {
  const [prefix, seniority] = pick(LEVELS);
  const role = zipf(ROLES);
  const required = [...new Set(Array.from({ length: 3 + Math.floor(rnd() * 5) }, () => zipf(SKILLS)))];
  const preferred = [...new Set(Array.from({ length: Math.floor(rnd() * 4) }, () => zipf(SKILLS)))].filter((s) => !required.includes(s));
  const location = zipf(LOCATIONS);
  const remote: RemoteMode | null = location.startsWith('Remote') ? 'remote' : pick<RemoteMode | null>(['hybrid', 'onsite', 'remote', null]);
  const paragraphs = 12 + Math.floor(rnd() * 14);
  const description = Array.from({ length: paragraphs }, () => sentence([...required, ...preferred])).join(' ');
  const day = 1 + Math.floor(rnd() * 120);
  const source = pick(['Greenhouse', 'Lever', 'Ashby', 'Remotive', 'Arbeitnow']);
  return {
    title: `${prefix}${role}`,
    company: zipf(COMPANIES),
    location,
    remote,
    employmentType: pick(['full-time', 'full-time', 'full-time', 'contract', 'part-time', 'internship']),
    seniority,
    minYearsExperience: rnd() < 0.6 ? Math.floor(rnd() * 10) : null,
    education: rnd() < 0.3 ? { level: pick(['bachelor', 'master', 'doctorate']), text: 'degree', required: rnd() < 0.5 } : null,
    requiredSkills: required,
    preferredSkills: preferred,
    requirements: [],
    salary: salaryOf(),
    benefits: [],
    responsibilities: [],
    description,
    descriptionHtml: null,
    datePosted: new Date(Date.UTC(2026, 10, 22) - day * 86_400_000).toISOString().slice(0, 10),
    validThrough: null,
    applyUrl: null,
    source: { kind: 'board', name: source, url: `https://jobs.example.com/${source.toLowerCase()}/${i}`, externalId: String(i) },
  };
}
