/** Kysely table types of the audit log's seals (migrations/0012_audit_seal.sql). */
import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface AuditSealTable {
  id: number;
  sealed_at: Timestamp;
  row_count: number;
  prev_digest: string;
  digest: string;
}

export interface AuditTables {
  audit_seal: AuditSealTable;
}
