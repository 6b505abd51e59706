/**
 * Opens the configured database and prepares it: migrations, then the national reference data
 * (administrative units, the indicator catalogue) when missing.
 */
import type { Config } from '../core/config/config.ts';
import { openDatabase, type DatabaseHandle } from '../core/db/database.ts';
import { migrate } from '../core/db/migrate.ts';
import { seedDataElements, seedIndicators } from '../modules/indicators/indicators.seed.ts';
import { seedReportForms } from '../modules/report-forms/report-forms.seed.ts';
import { seedCampaigns } from '../modules/activities/campaigns.seed.ts';
import { seedAdminUnits } from '../modules/units/units.seed.ts';

export interface PrepareResult {
  migrations: string[];
  seededUnits: boolean;
}

export async function prepareDatabase(handle: DatabaseHandle): Promise<PrepareResult> {
  const migrations = await migrate(handle.db);
  const seededUnits = await seedAdminUnits(handle.db);
  // The shipped catalogue: each loader adds only what is missing (idempotent), in dependency order.
  await seedDataElements(handle.db);
  await seedIndicators(handle.db);
  await seedReportForms(handle.db);
  await seedCampaigns(handle.db);
  return { migrations, seededUnits };
}

export async function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
}
