/**
 * When a provider should answer a referral: the default hours of its service
 * (referral_response_time, migrations/0018); 0 means the same day, i.e. by the end of the civil day
 * of sending in the configured zone (the deadline rule of src/core/clock/deadline.ts).
 */
import { endOfDay, type Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/database.ts';
import type { Service } from '../../core/db/schema-cases.ts';

export async function referralResponseHours(db: Database): Promise<Map<Service, number>> {
  const rows = await db.selectFrom('referral_response_time').select(['service', 'hours']).execute();
  return new Map(rows.map((r) => [r.service, r.hours]));
}

export async function referralResponseDue(
  db: Database,
  service: Service,
  clock: Clock,
): Promise<Date | null> {
  const hours = (await referralResponseHours(db)).get(service);
  if (hours === undefined) return null;
  if (hours === 0) return endOfDay(clock.today(), clock.timeZone);
  return new Date(clock.nowMs() + hours * 3_600_000);
}
