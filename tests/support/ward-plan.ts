/**
 * A short ward plan answering the province's, as the e2e walks paste it: the ND 30 heading, a
 * number, a task with its lead agency, and the recipients.
 */
export function wardPlanText(year: number): string {
  return [
    'ỦY BAN NHÂN DÂN',
    'PHƯỜNG PHỐ HIẾN',
    'Số: 12/KH-UBND',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    `Phố Hiến, ngày 25 tháng 3 năm ${year}`,
    '',
    'KẾ HOẠCH',
    `Thực hiện công tác bình đẳng giới năm ${year} trên địa bàn phường`,
    '',
    'I. MỤC ĐÍCH, YÊU CẦU',
    'Nâng cao nhận thức về bình đẳng giới cho cán bộ và nhân dân trên địa bàn phường.',
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Hội Liên hiệp Phụ nữ phường chủ trì tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới.',
    '',
    'Nơi nhận:',
    '- UBND tỉnh;',
    '- Lưu: VT.',
  ].join('\n');
}
