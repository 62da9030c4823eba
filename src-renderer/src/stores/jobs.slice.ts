/**
 * Jobs: the filtered, paged search behind the Jobs page, the counts and top matches the dashboard
 * shows, and the job details the person opened. Searches are numbered so a slow answer to an old
 * query never replaces the answer to a newer one (search-as-you-type).
 */
import type { JobCounts, JobDetail, JobSearchHit } from '../../../src-preload/contract';
import { DEFAULT_FILTERS, toSearchInput, type JobFilters } from '../lib/job-query';
import { take } from './result';
import { errorMessage, idle, type Loadable, type SliceCreator } from './types';

export const JOB_PAGE_SIZE = 100;
/** The most a refresh asks for at once (the contract's limit). */
const MAX_REFRESH = 500;

export interface JobResults {
  hits: JobSearchHit[];
  hasMore: boolean;
  loading: boolean;
  loadingMore: boolean;
  error: string | null;
  /** True once a search answered, so empty states never flash before the first answer. */
  loaded: boolean;
}

export type JobFlags = { saved?: boolean; hidden?: boolean; applied?: boolean };

export interface JobsSlice {
  jobFilters: JobFilters;
  jobResults: JobResults;
  jobCounts: Loadable<JobCounts>;
  topMatches: Loadable<JobSearchHit[]>;
  jobDetails: Record<number, Loadable<JobDetail>>;
  /** Source names seen in results, offered by the source filter (main has no list of them). */
  knownSources: string[];
  /** Changes filters and searches again. */
  setJobFilters(patch: Partial<JobFilters>): Promise<void>;
  resetJobFilters(): Promise<void>;
  /** `refresh` keeps as many rows as are shown (after data:changed), up to the contract's limit. */
  searchJobs(options?: { refresh?: boolean }): Promise<void>;
  loadMoreJobs(): Promise<void>;
  loadJobCounts(): Promise<void>;
  loadTopMatches(): Promise<void>;
  loadJob(id: number): Promise<void>;
  keepOnlyJobDetail(id: number | null): void;
  setJobFlags(id: number, flags: JobFlags): Promise<void>;
  /** Throws the contract error so the notes box keeps what was typed. */
  setJobNotes(id: number, notes: string): Promise<JobDetail>;
  deleteJob(id: number): Promise<boolean>;
}

const emptyResults = (): JobResults => ({ hits: [], hasMore: false, loading: false, loadingMore: false, error: null, loaded: false });

function hitPatch(detail: JobDetail): Partial<JobSearchHit> {
  return {
    saved: detail.saved,
    hidden: detail.hidden,
    appliedAt: detail.appliedAt,
    status: detail.status,
    score: detail.match?.score ?? null,
  };
}

function mergeSources(known: string[], hits: JobSearchHit[]): string[] {
  const next = new Set(known);
  for (const hit of hits) if (hit.source) next.add(hit.source);
  return next.size === known.length ? known : [...next].sort((a, b) => a.localeCompare(b));
}

export const createJobsSlice: SliceCreator<JobsSlice> =
  ({ api }) =>
  (set, get) => {
    let searchSeq = 0;

    const patchHit = (id: number, patch: Partial<JobSearchHit>) =>
      set((s) => {
        const inResults = s.jobResults.hits.some((h) => h.id === id);
        const inTop = s.topMatches.data?.some((h) => h.id === id);
        if (!inResults && !inTop) return {};
        return {
          jobResults: inResults
            ? { ...s.jobResults, hits: s.jobResults.hits.map((h) => (h.id === id ? { ...h, ...patch } : h)) }
            : s.jobResults,
          topMatches: inTop
            ? { ...s.topMatches, data: s.topMatches.data!.map((h) => (h.id === id ? { ...h, ...patch } : h)) }
            : s.topMatches,
        };
      });

    const storeDetail = (detail: JobDetail) => {
      set((s) => ({ jobDetails: { ...s.jobDetails, [detail.id]: { data: detail, loading: false, error: null } } }));
      patchHit(detail.id, hitPatch(detail));
    };

    const forget = (id: number) =>
      set((s) => {
        const { [id]: _removed, ...rest } = s.jobDetails;
        return {
          jobDetails: rest,
          jobResults: { ...s.jobResults, hits: s.jobResults.hits.filter((h) => h.id !== id) },
          topMatches: s.topMatches.data ? { ...s.topMatches, data: s.topMatches.data.filter((h) => h.id !== id) } : s.topMatches,
        };
      });

    return {
      jobFilters: DEFAULT_FILTERS,
      jobResults: emptyResults(),
      jobCounts: idle(),
      topMatches: idle(),
      jobDetails: {},
      knownSources: [],

      async setJobFilters(patch) {
        set((s) => ({ jobFilters: { ...s.jobFilters, ...patch } }));
        await get().searchJobs();
      },

      async resetJobFilters() {
        set({ jobFilters: DEFAULT_FILTERS });
        await get().searchJobs();
      },

      async searchJobs(options = {}) {
        const seq = ++searchSeq;
        const shown = get().jobResults.hits.length;
        const limit = options.refresh ? Math.min(MAX_REFRESH, Math.max(JOB_PAGE_SIZE, shown)) : JOB_PAGE_SIZE;
        set((s) => ({ jobResults: { ...s.jobResults, loading: true, loadingMore: false } }));
        try {
          const page = take(await api.jobs.search({ ...toSearchInput(get().jobFilters), limit, offset: 0 }));
          if (seq !== searchSeq) return;
          set((s) => ({
            jobResults: { hits: page.hits, hasMore: page.hasMore, loading: false, loadingMore: false, error: null, loaded: true },
            knownSources: mergeSources(s.knownSources, page.hits),
          }));
        } catch (error) {
          if (seq !== searchSeq) return;
          set((s) => ({ jobResults: { ...s.jobResults, loading: false, error: errorMessage(error), loaded: true } }));
        }
      },

      async loadMoreJobs() {
        const current = get().jobResults;
        if (current.loading || current.loadingMore || !current.hasMore) return;
        const seq = searchSeq;
        set((s) => ({ jobResults: { ...s.jobResults, loadingMore: true } }));
        try {
          const offset = current.hits.length;
          const page = take(await api.jobs.search({ ...toSearchInput(get().jobFilters), limit: JOB_PAGE_SIZE, offset }));
          if (seq !== searchSeq) return;
          set((s) => {
            const seen = new Set(s.jobResults.hits.map((h) => h.id));
            const hits = [...s.jobResults.hits, ...page.hits.filter((h) => !seen.has(h.id))];
            return {
              jobResults: { ...s.jobResults, hits, hasMore: page.hasMore, loadingMore: false, error: null },
              knownSources: mergeSources(s.knownSources, page.hits),
            };
          });
        } catch (error) {
          if (seq !== searchSeq) return;
          set((s) => ({ jobResults: { ...s.jobResults, loadingMore: false, error: errorMessage(error) } }));
        }
      },

      async loadJobCounts() {
        set((s) => ({ jobCounts: { ...s.jobCounts, loading: true } }));
        try {
          const data = take(await api.jobs.counts());
          set({ jobCounts: { data, loading: false, error: null } });
        } catch (error) {
          set((s) => ({ jobCounts: { ...s.jobCounts, loading: false, error: errorMessage(error) } }));
        }
      },

      async loadTopMatches() {
        set((s) => ({ topMatches: { ...s.topMatches, loading: true } }));
        try {
          const page = take(await api.jobs.search({ sort: 'score', status: ['open'], limit: 5 }));
          set({ topMatches: { data: page.hits, loading: false, error: null } });
        } catch (error) {
          set((s) => ({ topMatches: { ...s.topMatches, loading: false, error: errorMessage(error) } }));
        }
      },

      async loadJob(id) {
        set((s) => ({ jobDetails: { ...s.jobDetails, [id]: { ...(s.jobDetails[id] ?? idle()), loading: true } } }));
        try {
          storeDetail(take(await api.jobs.get({ id })));
        } catch (error) {
          set((s) => ({
            jobDetails: { ...s.jobDetails, [id]: { ...(s.jobDetails[id] ?? idle()), loading: false, error: errorMessage(error) } },
          }));
        }
      },

      keepOnlyJobDetail(id) {
        set((s) => {
          const kept = id === null ? undefined : s.jobDetails[id];
          return { jobDetails: kept && id !== null ? { [id]: kept } : {} };
        });
      },

      async setJobFlags(id, flags) {
        // Optimistic: the star or button reacts at once; main's answer (or the old value) follows.
        const before = get().jobResults.hits.find((h) => h.id === id) ?? get().topMatches.data?.find((h) => h.id === id);
        const detailBefore = get().jobDetails[id]?.data ?? null;
        const optimistic: Partial<JobSearchHit> = {};
        if (flags.saved !== undefined) optimistic.saved = flags.saved;
        if (flags.hidden !== undefined) optimistic.hidden = flags.hidden;
        if (flags.applied !== undefined) optimistic.appliedAt = flags.applied ? new Date().toISOString() : null;
        patchHit(id, optimistic);
        try {
          const detail = take(await api.jobs.setFlags({ id, ...flags }));
          storeDetail(detail);
          if (flags.hidden !== undefined && detail.hidden !== get().jobFilters.showHidden) {
            set((s) => ({ jobResults: { ...s.jobResults, hits: s.jobResults.hits.filter((h) => h.id !== id) } }));
          }
        } catch (error) {
          if (before) patchHit(id, { saved: before.saved, hidden: before.hidden, appliedAt: before.appliedAt });
          if (detailBefore) storeDetail(detailBefore);
          get().pushToast({ kind: 'error', title: 'Could not update the job', message: errorMessage(error) });
        }
      },

      async setJobNotes(id, notes) {
        const detail = take(await api.jobs.setNotes({ id, notes }));
        storeDetail(detail);
        return detail;
      },

      async deleteJob(id) {
        try {
          take(await api.jobs.delete({ id }));
          forget(id);
          get().pushToast({ kind: 'success', title: 'Job deleted' });
          return true;
        } catch (error) {
          get().pushToast({ kind: 'error', title: 'Could not delete the job', message: errorMessage(error) });
          return false;
        }
      },
    };
  };
