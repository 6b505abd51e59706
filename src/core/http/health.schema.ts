import { z } from 'zod';

/** GET /api/health: the database answers, and the server's clock at a glance. */
export const ZHealthResponseSchema = z.object({
  status: z.literal('ok'),
  database: z.string(),
  now: z.iso.datetime().meta({ description: "the server clock's instant (UTC)" }),
  timeZone: z.string().meta({ description: 'the zone civil dates are computed in (TIME_ZONE)' }),
  today: z.iso.date().meta({ description: "today's civil date in that zone" }),
});
export type THealthResponse = z.infer<typeof ZHealthResponseSchema>;
