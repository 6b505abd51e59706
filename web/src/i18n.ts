/** Vietnamese first, English second. Every visible string goes through t(). */
import { createContext, useContext } from 'react';
import { ApiError } from './api.ts';

const vi = {
  appName: 'Bình đẳng',
  appTagline: 'Hệ thống quản lý công tác bình đẳng giới',
  navUnits: 'Đơn vị hành chính',
  navAgencies: 'Cơ quan, đơn vị',
  navUsers: 'Người dùng',
  navAudit: 'Nhật ký',
  logout: 'Đăng xuất',
  login: 'Đăng nhập',
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  fullName: 'Họ và tên',
  setupTitle: 'Thiết lập quản trị viên đầu tiên',
  setupToken: 'Mã thiết lập (in ra khi khởi động máy chủ)',
  setupSubmit: 'Tạo quản trị viên',
  searchUnits: 'Tìm đơn vị…',
  version: 'Phiên bản',
  v2025: '2025 (hiện hành, từ 01/7/2025)',
  v2024: '2024 (trước 01/7/2025)',
  level: 'Cấp',
  allLevels: 'Tất cả các cấp',
  province: 'Tỉnh, thành phố',
  district: 'Quận, huyện',
  commune: 'Xã, phường, đặc khu',
  code: 'Mã',
  name: 'Tên',
  type: 'Loại',
  noResults: 'Không có kết quả.',
  loading: 'Đang tải…',
  children: 'Đơn vị trực thuộc',
  lineage: 'Lịch sử hình thành',
  formedFrom: 'Hình thành từ',
  becameTo: 'Sáp nhập vào / trở thành',
  full: 'toàn bộ',
  partial: 'một phần',
  resolution: 'Nghị quyết',
  effectiveDate: 'Ngày hiệu lực',
  validity: 'Hiệu lực',
  viewOnDate: 'Xem đơn vị tại ngày',
  view: 'Xem',
  unitsOnDate: 'Đơn vị có hiệu lực tại ngày',
  changes: 'Thay đổi tên, loại',
  kind: 'Loại cơ quan',
  unit: 'Đơn vị hành chính',
  chooseUnit: 'Chọn đơn vị…',
  createAgency: 'Thêm cơ quan, đơn vị',
  create: 'Tạo',
  save: 'Lưu',
  active: 'Đang hoạt động',
  inactive: 'Ngừng hoạt động',
  activate: 'Kích hoạt',
  deactivate: 'Khóa',
  status: 'Trạng thái',
  roles: 'Vai trò',
  role: 'Vai trò',
  addRole: 'Thêm vai trò',
  remove: 'Bỏ',
  createUser: 'Thêm người dùng',
  agency: 'Cơ quan',
  none: '(không)',
  national: 'Toàn quốc',
  time: 'Thời gian',
  actor: 'Người thực hiện',
  action: 'Thao tác',
  object: 'Đối tượng',
  address: 'Địa chỉ IP',
  saved: 'Đã lưu.',
  created: 'Đã tạo.',
  search: 'Tìm',
} as const;

type Key = keyof typeof vi;
const en: Record<Key, string> = {
  appName: 'Bình đẳng',
  appTagline: 'Gender equality work management',
  navUnits: 'Administrative units',
  navAgencies: 'Agencies',
  navUsers: 'Users',
  navAudit: 'Audit log',
  logout: 'Sign out',
  login: 'Sign in',
  username: 'Username',
  password: 'Password',
  fullName: 'Full name',
  setupTitle: 'Set up the first administrator',
  setupToken: 'Setup token (printed when the server starts)',
  setupSubmit: 'Create administrator',
  searchUnits: 'Search units…',
  version: 'Version',
  v2025: '2025 (in force since 2025-07-01)',
  v2024: '2024 (before 2025-07-01)',
  level: 'Level',
  allLevels: 'All levels',
  province: 'Province',
  district: 'District',
  commune: 'Commune / ward / special zone',
  code: 'Code',
  name: 'Name',
  type: 'Type',
  noResults: 'No results.',
  loading: 'Loading…',
  children: 'Subordinate units',
  lineage: 'Lineage',
  formedFrom: 'Formed from',
  becameTo: 'Merged into / became',
  full: 'whole',
  partial: 'part',
  resolution: 'Resolution',
  effectiveDate: 'Effective date',
  validity: 'Valid',
  viewOnDate: 'See the unit on date',
  view: 'View',
  unitsOnDate: 'Units in force on that date',
  changes: 'Changes of name or type',
  kind: 'Kind',
  unit: 'Administrative unit',
  chooseUnit: 'Choose a unit…',
  createAgency: 'Add agency',
  create: 'Create',
  save: 'Save',
  active: 'Active',
  inactive: 'Inactive',
  activate: 'Activate',
  deactivate: 'Disable',
  status: 'Status',
  roles: 'Roles',
  role: 'Role',
  addRole: 'Add role',
  remove: 'Remove',
  createUser: 'Add user',
  agency: 'Agency',
  none: '(none)',
  national: 'Whole country',
  time: 'Time',
  actor: 'Actor',
  action: 'Action',
  object: 'Object',
  address: 'IP address',
  saved: 'Saved.',
  created: 'Created.',
  search: 'Search',
};

export const ROLE_LABELS: Record<string, [string, string]> = {
  system_admin: ['Quản trị hệ thống', 'System administrator'],
  unit_admin: ['Quản trị đơn vị', 'Unit administrator'],
  planner: ['Cán bộ kế hoạch', 'Planner'],
  reporter: ['Cán bộ báo cáo', 'Reporter'],
  approver: ['Người phê duyệt', 'Approver'],
  case_worker: ['Cán bộ xử lý vụ việc', 'Case worker'],
  case_supervisor: ['Giám sát vụ việc', 'Case supervisor'],
  viewer: ['Người xem', 'Viewer'],
};

export const AGENCY_KIND_LABELS: Record<string, [string, string]> = {
  people_committee: ['UBND', "People's Committee"],
  womens_union: ['Hội LHPN', "Women's Union"],
  cfaw: ['Ban vì sự tiến bộ của phụ nữ', 'Committee for the Advancement of Women'],
  department: ['Sở, ban, ngành', 'Department'],
  police: ['Công an', 'Police'],
  service_provider: ['Cơ sở trợ giúp / Địa chỉ tin cậy', 'Service provider / trusted address'],
  other: ['Khác', 'Other'],
};

export type Lang = 'vi' | 'en';
export const LangContext = createContext<{ lang: Lang; setLang: (l: Lang) => void }>({
  lang: 'vi',
  setLang: () => undefined,
});

export function useT() {
  const { lang } = useContext(LangContext);
  return {
    lang,
    t: (key: Key) => (lang === 'vi' ? vi[key] : en[key]),
    pick: (pair: [string, string] | undefined, fallback: string) =>
      pair ? pair[lang === 'vi' ? 0 : 1] : fallback,
    errorText: (err: unknown) => {
      if (err instanceof ApiError) {
        const base = lang === 'vi' ? err.messageVi : err.messageEn;
        return err.details.length
          ? `${base} (${err.details.map((d) => `${d.path}: ${d.message}`).join('; ')})`
          : base;
      }
      return lang === 'vi' ? 'Đã xảy ra lỗi.' : 'Something went wrong.';
    },
  };
}

/** dd/mm/yyyy for ISO dates and timestamps. */
export function formatDate(iso: string | null, withTime = false): string {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  const p = (n: number) => String(n).padStart(2, '0');
  const date = `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()}`;
  return withTime ? `${p(d.getHours())}:${p(d.getMinutes())} ${date}` : date;
}
