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
import type { DvAct, ProtectionIssuer, TransferStatus } from './api/case-types.ts';

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

/**
 * Acts of domestic violence, Law 13/2022/QH15 on prevention and control of domestic violence,
 * Article 3(1), points a–q (the Vietnamese shortened from the law's words; see docs/CASES.md).
 */
export const DV_ACT_LABELS: Record<DvAct, Pair> = {
  a_health_life: [
    'a) Hành hạ, ngược đãi, đánh đập, đe dọa, xâm hại sức khỏe, tính mạng',
    'a) Torment, ill-treatment, beating, threats or harm to health or life',
  ],
  b_honour_dignity: [
    'b) Lăng mạ, chì chiết, xúc phạm danh dự, nhân phẩm',
    'b) Insults, nagging or offending honour and dignity',
  ],
  c_forced_witness: [
    'c) Cưỡng ép chứng kiến bạo lực đối với người, con vật',
    'c) Forcing to witness violence against people or animals',
  ],
  d_neglect: [
    'd) Bỏ mặc, không nuôi dưỡng, chăm sóc, không giáo dục trẻ em',
    'd) Neglect: not nurturing, caring for or educating a child or dependant',
  ],
  dd_discrimination: [
    'đ) Kỳ thị, phân biệt đối xử về hình thể, giới, giới tính, năng lực',
    'đ) Stigma or discrimination by body, gender, sex or ability',
  ],
  e_isolation_contact: [
    'e) Ngăn cản gặp gỡ người thân, quan hệ xã hội; cô lập, gây áp lực tâm lý',
    'e) Preventing contact with relatives or social ties; isolating, psychological pressure',
  ],
  g_family_rights: [
    'g) Ngăn cản thực hiện quyền, nghĩa vụ trong quan hệ gia đình',
    'g) Obstructing rights and duties between family members',
  ],
  h_privacy: [
    'h) Tiết lộ, phát tán thông tin đời tư, bí mật nhằm xúc phạm',
    'h) Disclosing private life or secrets to offend',
  ],
  i_forced_sex: [
    'i) Cưỡng ép quan hệ tình dục trái ý muốn của vợ hoặc chồng',
    "i) Forcing sexual intercourse against the spouse's will",
  ],
  k_pornography: [
    'k) Cưỡng ép trình diễn, nghe, xem, đọc nội dung khiêu dâm, kích thích bạo lực',
    'k) Forcing to perform, hear, watch or read pornography or violent content',
  ],
  l_marriage: [
    'l) Cưỡng ép tảo hôn, kết hôn, ly hôn; cản trở kết hôn, ly hôn hợp pháp',
    'l) Forcing child marriage, marriage or divorce; obstructing lawful marriage or divorce',
  ],
  m_pregnancy: [
    'm) Cưỡng ép mang thai, phá thai, lựa chọn giới tính thai nhi',
    'm) Forcing pregnancy, abortion or foetal sex selection',
  ],
  n_property: [
    'n) Chiếm đoạt, hủy hoại tài sản chung hoặc riêng',
    'n) Seizing or destroying common or personal property',
  ],
  o_economic: [
    'o) Cưỡng ép học tập, lao động quá sức, đóng góp tài chính; kiểm soát tài sản, thu nhập',
    'o) Forcing excessive study, work or money; controlling property or income',
  ],
  p_confinement: ['p) Cô lập, giam cầm', 'p) Isolation, confinement'],
  q_eviction: [
    'q) Cưỡng ép ra khỏi chỗ ở hợp pháp trái pháp luật',
    'q) Unlawfully forcing out of the lawful home',
  ],
};
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
