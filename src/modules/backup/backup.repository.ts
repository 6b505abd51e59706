/** SQL for whole-database snapshots: table order, row export as JSON, import and identity reset. */
import { sql } from 'kysely';
import type { Database } from '../../core/db/database.ts';

export class BackupRepository {
  constructor(private readonly db: Database) {}

  /** Tables of the public schema, parents before children (by foreign keys). */
  async tablesInDependencyOrder(): Promise<string[]> {
    const tables = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(this.db);
    const deps = await sql<{ child: string; parent: string }>`
      select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
      from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where c.contype = 'f' and n.nspname = 'public'`.execute(this.db);
    const names = tables.rows.map((t) => t.name);
    const parents = new Map(names.map((n) => [n, new Set<string>()]));
    for (const d of deps.rows) if (d.child !== d.parent) parents.get(d.child)?.add(d.parent);
    const ordered: string[] = [];
    const visit = (n: string, path: Set<string>): void => {
      if (ordered.includes(n) || path.has(n)) return;
      path.add(n);
      for (const p of parents.get(n) ?? []) visit(p, path);
      ordered.push(n);
    };
    for (const n of names) visit(n, new Set());
    return ordered;
  }

  async primaryKey(table: string): Promise<string[]> {
    const rows = await sql<{ column: string }>`
      select a.attname as column from pg_index i
      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
      where i.indrelid = ${table}::regclass and i.indisprimary order by a.attnum`.execute(this.db);
    return rows.rows.map((r) => r.column);
  }

  async rowsAsJson(table: string, orderBy: string[], offset: number, limit: number): Promise<string[]> {
    const t = sql.table(table);
    const order = orderBy.length ? sql.join(orderBy.map((c) => sql.ref(`t.${c}`))) : sql`t.ctid`;
    const rows = await sql<{
      j: string;
    }>`select row_to_json(t)::text as j from ${t} t order by ${order} offset ${offset} limit ${limit}`.execute(
      this.db,
    );
    return rows.rows.map((r) => r.j);
  }

  /** Foreign keys are deferrable: a restore checks them once, at commit. */
  async deferConstraints(): Promise<void> {
    await sql`set constraints all deferred`.execute(this.db);
  }

  async truncate(tables: string[]): Promise<void> {
    if (tables.length === 0) return;
    await sql`truncate ${sql.join(tables.map((t) => sql.table(t)))} restart identity cascade`.execute(
      this.db,
    );
  }

  /** `rowsArrayJson`: a JSON array of rows, as text (numerics keep every digit). */
  async insertJsonRows(table: string, rowsArrayJson: string): Promise<void> {
    const t = sql.table(table);
    await sql`insert into ${t} overriding system value
      select * from json_populate_recordset(null::${t}, ${rowsArrayJson}::json)`.execute(this.db);
  }

  /** After rows were inserted with their ids, move each identity past the largest id. */
  async resetIdentities(): Promise<void> {
    const cols = await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns
      where table_schema = 'public' and is_identity = 'YES'`.execute(this.db);
    for (const c of cols.rows) {
      const t = sql.table(c.table_name);
      const col = sql.ref(c.column_name);
      await sql`select setval(pg_get_serial_sequence(${c.table_name}, ${c.column_name}),
        coalesce((select max(${col}) from ${t}), 0) + 1, false)`.execute(this.db);
    }
  }
}
