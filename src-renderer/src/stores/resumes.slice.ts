/**
 * Resumes: the list and the details the person has opened. Mutations answer with the new value,
 * which is applied at once; main's `data:changed` event then refetches whatever is on screen.
 */
import type { ResumeDetail, ResumeSummary } from '../../../src-preload/contract';
import { take } from './result';
import { errorMessage, idle, type Loadable, type SliceCreator } from './types';

export interface ResumesSlice {
  resumeList: Loadable<ResumeSummary[]>;
  resumeDetails: Record<number, Loadable<ResumeDetail>>;
  /** Ids with a re-analysis under way (the button shows a busy state). */
  reanalyzing: Record<number, boolean>;
  loadResumes(): Promise<void>;
  loadResume(id: number): Promise<void>;
  /** Forgets details not on screen so data:changed refetches only what is shown. */
  keepOnlyResumeDetail(id: number | null): void;
  setPrimaryResume(id: number): Promise<void>;
  /** Throws the contract error so the rename box can show it and keep the typed title. */
  renameResume(id: number, title: string): Promise<ResumeSummary>;
  deleteResume(id: number): Promise<boolean>;
  /** Throws the contract error so the field editor can show it and keep the typed value. */
  correctResumeField(id: number, path: string, value: string | null): Promise<ResumeDetail>;
  reanalyzeResume(id: number): Promise<void>;
}

function summaryOf(detail: ResumeDetail): ResumeSummary {
  const { id, title, fileName, format, isPrimary, score, bytes, sha256, createdAt, updatedAt } = detail;
  return { id, title, fileName, format, isPrimary, score, bytes, sha256, createdAt, updatedAt };
}

export const createResumesSlice: SliceCreator<ResumesSlice> =
  ({ api }) =>
  (set, get) => {
    const replaceInList = (summary: ResumeSummary, makesOthersSecondary = false) =>
      set((s) => {
        if (!s.resumeList.data) return {};
        const data = s.resumeList.data.map((r) =>
          r.id === summary.id ? summary : makesOthersSecondary && summary.isPrimary ? { ...r, isPrimary: false } : r,
        );
        return { resumeList: { ...s.resumeList, data } };
      });

    const storeDetail = (detail: ResumeDetail) => {
      set((s) => ({ resumeDetails: { ...s.resumeDetails, [detail.id]: { data: detail, loading: false, error: null } } }));
      replaceInList(summaryOf(detail));
    };

    return {
      resumeList: idle(),
      resumeDetails: {},
      reanalyzing: {},

      async loadResumes() {
        set((s) => ({ resumeList: { ...s.resumeList, loading: true } }));
        try {
          const data = take(await api.resumes.list());
          set({ resumeList: { data, loading: false, error: null } });
        } catch (error) {
          set((s) => ({ resumeList: { ...s.resumeList, loading: false, error: errorMessage(error) } }));
        }
      },

      async loadResume(id) {
        set((s) => ({ resumeDetails: { ...s.resumeDetails, [id]: { ...(s.resumeDetails[id] ?? idle()), loading: true } } }));
        try {
          storeDetail(take(await api.resumes.get({ id })));
        } catch (error) {
          set((s) => ({
            resumeDetails: { ...s.resumeDetails, [id]: { ...(s.resumeDetails[id] ?? idle()), loading: false, error: errorMessage(error) } },
          }));
        }
      },

      keepOnlyResumeDetail(id) {
        set((s) => {
          const kept = id === null ? undefined : s.resumeDetails[id];
          return { resumeDetails: kept && id !== null ? { [id]: kept } : {} };
        });
      },

      async setPrimaryResume(id) {
        try {
          replaceInList(take(await api.resumes.setPrimary({ id })), true);
        } catch (error) {
          get().pushToast({ kind: 'error', title: 'Could not change the primary resume', message: errorMessage(error) });
        }
      },

      async renameResume(id, title) {
        const summary = take(await api.resumes.rename({ id, title }));
        replaceInList(summary);
        set((s) => {
          const current = s.resumeDetails[id];
          if (!current?.data) return {};
          return { resumeDetails: { ...s.resumeDetails, [id]: { ...current, data: { ...current.data, title: summary.title } } } };
        });
        return summary;
      },

      async deleteResume(id) {
        try {
          take(await api.resumes.delete({ id }));
          set((s) => {
            const { [id]: _removed, ...rest } = s.resumeDetails;
            return {
              resumeDetails: rest,
              resumeList: s.resumeList.data ? { ...s.resumeList, data: s.resumeList.data.filter((r) => r.id !== id) } : s.resumeList,
            };
          });
          get().pushToast({ kind: 'success', title: 'Resume deleted' });
          return true;
        } catch (error) {
          get().pushToast({ kind: 'error', title: 'Could not delete the resume', message: errorMessage(error) });
          return false;
        }
      },

      async correctResumeField(id, path, value) {
        const detail = take(await api.resumes.correct({ id, path, value }));
        storeDetail(detail);
        return detail;
      },

      async reanalyzeResume(id) {
        if (get().reanalyzing[id]) return;
        set((s) => ({ reanalyzing: { ...s.reanalyzing, [id]: true } }));
        try {
          const detail = take(await api.resumes.reanalyze({ id }));
          storeDetail(detail);
          get().pushToast({ kind: 'success', title: 'Analysis updated', message: `Score ${detail.analysis.score} of 100.` });
        } catch (error) {
          get().pushToast({ kind: 'error', title: 'Re-analysis failed', message: errorMessage(error) });
        } finally {
          set((s) => ({ reanalyzing: { ...s.reanalyzing, [id]: false } }));
        }
      },
    };
  };
