/**
 * The Vietnamese text of reminder e-mails. Only the recipient's own items: titles of reports and
 * tasks and their due dates; of case escalations, the case code and service only (never case
 * data); and of staff
 * alerts, whose texts (notifications/staff-alerts.ts) name staff and units only.
 */
import type { NotificationKind, NotificationStage } from '../../core/db/schema-reminders.ts';
import type { Mail } from './mailer.ts';

export interface MailItem {
  kind: NotificationKind;
  stage: NotificationStage;
  dueDate: string;
  title: string;
  detail: string;
}

const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export function itemLine(i: MailItem): string {
  if (i.kind === 'staff_alert') return `- ${i.title} (${vnDate(i.dueDate)})\n  ${i.detail}`;
  if (i.kind === 'case_escalation') return `- ${i.title}\n  ${i.detail}`;
  const what = i.kind === 'report_due' ? 'Báo cáo' : 'Nhiệm vụ';
  const when = i.stage === 'overdue' ? `QUÁ HẠN từ ${vnDate(i.dueDate)}` : `hạn ${vnDate(i.dueDate)}`;
  return `- ${what}: ${i.title} (${when})\n  ${i.detail}`;
}

export function reminderMail(to: string, items: readonly MailItem[], digestDay?: string): Mail {
  const overdue = items.filter((i) => i.stage === 'overdue').length;
  const subject = digestDay
    ? `[binhdang] Tổng hợp nhắc việc ngày ${vnDate(digestDay)} (${items.length} mục)`
    : overdue
      ? `[binhdang] Nhắc việc: ${items.length} mục, trong đó ${overdue} quá hạn`
      : `[binhdang] Nhắc việc: ${items.length} mục sắp đến hạn`;
  const text = [
    'Kính gửi anh/chị,',
    '',
    digestDay ? 'Tổng hợp các nhắc việc mới của anh/chị:' : 'Hệ thống binhdang nhắc anh/chị các việc sau:',
    '',
    ...items.map(itemLine),
    '',
    'Xem chi tiết trong mục Thông báo khi đăng nhập binhdang.',
    'Để nhận một thư tổng hợp mỗi ngày thay cho từng thư, chọn "Thư tổng hợp hằng ngày" trong mục Thông báo.',
    '',
    'Thư này được gửi tự động, xin không trả lời.',
  ].join('\n');
  return { to, subject, text };
}

/** Staff alerts: sent at once to each recipient with an address, whatever their digest choice. */
export function staffAlertMail(to: string, items: readonly MailItem[]): Mail {
  const text = [
    'Kính gửi anh/chị, / Dear colleague,',
    '',
    'Hệ thống binhdang ghi nhận việc sau về quyền truy cập vụ việc (tài khoản cán bộ, mở khẩn cấp):',
    'binhdang recorded this about access to cases (case staff accounts, break-glass):',
    '',
    ...items.map(itemLine),
    '',
    'Xem trong mục Thông báo khi đăng nhập binhdang; quản trị hệ thống xem thêm Nhật ký hệ thống.',
    'See Notifications in binhdang; system administrators also see the audit log.',
    '',
    'Thư này được gửi tự động, xin không trả lời. / Automatic message, do not reply.',
  ].join('\n');
  return {
    to,
    subject: `[binhdang] Cảnh báo về quyền truy cập vụ việc (${items.length}) / Alert: access to cases`,
    text,
  };
}
