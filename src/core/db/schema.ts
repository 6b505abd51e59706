/** Kysely table types, matching migrations/*.sql. Keep in step with every migration. */
import type { ColumnType, Generated } from 'kysely';
import type { AuditTables } from './schema-audit.ts';
import type { ActivityTables } from './schema-activities.ts';
import type { CasePathTables } from './schema-case-path.ts';
import type { CaseTables } from './schema-cases.ts';
import type { CaseTransferTables } from './schema-case-transfer.ts';
import type { ReminderTables } from './schema-reminders.ts';
import type { ReportTables } from './schema-reports.ts';

export type {
  PeriodType,
  ReportStatus,
  ReportingObligationTable,
  TargetComparator,
} from './schema-reports.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string | null | undefined, string | null>;

export interface AdminUnitTable {
  id: Generated<number>;
  version: '2024' | '2025';
  code: string;
  name: string;
  full_name: string;
  type: string;
  level: 'province' | 'district' | 'commune';
  parent_code: string | null;
  parent_id: number | null;
  province_id: number | null;
  district_id: number | null;
  valid_from: DateOnly | null;
  valid_to: DateOnly | null;
  search_key: string;
}

export interface AdminUnitChangeTable {
  id: Generated<number>;
  unit_id: number;
  effective_date: DateOnly;
  full_name_before: string;
  type_before: string;
  full_name_after: string;
  type_after: string;
  resolution: string | null;
}

export interface AdminUnitLineageTable {
  successor_id: number;
  predecessor_id: number;
  part: 'full' | 'partial';
  resolution: string | null;
  effective_date: DateOnly;
}

export interface AgencyTable {
  id: Generated<number>;
  name: string;
  kind: string;
  unit_id: number;
  province_id: number;
  parent_agency_id: number | null;
  is_active: Generated<boolean>;
  search_key: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  full_name: string;
  password_hash: string;
  agency_id: number | null;
  /** For reminders (migrations/0011_reminders.sql); null: in-app only. */
  email: string | null;
  is_active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RoleAssignmentTable {
  id: Generated<number>;
  user_id: number;
  role: string;
  unit_id: number | null;
  province_id: number | null;
  created_at: Timestamp;
}

export interface UserSessionTable {
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginAttemptTable {
  id: Generated<number>;
  username: string;
  ip: string;
  at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  actor_id: number | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  unit_id: number | null;
  province_id: number | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  details: ColumnType<unknown, string | undefined, string>;
  /** The seal that covers the row (migrations/0012_audit_seal.sql); null until it is sealed. */
  seal_id: ColumnType<number | null, never, number | null>;
}

export interface SystemSettingTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_at: Timestamp;
}

export interface LegalDocumentTable {
  id: Generated<number>;
  kind: string;
  number: string | null;
  issued_on: DateOnly | null;
  issuer: string | null;
  title: string;
  search_key: string;
  created_at: Timestamp;
}

export type PlanStatus = 'draft' | 'submitted' | 'issued' | 'in_progress' | 'closed';

export interface PlanTable {
  id: Generated<number>;
  unit_id: number;
  province_id: number;
  issuer_agency_id: number | null;
  status: ColumnType<PlanStatus, PlanStatus | undefined, PlanStatus>;
  doc_type: ColumnType<string, string | undefined, string>;
  document_number: string | null;
  title: string;
  issuer_name: string | null;
  place: string | null;
  issued_on: DateOnly | null;
  signer_name: string | null;
  signer_position: string | null;
  legal_document_id: number | null;
  source_text: string | null;
  parsed: ColumnType<unknown, string | undefined, string>;
  search_key: string;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PlanReferenceTable {
  plan_id: number;
  legal_document_id: number;
  implements: ColumnType<boolean, boolean | undefined, boolean>;
  province_id: number;
}

export interface PlanRecipientTable {
  id: Generated<number>;
  plan_id: number;
  name: string;
  unit_id: number | null;
  province_id: number;
  position: number;
}

export type TaskStatus = 'open' | 'in_progress' | 'done' | 'cancelled';
export type TaskFrequency = 'once' | 'monthly' | 'quarterly' | 'semiannual' | 'annual';

export interface TaskTable {
  id: Generated<number>;
  plan_id: number;
  province_id: number;
  unit_id: number;
  title: string;
  lead_agency_id: number | null;
  lead_agency_name: string;
  due_date: DateOnly | null;
  frequency: ColumnType<TaskFrequency, TaskFrequency | undefined, TaskFrequency>;
  status: ColumnType<TaskStatus, TaskStatus | undefined, TaskStatus>;
  progress: ColumnType<number, number | undefined, number>;
  search_key: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface TaskPartnerTable {
  task_id: number;
  agency_name: string;
  agency_id: number | null;
  province_id: number;
}

export interface TaskUpdateTable {
  id: Generated<number>;
  task_id: number;
  province_id: number;
  author_id: number | null;
  at: Timestamp;
  progress: number;
  status: string;
  note: string;
}

export interface TaskEvidenceTable {
  id: Generated<number>;
  task_id: number;
  update_id: number | null;
  province_id: number;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by: number | null;
  uploaded_at: Timestamp;
}

export interface PlanCascadeTable {
  plan_id: number;
  unit_id: number;
  province_id: number;
  due_date: DateOnly | null;
  notified_at: Timestamp;
}

export interface SchemaMigrationTable {
  version: string;
  applied_at: Timestamp;
}

export interface DB
  extends
    ReportTables,
    CaseTables,
    CaseTransferTables,
    CasePathTables,
    ActivityTables,
    ReminderTables,
    AuditTables {
  admin_unit: AdminUnitTable;
  admin_unit_change: AdminUnitChangeTable;
  admin_unit_lineage: AdminUnitLineageTable;
  agency: AgencyTable;
  app_user: AppUserTable;
  role_assignment: RoleAssignmentTable;
  user_session: UserSessionTable;
  login_attempt: LoginAttemptTable;
  audit_log: AuditLogTable;
  system_setting: SystemSettingTable;
  legal_document: LegalDocumentTable;
  plan: PlanTable;
  plan_reference: PlanReferenceTable;
  plan_recipient: PlanRecipientTable;
  task: TaskTable;
  plan_cascade: PlanCascadeTable;
  task_partner: TaskPartnerTable;
  task_update: TaskUpdateTable;
  task_evidence: TaskEvidenceTable;
  schema_migration: SchemaMigrationTable;
}
