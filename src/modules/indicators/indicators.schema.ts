import { z } from 'zod';

export const INDICATOR_UNITS = ['percent', 'ratio', 'count', 'multiple', 'milestone'] as const;
export const DIRECTIONS = ['up', 'down', 'reach'] as const;
export const COMPARATORS = ['>=', '<=', '>', '<', '=', '~'] as const;
export const INDICATOR_PERIOD_TYPES = ['monthly', 'quarterly', 'semiannual', 'annual', 'term'] as const;
/** Main breakdowns an indicator is published by (phân tổ chủ yếu). */
export const INDICATOR_BREAKDOWNS = ['sex', 'age', 'ethnicity', 'unit_level', 'province'] as const;
/**
 * met / not_met: compared with the target of the year (or the next target year); no_data: the
 * approved values do not give a number; no_formula: measured outside the periodic reports;
 * no_target: a number but no target (or a target without a number) to compare it with;
 * insufficient: a number and a target, but fewer of the expected units reported than
 * COVERAGE_MIN_PERCENT (indicator-coverage.ts), so no verdict; suppressed: counts of survivors
 * too small to show below the province (indicator-disclosure.ts), so no number and no verdict.
 */
export const INDICATOR_STATUSES = [
  'met',
  'not_met',
  'insufficient',
  'no_data',
  'no_formula',
  'no_target',
  'suppressed',
] as const;
export type TIndicatorStatus = (typeof INDICATOR_STATUSES)[number];

const ZYear = z.coerce.number().int().min(2000).max(2100);

export const ZTargetSchema = z.object({
  year: z.number().int(),
  comparator: z.enum(COMPARATORS),
  value: z.number().nullable(),
  /** As the source writes it: '≥ 27%', '1,7 lần'. */
  label: z.string(),
  unconfirmed: z.boolean(),
});
export type TTarget = z.infer<typeof ZTargetSchema>;

export const ZOperandSchema = z.object({ elementCode: z.string(), category: z.string() });

export const ZIndicatorSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  programmeCode: z.string(),
  objectiveCode: z.string().nullable(),
  name: z.string(),
  nameEn: z.string(),
  definition: z.string().nullable(),
  unit: z.enum(INDICATOR_UNITS),
  numerator: ZOperandSchema.nullable(),
  denominator: ZOperandSchema.nullable(),
  multiplier: z.number(),
  direction: z.enum(DIRECTIONS),
  periodType: z.enum(INDICATOR_PERIOD_TYPES),
  disaggregations: z.array(z.string()),
  unconfirmed: z.boolean(),
  note: z.string().nullable(),
  source: z.string().nullable(),
  /** National targets, by year. */
  targets: z.array(ZTargetSchema),
});
export type TIndicator = z.infer<typeof ZIndicatorSchema>;

export const ZProgrammeSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  documentKind: z.string(),
  documentNumber: z.string(),
  issuedOn: z.string().nullable(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  source: z.string().nullable(),
  objectives: z.array(
    z.object({ id: z.number().int(), code: z.string(), name: z.string(), nameEn: z.string() }),
  ),
});
export type TProgramme = z.infer<typeof ZProgrammeSchema>;

/** Units that reported what a value is summed from, out of those expected to (indicator-coverage.ts). */
export const ZCoverageSchema = z.object({
  reported: z.number().int().nonnegative(),
  expected: z.number().int().nonnegative(),
});
export type TCoverage = z.infer<typeof ZCoverageSchema>;

/** An indicator's value for one unit and year, with the target it is compared with. */
export const ZIndicatorValueSchema = z.object({
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  value: z.number().nullable(),
  target: ZTargetSchema.nullable(),
  status: z.enum(INDICATOR_STATUSES),
  coverage: ZCoverageSchema,
  /** Numerator, denominator and value hidden by the disclosure rule (shown as "<5"). */
  suppressed: z.boolean(),
});
export type TIndicatorValue = z.infer<typeof ZIndicatorValueSchema>;

export const ZIndicatorIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });
export const ZTargetParamsSchema = ZIndicatorIdParamsSchema.extend({ year: ZYear });

export const ZListIndicatorsRequestSchema = z.object({ programme: z.string().min(1).max(20).optional() });
export const ZListProgrammesResponseSchema = z.object({ items: z.array(ZProgrammeSchema) });
export const ZListIndicatorsResponseSchema = z.object({ items: z.array(ZIndicatorSchema) });
export const ZIndicatorResponseSchema = z.object({ indicator: ZIndicatorSchema });

export const ZUpdateIndicatorRequestSchema = z
  .object({
    name: z.string().trim().min(3).max(500),
    nameEn: z.string().trim().min(3).max(500),
    definition: z.string().trim().max(4000).nullable(),
    unconfirmed: z.boolean(),
    note: z.string().trim().max(2000).nullable(),
  })
  .partial();
export type TUpdateIndicatorRequest = z.infer<typeof ZUpdateIndicatorRequestSchema>;

export const ZSetTargetRequestSchema = z.object({
  comparator: z.enum(COMPARATORS),
  value: z.number().finite().nullable(),
  label: z.string().trim().min(1).max(200),
  unconfirmed: z.boolean().default(false),
});
export type TSetTargetRequest = z.infer<typeof ZSetTargetRequestSchema>;

const ZUnitQuery = z.coerce.number().int().positive().optional();

export const ZValuesRequestSchema = z.object({
  year: ZYear,
  /** Omitted: the whole country (system administrators only). */
  unitId: ZUnitQuery,
  programme: z.string().min(1).max(20).optional(),
});
export const ZValuesResponseSchema = z.object({
  year: z.number().int(),
  unitId: z.number().int().nullable(),
  unitName: z.string(),
  items: z.array(
    ZIndicatorValueSchema.extend({
      indicatorId: z.number().int(),
      code: z.string(),
      name: z.string(),
      nameEn: z.string(),
      unit: z.enum(INDICATOR_UNITS),
      direction: z.enum(DIRECTIONS),
      unconfirmed: z.boolean(),
    }),
  ),
});
export type TValuesResponse = z.infer<typeof ZValuesResponseSchema>;

export const ZSeriesRequestSchema = z
  .object({ unitId: ZUnitQuery, from: ZYear, to: ZYear })
  .refine((q) => q.from <= q.to && q.to - q.from <= 50, {
    message: 'Khoảng năm không hợp lệ: năm đầu không sau năm cuối, tối đa 50 năm.',
    path: ['to'],
  });
export const ZSeriesResponseSchema = z.object({
  indicatorId: z.number().int(),
  code: z.string(),
  unitId: z.number().int().nullable(),
  unitName: z.string(),
  points: z.array(ZIndicatorValueSchema.extend({ year: z.number().int() })),
});
export type TSeriesResponse = z.infer<typeof ZSeriesResponseSchema>;

export const ZByUnitRequestSchema = z.object({ year: ZYear, unitId: ZUnitQuery });
export const ZByUnitResponseSchema = z.object({
  indicatorId: z.number().int(),
  code: z.string(),
  year: z.number().int(),
  unitId: z.number().int().nullable(),
  unitName: z.string(),
  target: ZTargetSchema.nullable(),
  items: z.array(ZIndicatorValueSchema.extend({ unitId: z.number().int(), unitName: z.string() })),
});
export type TByUnitResponse = z.infer<typeof ZByUnitResponseSchema>;
