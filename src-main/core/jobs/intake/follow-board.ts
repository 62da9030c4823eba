/**
 * Refreshing a followed company board: what is new, what is still open, what closed. The lead
 * persists the result; closed postings keep their stored text.
 */
import { ATS_CLIENTS } from './ats';
import type { HttpClient } from './http-client.types';
import type { BoardRef, RawPosting } from './types';

export interface BoardRefresh {
  /** Postings not in `known`. */
  added: RawPosting[];
  /** Known ids the board still lists. */
  stillOpen: string[];
  /** Known ids the board no longer lists. */
  closed: string[];
  /** Everything the board lists now (to update titles/text of open postings). */
  current: RawPosting[];
  /**
   * True when the board answered with no postings at all while we knew some. Some APIs answer an
   * unknown or misconfigured board with an empty list, so the caller may want to confirm before
   * closing everything.
   */
  suspiciousEmpty: boolean;
}

export async function refreshBoard(
  http: HttpClient,
  board: BoardRef & { companyName?: string },
  known: readonly { externalId: string }[],
  options: { signal?: AbortSignal } = {},
): Promise<BoardRefresh> {
  const current = await ATS_CLIENTS[board.ats].fetchBoard(http, board.token, {
    baseUrl: board.baseUrl,
    region: board.region,
    companyName: board.companyName,
    signal: options.signal,
  });
  const listed = new Set(current.map((posting) => posting.externalId));
  const knownIds = new Set(known.map((posting) => posting.externalId));
  const seen = new Set<string>();
  const added = current.filter((posting) => {
    if (knownIds.has(posting.externalId) || seen.has(posting.externalId)) return false;
    seen.add(posting.externalId);
    return true;
  });
  return {
    added,
    stillOpen: [...knownIds].filter((id) => listed.has(id)),
    closed: [...knownIds].filter((id) => !listed.has(id)),
    current,
    suspiciousEmpty: current.length === 0 && knownIds.size > 0,
  };
}
