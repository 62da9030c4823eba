import { useEffect } from 'react';
import { useStore } from '../../stores';
import type { CoachRun } from '../../stores/ai-coach.slice';

/**
 * The coach run for `key`. When the view closes, a run still writing is stopped (its task is
 * cancelled) and forgotten, so no model keeps working for a page nobody sees.
 */
export function useCoachRun<T>(key: string): CoachRun<T> | undefined {
  const run = useStore((s) => s.coachRuns[key]) as CoachRun<T> | undefined;
  useEffect(
    () => () => {
      const { coachRuns, stopCoachRun, clearCoachRun } = useStore.getState();
      const status = coachRuns[key]?.status;
      if (status === 'running' || status === 'starting') {
        void stopCoachRun(key);
        clearCoachRun(key);
      }
    },
    [key],
  );
  return run;
}

export const isActive = (run: CoachRun | undefined) => run?.status === 'running' || run?.status === 'starting';
