/**
 * The audit log's seals end to end: `binhdang serve` runs the sealing job (scheduler every second,
 * sealing every 10 seconds), writes the new seal's digest to its log, and the system administrator's
 * audit page says how far the log is intact.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openApp, setUpAdmin, type E2eApp } from '../support/e2e.ts';

let app: E2eApp;
beforeAll(async () => {
  app = await openApp({ SCHEDULER_INTERVAL_SECONDS: '1', AUDIT_SEAL_INTERVAL_SECONDS: '10' });
}, 240_000);
afterAll(async () => app?.close());

it('logs the digest of each seal and shows the system administrator that the log is intact', async () => {
  const page = await app.newPage();
  await setUpAdmin(page, app.server); // writes audit rows
  const sealLine = /binhdang: audit seal (\d+): (\d+) rows, digest ([0-9a-f]{64})/;
  await expect
    .poll(() => sealLine.exec(app.server.output()), { timeout: 30_000, interval: 500 })
    .not.toBeNull();
  const [, id] = sealLine.exec(app.server.output())!;
  await page.goto(`${app.server.baseUrl}/#/audit`);
  await page.getByRole('button', { name: 'Kiểm tra niêm phong nhật ký' }).click();
  const line = page.getByTestId('audit-seal');
  await expect
    .poll(() => line.textContent(), { timeout: 10_000 })
    .toContain('Niêm phong nhật ký: hợp lệ đến');
  expect(await line.textContent()).toContain(`niêm phong số ${id}`);
  expect(await line.getAttribute('data-ok')).toBe('true');
}, 90_000);
