import { describe, expect, it } from 'vitest';
import { extractPageText, pagePosting } from './page-text';

const PAGE = `<!doctype html><html><head>
<title>Job Application for Platform Engineer at Northwind</title>
<meta property="og:title" content="Platform Engineer">
<style>.x{color:red}</style><script>var secret = "do not show";</script>
</head><body>
<div class="cookie-banner"><h1>We use cookies</h1><p>Accept all cookies to continue browsing this site today.</p></div>
<header><nav><a href="/">Home</a> <a href="/jobs">All jobs</a></nav></header>
<div class="hero"><h1>Platform Engineer</h1><div class="job-location">Berlin, Germany</div><span data-ui="job-workplace">Hybrid</span><span class="commitment">Full time /</span></div>
<div class="content">
  <p>Northwind builds the platform that moves freight across Europe &amp; beyond.</p>
  <p>You will own our Kubernetes clusters, CI pipelines and observability stack.</p>
  <ul><li>5+ years with Linux and networking fundamentals in production</li><li>Terraform &mdash; or a similar tool for infrastructure code</li></ul>
  <p>Salary: &euro;70.000 – &euro;85.000 per year, plus a generous learning budget.</p>
</div>
<aside><p>Similar jobs you may like across the whole company and its subsidiaries.</p></aside>
<form><label>Name <input name="name"></label><p>Upload your CV here in PDF format please and thanks.</p></form>
<footer><p>© Northwind 2026 — all rights reserved, imprint and privacy policy.</p></footer>
</body></html>`;

describe('page text', () => {
  it('takes the headline facts from title, headings and labelled elements', () => {
    const page = extractPageText(PAGE);
    expect(page).toMatchObject({
      title: 'Platform Engineer',
      company: 'Northwind',
      location: 'Berlin, Germany',
      remote: 'hybrid',
      employmentType: 'full-time',
    });
    expect(page.salary).toMatchObject({ min: 70000, max: 85000, currency: 'EUR', period: 'year' });
  });

  it('keeps the main block and drops chrome, scripts and forms', () => {
    const { text, html } = extractPageText(PAGE);
    expect(text).toContain('Northwind builds the platform that moves freight across Europe & beyond.');
    expect(text).toContain('• Terraform — or a similar tool');
    for (const unwanted of ['do not show', 'color:red', 'All jobs', 'Similar jobs', 'Upload your CV', 'rights reserved', 'cookies'])
      expect(text).not.toContain(unwanted);
    expect(html).toContain('<li>5+ years with Linux');
    expect(html).not.toContain('<script');
  });

  it('prefers <main> when it holds the text, and og:site_name for the company', () => {
    const html = `<html><head><meta property="og:site_name" content="Contoso"><title>Careers | Contoso</title></head><body>
      <div><p>${'Sidebar text that is long enough to count as a paragraph. '.repeat(3)}</p></div>
      <main><h1>Staff Accountant</h1><p>${'Close the books every month with a small, friendly finance team. '.repeat(4)}</p></main></body></html>`;
    const page = extractPageText(html);
    expect(page.company).toBe('Contoso');
    expect(page.title).toBe('Staff Accountant');
    expect(page.text.startsWith('Staff Accountant')).toBe(true);
    expect(page.text).not.toContain('Sidebar');
  });

  it('builds a posting that records its path, and refuses a page without a title', () => {
    const posting = pagePosting(PAGE, 'https://northwind.example/jobs/7');
    expect(posting).toMatchObject({
      title: 'Platform Engineer',
      url: 'https://northwind.example/jobs/7',
      source: { kind: 'url', name: 'Page text' },
    });
    expect(pagePosting('<html><body><p>nothing</p></body></html>', 'https://x.example/')).toBeNull();
  });
});
