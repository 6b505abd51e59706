/** Strings of the signed-in user's own account screen (password change), Vietnamese first; merged in i18n.ts. */

export const accountVi = {
  accountTitle: 'Đổi mật khẩu',
  accountOpen: 'Tài khoản của tôi: đổi mật khẩu',
  currentPassword: 'Mật khẩu hiện tại',
  newPassword: 'Mật khẩu mới',
  passwordChanged: 'Đã đổi mật khẩu. Các phiên đăng nhập khác của anh/chị đã kết thúc.',
  changePassword: 'Đổi mật khẩu',
} as const;

export const accountEn: Record<keyof typeof accountVi, string> = {
  accountTitle: 'Change password',
  accountOpen: 'My account: change password',
  currentPassword: 'Current password',
  newPassword: 'New password',
  passwordChanged: 'Password changed. Your other sessions have been ended.',
  changePassword: 'Change password',
};
