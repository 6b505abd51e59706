/**
 * English for the shipped content that the data holds in Vietnamese only: the group headings of
 * the shipped report forms (seed/report-forms/*.json `group`) and the national targets' labels
 * as the legal texts write them (seed/indicators/indicators.json `targets[].label`). Keyed by the
 * Vietnamese text, which the seed ships and the app never rewrites. Text an administrator typed
 * that is not here is shown as written (a target with a value is then composed from it).
 */
import type { Lang } from './i18n.ts';

export const GROUP_EN: Record<string, string> = {
  'Truyền thông': 'Communication',
  'Phòng ngừa, ứng phó với bạo lực trên cơ sở giới': 'Preventing and responding to gender-based violence',
  'Phòng, chống bạo lực gia đình': 'Preventing domestic violence',
  'Tập huấn, bồi dưỡng': 'Training',
  'Mô hình, câu lạc bộ': 'Initiatives and clubs',
  'Lãnh đạo nữ': 'Women in leadership',
  'Hương ước, quy ước': 'Village conventions',
  'Dân số và nhận thức về bình đẳng giới': 'Population and awareness of gender equality',
};

export const TARGET_EN: Record<string, string> = {
  'trên 90%': 'over 90%',
  'không dưới 50%': 'at least 50%',
  '109 bé trai/100 bé gái': '109 boys per 100 girls',
  '111 bé trai/100 bé gái': '111 boys per 100 girls',
  'ít nhất 70% (thí điểm)': 'at least 70% (pilot)',
  '1,4 lần': '1.4 times',
  '1,7 lần': '1.7 times',
  'trên 80%': 'over 80%',
  'trên 70%': 'over 70%',
  'ít nhất 02 cuộc/năm': 'at least 2 a year',
  '100% (hằng năm)': '100% (every year)',
  'dưới 25%': 'under 25%',
  'dưới 30%': 'under 30%',
  'khoảng 60%': 'about 60%',
  'khoảng 99%': 'about 99%',
  'dưới 42/100.000 trẻ đẻ sống': 'under 42 per 100,000 live births',
  '42/100.000 trẻ đẻ sống': '42 per 100,000 live births',
  'ít nhất 50%': 'at least 50%',
  '90% (chính thức áp dụng)': '90% (in force)',
  'Từ năm 2025 trở đi': 'From 2025 on',
  'tăng 10–15% so với năm 2025': 'up 10–15% on 2025',
};

/** A form group's heading in `lang`. */
export function groupName(group: string, lang: Lang): string {
  return lang === 'en' ? (GROUP_EN[group] ?? group) : group;
}

/** A target's label in `lang`: as the text writes it in Vietnamese; in English from the map. */
export function targetLabel(label: string, lang: Lang): string {
  if (lang === 'vi') return label;
  // "60%", "≥ 27%": no words to translate
  if (/^[≥≤<>~=]?\s*[\d.,]+\s*%?$/.test(label)) return label.replace(/(\d),(\d)/g, '$1.$2');
  return TARGET_EN[label] ?? label;
}
