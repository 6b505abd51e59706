/**
 * A reminder e-mail for a due report, end to end: `binhdang serve` with its scheduler running every
 * second (SCHEDULER_INTERVAL_SECONDS=1, REMINDERS_INTERVAL_SECONDS=1) and SMTP_* pointing at a real
 * SMTP server on loopback started by the test. A ward reporter gives an e-mail address on the
 * notifications page; the province's obligation falls due in three days (of the server's clock,
 * started at TEST_NOW); the e-mail arrives with the report's name and the bell shows the
 * notification. A second reporter's address is refused by the mail server: with
 * REMINDER_EMAIL_MAX_TRIES=1 the e-mail is given up at once, the administrator finds it on the
 * notifications page under "Thư điện tử gửi không được" with the server's reason, and once the
 * server accepts again presses "Gửi lại" and it goes.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/clock/clock.ts';
import { openBrowser } from '../support/browser.ts';
import { preparedDataDir } from '../support/prepared-data-dir.ts';
import { startServer, type ServerProcess } from '../support/server-process.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { testToday } from '../support/test-clock.ts';

const TITLE = 'Báo cáo kết quả Tháng hành động vì bình đẳng giới';
const REFUSED = 'bc.thatbai@example.vn';
let smtp: SmtpSink;
let server: ServerProcess;
let browser: Browser;
let admin: Page;
let ward: Page;
const contexts: BrowserContext[] = [];

async function newPage(): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startServer(
    {
      ...smtp.env,
      SCHEDULER_INTERVAL_SECONDS: '1',
      REMINDERS_INTERVAL_SECONDS: '1',
      REMINDER_EMAIL_MAX_TRIES: '1',
    },
    [],
    preparedDataDir(),
  );
  browser = await openBrowser();
  admin = await newPage();
  ward = await newPage();
}, 240_000);
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

/** POST/GET through the administrator's session (the setup screens have their own tests). */
function apiAs(page: Page, method: string, path: string, body?: unknown) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
      const res = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, body: (await res.json()) as unknown };
    },
    { method, path, body },
  );
}

async function unitId(q: string, name: string): Promise<number> {
  const r = await apiAs(admin, 'GET', `/units?version=2025&q=${encodeURIComponent(q)}`);
  return (r.body as { items: { id: number; fullName: string }[] }).items.find((u) => u.fullName === name)!.id;
}

describe('reminders', () => {
  it('sets up an administrator and a ward reporter who gives an e-mail address', async () => {
    await admin.goto(`${server.baseUrl}/#/setup?token=${server.setupToken}`);
    await admin.getByTestId('setup-fullname').fill('Quản trị');
    await admin.getByTestId('setup-password').fill('mat-khau-quan-tri-1');
    await admin.getByTestId('setup-submit').click();
    await expect.poll(() => admin.getByTestId('current-user').textContent()).toBe('Quản trị');
    const created = await apiAs(admin, 'POST', '/users', {
      username: 'bc.phohien',
      fullName: 'bc.phohien',
      password: 'mat-khau-du-dai-2025',
      roles: [{ role: 'reporter', unitId: await unitId('pho hien', 'Phường Phố Hiến') }],
    });
    expect(created.status).toBe(201);

    await ward.goto(`${server.baseUrl}/#/login`);
    await ward.getByTestId('login-username').fill('bc.phohien');
    await ward.getByTestId('login-password').fill('mat-khau-du-dai-2025');
    await ward.getByTestId('login-submit').click();
    await expect.poll(() => ward.getByTestId('current-user').textContent()).toBe('bc.phohien');
    await ward.getByTestId('bell').click();
    await ward.getByTestId('ntf-email').fill('bc.phohien@example.vn');
    await ward.getByTestId('ntf-save').click();
    await expect.poll(() => ward.getByText('Đã lưu.').count()).toBe(1);
  });

  it('sets up a second reporter of the ward whose address the mail server refuses', async () => {
    smtp.refusing = (address) => address === REFUSED;
    const created = await apiAs(admin, 'POST', '/users', {
      username: 'bc.thatbai',
      fullName: 'Trần Thị Thư',
      password: 'mat-khau-du-dai-2025',
      roles: [{ role: 'reporter', unitId: await unitId('pho hien', 'Phường Phố Hiến') }],
    });
    expect(created.status).toBe(201);
    const other = await newPage();
    await other.goto(`${server.baseUrl}/#/login`);
    await other.getByTestId('login-username').fill('bc.thatbai');
    await other.getByTestId('login-password').fill('mat-khau-du-dai-2025');
    await other.getByTestId('login-submit').click();
    await expect.poll(() => other.getByTestId('current-user').textContent()).toBe('Trần Thị Thư');
    const saved = await apiAs(other, 'PUT', '/me/notification-settings', { email: REFUSED, digest: false });
    expect(saved.status).toBe(200);
  });

  it('e-mails the ward the report due under the province’s obligation, and rings the bell', async () => {
    const forms = (await apiAs(admin, 'GET', '/report-forms')).body as {
      items: { id: number; code: string }[];
    };
    const dueOn = addDays(testToday(), 3);
    const ob = await apiAs(admin, 'POST', '/obligations', {
      formId: forms.items.find((f) => f.code === 'GE_ANNUAL')!.id,
      unitId: await unitId('hung yen', 'Tỉnh Hưng Yên'),
      title: TITLE,
      frequency: 'once',
      dueDays: [dueOn],
      startsOn: `${dueOn.slice(0, 4)}-01-01`,
      remindDays: 7,
    });
    expect(ob.status).toBe(201);

    // the scheduler runs the reminders job every second
    await expect.poll(() => smtp.mails.length, { timeout: 30_000, interval: 500 }).toBe(1);
    const [mail] = smtp.mails;
    expect(mail!.to).toEqual(['bc.phohien@example.vn']);
    expect(mail!.subject).toContain('Nhắc việc');
    expect(mail!.text).toContain(TITLE);
    expect(mail!.text).toContain('Phường Phố Hiến');

    await ward.goto(`${server.baseUrl}/#/reports`);
    await expect.poll(() => ward.getByTestId('bell-count').textContent(), { timeout: 10_000 }).toBe('1');
    await ward.getByTestId('bell').click();
    const item = ward.getByTestId('notification');
    await expect.poll(() => item.textContent()).toContain(TITLE);
    expect(await item.getByRole('link').getAttribute('href')).toBe('#/reports');
    await item.getByRole('button').click();
    await expect.poll(() => ward.getByTestId('bell-count').count()).toBe(0);
    // each reminder once: the job keeps running and sends nothing more
    await new Promise((r) => setTimeout(r, 2500));
    expect(smtp.mails).toHaveLength(1);
  });

  it('shows the administrator the e-mail that could not be sent, with the reason, and sends it again', async () => {
    await expect
      .poll(
        async () =>
          ((await apiAs(admin, 'GET', '/email-failures')).body as { items: unknown[] }).items.length,
        {
          timeout: 30_000,
          interval: 500,
        },
      )
      .toBe(1);
    await admin.goto(`${server.baseUrl}/#/notifications`);
    const section = admin.getByTestId('email-failures');
    await expect.poll(() => section.getByRole('heading').textContent()).toBe('Thư điện tử gửi không được');
    const item = section.getByTestId('email-failure');
    await expect.poll(() => item.textContent()).toContain('Gửi Trần Thị Thư (bc.thatbai) · 1 mục');
    expect(await item.textContent()).toContain('Nhắc việc');
    expect(await item.textContent()).toContain('Đã dừng sau 1 lần thử');
    const reason = await item.getByTestId('email-failure-reason').textContent();
    expect(reason).toContain('Lý do (máy chủ thư trả lời):');
    expect(reason).toContain('550 5.1.1');
    expect(reason).toContain('Mailbox unavailable');
    expect(reason).not.toContain(REFUSED);

    smtp.refusing = null;
    await item.getByRole('button', { name: 'Gửi lại' }).click();
    await expect.poll(() => admin.getByText('Đã gửi lại thư cho Trần Thị Thư.').count()).toBe(1);
    await expect.poll(() => section.getByText('Không có thư nào gửi không được.').count()).toBe(1);
    const resent = smtp.mails.filter((m) => m.to.includes(REFUSED));
    expect(resent).toHaveLength(1);
    expect(resent[0]!.text).toContain(TITLE);
  });
});
