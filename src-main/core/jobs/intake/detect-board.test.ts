import { describe, expect, it } from 'vitest';
import { detectBoard } from './detect-board';

describe('detectBoard', () => {
  it.each([
    ['https://boards.greenhouse.io/acme', { ats: 'greenhouse', token: 'acme', jobId: null }],
    ['https://boards.greenhouse.io/acme/jobs/4001?gh_src=x', { ats: 'greenhouse', token: 'acme', jobId: '4001' }],
    ['https://job-boards.greenhouse.io/gitlab/jobs/8620720002', { ats: 'greenhouse', token: 'gitlab', jobId: '8620720002' }],
    ['https://job-boards.eu.greenhouse.io/acme/jobs/12', { ats: 'greenhouse', token: 'acme', jobId: '12' }],
    ['https://boards.greenhouse.io/embed/job_board?for=acme', { ats: 'greenhouse', token: 'acme', jobId: null }],
    ['https://boards.greenhouse.io/embed/job_app?for=acme&token=4001', { ats: 'greenhouse', token: 'acme', jobId: '4001' }],
    ['https://boards-api.greenhouse.io/v1/boards/acme/jobs/4001', { ats: 'greenhouse', token: 'acme', jobId: '4001' }],
    [
      'https://jobs.lever.co/highspot/f222ad5c-b7dd-43c4-9008-ee1a53174afa/apply',
      { ats: 'lever', token: 'highspot', jobId: 'f222ad5c-b7dd-43c4-9008-ee1a53174afa' },
    ],
    ['https://jobs.lever.co/highspot', { ats: 'lever', token: 'highspot', jobId: null }],
    [
      'https://jobs.eu.lever.co/acme/5ac21346-8e0c-4494-8e7a-3eb92ff77902',
      { ats: 'lever', token: 'acme', jobId: '5ac21346-8e0c-4494-8e7a-3eb92ff77902', region: 'eu' },
    ],
    [
      'https://jobs.ashbyhq.com/openai/0f7c3b52-1111-4a6e-9f1c-2d4e5f6a7b8c/application',
      { ats: 'ashby', token: 'openai', jobId: '0f7c3b52-1111-4a6e-9f1c-2d4e5f6a7b8c' },
    ],
    ['https://jobs.ashbyhq.com/openai', { ats: 'ashby', token: 'openai', jobId: null }],
    ['https://apply.workable.com/huble/j/927FD30DD5/apply', { ats: 'workable', token: 'huble', jobId: '927FD30DD5' }],
    ['https://apply.workable.com/huble/', { ats: 'workable', token: 'huble', jobId: null }],
    [
      'https://jobs.smartrecruiters.com/Acme/744000000000001-data-engineer',
      { ats: 'smartrecruiters', token: 'Acme', jobId: '744000000000001' },
    ],
    ['https://careers.smartrecruiters.com/Acme', { ats: 'smartrecruiters', token: 'Acme', jobId: null }],
  ])('%s', (url, expected) => {
    expect(detectBoard(url)).toEqual(expected);
  });

  it.each([
    'https://www.linkedin.com/jobs/view/123',
    'https://example.com/careers',
    'not a url',
    'javascript:alert(1)',
    'https://boards.greenhouse.io/',
    'https://apply.workable.com/j/ABC',
  ])('returns null for %s', (url) => {
    expect(detectBoard(url)).toBeNull();
  });
});
