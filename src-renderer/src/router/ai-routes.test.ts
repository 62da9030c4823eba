import { describe, expect, it } from 'vitest';
import { hrefFor, parseRoute, sectionOf } from './routes';

describe('AI routes', () => {
  it.each([
    ['#/models', { name: 'models' }],
    ['#/coach/tailor/12', { name: 'tailor', jobId: 12 }],
    ['#/coach/letter/3/', { name: 'letter', jobId: 3 }],
  ])('%s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each(['#/coach', '#/coach/tailor', '#/coach/tailor/0', '#/coach/letter/x', '#/coach/other/1'])('sends %s to not-found', (hash) => {
    expect(parseRoute(hash).name).toBe('not-found');
  });

  it('builds hrefs and puts coach pages under Jobs', () => {
    expect(hrefFor({ name: 'tailor', jobId: 4 })).toBe('#/coach/tailor/4');
    expect(hrefFor({ name: 'letter', jobId: 4 })).toBe('#/coach/letter/4');
    expect(hrefFor({ name: 'models' })).toBe('#/models');
    expect(sectionOf({ name: 'letter', jobId: 4 })).toBe('jobs');
    expect(sectionOf({ name: 'models' })).toBe('models');
  });
});
