/**
 * Kysely table types of case transfers, domestic-violence acts and protective measures
 * (migrations/0019_case_transfer_dv_acts.sql).
 */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateOnly = ColumnType<string, string, string>;

/**
 * Acts of domestic violence, Law 13/2022/QH15 on prevention and control of domestic violence,
 * Article 3(1), points a–q, in the law's order (the labels in web/src/case-labels.ts quote them).
 */
export const DV_ACTS = [
  'a_health_life', // hành hạ, ngược đãi, đánh đập, đe dọa … xâm hại sức khỏe, tính mạng
  'b_honour_dignity', // lăng mạ, chì chiết … xúc phạm danh dự, nhân phẩm
  'c_forced_witness', // cưỡng ép chứng kiến bạo lực đối với người, con vật
  'd_neglect', // bỏ mặc, không quan tâm; không nuôi dưỡng, chăm sóc; không giáo dục trẻ em
  'dd_discrimination', // kỳ thị, phân biệt đối xử về hình thể, giới, giới tính, năng lực
  'e_isolation_contact', // ngăn cản gặp gỡ người thân, quan hệ xã hội … cô lập
  'g_family_rights', // ngăn cản thực hiện quyền, nghĩa vụ trong quan hệ gia đình
  'h_privacy', // tiết lộ, phát tán thông tin đời sống riêng tư … xúc phạm danh dự
  'i_forced_sex', // cưỡng ép quan hệ tình dục trái ý muốn của vợ hoặc chồng
  'k_pornography', // cưỡng ép trình diễn, nghe, xem, đọc nội dung khiêu dâm, kích thích bạo lực
  'l_marriage', // cưỡng ép tảo hôn, kết hôn, ly hôn hoặc cản trở kết hôn, ly hôn hợp pháp
  'm_pregnancy', // cưỡng ép mang thai, phá thai, lựa chọn giới tính thai nhi
  'n_property', // chiếm đoạt, hủy hoại tài sản chung của gia đình hoặc riêng của thành viên khác
  'o_economic', // cưỡng ép học tập, lao động quá sức, đóng góp tài chính; kiểm soát tài sản, thu nhập
  'p_confinement', // cô lập, giam cầm
  'q_eviction', // cưỡng ép ra khỏi chỗ ở hợp pháp trái pháp luật
] as const;
export type DvAct = (typeof DV_ACTS)[number];

export const TRANSFER_STATUSES = ['requested', 'accepted', 'declined', 'cancelled'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];
export const PROTECTION_KINDS = ['prohibition_of_contact'] as const;
/** Who decides a prohibition of contact: the commune People's Committee chair, or a court. */
export const PROTECTION_ISSUERS = ['commune_chair', 'court'] as const;
/** The longest a commune chair's prohibition of contact runs, each time (Law 13/2022 Art. 25: 3 days). */
export const COMMUNE_CHAIR_MAX_DAYS = 3;
/** The longest a court's prohibition of contact runs (Law 13/2022 Art. 26: 4 months). */
export const COURT_MAX_MONTHS = 4;

export interface CaseTransferTable {
  id: Generated<number>;
  case_id: number;
  province_id: number;
  from_unit_id: number;
  to_unit_id: number;
  status: ColumnType<TransferStatus, TransferStatus | undefined, TransferStatus>;
  consent_granted: boolean;
  consent_recorded_at: Timestamp;
  requested_by: number | null;
  requested_at: Timestamp;
  decided_by: number | null;
  decided_at: Date | null;
  assigned_worker_id: number | null;
}

export interface CaseProtectionTable {
  id: Generated<number>;
  uid: string;
  case_id: number;
  province_id: number;
  kind: (typeof PROTECTION_KINDS)[number];
  issuer: (typeof PROTECTION_ISSUERS)[number];
  issued_on: DateOnly;
  starts_on: DateOnly;
  ends_on: DateOnly;
  details_enc: string | null;
  created_by: number | null;
  created_at: Timestamp;
}

export interface CaseTransferTables {
  case_transfer: CaseTransferTable;
  case_protection: CaseProtectionTable;
}
