/**
 * The catalogue files shipped in seed/indicators/, read and checked: data-elements.json (what units
 * count) and indicators.json (programmes, objectives, indicators with their formula and targets).
 * An indicator naming an unknown data element or category stops the start-up with a clear message.
 */
import type { ValueType } from '../../core/numbers/value-bounds.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CATEGORIES, DISAGGREGATIONS, type Disaggregation } from './categories.ts';
import {
  COMPARATORS,
  DIRECTIONS,
  INDICATOR_BREAKDOWNS,
  INDICATOR_PERIOD_TYPES,
  INDICATOR_UNITS,
} from './indicators.schema.ts';

export const INDICATOR_SEED_DIR = join(import.meta.dirname, '..', '..', '..', 'seed', 'indicators');

interface SeedDataElement {
  code: string;
  name: string;
  nameEn: string;
  description?: string;
  valueType?: ValueType;
  /** Above the value type's maximum (a population). */
  maxValue?: number;
  disaggregation: Disaggregation;
  aggregation?: 'sum' | 'none';
}

export function readDataElementSeed(dir = INDICATOR_SEED_DIR): SeedDataElement[] {
  const file = JSON.parse(readFileSync(join(dir, 'data-elements.json'), 'utf8')) as {
    dataElements: SeedDataElement[];
  };
  for (const e of file.dataElements)
    if (!DISAGGREGATIONS.includes(e.disaggregation))
      throw new Error(`seed/indicators: ${e.code} has an unknown disaggregation ${e.disaggregation}`);
  return file.dataElements;
}

const ZOperand = z.object({ element: z.string().min(1), category: z.string().min(1) });
const ZSeedIndicator = z.object({
  code: z.string().regex(/^[A-Z]+-[0-9A-Za-z.]+$/),
  objective: z.string().optional(),
  name: z.string().min(3),
  nameEn: z.string().min(3),
  definition: z.string().nullable(),
  unit: z.enum(INDICATOR_UNITS),
  numerator: ZOperand.optional(),
  denominator: ZOperand.optional(),
  multiplier: z.number().positive().optional(),
  direction: z.enum(DIRECTIONS),
  periodType: z.enum(INDICATOR_PERIOD_TYPES),
  disaggregations: z.array(z.enum(INDICATOR_BREAKDOWNS)),
  targets: z.array(
    z.object({
      year: z.number().int().min(2000).max(2100),
      comparator: z.enum(COMPARATORS),
      value: z.number().nullable(),
      label: z.string().min(1),
      unconfirmed: z.boolean().optional(),
    }),
  ),
  unconfirmed: z.boolean().optional(),
  note: z.string().optional(),
  source: z.string().min(1),
});
const ZSeedCatalogue = z.object({
  about: z.string(),
  programmes: z.array(
    z.object({
      code: z.string().regex(/^[A-Z]+$/),
      name: z.string().min(3),
      nameEn: z.string().min(3),
      documentKind: z.string().min(1),
      documentNumber: z.string().min(1),
      issuedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      startYear: z.number().int(),
      endYear: z.number().int(),
      source: z.string().min(1),
      objectives: z.array(z.object({ code: z.string().min(1), name: z.string(), nameEn: z.string() })),
      indicators: z.array(ZSeedIndicator),
    }),
  ),
});
export type SeedCatalogue = z.infer<typeof ZSeedCatalogue>;
type SeedIndicator = z.infer<typeof ZSeedIndicator>;

/** The formula's shape each unit needs: which operands it uses. */
const OPERANDS: Record<SeedIndicator['unit'], 'both' | 'numerator' | 'none'> = {
  percent: 'both',
  ratio: 'both',
  multiple: 'both',
  count: 'numerator',
  milestone: 'none',
};

/** Problems of one indicator against the shipped data elements (codes and their categories). */
function indicatorProblems(
  i: SeedIndicator,
  objectives: Set<string>,
  elements: Map<string, Disaggregation>,
): string[] {
  const out: string[] = [];
  if (i.objective !== undefined && !objectives.has(i.objective))
    out.push(`${i.code}: objective ${i.objective} is not an objective of its programme`);
  for (const [side, op] of [
    ['numerator', i.numerator],
    ['denominator', i.denominator],
  ] as const) {
    if (!op) continue;
    const d = elements.get(op.element);
    if (d === undefined) out.push(`${i.code}: ${side} uses unknown data element ${op.element}`);
    else if (!CATEGORIES[d].includes(op.category))
      out.push(`${i.code}: ${side} category ${op.category} is not a category of ${op.element} (${d})`);
  }
  const shape = OPERANDS[i.unit];
  const has = [i.numerator !== undefined, i.denominator !== undefined];
  if (shape === 'none' && (has[0] || has[1])) out.push(`${i.code}: a ${i.unit} has no formula`);
  if (shape === 'numerator' && has[1]) out.push(`${i.code}: a count has no denominator`);
  if (shape === 'both' && has[0] !== has[1])
    out.push(`${i.code}: a ${i.unit} needs both numerator and denominator, or neither`);
  const years = i.targets.map((t) => t.year);
  if (new Set(years).size !== years.length) out.push(`${i.code}: two targets for the same year`);
  return out;
}

/** Reads and checks seed/indicators/indicators.json; throws with every problem found. */
export function readIndicatorSeed(dir = INDICATOR_SEED_DIR): SeedCatalogue {
  const where = 'seed/indicators/indicators.json';
  const parsed = ZSeedCatalogue.safeParse(JSON.parse(readFileSync(join(dir, 'indicators.json'), 'utf8')));
  if (!parsed.success) throw new Error(`${where}: ${parsed.error.message}`);
  const elements = new Map(readDataElementSeed(dir).map((e) => [e.code, e.disaggregation]));
  const problems: string[] = [];
  const seen = new Set<string>();
  const unique = (code: string) => {
    if (seen.has(code)) problems.push(`${code} appears twice`);
    seen.add(code);
  };
  for (const p of parsed.data.programmes) {
    unique(p.code);
    p.objectives.forEach((o) => unique(o.code));
    const objectives = new Set(p.objectives.map((o) => o.code));
    for (const i of p.indicators) {
      unique(i.code);
      problems.push(...indicatorProblems(i, objectives, elements));
    }
  }
  if (problems.length > 0) throw new Error(`${where}:\n- ${problems.join('\n- ')}`);
  return parsed.data;
}
