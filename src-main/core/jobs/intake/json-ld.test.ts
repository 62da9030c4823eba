import { describe, expect, it } from 'vitest';
import { extractJsonLdPostings, findJsonLdBlocks, parseJsonLd, repairJson } from './json-ld';

// Pages escape "</" inside JSON-LD (a raw "</script>" would end the block in a browser too).
const ld = (value: unknown): string => JSON.stringify(value).replace(/<\//g, '<\\/');
const page = (...blocks: string[]): string =>
  `<html><head><title>Job</title>${blocks.map((block) => `<script type="application/ld+json">${block}</script>`).join('\n')}</head><body><p>x</p></body></html>`;

describe('JSON-LD JobPosting', () => {
  it('walks @graph and accepts @type arrays', () => {
    const html = page(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', name: 'Careers' },
          { '@type': 'Organization', name: 'Acme' },
          {
            '@type': ['JobPosting', 'Thing'],
            title: 'Data Engineer',
            hiringOrganization: { '@type': 'Organization', name: 'Acme &amp; Co' },
            jobLocation: [
              {
                '@type': 'Place',
                address: {
                  '@type': 'PostalAddress',
                  addressLocality: 'Lyon',
                  addressRegion: 'ARA',
                  addressCountry: { '@type': 'Country', name: 'FR' },
                },
              },
              { '@type': 'Place', address: 'Paris, FR' },
            ],
            employmentType: ['CONTRACTOR', 'FULL_TIME'],
            datePosted: '2026-09-01',
            validThrough: '2026-12-01T00:00',
            baseSalary: {
              '@type': 'MonetaryAmount',
              currency: 'eur',
              value: { '@type': 'QuantitativeValue', minValue: 50000, maxValue: '65000', unitText: 'YEAR' },
            },
            identifier: { '@type': 'PropertyValue', name: 'Acme', value: 'DE-42' },
            url: '/jobs/42',
            description: '<p>Pipelines</p><script>steal()</script>',
          },
        ],
      }),
    );
    const [posting] = extractJsonLdPostings(html, 'https://careers.acme.example/jobs/42');
    expect(posting).toMatchObject({
      externalId: 'DE-42',
      title: 'Data Engineer',
      company: 'Acme & Co',
      location: 'Lyon, ARA, FR; Paris, FR',
      employmentType: 'contract',
      datePosted: '2026-09-01',
      validThrough: '2026-12-01T00:00',
      salary: { min: 50000, max: 65000, currency: 'EUR', period: 'year' },
      applyUrl: 'https://careers.acme.example/jobs/42',
      descriptionHtml: '<p>Pipelines</p>',
      source: { kind: 'url', name: 'JSON-LD' },
    });
  });

  it('reads blocks with raw control characters and trailing commas', () => {
    const broken =
      '{"@context":"http://schema.org/","@type":"JobPosting","title":"Senior\tEngineer","description":"line one\nline two",\n"hiringOrganization":{"name":"Harper",},}';
    expect(() => JSON.parse(broken)).toThrow();
    const [posting] = extractJsonLdPostings(page(broken), 'https://harper.example/jobs/1');
    expect(posting).toMatchObject({ title: 'Senior Engineer', company: 'Harper', descriptionText: 'line one line two' });
    expect(repairJson('{"a":[1,2,],"b":"x\ny",}')).toBe('{"a":[1,2],"b":"x\\ny"}');
  });

  it('reads HTML-escaped blocks and escaped descriptions', () => {
    const escaped =
      '{&quot;@type&quot;:&quot;JobPosting&quot;,&quot;title&quot;:&quot;Nurse&quot;,&quot;description&quot;:&quot;&amp;lt;p&amp;gt;Care&amp;lt;/p&amp;gt;&quot;}';
    const [posting] = extractJsonLdPostings(page(escaped), 'https://x.example/');
    expect(posting).toMatchObject({ title: 'Nurse', descriptionHtml: '<p>Care</p>' });
  });

  it('collects postings from several scripts and skips unreadable ones', () => {
    const html = page(
      '{"@type":"Organization","name":"Acme"}',
      'this is { not json',
      '[{"@type":"JobPosting","title":"One"},{"@type":"http://schema.org/JobPosting","title":"Two","jobLocationType":"TELECOMMUTE","applicantLocationRequirements":{"@type":"Country","name":"USA"}}]',
      '<!-- {"@type":"JobPosting","title":"Three","employmentType":"PART_TIME"} -->',
    );
    expect(findJsonLdBlocks(html)).toHaveLength(4);
    const postings = extractJsonLdPostings(html, 'https://x.example/');
    expect(postings.map((posting) => posting.title)).toEqual(['One', 'Two', 'Three']);
    expect(postings[1]).toMatchObject({ remote: 'remote', location: 'USA' });
    expect(postings[2]!.employmentType).toBe('part-time');
  });

  it('nests JobPosting under other nodes and tolerates missing fields', () => {
    const nested = {
      '@type': 'WebPage',
      mainEntity: { '@type': 'JobPosting', title: 'Cook', baseSalary: { currency: 'USD', value: { value: 18, unitText: 'HOUR' } } },
    };
    const [posting] = extractJsonLdPostings(page(ld(nested)), 'https://x.example/cook');
    expect(posting).toMatchObject({
      title: 'Cook',
      company: null,
      location: null,
      remote: null,
      employmentType: null,
      datePosted: null,
      salary: { min: 18, max: 18, period: 'hour' },
    });
    expect(parseJsonLd('')).toBeNull();
  });
});
