/**
 * The app's routes as data: parsing a location hash and building hrefs are pure functions, so they
 * are tested without a DOM. Pages for areas that are not built yet have no route (they are not shown).
 */
export type Route =
  | { name: 'dashboard' }
  | { name: 'resumes' }
  | { name: 'resume'; id: number }
  | { name: 'jobs' }
  | { name: 'job'; id: number }
  | { name: 'boards' }
  | { name: 'settings' }
  | { name: 'models' }
  | { name: 'tailor'; jobId: number }
  | { name: 'letter'; jobId: number }
  | { name: 'not-found'; path: string };

/** Path part of a hash: `#/resumes/3?x=1` → `/resumes/3`. Empty or bare `#` means home. */
export function pathFromHash(hash: string): string {
  let path = hash.startsWith('#') ? hash.slice(1) : hash;
  const query = path.indexOf('?');
  if (query >= 0) path = path.slice(0, query);
  if (path === '') return '/';
  if (!path.startsWith('/')) path = `/${path}`;
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

export function parseRoute(hash: string): Route {
  const path = pathFromHash(hash);
  if (path === '/') return { name: 'dashboard' };
  if (path === '/resumes') return { name: 'resumes' };
  if (path === '/settings') return { name: 'settings' };
  if (path === '/jobs') return { name: 'jobs' };
  if (path === '/jobs/boards') return { name: 'boards' };
  if (path === '/models') return { name: 'models' };
  const coach = /^\/coach\/(tailor|letter)\/(\d{1,9})$/.exec(path);
  if (coach && Number(coach[2]) > 0) return { name: coach[1] as 'tailor' | 'letter', jobId: Number(coach[2]) };
  const detail = /^\/(resumes|jobs)\/(\d{1,9})$/.exec(path);
  if (detail) {
    const id = Number(detail[2]);
    if (id > 0) return detail[1] === 'jobs' ? { name: 'job', id } : { name: 'resume', id };
  }
  return { name: 'not-found', path };
}

export function pathFor(route: Exclude<Route, { name: 'not-found' }>): string {
  switch (route.name) {
    case 'dashboard':
      return '/';
    case 'resumes':
      return '/resumes';
    case 'resume':
      return `/resumes/${route.id}`;
    case 'jobs':
      return '/jobs';
    case 'job':
      return `/jobs/${route.id}`;
    case 'boards':
      return '/jobs/boards';
    case 'settings':
      return '/settings';
    case 'models':
      return '/models';
    case 'tailor':
      return `/coach/tailor/${route.jobId}`;
    case 'letter':
      return `/coach/letter/${route.jobId}`;
  }
}

export function hrefFor(route: Exclude<Route, { name: 'not-found' }>): string {
  return `#${pathFor(route)}`;
}

/** Which sidebar entry a route belongs to (a resume's detail page lives under Resumes). */
export type Section = 'dashboard' | 'resumes' | 'jobs' | 'models' | 'settings' | null;

export function sectionOf(route: Route): Section {
  switch (route.name) {
    case 'dashboard':
      return 'dashboard';
    case 'resumes':
    case 'resume':
      return 'resumes';
    case 'jobs':
    case 'job':
    case 'boards':
    case 'tailor':
    case 'letter':
      return 'jobs';
    case 'models':
      return 'models';
    case 'settings':
      return 'settings';
    default:
      return null;
  }
}
