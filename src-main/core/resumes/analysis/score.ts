/** The ATS-readiness score: the weighted sum of check results (weights sum to 100). */
import type { AnalysisCheck } from '../../../../src-preload/contract/resume.types';

export function scoreChecks(checks: readonly AnalysisCheck[]): number {
  const total = checks.reduce((sum, check) => sum + check.weight, 0);
  if (total === 0) return 0;
  const earned = checks.reduce((sum, check) => sum + check.weight * check.result, 0);
  return Math.round((earned / total) * 100);
}
