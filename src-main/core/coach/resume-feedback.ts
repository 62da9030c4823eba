/**
 * Coach narrative for an analysed resume: strengths and the fixes worth the most points.
 * The facts (strengths, top fixes) are always computed offline from the analysis; the narrative
 * is either an offline template or streamed from a model whose prompt holds ONLY those analysis
 * facts (no raw resume text, no contact details).
 */
import type { FeedbackFix, FeedbackResult } from '../../../src-preload/contract/coach.types';
import type { AnalysisCheck, ResumeAnalysis } from '../../../src-preload/contract/resume.types';
import type { LlmMessage, LlmProvider } from '../llm/llm-provider';
import { joinNames } from './job-skills';
import { callOptions, type CoachCallOptions } from './prompt';
import { streamWithResult, type TextStream } from './stream';

export interface FeedbackFacts {
  strengths: string[];
  topFixes: FeedbackFix[];
}

const MAX_FIXES = 3;

function pointsLost(check: AnalysisCheck): number {
  return Math.round(check.weight * (1 - check.result) * 10) / 10;
}

export function feedbackFacts(analysis: ResumeAnalysis): FeedbackFacts {
  const strengths: string[] = [];
  if (analysis.score >= 80) strengths.push(`Scores ${analysis.score}/100 for ATS readiness.`);
  const passing = analysis.checks.filter((check) => check.status === 'pass').sort((a, b) => b.weight - a.weight);
  for (const check of passing.slice(0, 3)) strengths.push(`${check.title}: ${check.detail}`);
  const skills = analysis.skills.slice(0, 6).map((skill) => skill.name);
  if (skills.length) strengths.push(`Shows ${analysis.skills.length} recognised skills, led by ${joinNames(skills)}.`);
  if (analysis.totalYearsExperience >= 1)
    strengths.push(`About ${Math.floor(analysis.totalYearsExperience)} years of dated experience, reading as ${analysis.seniority} level.`);
  const topFixes = analysis.checks
    .filter((check) => check.status !== 'pass' && check.fix.trim())
    .sort((a, b) => pointsLost(b) - pointsLost(a))
    .slice(0, MAX_FIXES)
    .map((check) => ({
      checkId: check.id,
      title: check.title,
      fix: check.fix,
      points: pointsLost(check),
      ...(check.evidence?.length ? { evidence: check.evidence.slice(0, 3) } : {}),
    }));
  return { strengths, topFixes };
}

function verdict(score: number): string {
  if (score >= 85) return 'is in strong shape';
  if (score >= 70) return 'is solid, with a few things holding it back';
  if (score >= 50) return 'has a good base but needs work before you send it';
  return 'needs attention before it will read well to applicant tracking systems';
}

export function offlineFeedback(analysis: ResumeAnalysis): FeedbackResult {
  const facts = feedbackFacts(analysis);
  const paragraphs = [`Your resume scores ${analysis.score}/100 and ${verdict(analysis.score)}.`];
  if (facts.strengths.length) paragraphs.push(`What already works: ${facts.strengths.map((s) => s.replace(/\.$/, '')).join('; ')}.`);
  if (facts.topFixes.length) {
    const fixes = facts.topFixes.map((fix, position) => `${position + 1}. ${fix.title} (up to ${fix.points} points): ${fix.fix}`);
    paragraphs.push(['The changes worth the most:', ...fixes].join('\n'));
  } else paragraphs.push('Every check passes; tailor it to each posting next.');
  const gap = analysis.gaps[0];
  if (gap)
    paragraphs.push(
      `There is a ${gap.months}-month gap between ${gap.from} and ${gap.to}; a one-line explanation can pre-empt the question.`,
    );
  return { ...facts, narrative: paragraphs.join('\n\n'), producedBy: 'offline' };
}

/** The prompt: analysis facts only. */
export function buildFeedbackPrompt(analysis: ResumeAnalysis): LlmMessage[] {
  const facts = feedbackFacts(analysis);
  const checks = analysis.checks.map(
    (check) => `- [${check.status}] ${check.title} (weight ${check.weight}): ${check.detail}${check.fix ? ` Fix: ${check.fix}` : ''}`,
  );
  const user = [
    `ATS readiness score: ${analysis.score}/100`,
    `Seniority estimate: ${analysis.seniority}; dated experience: ${analysis.totalYearsExperience} years`,
    `Recognised skills: ${analysis.skills.map((skill) => skill.name).join(', ') || 'none'}`,
    `Employment gaps: ${analysis.gaps.map((gap) => `${gap.from} to ${gap.to} (${gap.months} months)`).join('; ') || 'none'}`,
    `Length: ${analysis.wordCount} words, ${analysis.pageCount} page(s)`,
    'Checks:',
    ...checks,
    '',
    `Most valuable fixes, in order: ${facts.topFixes.map((fix) => fix.title).join('; ') || 'none'}`,
  ].join('\n');
  return [
    {
      role: 'system',
      content:
        'You are a concise, encouraging career coach. Using only the analysis facts given, write two or three short paragraphs: ' +
        'first what already works, then the most valuable fixes in order, each with a concrete next step. ' +
        'Do not invent facts about the person, do not quote numbers that are not in the facts, and do not use headings.',
    },
    { role: 'user', content: user },
  ];
}

/** Streams the model's narrative; `result` carries the same offline facts plus the model text. */
export function streamFeedback(provider: LlmProvider, analysis: ResumeAnalysis, options?: CoachCallOptions): TextStream<FeedbackResult> {
  const facts = feedbackFacts(analysis);
  const source = provider.stream(buildFeedbackPrompt(analysis), callOptions(options, { maxTokens: 600, timeoutMs: 90_000 }));
  return streamWithResult(source, (text) => ({ ...facts, narrative: text.trim(), producedBy: { provider: provider.info.label } }));
}
