/**
 * Backup and restore of the whole database as a portable JSON-lines file (gzip when the name ends
 * in .gz): a consistent snapshot (one repeatable-read transaction) that restores onto PGlite or
 * PostgreSQL alike, because rows travel as JSON and are rebuilt with json_populate_recordset.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import type { Clock } from '../../core/clock/clock.ts';
import type { Database } from '../../core/db/database.ts';
import { currentSchemaVersion, listMigrations, migrate } from '../../core/db/migrate.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { BackupRepository } from './backup.repository.ts';

const FORMAT = 'binhdang-backup';
const CHUNK = 2000;

interface Header {
  format: typeof FORMAT;
  formatVersion: 1;
  schemaVersion: string | null;
  createdAt: string;
  tables: string[];
}

export interface BackupSummary {
  schemaVersion: string | null;
  tables: Record<string, number>;
}

export async function backupDatabase(db: Database, file: string, clock: Clock): Promise<BackupSummary> {
  const counts: Record<string, number> = {};
  let schemaVersion: string | null = null;
  async function* lines(): AsyncGenerator<string> {
    const chunks: string[] = [];
    await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (tx) => {
        const repo = new BackupRepository(tx);
        schemaVersion = await currentSchemaVersion(tx);
        const tables = (await repo.tablesInDependencyOrder()).filter((t) => t !== 'schema_migration');
        const header: Header = {
          format: FORMAT,
          formatVersion: 1,
          schemaVersion,
          createdAt: clock.now().toISOString(),
          tables,
        };
        chunks.push(JSON.stringify(header));
        for (const table of tables) {
          counts[table] = 0;
          const key = await repo.primaryKey(table);
          for (let offset = 0; ; offset += CHUNK) {
            const rows = await repo.rowsAsJson(table, key, offset, CHUNK);
            if (rows.length === 0) break;
            counts[table] += rows.length;
            chunks.push(`{"table":${JSON.stringify(table)},"rows":[${rows.join(',')}]}`);
          }
        }
      });
    for (const c of chunks) yield c + '\n';
  }
  const out = createWriteStream(file);
  if (file.endsWith('.gz')) await pipeline(Readable.from(lines()), createGzip(), out);
  else await pipeline(Readable.from(lines()), out);
  return { schemaVersion, tables: counts };
}

export async function restoreDatabase(db: Database, file: string): Promise<BackupSummary> {
  const input = file.endsWith('.gz') ? createReadStream(file).pipe(createGunzip()) : createReadStream(file);
  const reader = createInterface({ input, crlfDelay: Infinity });
  const lines = reader[Symbol.asyncIterator]();
  const first = await lines.next();
  const header = parseHeader(first.done ? '' : first.value);
  const counts: Record<string, number> = {};
  // Rebuild the schema as it was when the backup was taken, load the rows, then migrate the rest.
  const current = await currentSchemaVersionOrNull(db);
  if (current && header.schemaVersion && current > header.schemaVersion) throw new AppError('BACKUP_INVALID');
  await migrate(db, header.schemaVersion ? { upTo: header.schemaVersion } : {});
  await db.transaction().execute(async (tx) => {
    const repo = new BackupRepository(tx);
    await repo.deferConstraints();
    await repo.truncate((await repo.tablesInDependencyOrder()).filter((t) => t !== 'schema_migration'));
    for await (const line of lines) {
      if (!line.trim()) continue;
      const chunk = JSON.parse(line) as { table: string; rows: unknown[] };
      if (!header.tables.includes(chunk.table)) throw new AppError('BACKUP_INVALID');
      await repo.insertJsonRows(chunk.table, rowsText(line, chunk));
      counts[chunk.table] = (counts[chunk.table] ?? 0) + chunk.rows.length;
    }
    await repo.resetIdentities();
  });
  await migrate(db);
  return { schemaVersion: header.schemaVersion, tables: counts };
}

/**
 * The rows of a chunk exactly as the database wrote them: parsing them into JavaScript and back
 * would round numerics (and bigints) to doubles — 1234567890.123456789 came back 1234567890.1234567,
 * 12.50 came back 12.5. Lines this module writes are `{"table":…,"rows":[…]}`; any other layout
 * falls back to re-serialising the parsed rows.
 */
function rowsText(line: string, chunk: { table: string; rows: unknown[] }): string {
  const prefix = `{"table":${JSON.stringify(chunk.table)},"rows":`;
  const text = line.trim();
  return text.startsWith(prefix) && text.endsWith(']}')
    ? text.slice(prefix.length, -1)
    : JSON.stringify(chunk.rows);
}

function parseHeader(line: string): Header {
  let header: Header;
  try {
    header = JSON.parse(line) as Header;
  } catch {
    throw new AppError('BACKUP_INVALID');
  }
  const known = new Set(listMigrations().map((m) => m.version));
  if (header.format !== FORMAT || header.formatVersion !== 1 || !Array.isArray(header.tables))
    throw new AppError('BACKUP_INVALID');
  if (header.schemaVersion && !known.has(header.schemaVersion)) throw new AppError('BACKUP_INVALID');
  return header;
}

async function currentSchemaVersionOrNull(db: Database): Promise<string | null> {
  try {
    return await currentSchemaVersion(db);
  } catch {
    return null; // empty database: no schema_migration table yet
  }
}
