/** Requests and responses of case transfers between communes and protective measures. */
import { z } from 'zod';
import {
  PROTECTION_ISSUERS,
  PROTECTION_KINDS,
  TRANSFER_STATUSES,
} from '../../core/db/schema-case-transfer.ts';
import { GBV_TYPES, RISK_LEVELS } from '../../core/db/schema-cases.ts';

const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD.');

/** The sending supervisor asks; the survivor's consent to the transfer must be recorded with it. */
export const ZTransferRequestSchema = z.object({
  toUnitId: z.number().int().positive(),
  consent: z.literal(true, { message: 'Cần ghi nhận sự đồng ý của người bị bạo lực cho việc chuyển.' }),
});
export type TTransferRequest = z.infer<typeof ZTransferRequestSchema>;

/** The receiving supervisor accepts and names the case worker who takes the case. */
export const ZTransferAcceptSchema = z.object({ workerId: z.number().int().positive() });
export const ZTransferParamsSchema = z.object({ transferId: z.coerce.number().int().positive() });

/** A transfer waiting for the caller (a supervisor of the receiving commune): nothing identifying. */
export const ZIncomingTransferSchema = z.object({
  id: z.number().int(),
  caseCode: z.string(),
  gbvType: z.enum(GBV_TYPES),
  riskLevel: z.enum(RISK_LEVELS),
  fromUnitName: z.string(),
  toUnitId: z.number().int(),
  toUnitName: z.string(),
  requestedAt: z.string(),
  workers: z.array(z.object({ userId: z.number().int(), name: z.string() })),
});
export type TIncomingTransfer = z.infer<typeof ZIncomingTransferSchema>;
export const ZIncomingTransfersResponseSchema = z.object({ items: z.array(ZIncomingTransferSchema) });
export const ZTransferDecisionResponseSchema = z.object({
  caseId: z.number().int(),
  status: z.enum(TRANSFER_STATUSES),
});

export const ZCaseTransferSchema = z.object({
  id: z.number().int(),
  status: z.enum(TRANSFER_STATUSES),
  fromUnitName: z.string(),
  toUnitName: z.string(),
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
  consentRecordedAt: z.string(),
});

export const ZProtectionRequestSchema = z
  .object({
    kind: z.enum(PROTECTION_KINDS).default('prohibition_of_contact'),
    issuer: z.enum(PROTECTION_ISSUERS),
    issuedOn: ZIsoDate,
    startsOn: ZIsoDate,
    endsOn: ZIsoDate,
    /** The decision's number and notes: sealed. */
    details: z.string().trim().max(4000).nullable().optional(),
  })
  .refine((p) => p.endsOn >= p.startsOn, { path: ['endsOn'], message: 'Ngày kết thúc trước ngày bắt đầu.' });
export type TProtectionRequest = z.infer<typeof ZProtectionRequestSchema>;

export const ZProtectionSchema = z.object({
  id: z.number().int(),
  kind: z.enum(PROTECTION_KINDS),
  issuer: z.enum(PROTECTION_ISSUERS),
  issuedOn: ZIsoDate,
  startsOn: ZIsoDate,
  endsOn: ZIsoDate,
  days: z.number().int(),
  inForce: z.boolean(),
  details: z.string().nullable(),
  authorName: z.string().nullable(),
});
export type TProtection = z.infer<typeof ZProtectionSchema>;

/** What the case page reads beside the case: its transfers and protective measures. */
export const ZCaseProtectionResponseSchema = z.object({
  transfers: z.array(ZCaseTransferSchema),
  protections: z.array(ZProtectionSchema),
  pendingTransfer: z.boolean(),
});
export type TCaseProtection = z.infer<typeof ZCaseProtectionResponseSchema>;
