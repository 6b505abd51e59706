/** CLI command bodies: open the configured database, call a service, print the result. */
import type { Clock } from '../core/clock/clock.ts';
import { clockFor, loadConfig } from '../core/config/config.ts';
import type { DatabaseHandle } from '../core/db/database.ts';
import { ROLES, systemActor, type Role } from '../core/auth/roles.ts';
import { AppError } from '../core/errors/app-error.ts';
import { openConfiguredDatabase, prepareDatabase } from '../app/bootstrap.ts';
import { backupDatabase, restoreDatabase } from '../modules/backup/backup.service.ts';
import { UnitsRepository } from '../modules/units/units.repository.ts';
import { UnitsService } from '../modules/units/units.service.ts';
import { UsersService } from '../modules/users/users.service.ts';

/** Runs `fn` on the configured database with the configured clock (TIME_ZONE, CLOCK_START). */
export async function withDatabase<T>(
  prepare: boolean,
  fn: (h: DatabaseHandle, clock: Clock) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const handle = await openConfiguredDatabase(config);
  try {
    if (prepare) await prepareDatabase(handle);
    return await fn(handle, clockFor(config));
  } finally {
    await handle.close();
  }
}

export async function migrateCommand(): Promise<void> {
  await withDatabase(false, async (h) => {
    const r = await prepareDatabase(h);
    console.log(r.migrations.length ? `applied: ${r.migrations.join(', ')}` : 'schema is up to date');
    if (r.seededUnits) console.log('loaded the national administrative units');
  });
}

export async function userCreateCommand(opts: {
  username: string;
  fullName: string;
  password?: string;
  role: string[];
  unit?: string;
}): Promise<void> {
  const password = opts.password ?? process.env.BINHDANG_PASSWORD;
  if (!password)
    throw new AppError('VALIDATION_FAILED', [
      { path: 'password', message: 'give --password or BINHDANG_PASSWORD' },
    ]);
  const roles = opts.role.map((r) => {
    if (!(ROLES as readonly string[]).includes(r))
      throw new AppError('VALIDATION_FAILED', [{ path: 'role', message: `unknown role ${r}` }]);
    return r as Role;
  });
  await withDatabase(true, async (h, clock) => {
    let unitId: number | null = null;
    if (opts.unit) {
      const unit = await new UnitsRepository(h.db).findByCode('2025', opts.unit);
      if (!unit) throw new AppError('UNIT_NOT_FOUND');
      unitId = unit.id;
    }
    const user = await new UsersService(h.db, clock).create(systemActor(), {
      username: opts.username,
      fullName: opts.fullName,
      password,
      roles: roles.map((role) => ({ role, unitId: role === 'system_admin' ? null : unitId })),
    });
    console.log(
      `created user ${user.username} (id ${user.id}) with roles ${user.roles.map((r) => `${r.role}@${r.unitName ?? 'national'}`).join(', ')}`,
    );
  });
}

export async function unitsSearchCommand(
  query: string[],
  opts: {
    version: '2024' | '2025';
    level?: 'province' | 'district' | 'commune';
    limit: string;
    json?: boolean;
  },
): Promise<void> {
  await withDatabase(true, async (h) => {
    const items = await new UnitsService(h.db).search(systemActor(), {
      q: query.join(' '),
      version: opts.version,
      level: opts.level,
      limit: Math.min(200, Number.parseInt(opts.limit, 10) || 20),
    });
    if (opts.json) console.log(JSON.stringify(items, null, 2));
    else
      for (const u of items)
        console.log(
          `${u.code.padEnd(6)} ${u.fullName}${u.level === 'province' ? '' : ` — ${u.provinceName ?? ''}`} [${u.version}]`,
        );
    if (!opts.json && items.length === 0) console.log('no unit found');
  });
}

export async function backupCommand(file: string): Promise<void> {
  await withDatabase(false, async (h, clock) => {
    const s = await backupDatabase(h.db, file, clock);
    console.log(
      `backup written to ${file} (schema ${s.schemaVersion}; ${Object.entries(s.tables)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')})`,
    );
  });
}

export async function restoreCommand(file: string): Promise<void> {
  await withDatabase(false, async (h) => {
    const s = await restoreDatabase(h.db, file);
    console.log(
      `restored ${file} (schema ${s.schemaVersion}; ${Object.values(s.tables).reduce((a, b) => a + b, 0)} rows)`,
    );
  });
}
