import type { Config } from '../config/config.ts';
import type { Database } from '../db/database.ts';

/** What route plugins need: the database and the configuration. Services are made per request. */
export interface AppDeps {
  db: Database;
  config: Config;
}
