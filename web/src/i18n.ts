/**
 * Vietnamese first, English second. Every visible string goes through t(); enumerated labels
 * (roles, agency kinds, unit types) live in labels.ts as [vi, en] pairs read with pick().
 */
import { createContext, useContext } from 'react';
import { ApiError } from './api/client.ts';
import { plansEn, plansVi } from './i18n-plans.ts';
import { notificationsEn, notificationsVi } from './i18n-notifications.ts';
import { activitiesEn, activitiesVi } from './i18n-activities.ts';
import { casesEn, casesVi } from './i18n-cases.ts';
import { indicatorsEn, indicatorsVi } from './i18n-indicators.ts';
import { reportsEn, reportsVi } from './i18n-reports.ts';
import { servicesEn, servicesVi } from './i18n-services.ts';
import { accountEn, accountVi } from './i18n-account.ts';
import { auditEn, auditVi } from './i18n-audit.ts';
import { errorsEn, errorsVi } from './i18n-errors.ts';

const baseVi = {
  appName: 'Bình đẳng',
  appTagline: 'Công tác bình đẳng giới',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  mainNav: 'Điều hướng chính',
  language: 'Ngôn ngữ',
  navUnits: 'Đơn vị hành chính',
  navAgencies: 'Cơ quan, đơn vị',
  navUsers: 'Người dùng',
  navAudit: 'Nhật ký',
  logout: 'Đăng xuất',
  login: 'Đăng nhập',
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  loginMissing: 'Nhập tên đăng nhập và mật khẩu.',
  fullName: 'Họ và tên',
  passwordHint: 'Từ 10 đến 256 ký tự, không chứa tên đăng nhập, không dùng mật khẩu phổ biến.',
  usernameHint: 'Chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.',
  setupTitle: 'Thiết lập quản trị viên đầu tiên',
  setupIntro:
    'Chưa có người dùng nào. Tạo tài khoản quản trị hệ thống bằng mã thiết lập in ra khi máy chủ khởi động.',
  setupToken: 'Mã thiết lập',
  setupSubmit: 'Tạo quản trị viên',
  loading: 'Đang tải…',
  noResults: 'Không có kết quả.',
  none: '(không có)',
  retry: 'Thử lại',
  genericError: 'Đã xảy ra lỗi.',
  forbidden: 'Bạn không có quyền xem trang này.',
  notFound: 'Không tìm thấy trang.',
  required: 'Không được để trống.',
  errorsBelow: 'Vui lòng sửa các lỗi sau:',
  searchUnits: 'Tìm đơn vị…',
  searchUnitsLabel: 'Tìm theo tên (gõ không dấu cũng được)',
  version: 'Phiên bản',
  v2025: '2025 (hiện hành, từ 01/7/2025)',
  v2024: '2024 (trước 01/7/2025)',
  level: 'Cấp',
  allLevels: 'Tất cả các cấp',
  province: 'Tỉnh, thành phố',
  district: 'Quận, huyện',
  commune: 'Xã, phường, đặc khu',
  levelProvince: 'Tỉnh',
  levelDistrict: 'Huyện',
  levelCommune: 'Xã',
  code: 'Mã',
  name: 'Tên',
  unitFullName: 'Tên đầy đủ',
  type: 'Loại',
  provincesOf: 'Các tỉnh, thành phố ({n})',
  resultCount: '{n} kết quả.',
  tooMany: 'Chỉ hiện {n} kết quả đầu tiên; hãy gõ cụ thể hơn.',
  typeToSearch: 'Nhập tên để tìm đơn vị cấp này.',
  breadcrumbs: 'Vị trí',
  parent: 'Trực thuộc',
  validity: 'Hiệu lực',
  untilNow: 'nay',
  children: 'Đơn vị trực thuộc ({n})',
  lineage: 'Lịch sử hình thành',
  formedFrom: 'Hình thành từ',
  becameTo: 'Sáp nhập vào / trở thành',
  full: 'toàn bộ',
  partial: 'một phần',
  resolution: 'Nghị quyết',
  effectiveDate: 'Ngày hiệu lực',
  changes: 'Thay đổi tên, loại',
  viewOnDate: 'Xem đơn vị tại ngày',
  dateHint: 'dd/mm/yyyy',
  invalidDate: 'Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.',
  view: 'Xem',
  unitsOnDate: 'Đơn vị có hiệu lực ngày {date}',
  kind: 'Loại cơ quan',
  unit: 'Đơn vị hành chính',
  chooseUnit: 'Chọn đơn vị…',
  unitSearchHint: 'Gõ ít nhất 2 ký tự rồi chọn trong danh sách.',
  unitRequired: 'Hãy chọn đơn vị hành chính.',
  emptyIsNational: 'Gõ ít nhất 2 ký tự rồi chọn; để trống là toàn quốc.',
  roleN: 'Vai trò {n}',
  createAgency: 'Thêm cơ quan, đơn vị',
  searchAgencies: 'Tìm cơ quan…',
  create: 'Tạo',
  save: 'Lưu',
  cancel: 'Hủy',
  active: 'Đang hoạt động',
  inactive: 'Đã khóa',
  activate: 'Mở khóa',
  deactivate: 'Khóa',
  status: 'Trạng thái',
  roles: 'Vai trò',
  role: 'Vai trò',
  scope: 'Phạm vi',
  addRole: 'Thêm vai trò',
  addRoleRow: 'Thêm một vai trò',
  remove: 'Bỏ',
  removeRole: 'Bỏ vai trò {role}',
  createUser: 'Thêm người dùng',
  searchUsers: 'Tìm người dùng…',
  agency: 'Cơ quan',
  noAgency: '(không thuộc cơ quan nào)',
  national: 'Toàn quốc',
  time: 'Thời gian',
  actor: 'Người thực hiện',
  action: 'Thao tác',
  object: 'Đối tượng',
  address: 'Địa chỉ IP',
  details: 'Chi tiết',
  entityType: 'Loại đối tượng',
  all: 'Tất cả',
  created: 'Đã tạo.',
  saved: 'Đã lưu.',
  search: 'Tìm',
  // the phone's collapsed menu (issue 15, item 13)
  menuButton: 'Menu',
} as const;

const vi = {
  ...baseVi,
  ...plansVi,
  ...reportsVi,
  ...indicatorsVi,
  ...servicesVi,
  ...casesVi,
  ...notificationsVi,
  ...activitiesVi,
  ...accountVi,
  ...auditVi,
  ...errorsVi,
};
export type Key = keyof typeof vi;

/** Each screen's dictionary, by name: one key in two of them would silently replace the other's text. */
export const DICTIONARIES: Record<string, Record<string, string>> = {
  base: baseVi,
  plans: plansVi,
  reports: reportsVi,
  indicators: indicatorsVi,
  services: servicesVi,
  cases: casesVi,
  notifications: notificationsVi,
  activities: activitiesVi,
  account: accountVi,
  audit: auditVi,
  errors: errorsVi,
};

const baseEn: Record<keyof typeof baseVi, string> = {
  appName: 'Bình đẳng',
  appTagline: 'Gender equality work',
  skipToContent: 'Skip to main content',
  mainNav: 'Main navigation',
  language: 'Language',
  navUnits: 'Administrative units',
  navAgencies: 'Agencies',
  navUsers: 'Users',
  navAudit: 'Audit log',
  logout: 'Sign out',
  login: 'Sign in',
  username: 'Username',
  password: 'Password',
  loginMissing: 'Enter your username and password.',
  fullName: 'Full name',
  passwordHint: '10 to 256 characters, not containing the username, not a common password.',
  usernameHint: 'Letters without diacritics, digits, dot, dash or underscore.',
  setupTitle: 'Set up the first administrator',
  setupIntro:
    'There are no users yet. Create the system administrator with the setup token the server printed when it started.',
  setupToken: 'Setup token',
  setupSubmit: 'Create administrator',
  loading: 'Loading…',
  noResults: 'No results.',
  none: '(none)',
  retry: 'Try again',
  genericError: 'Something went wrong.',
  forbidden: 'You are not allowed to see this page.',
  notFound: 'Page not found.',
  required: 'Required.',
  errorsBelow: 'Please correct the following:',
  searchUnits: 'Search units…',
  searchUnitsLabel: 'Search by name (diacritics optional)',
  version: 'Version',
  v2025: '2025 (current, since 01/7/2025)',
  v2024: '2024 (before 01/7/2025)',
  level: 'Level',
  allLevels: 'All levels',
  province: 'Province',
  district: 'District',
  commune: 'Commune / ward / special zone',
  levelProvince: 'Province',
  levelDistrict: 'District',
  levelCommune: 'Commune',
  code: 'Code',
  name: 'Name',
  unitFullName: 'Full name',
  type: 'Type',
  provincesOf: 'Provinces ({n})',
  resultCount: '{n} results.',
  tooMany: 'Only the first {n} results are shown; type more precisely.',
  typeToSearch: 'Type a name to search units of this level.',
  breadcrumbs: 'Breadcrumbs',
  parent: 'Part of',
  validity: 'In force',
  untilNow: 'now',
  children: 'Subordinate units ({n})',
  lineage: 'Lineage',
  formedFrom: 'Formed from',
  becameTo: 'Merged into / became',
  full: 'whole',
  partial: 'part',
  resolution: 'Resolution',
  effectiveDate: 'Effective date',
  changes: 'Changes of name or type',
  viewOnDate: 'See the unit on date',
  dateHint: 'dd/mm/yyyy',
  invalidDate: 'Invalid date; use dd/mm/yyyy.',
  view: 'View',
  unitsOnDate: 'Units in force on {date}',
  kind: 'Kind',
  unit: 'Administrative unit',
  chooseUnit: 'Choose a unit…',
  unitSearchHint: 'Type at least 2 characters, then choose from the list.',
  unitRequired: 'Choose an administrative unit.',
  emptyIsNational: 'Type at least 2 characters, then choose; leave empty for the whole country.',
  roleN: 'Role {n}',
  createAgency: 'Add an agency',
  searchAgencies: 'Search agencies…',
  create: 'Create',
  save: 'Save',
  cancel: 'Cancel',
  active: 'Active',
  inactive: 'Disabled',
  activate: 'Enable',
  deactivate: 'Disable',
  status: 'Status',
  roles: 'Roles',
  role: 'Role',
  scope: 'Scope',
  addRole: 'Add role',
  addRoleRow: 'Add another role',
  remove: 'Remove',
  removeRole: 'Remove role {role}',
  createUser: 'Add a user',
  searchUsers: 'Search users…',
  agency: 'Agency',
  noAgency: '(no agency)',
  national: 'Whole country',
  time: 'Time',
  actor: 'Actor',
  action: 'Action',
  object: 'Object',
  address: 'IP address',
  details: 'Details',
  entityType: 'Object type',
  all: 'All',
  created: 'Created.',
  saved: 'Saved.',
  search: 'Search',
  // the phone's collapsed menu (issue 15, item 13)
  menuButton: 'Menu',
};
const en: Record<Key, string> = {
  ...baseEn,
  ...plansEn,
  ...reportsEn,
  ...indicatorsEn,
  ...servicesEn,
  ...casesEn,
  ...notificationsEn,
  ...activitiesEn,
  ...accountEn,
  ...auditEn,
  ...errorsEn,
};

export type Lang = 'vi' | 'en';

/** Both languages' dictionaries (the tests check that every key has a text in each). */
export const LANGS: Record<Lang, Record<Key, string>> = { vi, en };

/**
 * A key's text in `lang` with its {vars} filled in. A key neither dictionary has (a dynamic
 * key built from an unexpected code) is logged as "i18n: missing key <key>" — the browser tests
 * fail on console errors — and shown as nothing rather than as a raw identifier.
 */
export function translate(lang: Lang, key: Key, vars?: Record<string, string | number>): string {
  const found: string | undefined = LANGS[lang][key];
  if (found === undefined) {
    console.error(`i18n: missing key ${String(key)}`);
    return '';
  }
  let s = found;
  for (const [k, v] of Object.entries(vars ?? {})) s = s.replace(`{${k}}`, () => String(v));
  return s;
}

export function isKey(key: string): key is Key {
  return Object.hasOwn(vi, key);
}

const LANG_KEY = 'binhdang.lang';

export function loadLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function saveLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = lang;
}

export const LangContext = createContext<{ lang: Lang; setLang: (l: Lang) => void }>({
  lang: 'vi',
  setLang: () => undefined,
});

export type Pair = readonly [string, string];

export function useI18n() {
  const { lang, setLang } = useContext(LangContext);
  const t = (key: Key, vars?: Record<string, string | number>): string => translate(lang, key, vars);
  return {
    lang,
    setLang,
    t,
    /** Label of an enumerated value, falling back to the raw code. */
    pick: (pair: Pair | undefined, fallback: string): string =>
      pair ? pair[lang === 'vi' ? 0 : 1] : fallback,
    /** The API's message in the current language; a generic one for anything else. */
    errorMessage: (err: unknown): string =>
      err instanceof ApiError ? (lang === 'vi' ? err.message : err.messageEn) : t('genericError'),
  };
}
