import { z } from 'zod';

export const ZListAuditLogRequestSchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  entityType: z.string().max(50).optional(),
  entityId: z.string().max(50).optional(),
});

export const ZAuditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export const ZListAuditLogResponseSchema = z.object({ items: z.array(ZAuditEntrySchema) });

const ZSealSummarySchema = z.object({
  id: z.number().int(),
  sealedAt: z.string(),
  rowCount: z.number().int(),
  digest: z.string(),
});
/** The check of every seal (audit-seal.ts, `SealVerification`). */
export const ZAuditSealVerificationResponseSchema = z.object({
  ok: z.boolean(),
  seals: z.number().int(),
  sealedRows: z.number().int(),
  unsealedRows: z.number().int(),
  lastSeal: ZSealSummarySchema.nullable(),
  intactThrough: ZSealSummarySchema.nullable(),
  broken: z
    .object({
      sealId: z.number().int(),
      reason: z.enum([
        'row_changed',
        'row_deleted',
        'row_inserted',
        'chain_broken',
        'seal_missing',
        'external_mismatch',
      ]),
    })
    .nullable(),
});
