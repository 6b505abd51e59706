/** Loads the recurring national days (seed/campaigns/national-days.json); insert-missing by code. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../core/db/database.ts';

const FILE = join(import.meta.dirname, '..', '..', '..', 'seed', 'campaigns', 'national-days.json');

interface SeedCampaign {
  code: string;
  name: string;
  nameEn: string;
  startsOn: string;
  endsOn?: string;
}

export async function seedCampaigns(db: Database, file = FILE): Promise<number> {
  const { campaigns } = JSON.parse(readFileSync(file, 'utf8')) as { campaigns: SeedCampaign[] };
  for (const c of campaigns)
    if (!/^\d{2}-\d{2}$/.test(c.startsOn) || (c.endsOn && !/^\d{2}-\d{2}$/.test(c.endsOn)))
      throw new Error(`seed/campaigns: ${c.code} needs MM-DD days`);
  const r = await db
    .insertInto('campaign')
    .values(
      campaigns.map((c) => ({
        code: c.code,
        name: c.name,
        name_en: c.nameEn,
        starts_on: c.startsOn,
        ends_on: c.endsOn ?? null,
        recurring: true,
      })),
    )
    .onConflict((oc) => oc.column('code').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0);
}
