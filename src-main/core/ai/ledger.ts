/**
 * The outbound ledger: one row per request that left the machine (cloud LLM calls, model
 * downloads), recorded from the transports' `onRequest` reports. Host, feature and byte counts
 * only; reports carry no URL path, header or body, so no content or key can land here (S-5).
 */
import type { Kysely } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import type { LedgerEntry } from '../../../src-preload/contract/ai.contract';
import { insertLedgerEntry, listLedger } from '../../db/repositories/ai.repository';
import type { Database } from '../../db/schema';
import type { OutboundRequestReport } from '../models/outbound';

export class OutboundLedger {
  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Synchronous so it can be the transports' callback; a failure here never fails the request. */
  readonly record = (report: OutboundRequestReport): void => {
    try {
      insertLedgerEntry(this.sqlite, {
        at: this.now().toISOString(),
        host: report.host.slice(0, 255),
        feature: report.feature.slice(0, 60),
        bytesOut: report.bytesOut,
        bytesIn: report.bytesIn,
      });
    } catch (error) {
      console.error('Could not write to the outbound ledger', (error as Error).message);
    }
  };

  async list(limit = 200): Promise<LedgerEntry[]> {
    return (await listLedger(this.db, limit)).map((row) => ({
      id: row.id,
      at: row.at,
      host: row.host,
      feature: row.feature,
      bytesOut: row.bytes_out,
      bytesIn: row.bytes_in,
    }));
  }
}
