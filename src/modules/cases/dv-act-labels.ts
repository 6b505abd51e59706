import type { DvAct } from '../../core/db/schema-case-transfer.ts';

/**
 * Acts of domestic violence, Law 13/2022/QH15 on prevention and control of domestic violence,
 * Article 3(1), points a–q (the Vietnamese shortened from the law's words; see docs/CASES.md):
 * [Vietnamese, English]. Plain constants: the web app shows them (web/src/case-labels.ts), the
 * rapid report names the acts of a domestic-violence case with them.
 */
export const DV_ACT_LABELS: Record<DvAct, readonly [vi: string, en: string]> = {
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
    'đ) Kỳ thị, phân biệt đối xử về hình thể, giới, giới tính, năng lực của thành viên gia đình',
    'đ) Stigma or discrimination by body, gender, sex or ability',
  ],
  e_isolation_contact: [
    'e) Ngăn cản thành viên gia đình gặp gỡ người thân, có quan hệ xã hội hợp pháp, lành mạnh; cô lập, gây áp lực thường xuyên về tâm lý',
    'e) Preventing contact with relatives or social ties; isolating, psychological pressure',
  ],
  g_family_rights: [
    'g) Ngăn cản thực hiện quyền, nghĩa vụ trong quan hệ gia đình',
    'g) Obstructing rights and duties between family members',
  ],
  h_privacy: [
    'h) Tiết lộ, phát tán thông tin đời tư, bí mật gia đình của thành viên gia đình nhằm xúc phạm danh dự, nhân phẩm',
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
    'n) Chiếm đoạt, hủy hoại tài sản chung của gia đình hoặc tài sản riêng của thành viên khác trong gia đình',
    'n) Seizing or destroying common or personal property',
  ],
  o_economic: [
    'o) Cưỡng ép thành viên gia đình học tập, lao động quá sức, đóng góp tài chính quá khả năng; kiểm soát tài sản, thu nhập nhằm tạo ra tình trạng lệ thuộc',
    'o) Forcing excessive study, work or money; controlling property or income',
  ],
  p_confinement: ['p) Cô lập, giam cầm', 'p) Isolation, confinement'],
  q_eviction: [
    'q) Cưỡng ép ra khỏi chỗ ở hợp pháp trái pháp luật',
    'q) Unlawfully forcing out of the lawful home',
  ],
};
