/** Score bands shared by the gauge and the badges, so a number always has the same colour and word. */
export type ScoreBand = 'low' | 'fair' | 'good' | 'great' | 'none';

export function scoreBand(score: number | null | undefined): ScoreBand {
  if (score === null || score === undefined || Number.isNaN(score)) return 'none';
  if (score < 50) return 'low';
  if (score < 70) return 'fair';
  if (score < 85) return 'good';
  return 'great';
}

export const BAND_LABELS: Record<ScoreBand, string> = {
  low: 'Needs work',
  fair: 'Fair',
  good: 'Good',
  great: 'Strong',
  none: 'Not analysed',
};
