import { z } from 'zod';

export const AGENCY_KINDS = [
  'people_committee',
  'womens_union',
  'cfaw',
  'department',
  'police',
  'service_provider',
  'other',
] as const;

export const ZAgencySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(AGENCY_KINDS),
  unitId: z.number().int(),
  unitName: z.string(),
  provinceId: z.number().int(),
  parentAgencyId: z.number().int().nullable(),
  isActive: z.boolean(),
  createdAt: z.string(),
});
export type TAgency = z.infer<typeof ZAgencySchema>;

export const ZCreateAgencyRequestSchema = z.object({
  name: z.string().trim().min(2).max(200),
  kind: z.enum(AGENCY_KINDS),
  unitId: z.number().int().positive(),
  parentAgencyId: z.number().int().positive().nullable().optional(),
});
export type TCreateAgencyRequest = z.infer<typeof ZCreateAgencyRequestSchema>;

export const ZUpdateAgencyRequestSchema = z.object({
  name: z.string().trim().min(2).max(200).optional(),
  kind: z.enum(AGENCY_KINDS).optional(),
  isActive: z.boolean().optional(),
});
export type TUpdateAgencyRequest = z.infer<typeof ZUpdateAgencyRequestSchema>;

export const ZListAgenciesRequestSchema = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export const ZAgencyIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });
export const ZAgencyResponseSchema = z.object({ agency: ZAgencySchema });
export const ZListAgenciesResponseSchema = z.object({ items: z.array(ZAgencySchema) });
