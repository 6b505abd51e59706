/** Shapes of /api/v1/cases, /rapid-reports and /case-alerts (see docs/API.md). */
import type { CaseProtectionTable, DvAct } from '../../../src/core/db/schema-case-transfer.ts';
import type { Service } from './service-types.ts';

export type GbvType =
  | 'rape'
  | 'sexual_assault'
  | 'physical_assault'
  | 'forced_marriage'
  | 'denial_of_resources'
  | 'psychological_emotional_abuse'
  | 'non_gbv';
export type Channel =
  | 'hotline'
  | 'trusted_address'
  | 'police'
  | 'health'
  | 'womens_union'
  | 'self_report'
  | 'school'
  | 'community'
  | 'other';
export type Relation =
  'intimate_partner' | 'former_partner' | 'family_member' | 'acquaintance' | 'stranger' | 'other' | 'unknown';
export type RiskLevel = 'low' | 'medium' | 'high' | 'critical';
export type AgeGroup = 'age:0-15' | 'age:16-59' | 'age:60+' | 'unknown';
export type ConsentPurpose = 'statistics' | `referral:${Service}`;
export type CloseReason =
  'goals_met' | 'survivor_request' | 'transferred' | 'moved_away' | 'no_contact' | 'deceased' | 'other';
export type ReferralStatus = 'sent' | 'accepted' | 'declined' | 'completed' | 'revoked';

export interface CaseSummary {
  id: number;
  code: string;
  pseudonym: string;
  unitId: number;
  unitName: string;
  status: 'open' | 'closed';
  gbvType: GbvType;
  riskLevel: RiskLevel;
  detectedOn: string;
  myRole: 'case_worker' | 'case_supervisor' | null;
  overdueReferrals: number;
}

export interface Case extends CaseSummary {
  channel: Channel;
  incidentOn: string | null;
  incidentUnitId: number | null;
  incidentUnitName: string | null;
  domesticViolence: boolean;
  /** Acts of domestic violence (Law 13/2022 Art. 3(1)). */
  dvActs: DvAct[];
  trafficking: boolean;
  perpetratorRelation: Relation;
  needs: Service[];
  survivorSex: 'female' | 'male' | 'other';
  survivorAgeGroup: AgeGroup;
  survivorName: string | null;
  survivorContact: string | null;
  survivorBirthDate: string | null;
  incidentPlace: string | null;
  perpetrator: string | null;
  description: string | null;
  closeReason: CloseReason | null;
  closedAt: string | null;
  createdAt: string;
  version: number;
  team: { userId: number; name: string; role: 'case_worker' | 'case_supervisor' }[];
  consents: { purpose: ConsentPurpose; granted: boolean; recordedAt: string }[];
  abilities: { edit: boolean; assign: boolean; export: boolean };
  referrals: {
    id: number;
    providerId: number;
    providerName: string;
    service: Service;
    status: ReferralStatus;
    dueOn: string | null;
    overdue: boolean;
    note: string | null;
    sentAt: string;
  }[];
  notes: {
    id: number;
    kind: 'follow_up' | 'plan_action';
    onDate: string;
    method: 'visit' | 'phone' | 'meeting' | 'other' | null;
    done: boolean;
    text: string;
    authorName: string | null;
  }[];
  rapidReportSentAt: string | null;
}

export interface RapidReport {
  id: number;
  fromUnitName: string;
  sentAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  case: {
    code: string;
    channel: Channel;
    detectedOn: string;
    incidentMonth: string | null;
    gbvType: GbvType;
    domesticViolence: boolean;
    /** The acts of domestic violence recorded, with the law's words (empty unless domesticViolence). */
    dvActs: { code: DvAct; label: string; labelEn: string }[];
    trafficking: boolean;
    perpetratorRelation: Relation;
    riskLevel: RiskLevel;
    needs: Service[];
    survivorSex: string;
    survivorAgeGroup: AgeGroup;
    communeName: string;
  };
}

/** Type only, from the server's response schema: one definition of the answer's shape. */
export type { TCaseStatistics as CaseStatistics } from '../../../src/modules/cases/cases.schema.ts';

export type { DvAct, TransferStatus } from '../../../src/core/db/schema-case-transfer.ts';
export type ProtectionIssuer = CaseProtectionTable['issuer'];
export type {
  TCaseProtection as CaseProtection,
  TIncomingTransfer as IncomingTransfer,
  TProtection as Protection,
} from '../../../src/modules/cases/case-transfer.schema.ts';
