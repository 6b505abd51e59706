/**
 * Plans and tasks as a user meets them, in real headless Chromium against a real `binhdang serve`:
 * a plan pasted as text, its draft corrected (unit, one agency name), saved with its tasks, submitted
 * and issued, then a task's progress reported with a small evidence file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser } from '../support/browser.ts';
import { preparedDataDir } from '../support/prepared-data-dir.ts';
import { startServer, type ServerProcess } from '../support/server-process.ts';
import { wardPlanText } from '../support/ward-plan.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const SEED = join(FIXTURES, 'seeds', '004_c997f3a30d3ce80c.txt');

const WARD_PLAN = wardPlanText(2022);

let server: ServerProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer({}, [], preparedDataDir());
  browser = await openBrowser();
  page = await browser.newPage();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function pickUnit(testId: string, query: string, optionText: string) {
  await page.getByTestId(`${testId}-search`).fill(query);
  const select = page.getByTestId(`${testId}-select`);
  const options = () => select.locator('option').allTextContents();
  await expect.poll(async () => (await options()).some((t) => t.includes(optionText))).toBe(true);
  const label = (await options()).find((t) => t.includes(optionText))!;
  await select.selectOption({ label });
}

const group = (name: string) =>
  page
    .getByTestId('task-group')
    .filter({ has: page.getByTestId('task-group-name').getByText(name, { exact: true }) });

describe('plans and tasks in the browser', () => {
  it('sets up the administrator and an agency of Tỉnh Hưng Yên', async () => {
    await page.goto(`${server.baseUrl}/#/setup?token=${server.setupToken}`);
    await expect.poll(() => page.getByTestId('setup-form').isVisible()).toBe(true);
    await page.getByTestId('setup-fullname').fill('Nguyễn Thị Quản Trị');
    await page.getByTestId('setup-password').fill('mat-khau-quan-tri-1');
    await page.getByTestId('setup-submit').click();
    await expect.poll(() => page.getByTestId('current-user').textContent()).toBe('Nguyễn Thị Quản Trị');
    expect(await page.getByTestId('nav-plans').textContent()).toBe('Kế hoạch');

    await page.getByTestId('nav-agencies').click();
    await page.getByTestId('agency-name').fill('Sở Nội vụ tỉnh Hưng Yên');
    await page.getByTestId('agency-kind').selectOption('department');
    await pickUnit('agency-unit', 'hung yen', 'Tỉnh Hưng Yên');
    await page.getByTestId('agency-submit').click();
    const row = page.getByTestId('agency-row').filter({ hasText: 'Sở Nội vụ tỉnh Hưng Yên' });
    await expect.poll(() => row.count()).toBe(1);
  });

  it('imports the pasted plan and corrects the draft', async () => {
    await page.getByTestId('nav-plans').click();
    await expect.poll(() => page.getByTestId('plans-empty').isVisible()).toBe(true);
    await page.getByTestId('plans-import').click();
    await page.getByTestId('plan-source-text').fill(readFileSync(SEED, 'utf8'));
    await page.getByTestId('plan-parse').click();
    await expect.poll(() => page.getByTestId('plan-draft-form').isVisible()).toBe(true);

    expect(await page.getByTestId('draft-title').inputValue()).toBe(
      'Thực hiện công tác bình đẳng giới, vì sự tiến bộ của phụ nữ năm 2022',
    );
    expect(await page.getByTestId('draft-document-number').inputValue()).toBe('31/KH-UBND');
    expect(await page.getByTestId('draft-issued-on').inputValue()).toBe('11/03/2022');
    const implemented = page.getByTestId('draft-reference-implements');
    expect(await implemented.count()).toBe(6);
    const ticks = await implemented.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked));
    expect(ticks.filter(Boolean)).toHaveLength(3);
    expect(await page.getByTestId('draft-recipients').inputValue()).toContain(
      'Các sở, ban, ngành, đoàn thể tỉnh',
    );

    // Saving without a unit is refused before anything is sent.
    await page.getByTestId('plan-save').click();
    await expect
      .poll(() => page.getByTestId('draft-unit-error').textContent())
      .toBe('Hãy chọn đơn vị hành chính.');
    await pickUnit('draft-unit', 'hung yen', 'Tỉnh Hưng Yên');

    // The Cục Thống kê became a Chi cục: correct the name in its row.
    const agencies = page.getByTestId('draft-assignment-agency');
    const names = await agencies.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(names.filter((n) => n === 'Sở Nội vụ')).toHaveLength(2);
    const row = names.indexOf('Cục Thống kê tỉnh');
    expect(row).toBeGreaterThanOrEqual(0);
    await agencies.nth(row).fill('Chi cục Thống kê tỉnh Hưng Yên');
    expect(await page.getByTestId('draft-task-count').textContent()).toContain('Sẽ tạo 26 nhiệm vụ.');

    await page.getByTestId('plan-save').click();
    await expect
      .poll(() => page.getByTestId('plan-title').textContent(), { timeout: 20_000 })
      .toBe('Thực hiện công tác bình đẳng giới, vì sự tiến bộ của phụ nữ năm 2022');
  });

  it('shows the plan with its references and tasks by agency', async () => {
    expect(await page.getByTestId('plan-status').first().textContent()).toBe('Dự thảo');
    expect(await page.getByTestId('plan-unit').textContent()).toBe('Tỉnh Hưng Yên');
    expect(await page.getByTestId('implements-badge').count()).toBe(3);
    expect(await page.getByTestId('plan-recipients').textContent()).toContain('UBND huyện, thành phố');

    const noiVu = group('Sở Nội vụ tỉnh Hưng Yên');
    await expect.poll(() => noiVu.count()).toBe(1);
    expect(await noiVu.getByTestId('task-group-matched').textContent()).toBe('đã khớp cơ quan');
    expect(await noiVu.getByTestId('task-row').count()).toBe(2);
    expect(await noiVu.textContent()).toContain('Trong kế hoạch ghi: Sở Nội vụ');

    const thongKe = group('Chi cục Thống kê tỉnh Hưng Yên');
    expect(await thongKe.getByTestId('task-group-unmatched').textContent()).toBe('chưa khớp cơ quan');
    expect(await page.getByTestId('task-row').count()).toBe(26);
  });

  it('creates the agency the importer could not match, and links its tasks to it', async () => {
    const thongKe = group('Chi cục Thống kê tỉnh Hưng Yên');
    const form = thongKe.getByTestId('agency-create-form');
    expect(await form.getByTestId('agency-create-name').inputValue()).toBe('Chi cục Thống kê tỉnh Hưng Yên');
    expect(await form.getByTestId('agency-create-kind').inputValue()).toBe('department');
    await form.getByTestId('agency-create-submit').click();
    await expect.poll(() => thongKe.getByTestId('task-group-matched').count()).toBe(1);
    expect(await thongKe.getByTestId('agency-confirm').count()).toBe(0);
    expect(await page.getByTestId('task-row').count()).toBe(26);
  });

  it('submits the plan, refuses an issue without a date, then issues it', async () => {
    await page.getByTestId('plan-action-submit').click();
    await expect.poll(() => page.getByTestId('plan-status').first().textContent()).toBe('Đã trình');
    expect(await page.getByTestId('plan-action-return').isVisible()).toBe(true);

    await page.getByTestId('plan-action-issue').click();
    await page.getByTestId('plan-issue-number').fill('31/KH-UBND');
    await page.getByTestId('plan-issue-date').fill('31/02/2022');
    await page.getByTestId('plan-issue-submit').click();
    await expect.poll(() => page.getByTestId('plan-action-error').textContent()).toContain('dd/mm/yyyy');
    await page.getByTestId('plan-issue-date').fill('11/03/2022');
    // A province plan asks its communes for their own plans by default.
    expect(await page.getByTestId('plan-issue-ask-answers').isChecked()).toBe(true);
    await page.getByTestId('plan-issue-answer-due').fill('30/04/2022');
    await page.getByTestId('plan-issue-submit').click();
    await expect.poll(() => page.getByTestId('plan-status').first().textContent()).toBe('Đã ban hành');
    expect(await page.getByTestId('plan-number').textContent()).toBe('31/KH-UBND');
    expect(await page.getByTestId('plan-issued-on').textContent()).toBe('11/03/2022');
    expect(await page.getByTestId('plan-action-start').isVisible()).toBe(true);

    // Every commune and ward of Hưng Yên must now answer with its own plan; none has, all are late.
    const summary = page.getByTestId('cascade-summary');
    await expect.poll(() => summary.textContent()).toMatch(/^0\/\d+ đơn vị đã có kế hoạch thực hiện\./);
    const expected = Number(/^0\/(\d+)/.exec((await summary.textContent()) ?? '')?.[1]);
    expect(expected).toBeGreaterThan(50);
    expect(await page.getByTestId('cascade-row').count()).toBe(expected);
    expect(await page.getByTestId('cascade-late').textContent()).toBe(`${expected} đơn vị quá hạn`);
    expect(await page.getByTestId('cascade-row').filter({ hasText: 'Phường Phố Hiến' }).count()).toBe(1);

    await page.getByTestId('nav-plans').click();
    const row = page.getByTestId('plan-row');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByTestId('plan-status').textContent()).toBe('Đã ban hành');
    await page.getByTestId('plans-status').selectOption('draft');
    await expect.poll(() => page.getByTestId('plans-empty').isVisible()).toBe(true);
    await page.getByTestId('plans-status').selectOption('issued');
    await expect.poll(() => row.count()).toBe(1);
    await row.click();
  });

  it('reports progress on a task with a .txt evidence file', async () => {
    await group('Sở Nội vụ tỉnh Hưng Yên').getByTestId('task-row').first().getByRole('link').click();
    await expect
      .poll(() => page.getByTestId('task-title').textContent())
      .toContain('Chủ trì, phối hợp tổ chức');
    expect(await page.getByTestId('updates-empty').isVisible()).toBe(true);

    await page.getByTestId('task-update-progress').fill('40');
    await page.getByTestId('task-update-status').selectOption('in_progress');
    await page.getByTestId('task-update-note').fill('Đã tổ chức lớp tập huấn đầu tiên cho 60 cán bộ nữ.');
    await page.getByTestId('task-update-files').setInputFiles({
      name: 'bien-ban-tap-huan.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Biên bản lớp tập huấn ngày 20/3/2022.\n', 'utf8'),
    });
    await page.getByTestId('task-update-submit').click();

    const update = page.getByTestId('update-row');
    await expect.poll(() => update.count()).toBe(1);
    expect(await update.getByTestId('update-note').textContent()).toBe(
      'Đã tổ chức lớp tập huấn đầu tiên cho 60 cán bộ nữ.',
    );
    expect(await update.textContent()).toContain('Nguyễn Thị Quản Trị');
    expect(await update.getByTestId('task-status').textContent()).toBe('Đang thực hiện');
    const link = update.getByTestId('evidence-link');
    expect(await link.textContent()).toBe('bien-ban-tap-huan.txt');
    expect(await page.getByTestId('task-progress').first().getAttribute('data-value')).toBe('40');

    const file = await page.request.get(`${server.baseUrl}${await link.getAttribute('href')}`);
    expect(file.status()).toBe(200);
    expect(await file.text()).toBe('Biên bản lớp tập huấn ngày 20/3/2022.\n');
  });

  it('gives the task a past deadline, which makes it overdue', async () => {
    await page.getByTestId('task-edit-open').click();
    await page.getByTestId('task-edit-due').fill('31/12/2022');
    await page.getByTestId('task-edit-submit').click();
    await expect.poll(() => page.getByTestId('task-overdue').textContent()).toBe('Quá hạn');
    expect(await page.getByTestId('task-facts').textContent()).toContain('31/12/2022');
  });

  it('lists the tasks of one agency and the overdue ones', async () => {
    await page.getByTestId('nav-tasks').click();
    await expect.poll(() => page.getByTestId('task-row').count()).toBe(26);
    const agency = page.getByTestId('tasks-agency');
    const label = (await agency.locator('option').allTextContents()).find((t) => t.startsWith('Sở Nội vụ'))!;
    await agency.selectOption({ label });
    await expect.poll(() => page.getByTestId('task-row').count()).toBe(2);
    await page.getByTestId('tasks-overdue').check();
    await expect.poll(() => page.getByTestId('task-row').count()).toBe(1);
    const row = page.getByTestId('task-row');
    expect(await row.getAttribute('class')).toContain('overdue');
    expect(await row.getByTestId('task-overdue').textContent()).toBe('Quá hạn');
    expect(await row.textContent()).toContain('40%');
    await page.screenshot({ path: `${process.env.E2E_SCREENSHOT_DIR ?? '/tmp'}/binhdang-tasks.png` });
  });

  it('shows the tasks as a board, a calendar and a timeline', async () => {
    await page.getByTestId('tasks-overdue').uncheck();
    await page.getByTestId('tasks-agency').selectOption('');
    await expect.poll(() => page.getByTestId('task-row').count()).toBe(26);

    await page.getByTestId('tasks-view-board').click();
    expect(page.url()).toContain('view=board');
    const inProgress = page.locator('[data-testid="board-column"][data-status="in_progress"]');
    await expect.poll(() => inProgress.getByTestId('board-card').count()).toBe(1);
    expect(await inProgress.getByTestId('board-card').textContent()).toContain('Quá hạn');
    expect(
      await page
        .locator('[data-testid="board-column"][data-status="open"]')
        .getByTestId('board-card')
        .count(),
    ).toBe(25);

    // The calendar opens on the month of the first unfinished task with a deadline: 31/12/2022.
    await page.getByTestId('tasks-view-calendar').click();
    const month = page.getByTestId('calendar-month');
    await expect.poll(() => month.getAttribute('data-month')).toBe('2022-12');
    const day = page.locator('[data-testid="calendar-day"][data-date="2022-12-31"]');
    expect(await day.getByTestId('calendar-task').textContent()).toContain('Chủ trì, phối hợp tổ chức');
    expect(await page.getByTestId('calendar-undated').textContent()).toContain('Chưa có hạn (25)');
    await page.getByTestId('calendar-next').click();
    expect(await month.getAttribute('data-month')).toBe('2023-01');
    expect(await page.getByTestId('calendar-task').count()).toBe(0);

    await page.getByTestId('tasks-view-timeline').click();
    const months = page.getByTestId('timeline-month');
    await expect.poll(() => months.count()).toBe(2);
    expect(await months.first().getAttribute('data-month')).toBe('2022-12');
    expect(await months.first().getByTestId('timeline-task').count()).toBe(1);
    expect(await months.last().getByTestId('timeline-task').count()).toBe(25);
    await page.getByTestId('tasks-view-list').click();
  });

  it('exports the issued plan as a .docx in the administrative layout', async () => {
    await page.getByTestId('nav-plans').click();
    await page.getByTestId('plan-row').click();
    const href = await page.getByTestId('plan-docx').getAttribute('href');
    const res = await page.request.get(`${server.baseUrl}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('wordprocessingml');
    const zip = await JSZip.loadAsync(await res.body());
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Số: 31/KH-UBND');
    expect(text).toContain('Thực hiện công tác bình đẳng giới, vì sự tiến bộ của phụ nữ năm 2022');
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('Thái Bình, ngày 11 tháng 3 năm 2022');
    expect(text).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(text).toContain('II. NỘI DUNG HOẠT ĐỘNG');
  });

  it('answers the plan with a ward plan from the reminder, and the issuer sees the answer', async () => {
    await page.getByTestId('nav-plans').click();
    const owed = page.getByTestId('awaiting-row');
    await expect.poll(() => owed.count()).toBe(1);
    expect(await owed.getByTestId('awaiting-plan').textContent()).toContain('31/KH-UBND');
    expect(await owed.getByTestId('awaiting-units').textContent()).toContain('đơn vị khác');
    await owed.getByTestId('awaiting-answer').click();
    await expect.poll(() => page.getByTestId('import-answers').textContent()).toContain('31/KH-UBND');

    // The ward's text does not cite the provincial plan; answering it adds the reference.
    await page.getByTestId('plan-source-text').fill(WARD_PLAN);
    await page.getByTestId('plan-parse').click();
    await expect.poll(() => page.getByTestId('plan-draft-form').isVisible()).toBe(true);
    const implemented = page.getByTestId('draft-reference-implements');
    expect(await implemented.count()).toBe(1);
    expect(await implemented.isChecked()).toBe(true);
    await pickUnit('draft-unit', 'pho hien', 'Phường Phố Hiến');
    await page.getByTestId('plan-save').click();
    await expect
      .poll(() => page.getByTestId('plan-title').textContent(), { timeout: 20_000 })
      .toBe('Thực hiện công tác bình đẳng giới năm 2022 trên địa bàn phường');
    expect(await page.getByTestId('implements-plans').textContent()).toContain(
      'Thực hiện công tác bình đẳng giới, vì sự tiến bộ của phụ nữ năm 2022',
    );

    await page.getByTestId('implements-plans').getByRole('link').first().click();
    const summary = page.getByTestId('cascade-summary');
    await expect.poll(() => summary.textContent()).toMatch(/^1\/\d+ đơn vị/);
    const ward = page.getByTestId('cascade-row').filter({ hasText: 'Phường Phố Hiến' });
    expect(await ward.getAttribute('data-answered')).toBe('true');
    expect(await ward.getByTestId('cascade-answer').textContent()).toBe(
      'Thực hiện công tác bình đẳng giới năm 2022 trên địa bàn phường',
    );
    await page.getByTestId('cascade-only-missing').check();
    expect(await ward.count()).toBe(0);
  });

  it('reads a PDF of the plan into the same draft', async () => {
    await page.getByTestId('nav-plans').click();
    await page.getByTestId('plans-import').click();
    await page.getByTestId('plan-source-file').setInputFiles(join(FIXTURES, 'pdf', '004.pdf'));
    await expect.poll(() => page.getByTestId('plan-source-file-name').textContent()).toContain('004.pdf');
    await page.getByTestId('plan-parse').click();
    await expect.poll(() => page.getByTestId('plan-draft-form').isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page.getByTestId('draft-document-number').inputValue()).toBe('31/KH-UBND');
    expect(await page.getByTestId('draft-title').inputValue()).toBe(
      'Thực hiện công tác bình đẳng giới, vì sự tiến bộ của phụ nữ năm 2022',
    );
    expect(await page.getByTestId('draft-task-count').textContent()).toContain('Sẽ tạo 26 nhiệm vụ.');
  });
});
