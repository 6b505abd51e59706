import { z } from 'zod';
import { DV_ACTS } from '../../core/db/schema-case-transfer.ts';

export const ZRapidReportSchema = z.object({
  id: z.number().int(),
  fromUnitName: z.string(),
  sentAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
  /** Anonymised: no name, no exact address, no date of birth, the incident's month only. */
  case: z.object({
    code: z.string(),
    channel: z.string(),
    detectedOn: z.string(),
    incidentMonth: z.string().nullable(),
    gbvType: z.string(),
    domesticViolence: z.boolean(),
    /** The acts of domestic violence recorded (Law 13/2022 Art. 3(1)); empty unless `domesticViolence`. */
    dvActs: z.array(
      z.object({
        code: z.enum(DV_ACTS),
        /** The act as the law words it, in Vietnamese (the report's language). */
        label: z.string(),
        labelEn: z.string(),
      }),
    ),
    trafficking: z.boolean(),
    perpetratorRelation: z.string(),
    riskLevel: z.string(),
    needs: z.array(z.string()),
    survivorSex: z.string(),
    survivorAgeGroup: z.string(),
    communeName: z.string(),
  }),
});
export type TRapidReport = z.infer<typeof ZRapidReportSchema>;
export const ZListRapidReportsResponseSchema = z.object({ items: z.array(ZRapidReportSchema) });
export const ZRapidReportIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });
