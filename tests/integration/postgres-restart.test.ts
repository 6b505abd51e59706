/**
 * PostgreSQL restarts while the app runs (issue 7, faults): a real `binhdang serve` on a throwaway
 * PostgreSQL server. While the server is down every request — read or write — fails with a clear
 * 503 DATABASE_UNAVAILABLE and a Retry-After, and the process stays up (a dead idle connection must
 * not crash it). When the server is back, requests succeed again by themselves: no restart of the
 * app, and the session (kept in the database) is still valid.
 */
import { expect, it } from 'vitest';
import { signInOver } from '../support/api-session.ts';
import { findPostgresBin, startPostgres } from '../support/postgres-server.ts';
import { preparedPostgres } from '../support/prepared-postgres.ts';

const bin = findPostgresBin();
const PASSWORD = 'mat-khau-khoi-dong-lai';

it.skipIf(!bin)(
  'answers 503 while PostgreSQL restarts and recovers by itself',
  { timeout: 300_000 },
  async () => {
    const pg = await startPostgres(bin!);
    const serve = await preparedPostgres(pg, 'quan.tri', PASSWORD);
    // the scheduler ticks every second: it must live through the outage too
    const server = await serve({ SCHEDULER_INTERVAL_SECONDS: '1' });
    try {
      const api = await signInOver(server.baseUrl, 'quan.tri', PASSWORD);
      const units = (await (await api.get('/units?q=pho%20hien&version=2025')).json()) as {
        items: { id: number }[];
      };
      const unitId = units.items[0]!.id;
      const read = () => api.get('/auth/me');
      const write = (name: string) => api.post('/agencies', { name, kind: 'other', unitId });
      expect((await read()).status).toBe(200);

      pg.shutDown();
      for (const res of [await read(), await write('Cơ quan lúc mất kết nối')]) {
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toBe('5');
        expect(await res.json()).toMatchObject({ error: { code: 'DATABASE_UNAVAILABLE' } });
      }
      await new Promise((r) => setTimeout(r, 2_000));
      expect(server.child.exitCode).toBeNull();

      pg.startUp();
      let back = 0;
      for (const deadline = Date.now() + 30_000; back !== 200 && Date.now() < deadline;) {
        back = (await read()).status;
        if (back !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      expect(back).toBe(200); // same session, no restart of the app
      expect((await write('Cơ quan sau khi khôi phục')).status).toBe(201);
      const list = (await (await api.get(`/agencies?unitId=${unitId}`)).json()) as {
        items: { name: string }[];
      };
      const names = list.items.map((a) => a.name);
      expect(names).toContain('Cơ quan sau khi khôi phục');
      expect(names).not.toContain('Cơ quan lúc mất kết nối');
      expect(server.child.exitCode).toBeNull();
    } finally {
      await server.stop();
      pg.stop();
    }
  },
);
