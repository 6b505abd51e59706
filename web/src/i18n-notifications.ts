/** Strings of the notifications (reminders) screen and bell, Vietnamese first; merged in i18n.ts. */

export const notificationsVi = {
  ntfTitle: 'Thông báo',
  ntfBell: 'Thông báo, {n} chưa đọc',
  ntfIntro:
    'Nhắc việc về báo cáo sắp đến hạn hoặc quá hạn của xã, phường anh/chị phụ trách, và nhiệm vụ của kế hoạch sắp đến hạn hoặc quá hạn; cảnh báo khi có người được cấp vai trò xử lý vụ việc, bị đặt lại mật khẩu hoặc được kích hoạt lại trên địa bàn anh/chị giám sát.',
  ntfNone: 'Chưa có thông báo nào.',
  ntfUnread: '{n} chưa đọc',
  ntfReadAll: 'Đánh dấu đã đọc tất cả',
  ntfMarkRead: 'Đã đọc',
  ntfReport: 'Báo cáo',
  ntfTask: 'Nhiệm vụ',
  ntfBefore: 'Hạn {date}',
  ntfOverdue: 'Quá hạn từ {date}',
  ntfStaffAlert: 'Cảnh báo · {date}',
  ntfSettings: 'Nhận thông báo qua thư điện tử',
  ntfEmail: 'Địa chỉ thư điện tử',
  ntfEmailHint: 'Để trống nếu chỉ muốn xem thông báo trong phần mềm.',
  ntfDigest: 'Thư tổng hợp hằng ngày (một thư mỗi ngày thay cho từng thư)',
  ntfSave: 'Lưu',
} as const;

export const notificationsEn: Record<keyof typeof notificationsVi, string> = {
  ntfTitle: 'Notifications',
  ntfBell: 'Notifications, {n} unread',
  ntfIntro:
    'Reminders of reports due soon or overdue for the communes you report for, and of plan tasks due soon or overdue; alerts when someone in the area you oversee is given a case role, has their password reset or is re-activated.',
  ntfNone: 'No notifications yet.',
  ntfUnread: '{n} unread',
  ntfReadAll: 'Mark all as read',
  ntfMarkRead: 'Read',
  ntfReport: 'Report',
  ntfTask: 'Task',
  ntfBefore: 'Due {date}',
  ntfOverdue: 'Overdue since {date}',
  ntfStaffAlert: 'Alert · {date}',
  ntfSettings: 'E-mail notifications',
  ntfEmail: 'E-mail address',
  ntfEmailHint: 'Leave empty to see notifications in the application only.',
  ntfDigest: 'Daily digest (one e-mail a day instead of one per reminder)',
  ntfSave: 'Save',
};
