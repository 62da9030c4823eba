/**
 * Detects the ATS, board token and job id from any careers or job URL (DATA-SOURCES.md "Finding a
 * company's board token"). None of the vendors publishes a directory, so the URL is all we have.
 */
import type { DetectedBoard } from './types';

const segmentsOf = (url: URL): string[] =>
  url.pathname
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part));
const TOKEN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const token = (value: string | undefined | null): string | null => (value && TOKEN.test(value) ? value : null);

function greenhouse(url: URL, parts: string[]): DetectedBoard | null {
  if (url.hostname === 'boards-api.greenhouse.io' || url.hostname === 'api.greenhouse.io') {
    // /v1/boards/{token}/jobs/{id}
    const index = parts.indexOf('boards');
    const board = token(parts[index + 1]);
    if (index === -1 || !board) return null;
    return { ats: 'greenhouse', token: board, jobId: parts[index + 2] === 'jobs' ? (token(parts[index + 3]) ?? null) : null };
  }
  // Embedded boards: /embed/job_board?for=acme, /embed/job_app?for=acme&token=123
  if (parts[0] === 'embed' || url.searchParams.has('for')) {
    const board = token(url.searchParams.get('for'));
    if (!board) return null;
    const jobId = url.searchParams.get('token') ?? url.searchParams.get('gh_jid');
    return { ats: 'greenhouse', token: board, jobId: jobId && /^\d+$/.test(jobId) ? jobId : null };
  }
  const board = token(parts[0]);
  if (!board) return null;
  const jobId = parts[1] === 'jobs' && parts[2] && /^\d+$/.test(parts[2]) ? parts[2] : url.searchParams.get('gh_jid');
  return { ats: 'greenhouse', token: board, jobId: jobId && /^\d+$/.test(jobId) ? jobId : null };
}

function lever(url: URL, parts: string[], region: 'eu' | undefined): DetectedBoard | null {
  const apiIndex = parts.indexOf('postings');
  const [site, id] = url.hostname.startsWith('api.') ? [parts[apiIndex + 1], parts[apiIndex + 2]] : [parts[0], parts[1]];
  const board = token(site);
  if (!board) return null;
  const jobId = id && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id.toLowerCase() : null;
  return { ats: 'lever', token: board, jobId, ...(region ? { region } : {}) };
}

function ashby(url: URL, parts: string[]): DetectedBoard | null {
  if (url.hostname === 'api.ashbyhq.com') {
    const index = parts.indexOf('job-board');
    const board = token(parts[index + 1]);
    return index !== -1 && board ? { ats: 'ashby', token: board, jobId: null } : null;
  }
  const board = token(parts[0]);
  if (!board) return null;
  const id = parts[1];
  return { ats: 'ashby', token: board, jobId: id && /^[0-9a-f-]{36}$/i.test(id) ? id.toLowerCase() : null };
}

function workable(url: URL, parts: string[]): DetectedBoard | null {
  const host = url.hostname;
  if (host === 'apply.workable.com') {
    if (parts[0] === 'api') {
      const index = parts.indexOf('accounts');
      const board = token(parts[index + 1]);
      return index !== -1 && board ? { ats: 'workable', token: board, jobId: null } : null;
    }
    const board = token(parts[0]);
    if (!board || board === 'j') return null;
    return { ats: 'workable', token: board, jobId: parts[1] === 'j' ? token(parts[2]) : null };
  }
  if (host === 'www.workable.com' && parts[0] === 'api' && parts[1] === 'accounts') {
    const board = token(parts[2]);
    return board ? { ats: 'workable', token: board, jobId: null } : null;
  }
  // Legacy subdomain boards: acme.workable.com/j/ABC123
  const subdomain = host.slice(0, -'.workable.com'.length);
  const board = token(subdomain);
  if (!board || ['www', 'apply', 'jobs', 'api', 'help', 'resources'].includes(board)) return null;
  return { ats: 'workable', token: board, jobId: parts[0] === 'j' || parts[0] === 'jobs' ? token(parts[1]) : null };
}

function smartrecruiters(url: URL, parts: string[]): DetectedBoard | null {
  if (url.hostname === 'api.smartrecruiters.com') {
    const index = parts.indexOf('companies');
    const board = token(parts[index + 1]);
    if (index === -1 || !board) return null;
    const id = parts[index + 2] === 'postings' ? parts[index + 3] : undefined;
    return { ats: 'smartrecruiters', token: board, jobId: id && /^\d+$/.test(id) ? id : null };
  }
  const board = token(parts[0]);
  if (!board) return null;
  // jobs.smartrecruiters.com/{company}/{id}-{slug}
  const id = /^(\d{6,})/.exec(parts[1] ?? '')?.[1] ?? null;
  return { ats: 'smartrecruiters', token: board, jobId: url.hostname === 'careers.smartrecruiters.com' ? null : id };
}

/** The ATS board behind a URL, or null when the host is not a known ATS. Never throws. */
export function detectBoard(input: string): DetectedBoard | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  const parts = segmentsOf(url);
  if (/^(boards|job-boards)(\.eu)?\.greenhouse\.io$/.test(host) || host === 'boards-api.greenhouse.io' || host === 'api.greenhouse.io')
    return greenhouse(url, parts);
  if (host === 'jobs.lever.co' || host === 'api.lever.co') return lever(url, parts, undefined);
  if (host === 'jobs.eu.lever.co' || host === 'api.eu.lever.co') return lever(url, parts, 'eu');
  if (host === 'jobs.ashbyhq.com' || host === 'api.ashbyhq.com') return ashby(url, parts);
  if (host === 'apply.workable.com' || host.endsWith('.workable.com')) return workable(url, parts);
  if (host === 'jobs.smartrecruiters.com' || host === 'careers.smartrecruiters.com' || host === 'api.smartrecruiters.com')
    return smartrecruiters(url, parts);
  return null;
}
