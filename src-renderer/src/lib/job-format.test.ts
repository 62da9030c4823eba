import { describe, expect, it } from 'vitest';
import { boardName, formatPostedDate, formatSalary, isoDaysAgo, plural } from './job-format';
import { DEFAULT_FILTERS, describeSearch, fromSearchInput, hasActiveFilters, parseSalary, toSearchInput } from './job-query';

const NOW = Date.parse('2025-06-30T12:00:00Z');

describe('formatSalary', () => {
  it('shows yearly ranges compact, with the currency', () => {
    expect(formatSalary(120_000, 150_000, 'USD')).toMatch(/^\$120K–\$150K \/yr$/);
    expect(formatSalary(50_000, null, 'EUR')).toMatch(/^from €50K \/yr$/);
    expect(formatSalary(null, 40_000, 'GBP')).toMatch(/^up to £40K \/yr$/);
    expect(formatSalary(90_000, 90_000, 'USD')).toMatch(/^\$90K \/yr$/);
  });

  it('shows other periods in full and survives odd currencies', () => {
    expect(formatSalary(25, 35, 'USD', 'hour')).toBe('$25–$35 /hr');
    expect(formatSalary(60_000, 70_000, null)).toMatch(/^60K–70K \/yr$/);
    expect(formatSalary(60_000, null, 'XYZ1')).toMatch(/60K XYZ1/);
  });

  it('is null without a usable figure', () => {
    expect(formatSalary(null, null, 'USD')).toBeNull();
    expect(formatSalary(0, Number.NaN, 'USD')).toBeNull();
  });
});

describe('small helpers', () => {
  it('formats dates, names and counts', () => {
    expect(formatPostedDate('2025-03-14')).toMatch(/2025/);
    expect(formatPostedDate('soon')).toBe('soon');
    expect(formatPostedDate(null)).toBeNull();
    expect(isoDaysAgo(7, NOW)).toBe('2025-06-23');
    expect(boardName({ company: null, token: 'acme' })).toBe('acme');
    expect(boardName({ company: 'Acme Inc', token: 'acme' })).toBe('Acme Inc');
    expect(plural(1, 'job')).toBe('1 job');
    expect(plural(12, 'job')).toBe('12 jobs');
  });
});

describe('job filters and the search input', () => {
  it('sends nothing but the sort for the default filters (open jobs, best match)', () => {
    expect(toSearchInput(DEFAULT_FILTERS, NOW)).toEqual({ status: ['open'], sort: 'score' });
    expect(hasActiveFilters(DEFAULT_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_FILTERS, sort: 'date' })).toBe(false);
  });

  it('translates every filter to the contract', () => {
    const input = toSearchInput(
      {
        text: '  react  ',
        remote: ['remote', 'hybrid'],
        location: ' Berlin ',
        minSalary: '80k',
        currency: 'eur',
        seniority: ['senior'],
        employmentType: ['full-time'],
        source: ['Greenhouse'],
        postedWithin: '7',
        status: 'all',
        savedOnly: true,
        applied: 'no',
        showHidden: true,
        minScore: 70,
        sort: 'relevance',
      },
      NOW,
    );
    expect(input).toEqual({
      text: 'react',
      remote: ['remote', 'hybrid'],
      location: 'Berlin',
      minSalary: 80_000,
      currency: 'EUR',
      seniority: ['senior'],
      employmentType: ['full-time'],
      source: ['Greenhouse'],
      postedFrom: '2025-06-23',
      saved: true,
      applied: false,
      hidden: true,
      minScore: 70,
      sort: 'relevance',
    });
  });

  it('falls back to best match when relevance has no words to rank by', () => {
    expect(toSearchInput({ ...DEFAULT_FILTERS, sort: 'relevance' }).sort).toBe('score');
  });

  it('reads salaries as people type them', () => {
    expect(parseSalary('85,000')).toBe(85_000);
    expect(parseSalary('85k')).toBe(85_000);
    expect(parseSalary('1.5K')).toBe(1_500);
    expect(parseSalary('lots')).toBeNull();
    expect(parseSalary('0')).toBeNull();
  });

  it('round-trips a saved query back to filters', () => {
    const filters = {
      ...DEFAULT_FILTERS,
      text: 'go',
      remote: ['remote' as const],
      postedWithin: '30' as const,
      minScore: 60,
      applied: 'yes' as const,
    };
    expect(fromSearchInput(toSearchInput(filters, NOW), NOW)).toEqual(filters);
    expect(describeSearch(toSearchInput(filters, NOW))).toBe('“go” · remote · score ≥ 60');
    expect(describeSearch({})).toBe('All jobs');
  });
});
