/** Kysely table types of activities and campaigns (migrations/0010_activities.sql). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string | null | undefined, string | null>;

export const ACTIVITY_KINDS = [
  'communication',
  'training',
  'conference',
  'contest',
  'event',
  'initiative',
  'inspection',
  'commendation',
  'policy_feedback',
  'legal_aid',
  'counselling',
  'cadre',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface CampaignTable {
  id: Generated<number>;
  code: string | null;
  unit_id: number | null;
  province_id: number | null;
  name: string;
  name_en: Generated<string>;
  starts_on: string;
  ends_on: string | null;
  recurring: Generated<boolean>;
  created_by: number | null;
  created_at: Timestamp;
}

export interface ActivityTable {
  id: Generated<number>;
  unit_id: number;
  province_id: number;
  kind: ActivityKind;
  subtype: string | null;
  title: string;
  started_on: DateOnly;
  ended_on: DateOnly | null;
  task_id: number | null;
  campaign_id: number | null;
  quantity: number | null;
  reach: number | null;
  participants_female: number | null;
  participants_male: number | null;
  target_group: string | null;
  members: number | null;
  violations: number | null;
  findings: string | null;
  note: string | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ActivityAttachmentTable {
  id: Generated<number>;
  activity_id: number;
  province_id: number;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by: number | null;
  uploaded_at: Timestamp;
}

export interface ActivityTables {
  campaign: CampaignTable;
  activity: ActivityTable;
  activity_attachment: ActivityAttachmentTable;
}
