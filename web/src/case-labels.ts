/** [Vietnamese, English] labels of the case codes (GBVIMS types as framework.md §7.1 translates them). */
import type {
  AgeGroup,
  Channel,
  CloseReason,
  GbvType,
  ReferralStatus,
  Relation,
  RiskLevel,
} from './api/case-types.ts';
import type { Pair } from './i18n.ts';
import type { ProtectionIssuer, TransferStatus } from './api/case-types.ts';

export const GBV_TYPE_LABELS: Record<GbvType, Pair> = {
  rape: ['Hiếp dâm', 'Rape'],
  sexual_assault: ['Tấn công tình dục', 'Sexual assault'],
  physical_assault: ['Tấn công thể chất', 'Physical assault'],
  forced_marriage: ['Cưỡng ép kết hôn', 'Forced marriage'],
  denial_of_resources: [
    'Tước đoạt/ngăn cản tiếp cận nguồn lực, cơ hội, dịch vụ',
    'Denial of resources, opportunities or services',
  ],
  psychological_emotional_abuse: ['Bạo lực tâm lý/tinh thần', 'Psychological / emotional abuse'],
  non_gbv: ['Không phải BLTCSG', 'Non-GBV'],
};
export const GBV_TYPE_HINTS: Record<GbvType, Pair> = {
  rape: [
    'Xâm nhập không có sự đồng ý (kể cả trong hôn nhân).',
    'Non-consensual penetration (including marital rape).',
  ],
  sexual_assault: [
    'Tiếp xúc tình dục không đồng ý, không xâm nhập.',
    'Non-consensual sexual contact without penetration.',
  ],
  physical_assault: ['Đánh, tát, bóp cổ, gây thương tích…', 'Hitting, slapping, choking, injuring…'],
  forced_marriage: ['Kết hôn trái ý muốn.', 'Marriage against her or his will.'],
  denial_of_resources: [
    'Bị tước tiền, tài sản, việc học, chăm sóc y tế…',
    'Denied money, property, schooling, health care…',
  ],
  psychological_emotional_abuse: [
    'Đe dọa, làm nhục, cô lập, theo dõi…',
    'Threats, humiliation, isolation, stalking…',
  ],
  non_gbv: ['Không thuộc các loại trên.', 'Not one of the types above.'],
};
export const CHANNEL_LABELS: Record<Channel, Pair> = {
  hotline: ['Đường dây nóng', 'Hotline'],
  trusted_address: ['Địa chỉ tin cậy', 'Trusted address'],
  police: ['Công an', 'Police'],
  health: ['Cơ sở y tế', 'Health facility'],
  womens_union: ['Hội viên Hội LHPN', "Women's Union member"],
  self_report: ['Tự trình báo', 'Self-report'],
  school: ['Nhà trường', 'School'],
  community: ['Tổ dân phố, thôn', 'Neighbourhood, village'],
  other: ['Khác', 'Other'],
};
export const RELATION_LABELS: Record<Relation, Pair> = {
  intimate_partner: ['Vợ/chồng, bạn tình', 'Intimate partner'],
  former_partner: ['Vợ/chồng cũ', 'Former partner'],
  family_member: ['Người trong gia đình', 'Family member'],
  acquaintance: ['Người quen', 'Acquaintance'],
  stranger: ['Người lạ', 'Stranger'],
  other: ['Khác', 'Other'],
  unknown: ['Chưa rõ', 'Unknown'],
};
export const RISK_LABELS: Record<RiskLevel, Pair> = {
  low: ['Thấp', 'Low'],
  medium: ['Trung bình', 'Medium'],
  high: ['Cao', 'High'],
  critical: ['Rất cao – nguy hiểm', 'Critical'],
};
export const AGE_LABELS: Record<AgeGroup, Pair> = {
  'age:0-15': ['Dưới 16 tuổi', 'Under 16'],
  'age:16-59': ['16–59 tuổi', '16 to 59'],
  'age:60+': ['Từ 60 tuổi', '60 and over'],
  unknown: ['Chưa rõ', 'Unknown'],
};
export const SEX_LABELS: Record<string, Pair> = {
  female: ['Nữ', 'Female'],
  male: ['Nam', 'Male'],
  other: ['Khác', 'Other'],
};
export const CLOSE_LABELS: Record<CloseReason, Pair> = {
  goals_met: ['Đã đạt mục tiêu hỗ trợ', 'Goals met'],
  survivor_request: ['Theo yêu cầu của người bị bạo lực', "At the survivor's request"],
  transferred: ['Đã chuyển nơi khác quản lý', 'Transferred'],
  moved_away: ['Đã chuyển đi nơi khác', 'Moved away'],
  no_contact: ['Không liên lạc được', 'No contact'],
  deceased: ['Đã mất', 'Deceased'],
  other: ['Khác', 'Other'],
};
export const REFERRAL_LABELS: Record<ReferralStatus, Pair> = {
  sent: ['Đã gửi', 'Sent'],
  accepted: ['Đã tiếp nhận', 'Accepted'],
  declined: ['Từ chối', 'Declined'],
  completed: ['Đã hoàn thành', 'Completed'],
  revoked: ['Đã hủy', 'Revoked'],
};
/** What a case access log line records (GET /cases/:id/access-log `action`). */
export const ACCESS_ACTION_LABELS: Record<string, Pair> = {
  view: ['Xem hồ sơ', 'Viewed'],
  export: ['Xuất hồ sơ', 'Exported'],
  break_glass: ['Mở khẩn cấp', 'Emergency access'],
};

/** Acts of domestic violence (Law 13/2022 Art. 3(1)): one table, shared with the server's rapid report. */
export { DV_ACT_LABELS } from '../../src/modules/cases/dv-act-labels.ts';
export const PROTECTION_ISSUER_LABELS: Record<ProtectionIssuer, Pair> = {
  commune_chair: [
    'Chủ tịch UBND cấp xã (tối đa 3 ngày)',
    "Commune People's Committee chair (3 days at most)",
  ],
  court: ['Tòa án', 'Court'],
};
export const TRANSFER_STATUS_LABELS: Record<TransferStatus, Pair> = {
  requested: ['Đang chờ xã, phường nhận', 'Waiting for the receiving commune'],
  accepted: ['Đã được nhận', 'Accepted'],
  declined: ['Bị từ chối', 'Declined'],
  cancelled: ['Đã rút đề nghị', 'Withdrawn'],
};
