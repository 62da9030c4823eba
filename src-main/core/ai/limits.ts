/**
 * Time and token limits per feature and provider kind. Local models on a CPU decode at a few tens
 * of tokens per second (PERFORMANCE.md), so they get longer wall-clock limits than cloud APIs;
 * the token budgets match what each feature needs (cover letters size theirs by length).
 */
import type { AiFeature } from '../../../src-preload/contract/ai.contract';
import type { CoachCallOptions } from '../coach';

interface Limits {
  maxTokens?: number;
  localTimeoutMs: number;
  cloudTimeoutMs: number;
}

export const FEATURE_LIMITS: Record<AiFeature, Limits> = {
  feedback: { maxTokens: 600, localTimeoutMs: 240_000, cloudTimeoutMs: 90_000 },
  tailoring: { maxTokens: 1_500, localTimeoutMs: 300_000, cloudTimeoutMs: 120_000 },
  // maxTokens comes from the letter's length (streamCoverLetter).
  coverLetter: { localTimeoutMs: 300_000, cloudTimeoutMs: 180_000 },
};

export function callLimits(feature: AiFeature, kind: 'local' | 'cloud', signal?: AbortSignal): CoachCallOptions {
  const limits = FEATURE_LIMITS[feature];
  return {
    timeoutMs: kind === 'local' ? limits.localTimeoutMs : limits.cloudTimeoutMs,
    ...(limits.maxTokens ? { maxTokens: limits.maxTokens } : {}),
    ...(signal ? { signal } : {}),
  };
}
