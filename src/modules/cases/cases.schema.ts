import { z } from 'zod';
import {
  AGE_GROUPS,
  CHANNELS,
  CLOSE_REASONS,
  CONSENT_PURPOSES,
  GBV_TYPES,
  REFERRAL_STATUSES,
  RELATIONS,
  RISK_LEVELS,
  SERVICES,
} from '../../core/db/schema-cases.ts';
import { DV_ACTS } from '../../core/db/schema-case-transfer.ts';

const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD.');
const ZSecret = z.string().trim().max(4000).nullable().optional();

/** What a case worker records at intake. Identifying fields are optional and sealed. */
export const ZCreateCaseRequestSchema = z.object({
  unitId: z.number().int().positive(),
  channel: z.enum(CHANNELS),
  detectedOn: ZIsoDate,
  incidentOn: ZIsoDate.nullable().optional(),
  incidentUnitId: z.number().int().positive().nullable().optional(),
  gbvType: z.enum(GBV_TYPES),
  domesticViolence: z.boolean().default(false),
  /** Acts of domestic violence (Law 13/2022 Art. 3(1)), beside the GBVIMS type. */
  dvActs: z.array(z.enum(DV_ACTS)).max(DV_ACTS.length).default([]),
  trafficking: z.boolean().default(false),
  perpetratorRelation: z.enum(RELATIONS).default('unknown'),
  riskLevel: z.enum(RISK_LEVELS),
  needs: z.array(z.enum(SERVICES)).max(SERVICES.length).default([]),
  survivorSex: z.enum(['female', 'male', 'other']),
  survivorAgeGroup: z.enum(AGE_GROUPS),
  survivorName: ZSecret,
  survivorContact: ZSecret,
  survivorBirthDate: ZSecret,
  incidentPlace: ZSecret,
  perpetrator: ZSecret,
  description: ZSecret,
  /** The case supervisor (a user holding case_supervisor over the unit). */
  supervisorId: z.number().int().positive(),
  consents: z.array(z.object({ purpose: z.enum(CONSENT_PURPOSES), granted: z.boolean() })).default([]),
  /** Send the anonymised rapid report to the level above at once. */
  rapidReport: z.boolean().default(true),
});
export type TCreateCaseRequest = z.infer<typeof ZCreateCaseRequestSchema>;

export const ZUpdateCaseRequestSchema = ZCreateCaseRequestSchema.omit({
  unitId: true,
  supervisorId: true,
  consents: true,
  rapidReport: true,
})
  .partial()
  .extend({
    // without their intake defaults: zod applies .default() inside .partial(), which reset these on every edit
    domesticViolence: z.boolean().optional(),
    trafficking: z.boolean().optional(),
    perpetratorRelation: z.enum(RELATIONS).optional(),
    needs: z.array(z.enum(SERVICES)).max(SERVICES.length).optional(),
    dvActs: z.array(z.enum(DV_ACTS)).max(DV_ACTS.length).optional(),
    /** Never changed by an edit: refused with CASE_TRANSFER_REQUIRED (a transfer moves a case). */
    unitId: z.number().int().positive().optional(),
    version: z.number().int().positive(),
  });
export type TUpdateCaseRequest = z.infer<typeof ZUpdateCaseRequestSchema>;

/** A case in a list: nothing identifying. */
export const ZCaseSummarySchema = z.object({
  id: z.number().int(),
  code: z.string(),
  pseudonym: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  status: z.enum(['open', 'closed']),
  gbvType: z.enum(GBV_TYPES),
  riskLevel: z.enum(RISK_LEVELS),
  detectedOn: ZIsoDate,
  myRole: z.enum(['case_worker', 'case_supervisor']).nullable(),
  overdueReferrals: z.number().int(),
});
export type TCaseSummary = z.infer<typeof ZCaseSummarySchema>;

export const ZCaseSchema = ZCaseSummarySchema.extend({
  channel: z.enum(CHANNELS),
  incidentOn: ZIsoDate.nullable(),
  incidentUnitId: z.number().int().nullable(),
  incidentUnitName: z.string().nullable(),
  domesticViolence: z.boolean(),
  dvActs: z.array(z.enum(DV_ACTS)),
  trafficking: z.boolean(),
  perpetratorRelation: z.enum(RELATIONS),
  needs: z.array(z.string()),
  survivorSex: z.enum(['female', 'male', 'other']),
  survivorAgeGroup: z.enum(AGE_GROUPS),
  survivorName: z.string().nullable(),
  survivorContact: z.string().nullable(),
  survivorBirthDate: z.string().nullable(),
  incidentPlace: z.string().nullable(),
  perpetrator: z.string().nullable(),
  description: z.string().nullable(),
  closeReason: z.enum(CLOSE_REASONS).nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  team: z.array(
    z.object({
      userId: z.number().int(),
      name: z.string(),
      role: z.enum(['case_worker', 'case_supervisor']),
    }),
  ),
  consents: z.array(
    z.object({ purpose: z.enum(CONSENT_PURPOSES), granted: z.boolean(), recordedAt: z.string() }),
  ),
  abilities: z.object({ edit: z.boolean(), assign: z.boolean(), export: z.boolean() }),
  referrals: z.array(
    z.object({
      id: z.number().int(),
      providerId: z.number().int(),
      providerName: z.string(),
      service: z.enum(SERVICES),
      status: z.enum(REFERRAL_STATUSES),
      dueOn: ZIsoDate.nullable(),
      overdue: z.boolean(),
      note: z.string().nullable(),
      sentAt: z.string(),
    }),
  ),
  notes: z.array(
    z.object({
      id: z.number().int(),
      kind: z.enum(['follow_up', 'plan_action']),
      onDate: ZIsoDate,
      method: z.enum(['visit', 'phone', 'meeting', 'other']).nullable(),
      done: z.boolean(),
      text: z.string(),
      authorName: z.string().nullable(),
    }),
  ),
  rapidReportSentAt: z.string().nullable(),
});
export type TCase = z.infer<typeof ZCaseSchema>;

export const ZCaseIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });
export const ZCaseResponseSchema = z.object({ case: ZCaseSchema });
export const ZListCasesRequestSchema = z.object({ status: z.enum(['open', 'closed']).optional() });
export const ZListCasesResponseSchema = z.object({ items: z.array(ZCaseSummarySchema) });

export const ZConsentRequestSchema = z.object({ purpose: z.enum(CONSENT_PURPOSES), granted: z.boolean() });
export const ZCloseRequestSchema = z.object({ reason: z.enum(CLOSE_REASONS) });
export const ZReopenRequestSchema = z.object({ reason: z.string().trim().min(3).max(500) });
export const ZAssignRequestSchema = z.object({
  userId: z.number().int().positive(),
  role: z.enum(['case_worker', 'case_supervisor']),
  /** false: ends the user's assignment. */
  active: z.boolean().default(true),
});
export const ZBreakGlassRequestSchema = z.object({ reason: z.string().trim().min(10).max(1000) });
export const ZExportRequestSchema = z.object({
  reason: z.string().trim().min(10).max(1000),
  /** The file is encrypted with this passphrase (given to the court or receiving office apart). */
  passphrase: z.string().min(12).max(200),
});
export const ZAccessLogResponseSchema = z.object({
  items: z.array(
    z.object({
      at: z.string(),
      userName: z.string().nullable(),
      action: z.enum(['view', 'export', 'break_glass']),
      reason: z.string().nullable(),
    }),
  ),
});
export const ZTeamCandidatesResponseSchema = z.object({
  items: z.array(
    z.object({
      userId: z.number().int(),
      name: z.string(),
      role: z.enum(['case_worker', 'case_supervisor']),
    }),
  ),
});

export const ZReferralRequestSchema = z.object({
  providerId: z.number().int().positive(),
  service: z.enum(SERVICES),
  dueOn: ZIsoDate.nullable().optional(),
  note: z.string().trim().max(4000).nullable().optional(),
});
export type TReferralRequest = z.infer<typeof ZReferralRequestSchema>;
export const ZReferralUpdateSchema = z.object({
  status: z.enum(['accepted', 'declined', 'completed', 'revoked']),
});
export const ZReferralParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  referralId: z.coerce.number().int().positive(),
});
export const ZNoteRequestSchema = z.object({
  kind: z.enum(['follow_up', 'plan_action']),
  onDate: ZIsoDate,
  method: z.enum(['visit', 'phone', 'meeting', 'other']).nullable().optional(),
  text: z.string().trim().min(1).max(8000),
});
export type TNoteRequest = z.infer<typeof ZNoteRequestSchema>;
export const ZNoteParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  noteId: z.coerce.number().int().positive(),
});

const ZCount = z.number().int().nullable();
/** A count and whether it is hidden (count null): shown as "<threshold" (docs/CASES.md). */
const ZCell = { count: ZCount, suppressed: z.boolean() };
export const ZStatisticsRequestSchema = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  /** A whole month, quarter or year (below the province: a year). */
  from: ZIsoDate,
  to: ZIsoDate,
});
export const ZStatisticsResponseSchema = z.object({
  unitName: z.string(),
  from: z.string(),
  to: z.string(),
  /** Hidden counts are below this (5, or more by configuration). */
  threshold: z.number().int(),
  /** Some count is hidden: null, by the primary or the complementary rule. */
  suppressed: z.boolean(),
  total: ZCount,
  reachedService: ZCount,
  /** Null where its numerator or base is hidden. */
  reachedServicePercent: z.number().nullable(),
  byType: z.array(z.object({ key: z.string(), ...ZCell })),
  /** Survivors by act of domestic violence (a case may count under several acts). */
  byDvAct: z.array(z.object({ key: z.string(), ...ZCell })),
  bySex: z.array(z.object({ key: z.string(), ...ZCell })),
  byAgeGroup: z.array(z.object({ key: z.string(), ...ZCell })),
  /** A province's communes (whole years only) or the nation's provinces. */
  byUnit: z.array(z.object({ unitId: z.number().int(), unitName: z.string(), ...ZCell })),
});
export type TCaseStatistics = z.infer<typeof ZStatisticsResponseSchema>;
export const ZCaseAlertsResponseSchema = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      caseCode: z.string(),
      userName: z.string().nullable(),
      reason: z.string(),
      at: z.string(),
    }),
  ),
});
