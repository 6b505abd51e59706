/**
 * Loads the report forms shipped in seed/report-forms/*.json (GE_MONTHLY, GE_SEMIANNUAL, GE_ANNUAL): fields
 * bound to data elements by code, narrative sections and cross-field rules. Idempotent by form code:
 * a form already there is left as it is (an administrator may have changed it). One transaction.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Database } from '../../core/db/database.ts';

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
    for (const f of forms) {
      const row = await tx
        .insertInto('report_form')
        .values({
          code: f.code,
          name: f.name,
          name_en: f.nameEn,
          period_type: f.periodType,
          sections: JSON.stringify(f.sections),
          shipped: true,
        })
        .onConflict((oc) => oc.column('code').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!row) continue;
      await tx
        .insertInto('report_form_field')
        .values(
          f.fields.map((x, i) => ({
            form_id: row.id,
            data_element_id: element(f.code, x.element),
            position: i + 1,
            group_title: x.group,
            required: x.required ?? false,
          })),
        )
        .execute();
      if (f.rules.length > 0)
        await tx
          .insertInto('report_form_rule')
          .values(
            f.rules.map((r) => ({
              form_id: row.id,
              left_element_id: element(f.code, r.left),
              left_category: r.leftCategory ?? 'total',
              operator: r.operator,
              right_element_id: element(f.code, r.right),
              right_category: r.rightCategory ?? 'total',
              message: r.message,
              message_en: r.messageEn,
            })),
          )
          .execute();
      added.push(f.code);
    }
    return added;
  });
}
