import type { Services } from '../services';
import type { Handlers } from './dispatch';

type ResumeChannel = Extract<keyof Handlers, `resumes:${string}`>;

export function resumeHandlers(s: Services): Pick<Handlers, ResumeChannel> {
  return {
    'resumes:list': () => s.resumes.list(),
    'resumes:get': ({ id }) => s.resumes.get(id),
    'resumes:import': ({ files }) => s.resumes.startImport(files),
    'resumes:setPrimary': ({ id }) => s.resumes.setPrimary(id),
    'resumes:delete': ({ id }) => s.resumes.delete(id),
    'resumes:rename': ({ id, title }) => s.resumes.rename(id, title),
    'resumes:correct': ({ id, path, value }) => s.resumes.correct(id, path, value),
    'resumes:reanalyze': ({ id }) => s.resumes.reanalyze(id),
    'resumes:original': ({ id }) => s.resumes.original(id),
  };
}
