/** [Vietnamese, English] labels of the API's enumerated codes, read with useI18n().pick(). */
import type { PlanAction, PlanStatus, TaskFrequency, TaskStatus } from './api/plan-types.ts';
import type { AgencyKind, Role } from './api/types.ts';
import type { ReportStatus } from './api/report-types.ts';
import type { Pair } from './i18n.ts';

export const ROLE_LABELS: Record<Role, Pair> = {
  system_admin: ['Quản trị hệ thống', 'System administrator'],
  unit_admin: ['Quản trị đơn vị', 'Unit administrator'],
  planner: ['Cán bộ kế hoạch', 'Planner'],
  reporter: ['Cán bộ báo cáo', 'Reporter'],
  approver: ['Người phê duyệt', 'Approver'],
  case_worker: ['Cán bộ xử lý vụ việc', 'Case worker'],
  case_supervisor: ['Giám sát vụ việc', 'Case supervisor'],
  viewer: ['Người xem', 'Viewer'],
};
export const ROLES = Object.keys(ROLE_LABELS) as Role[];

export const AGENCY_KIND_LABELS: Record<AgencyKind, Pair> = {
  people_committee: ['UBND', "People's Committee"],
  womens_union: ['Hội LHPN', "Women's Union"],
  cfaw: ['Ban vì sự tiến bộ của phụ nữ', 'Committee for the Advancement of Women'],
  department: ['Sở, ban, ngành', 'Department'],
  police: ['Công an', 'Police'],
  service_provider: ['Cơ sở trợ giúp / Địa chỉ tin cậy', 'Service provider / trusted address'],
  other: ['Khác', 'Other'],
};
export const AGENCY_KINDS = Object.keys(AGENCY_KIND_LABELS) as AgencyKind[];

/** Unit types as seeded (GSO classification). */
export const UNIT_TYPE_LABELS: Record<string, Pair> = {
  thanh_pho_tw: ['Thành phố trực thuộc Trung ương', 'Centrally governed city'],
  tinh: ['Tỉnh', 'Province'],
  quan: ['Quận', 'Urban district'],
  huyen: ['Huyện', 'Rural district'],
  thanh_pho: ['Thành phố thuộc tỉnh', 'Provincial city'],
  thi_xa: ['Thị xã', 'Town'],
  phuong: ['Phường', 'Ward'],
  thi_tran: ['Thị trấn', 'Township'],
  xa: ['Xã', 'Commune'],
  dac_khu: ['Đặc khu', 'Special zone'],
};

export const AUDIT_ACTION_LABELS: Record<string, Pair> = {
  'setup.complete': ['Thiết lập quản trị viên đầu tiên', 'First administrator set up'],
  'auth.login': ['Đăng nhập', 'Signed in'],
  'auth.logout': ['Đăng xuất', 'Signed out'],
  'auth.password.change': ['Đổi mật khẩu', 'Password changed'],
  'user.create': ['Tạo người dùng', 'User created'],
  'user.update': ['Sửa người dùng', 'User changed'],
  'user.role.add': ['Thêm vai trò', 'Role granted'],
  'user.role.remove': ['Bỏ vai trò', 'Role removed'],
  'agency.create': ['Tạo cơ quan', 'Agency created'],
  'agency.update': ['Sửa cơ quan', 'Agency changed'],
  'plan.create': ['Tạo kế hoạch', 'Plan created'],
  'plan.submit': ['Trình kế hoạch', 'Plan submitted'],
  'plan.return': ['Trả lại kế hoạch', 'Plan returned'],
  'plan.issue': ['Ban hành kế hoạch', 'Plan issued'],
  'plan.start': ['Bắt đầu thực hiện kế hoạch', 'Plan started'],
  'plan.close': ['Kết thúc kế hoạch', 'Plan closed'],
  'task.create': ['Tạo nhiệm vụ', 'Tasks created'],
  'task.report': ['Cập nhật tiến độ nhiệm vụ', 'Task progress reported'],
};

export const ENTITY_TYPE_LABELS: Record<string, Pair> = {
  user: ['Người dùng', 'User'],
  agency: ['Cơ quan', 'Agency'],
  plan: ['Kế hoạch', 'Plan'],
  task: ['Nhiệm vụ', 'Task'],
};

export const PLAN_STATUS_LABELS: Record<PlanStatus, Pair> = {
  draft: ['Dự thảo', 'Draft'],
  submitted: ['Đã trình', 'Submitted'],
  issued: ['Đã ban hành', 'Issued'],
  in_progress: ['Đang thực hiện', 'In progress'],
  closed: ['Đã kết thúc', 'Closed'],
};

export const PLAN_ACTION_LABELS: Record<PlanAction, Pair> = {
  submit: ['Trình', 'Submit'],
  return: ['Trả lại', 'Return'],
  issue: ['Ban hành', 'Issue'],
  start: ['Bắt đầu thực hiện', 'Start'],
  close: ['Kết thúc', 'Close'],
};

export const TASK_STATUS_LABELS: Record<TaskStatus, Pair> = {
  open: ['Chưa thực hiện', 'Open'],
  in_progress: ['Đang thực hiện', 'In progress'],
  done: ['Hoàn thành', 'Done'],
  cancelled: ['Hủy bỏ', 'Cancelled'],
};

export const FREQUENCY_LABELS: Record<TaskFrequency, Pair> = {
  once: ['Một lần', 'Once'],
  monthly: ['Hằng tháng', 'Monthly'],
  quarterly: ['Hằng quý', 'Quarterly'],
  semiannual: ['6 tháng một lần', 'Every six months'],
  annual: ['Hằng năm', 'Yearly'],
};

export const REPORT_STATUS_LABELS: Record<ReportStatus, Pair> = {
  draft: ['Đang soạn', 'Draft'],
  submitted: ['Đã gửi', 'Submitted'],
  returned: ['Bị trả lại', 'Returned'],
  approved: ['Đã duyệt', 'Approved'],
};

/** Categories a value is split into (src/modules/indicators/categories.ts). */
export const CATEGORY_LABELS: Record<string, Pair> = {
  total: ['Tổng số', 'Total'],
  female: ['Nữ', 'Female'],
  male: ['Nam', 'Male'],
  'age:0-15': ['Dưới 16 tuổi', 'Under 16'],
  'age:16-59': ['16–59 tuổi', '16 to 59'],
  'age:60+': ['Từ 60 tuổi', '60 and over'],
  ethnic_minority: ['Dân tộc thiểu số', 'Ethnic minority'],
};
