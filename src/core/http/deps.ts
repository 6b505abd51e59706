import type { Clock } from '../clock/clock.ts';
import type { Config } from '../config/config.ts';
import type { Database } from '../db/database.ts';

/** What route plugins need: the database, the configuration and the clock. Services are made per request. */
export interface AppDeps {
  db: Database;
  config: Config;
  clock: Clock;
}
