import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, pathFromHash, sectionOf } from './routes';

describe('parseRoute', () => {
  it.each([
    ['', { name: 'dashboard' }],
    ['#', { name: 'dashboard' }],
    ['#/', { name: 'dashboard' }],
    ['#/resumes', { name: 'resumes' }],
    ['#/resumes/', { name: 'resumes' }],
    ['#/resumes/42', { name: 'resume', id: 42 }],
    ['#/resumes/7?tab=ats', { name: 'resume', id: 7 }],
    ['#/settings', { name: 'settings' }],
    ['#settings', { name: 'settings' }],
    ['#/jobs', { name: 'jobs' }],
    ['#/jobs/12', { name: 'job', id: 12 }],
    ['#/jobs/boards', { name: 'boards' }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each([
    '#/jobs/0',
    '#/jobs/abc',
    '#/jobs/boards/1',
    '#/resumes/0',
    '#/resumes/abc',
    '#/resumes/1/2',
    '#/resumes/-3',
    '#/SETTINGS',
    '#token=abc',
  ])('sends %s to not-found', (hash) => {
    expect(parseRoute(hash).name).toBe('not-found');
  });

  it('keeps the unknown path for the not-found page', () => {
    expect(parseRoute('#/nowhere/else')).toEqual({ name: 'not-found', path: '/nowhere/else' });
  });
});

describe('hrefFor and sections', () => {
  it('round-trips every route', () => {
    for (const route of [
      { name: 'dashboard' },
      { name: 'resumes' },
      { name: 'resume', id: 3 },
      { name: 'jobs' },
      { name: 'job', id: 4 },
      { name: 'boards' },
      { name: 'settings' },
    ] as const) {
      expect(parseRoute(hrefFor(route))).toEqual(route);
    }
  });

  it('puts a resume under Resumes in the sidebar', () => {
    expect(sectionOf({ name: 'resume', id: 1 })).toBe('resumes');
    expect(sectionOf({ name: 'not-found', path: '/x' })).toBeNull();
    expect(sectionOf({ name: 'job', id: 2 })).toBe('jobs');
    expect(sectionOf({ name: 'boards' })).toBe('jobs');
  });

  it('normalises paths', () => {
    expect(pathFromHash('#resumes/')).toBe('/resumes');
  });
});
