/** The default follow-up plan of a new case: 7, 30 and 90 days after intake (civil dates in the zone). */
import { randomUUID } from 'node:crypto';
import { addDays } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/database.ts';
import { CaseFollowUpsRepository } from './case-followups.repository.ts';

/** Days after intake of the default follow-ups. */
export const FOLLOW_UP_DAYS = [7, 30, 90] as const;

/** The default plan of a new case, written with `tx` (the intake's transaction). */
export async function scheduleDefaultFollowUps(
  tx: Database,
  v: { caseId: number; provinceId: number; intakeDay: string; by: number | null },
): Promise<void> {
  await new CaseFollowUpsRepository(tx).insert(
    FOLLOW_UP_DAYS.map((d) => ({
      uid: randomUUID(),
      caseId: v.caseId,
      provinceId: v.provinceId,
      dueOn: addDays(v.intakeDay, d),
      by: v.by,
    })),
  );
}
