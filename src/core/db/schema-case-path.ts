/** Kysely table types of the case path (migrations/0018_case_path.sql). `_enc` columns hold ciphertext. */
import type { ColumnType, Generated } from 'kysely';
import type { CLOSE_REASONS, Service } from './schema-cases.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export const CLOSURE_KINDS = ['request', 'send_back', 'approve', 'reopen'] as const;
export type ClosureKind = (typeof CLOSURE_KINDS)[number];
export const FOLLOW_UP_OUTCOMES = ['stable', 'needs_support', 'not_reached', 'declined'] as const;
export type FollowUpOutcome = (typeof FOLLOW_UP_OUTCOMES)[number];

export interface CaseClosureTable {
  id: Generated<number>;
  uid: string;
  case_id: number;
  province_id: number;
  kind: ClosureKind;
  close_reason: (typeof CLOSE_REASONS)[number] | null;
  safety_plan_done: boolean | null;
  services_done: boolean | null;
  survivor_informed: boolean | null;
  text_enc: string | null;
  by_user: number | null;
  at: Timestamp;
}

export interface ReferralResponseTimeTable {
  service: Service;
  hours: number;
}

export interface CaseFollowUpTable {
  id: Generated<number>;
  uid: string;
  case_id: number;
  province_id: number;
  due_on: ColumnType<string, string, string>;
  outcome: FollowUpOutcome | null;
  done_on: ColumnType<string | null, string | null | undefined, string | null>;
  note_enc: string | null;
  created_by: number | null;
  created_at: Timestamp;
  recorded_by: number | null;
  updated_at: Timestamp;
}

export interface CasePathTables {
  case_closure: CaseClosureTable;
  referral_response_time: ReferralResponseTimeTable;
  case_follow_up: CaseFollowUpTable;
}
