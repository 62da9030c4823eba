import { describe, expect, it } from 'vitest';
import type { ResumeAnalysis } from '../../../src-preload/contract/resume.types';
import { offlineFeedback, streamFeedback } from './resume-feedback';
import { ScriptedLlmProvider } from './testing/scripted-llm-provider';

function analysis(): ResumeAnalysis {
  return {
    score: 72,
    checks: [
      {
        id: 'contact',
        title: 'Contact details',
        category: 'contact',
        weight: 10,
        result: 1,
        status: 'pass',
        detail: 'Email and phone found.',
        fix: '',
      },
      {
        id: 'sections',
        title: 'Standard sections',
        category: 'structure',
        weight: 20,
        result: 1,
        status: 'pass',
        detail: 'Experience, education and skills found.',
        fix: '',
      },
      {
        id: 'quantified',
        title: 'Quantified bullets',
        category: 'bullets',
        weight: 20,
        result: 0.3,
        status: 'fail',
        detail: '3 of 10 bullets have a number.',
        fix: 'Add a number to more bullets.',
        evidence: ['Worked on the website'],
      },
      {
        id: 'weak-verbs',
        title: 'Strong openings',
        category: 'bullets',
        weight: 10,
        result: 0.5,
        status: 'warn',
        detail: '4 bullets start with "Responsible for".',
        fix: 'Start with the action you took.',
      },
      {
        id: 'length',
        title: 'Length',
        category: 'length',
        weight: 5,
        result: 0.8,
        status: 'warn',
        detail: '3 pages.',
        fix: 'Trim to two pages.',
      },
      {
        id: 'dates',
        title: 'Dates',
        category: 'dates',
        weight: 5,
        result: 0.9,
        status: 'warn',
        detail: 'One role has no month.',
        fix: 'Add months.',
      },
    ],
    skills: [
      { name: 'Python', id: 'python', category: 'Programming languages', sources: ['skills'], aliases: ['Python'], years: 6 },
      { name: 'PostgreSQL', id: 'postgresql', category: 'Databases', sources: ['work'], aliases: ['Postgres'], years: 4 },
    ],
    totalYearsExperience: 6.4,
    seniority: 'mid',
    gaps: [{ from: '2020-01', to: '2020-09', months: 8 }],
    wordCount: 900,
    pageCount: 3,
    analyzedAt: '2026-01-15T00:00:00Z',
  };
}

describe('resume feedback', () => {
  it('offline: strengths, the three fixes worth the most points, and template prose', () => {
    const result = offlineFeedback(analysis());
    expect(result.producedBy).toBe('offline');
    expect(result.topFixes.map((fix) => [fix.checkId, fix.points])).toEqual([
      ['quantified', 14],
      ['weak-verbs', 5],
      ['length', 1],
    ]);
    expect(result.strengths.join(' ')).toContain('Standard sections');
    expect(result.strengths.join(' ')).toContain('Python and PostgreSQL');
    expect(result.narrative).toContain('72/100');
    expect(result.narrative).toContain('8-month gap');
  });

  it('LLM: streams the narrative from a prompt holding only the analysis facts', async () => {
    const provider = new ScriptedLlmProvider([{ text: 'You have a solid base. First, quantify more bullets.', chunkSize: 5 }], {
      label: 'Local · Test',
    });
    const stream = streamFeedback(provider, analysis());
    let seen = '';
    for await (const chunk of stream.chunks) seen += chunk;
    const result = await stream.result;
    expect(result.narrative).toBe(seen);
    expect(result.producedBy).toEqual({ provider: 'Local · Test' });
    expect(result.topFixes[0]?.checkId).toBe('quantified');
    const prompt = provider.calls[0]?.messages.map((m) => m.content).join('\n') ?? '';
    expect(prompt).toContain('72/100');
    expect(prompt).toContain('Quantified bullets');
    expect(prompt).not.toContain('Worked on the website');
  });

  it('a stream stopped early rejects the result as cancelled', async () => {
    const provider = new ScriptedLlmProvider([{ text: 'a'.repeat(100), chunkSize: 10 }]);
    const stream = streamFeedback(provider, analysis());
    for await (const _chunk of stream.chunks) break;
    await expect(stream.result).rejects.toMatchObject({ code: 'cancelled' });
  });
});
