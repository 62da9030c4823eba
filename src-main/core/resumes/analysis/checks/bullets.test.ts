import { describe, expect, it } from 'vitest';
import type { ResumeProfile } from '../../../../../src-preload/contract/resume.types';
import { contextFor, strongProfile } from '../test-profiles';
import { checkBullets } from './bullets';

function withBullets(highlights: string[]): ResumeProfile {
  return { work: [{ name: 'Acme', position: 'Office Manager', startDate: '2020-01', highlights }] };
}

const byId = (profile: ResumeProfile, id: string) => checkBullets(contextFor(profile)).find((check) => check.id === id);

describe('bullet checks', () => {
  it('passes strong bullets', () => {
    for (const check of checkBullets(contextFor(strongProfile()))) expect(check.status, check.id).toBe('pass');
  });

  it('names the bullet that does not start with an action verb', () => {
    const check = byId(
      withBullets([
        'Managed a front office of 6 people across two sites and three shifts',
        'Negotiated supplier contracts that saved $40,000 in the first year',
        'Responsible for ordering supplies and keeping the storeroom organised every week',
      ]),
      'bullets-action-verbs',
    );
    expect(check?.fix).toContain('Bullet 3 of your "Acme" role starts with "Responsible for" — start with an action verb such as "Led" or "Built"');
    expect(check?.evidence).toEqual(['Responsible for ordering supplies and keeping the storeroom organised every week']);
  });

  it('asks for numbers when results are not quantified', () => {
    const check = byId(withBullets(['Improved the filing system so that documents were easier to find for everyone', 'Trained new staff on the phone system and the front desk routine']), 'bullets-quantified');
    expect(check?.status).toBe('fail');
    expect(check?.fix).toContain('Bullet 1 of your "Acme" role');
  });

  it('flags short and long bullets', () => {
    const long = `Coordinated ${'the quarterly planning meetings and '.repeat(10)}follow-ups`;
    const check = byId(withBullets(['Answered phones', long]), 'bullets-length');
    expect(check?.fix).toContain('only 2 words');
    expect(check?.fix).toMatch(/Bullet 2 of your "Acme" role has \d+ words/);
  });

  it('flags first person and passive voice', () => {
    const check = byId(
      withBullets(['I scheduled 20 interviews a week for the hiring managers', 'The budget of $2M was managed by the office team each quarter']),
      'bullets-voice',
    );
    expect(check?.fix).toContain('uses "I"');
    expect(check?.fix).toContain('passive "was managed"');
  });

  it('flags clichés', () => {
    const check = byId(withBullets(['Results-driven team player who organised 12 company events per year']), 'bullets-cliches');
    expect(check?.status).toBe('fail');
    expect(check?.fix).toMatch(/uses "(Results-driven|team player)"/i);
  });

  it('fails every bullet check when there are no bullets', () => {
    const checks = checkBullets(contextFor({ work: [{ name: 'Acme', position: 'Clerk' }] }));
    for (const check of checks) expect(check.result).toBe(0);
  });
});
