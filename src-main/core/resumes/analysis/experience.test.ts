import { describe, expect, it } from 'vitest';
import type { ResumeWork } from '../../../../src-preload/contract/resume.types';
import { entryInterval, mergeIntervals, monthIndex, totalMonths } from './dates';
import { estimateSeniority, findGaps, findOverlaps, titleSeniority, totalYears, workSpans } from './experience';
import { NOW } from './test-profiles';

const job = (position: string, startDate?: string, endDate?: string, name = position): ResumeWork => ({ name, position, startDate, endDate });

describe('dates', () => {
  it('parses partial ISO dates and treats a missing end date as now', () => {
    expect(monthIndex('2020')).toBe(2020 * 12);
    expect(monthIndex('2020-03-09')).toBe(2020 * 12 + 2);
    expect(monthIndex('March 2020')).toBeNull();
    expect(entryInterval('2025-01', undefined, NOW)).toEqual({ start: 2025 * 12, end: 2025 * 12 + 6 });
    expect(entryInterval('2024-05', '2024-01', NOW)).toBeNull();
  });

  it('merges overlapping and touching intervals', () => {
    const merged = mergeIntervals([
      { start: 10, end: 20 },
      { start: 15, end: 30 },
      { start: 30, end: 35 },
      { start: 50, end: 55 },
    ]);
    expect(merged).toEqual([
      { start: 10, end: 35 },
      { start: 50, end: 55 },
    ]);
    expect(totalMonths([{ start: 0, end: 12 }, { start: 6, end: 18 }])).toBe(18);
  });
});

describe('experience', () => {
  it('counts overlapping jobs once', () => {
    const spans = workSpans([job('Analyst', '2018-01', '2020-12'), job('Tutor (part-time)', '2019-01', '2019-12'), job('Analyst II', '2021-01', '2022-12')], NOW);
    expect(totalYears(spans)).toBe(5);
  });

  it('uses now for current roles', () => {
    expect(totalYears(workSpans([job('Nurse', '2023-06')], NOW))).toBe(2.1);
  });

  it('lists gaps over three months, most recent first', () => {
    const spans = workSpans([job('A', '2015-01', '2016-12'), job('B', '2017-06', '2019-12'), job('C', '2020-02', '2021-01'), job('D', '2022-01')], NOW);
    expect(findGaps(spans.map((span) => span.interval))).toEqual([
      { from: '2021-01', to: '2022-01', months: 11 },
      { from: '2016-12', to: '2017-06', months: 5 },
    ]);
  });

  it('finds overlapping roles', () => {
    const overlaps = findOverlaps(workSpans([job('A', '2019-01', '2020-12'), job('B', '2020-06', '2021-06')], NOW));
    expect(overlaps).toHaveLength(1);
    expect(overlaps[0]?.months).toBe(7);
  });
});

describe('seniority', () => {
  it('reads titles', () => {
    expect(titleSeniority('Senior Data Analyst')).toBe('senior');
    expect(titleSeniority('VP of Engineering')).toBe('executive');
    expect(titleSeniority('Summer Intern')).toBe('intern');
    expect(titleSeniority('Jr. Accountant')).toBe('junior');
    expect(titleSeniority('Charge Nurse')).toBe('lead');
    expect(titleSeniority('Welder')).toBeNull();
  });

  const estimate = (work: ResumeWork[]): string => {
    const spans = workSpans(work, NOW);
    return estimateSeniority(work, spans, totalYears(spans));
  };

  it('combines years and the latest title', () => {
    expect(estimate([job('Marketing Intern', '2024-06', '2024-09')])).toBe('intern');
    expect(estimate([job('Welder', '2024-09')])).toBe('entry');
    expect(estimate([job('Welder', '2021-01')])).toBe('mid');
    expect(estimate([job('Welder', '2012-01')])).toBe('senior');
    expect(estimate([job('Software Engineer', '2015-01', '2019-12'), job('Principal Engineer', '2020-01')])).toBe('principal');
    expect(estimate([job('Director of Operations', '2024-01')])).toBe('mid');
    expect(estimate([job('Junior Developer', '2023-01')])).toBe('junior');
  });
});
