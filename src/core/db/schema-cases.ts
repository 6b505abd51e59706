/** Kysely table types of the GBV case tables (migrations/0009_cases.sql). `_enc` columns hold ciphertext. */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string | null | undefined, string | null>;

export const GBV_TYPES = [
  'rape',
  'sexual_assault',
  'physical_assault',
  'forced_marriage',
  'denial_of_resources',
  'psychological_emotional_abuse',
  'non_gbv',
] as const;
export type GbvType = (typeof GBV_TYPES)[number];
export const CHANNELS = [
  'hotline',
  'trusted_address',
  'police',
  'health',
  'womens_union',
  'self_report',
  'school',
  'community',
  'other',
] as const;
export const RELATIONS = [
  'intimate_partner',
  'former_partner',
  'family_member',
  'acquaintance',
  'stranger',
  'other',
  'unknown',
] as const;
export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export const SERVICES = [
  'shelter',
  'health',
  'police',
  'legal_aid',
  'psychosocial',
  'livelihood',
  'other',
] as const;
export type Service = (typeof SERVICES)[number];
export const CONSENT_PURPOSES = ['statistics', ...SERVICES.map((s) => `referral:${s}` as const)] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export const AGE_GROUPS = ['age:0-15', 'age:16-59', 'age:60+', 'unknown'] as const;
export const CLOSE_REASONS = [
  'goals_met',
  'survivor_request',
  'transferred',
  'moved_away',
  'no_contact',
  'deceased',
  'other',
] as const;
export const PROVIDER_KINDS = [
  'trusted_address',
  'shelter',
  'one_stop_centre',
  'health',
  'police',
  'legal_aid',
  'psychosocial',
  'hotline',
  'womens_union_club',
  'social_assistance',
  'other',
] as const;
export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'completed', 'revoked'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export interface GbvCaseTable {
  id: Generated<number>;
  uid: string;
  code: string;
  unit_id: number;
  province_id: number;
  status: ColumnType<'open' | 'closed', 'open' | 'closed' | undefined, 'open' | 'closed'>;
  channel: (typeof CHANNELS)[number];
  detected_on: DateOnly;
  incident_on: DateOnly | null;
  incident_unit_id: number | null;
  gbv_type: GbvType;
  domestic_violence: boolean;
  /** Acts of domestic violence (Law 13/2022 Art. 3(1)), codes of DV_ACTS (migration 0019). */
  dv_acts: ColumnType<string[], string[] | undefined, string[]>;
  trafficking: boolean;
  perpetrator_relation: (typeof RELATIONS)[number];
  risk_level: (typeof RISK_LEVELS)[number];
  needs: string[];
  survivor_sex: 'female' | 'male' | 'other';
  survivor_age_group: (typeof AGE_GROUPS)[number];
  pseudonym: string;
  survivor_name_enc: string | null;
  survivor_contact_enc: string | null;
  survivor_birth_enc: string | null;
  incident_place_enc: string | null;
  perpetrator_enc: string | null;
  description_enc: string | null;
  close_reason: (typeof CLOSE_REASONS)[number] | null;
  closed_at: Date | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface CaseAssignmentTable {
  id: Generated<number>;
  case_id: number;
  province_id: number;
  user_id: number;
  role: 'case_worker' | 'case_supervisor';
  assigned_by: number | null;
  assigned_at: Timestamp;
  ended_at: Date | null;
}

export interface CaseConsentTable {
  id: Generated<number>;
  case_id: number;
  province_id: number;
  purpose: ConsentPurpose;
  granted: boolean;
  recorded_by: number | null;
  recorded_at: Timestamp;
}

export interface ServiceProviderTable {
  id: Generated<number>;
  uid: string;
  name: string;
  kind: (typeof PROVIDER_KINDS)[number];
  services: string[];
  unit_id: number;
  province_id: number;
  covers_province: boolean;
  capacity: number | null;
  phone: string | null;
  address: string | null;
  private_host: boolean;
  private_address_enc: string | null;
  is_active: Generated<boolean>;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ReferralTable {
  id: Generated<number>;
  uid: string;
  case_id: number;
  province_id: number;
  provider_id: number;
  service: Service;
  status: ColumnType<ReferralStatus, ReferralStatus | undefined, ReferralStatus>;
  due_on: DateOnly | null;
  /** When the provider should have answered (0018). */
  response_due_at: Date | null;
  note_enc: string | null;
  sent_by: number | null;
  sent_at: Timestamp;
  responded_at: Date | null;
  completed_at: Date | null;
  updated_at: Timestamp;
}

export interface CaseNoteTable {
  id: Generated<number>;
  uid: string;
  case_id: number;
  province_id: number;
  kind: 'follow_up' | 'plan_action';
  on_date: DateOnly;
  method: 'visit' | 'phone' | 'meeting' | 'other' | null;
  done: Generated<boolean>;
  text_enc: string;
  created_by: number | null;
  created_at: Timestamp;
}

export interface CaseAccessTable {
  id: Generated<number>;
  case_id: number;
  province_id: number;
  user_id: number | null;
  action: 'view' | 'export' | 'break_glass';
  reason: string | null;
  ip: string | null;
  at: Timestamp;
}

export interface CaseAlertTable {
  id: Generated<number>;
  case_id: number;
  province_id: number;
  kind: 'break_glass';
  user_id: number | null;
  reason: string;
  at: Timestamp;
  acknowledged_by: number | null;
  acknowledged_at: Date | null;
}

export interface CaseGrantTable {
  id: Generated<number>;
  case_id: number;
  user_id: number;
  expires_at: Date;
}

export interface RapidReportTable {
  id: Generated<number>;
  case_id: number | null;
  from_unit_id: number;
  to_unit_id: number;
  province_id: number;
  payload: ColumnType<unknown, string, string>;
  sent_by: number | null;
  sent_at: Timestamp;
  acknowledged_by: number | null;
  acknowledged_at: Date | null;
}

export interface CaseTables {
  gbv_case: GbvCaseTable;
  case_assignment: CaseAssignmentTable;
  case_consent: CaseConsentTable;
  service_provider: ServiceProviderTable;
  referral: ReferralTable;
  case_note: CaseNoteTable;
  case_access: CaseAccessTable;
  case_alert: CaseAlertTable;
  case_grant: CaseGrantTable;
  rapid_report: RapidReportTable;
}
