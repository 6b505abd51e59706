/**
 * Loads the report forms shipped in seed/report-forms/*.json (GE_MONTHLY, GE_SEMIANNUAL, GE_ANNUAL): fields
 * bound to data elements by code, narrative sections and cross-field rules. Idempotent by form code:
 * a form already there is left as it is (an administrator may have changed it). One transaction.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Database } from '../../core/db/database.ts';
import { FormContentRepository } from './form-content.repository.ts';

export const REPORT_FORM_SEED_DIR = join(import.meta.dirname, '..', '..', '..', 'seed', 'report-forms');

const ZSeedForm = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9_]+$/),
  name: z.string().min(3),
  nameEn: z.string().min(3),
  periodType: z.enum(['monthly', 'quarterly', 'semiannual', 'annual']),
  sections: z.array(z.object({ key: z.string(), title: z.string(), titleEn: z.string() })),
  fields: z
    .array(z.object({ element: z.string(), group: z.string(), required: z.boolean().optional() }))
    .min(1),
  rules: z.array(
    z.object({
      left: z.string(),
      leftCategory: z.string().optional(),
      operator: z.enum(['<=', '=', '>=']),
      right: z.string(),
      rightCategory: z.string().optional(),
      message: z.string(),
      messageEn: z.string(),
    }),
  ),
});
export type SeedForm = z.infer<typeof ZSeedForm>;

export function readReportFormSeed(dir = REPORT_FORM_SEED_DIR): SeedForm[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = ZSeedForm.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(`seed/report-forms/${f}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** Adds the shipped forms that are missing; returns their codes. */
export async function seedReportForms(db: Database, dir = REPORT_FORM_SEED_DIR): Promise<string[]> {
  const forms = readReportFormSeed(dir);
  return db.transaction().execute(async (tx) => {
    const elements = new Map(
      (await tx.selectFrom('data_element').select(['id', 'code']).execute()).map((e) => [e.code, e.id]),
    );
    const element = (form: string, code: string) => {
      const id = elements.get(code);
      if (id === undefined) throw new Error(`seed/report-forms: ${form} uses unknown data element ${code}`);
      return id;
    };
    const added: string[] = [];
    const repo = new FormContentRepository(tx);
    for (const f of forms) {
      const id = await repo.insert(
        {
          code: f.code,
          name: f.name,
          nameEn: f.nameEn,
          periodType: f.periodType,
          sections: f.sections,
          fields: f.fields.map((x) => ({
            elementId: element(f.code, x.element),
            group: x.group,
            required: x.required ?? false,
          })),
          rules: f.rules.map((r) => ({
            leftId: element(f.code, r.left),
            leftCategory: r.leftCategory ?? 'total',
            operator: r.operator,
            rightId: element(f.code, r.right),
            rightCategory: r.rightCategory ?? 'total',
            message: r.message,
            messageEn: r.messageEn,
          })),
        },
        { shipped: true, createdBy: null },
      );
      if (id !== undefined) added.push(f.code);
    }
    return added;
  });
}
