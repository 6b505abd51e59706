import { z } from 'zod';

export const ZUnitVersion = z.enum(['2024', '2025']);
export const ZUnitLevel = z.enum(['province', 'district', 'commune']);
export const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const ZUnitSchema = z.object({
  id: z.number().int(),
  version: ZUnitVersion,
  code: z.string().describe('Official GSO code; unique only within its version'),
  name: z.string(),
  fullName: z.string(),
  type: z.string(),
  level: ZUnitLevel,
  parentId: z.number().int().nullable(),
  provinceId: z.number().int().nullable(),
  validFrom: ZIsoDate.nullable(),
  validTo: ZIsoDate.nullable(),
});
export type TUnit = z.infer<typeof ZUnitSchema>;

export const ZUnitIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });

export const ZSearchUnitsRequestSchema = z.object({
  q: z.string().trim().max(100).optional(),
  version: ZUnitVersion.default('2025'),
  level: ZUnitLevel.optional(),
  parentId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TSearchUnitsRequest = z.infer<typeof ZSearchUnitsRequestSchema>;

export const ZSearchUnitsResponseSchema = z.object({
  items: z.array(
    ZUnitSchema.extend({ parentName: z.string().nullable(), provinceName: z.string().nullable() }),
  ),
});

export const ZGetUnitResponseSchema = z.object({
  unit: ZUnitSchema,
  ancestors: z.array(ZUnitSchema),
  childCount: z.number().int(),
});

export const ZUnitListResponseSchema = z.object({ items: z.array(ZUnitSchema) });

const ZLineageLink = z.object({ unit: ZUnitSchema, part: z.enum(['full', 'partial']) });
export const ZUnitLineageResponseSchema = z.object({
  predecessors: z.array(ZLineageLink),
  successors: z.array(ZLineageLink),
  resolution: z.string().nullable(),
  effectiveDate: ZIsoDate.nullable(),
  changes: z.array(
    z.object({
      effectiveDate: ZIsoDate,
      fullNameBefore: z.string(),
      fullNameAfter: z.string(),
      typeBefore: z.string(),
      typeAfter: z.string(),
      resolution: z.string().nullable(),
    }),
  ),
});
export type TUnitLineageResponse = z.infer<typeof ZUnitLineageResponseSchema>;

export const ZUnitOnDateRequestSchema = z.object({ date: ZIsoDate });
export const ZUnitOnDateResponseSchema = z.object({ date: ZIsoDate, units: z.array(ZUnitSchema) });
