/**
 * Numbers as people type and read them. Vietnamese (the default): "." between thousands, ","
 * before decimals — "1.250", "3,5", "1.234.567,25"; English the other way round — "1,250",
 * "3.5". Spaces (also no-break and narrow no-break spaces) may group thousands: "1 250".
 *
 * The ambiguity rule: a grouping mark must be followed by exactly three digits and every group
 * after the first has three digits, so in Vietnamese "1.000" is one thousand and "1,5" one and a
 * half, while "1.5" or "12.50" (a dot not followed by three digits: an English decimal, or a typo)
 * is refused as ambiguous with a message that shows both ways of writing it — never guessed.
 * Shown with Intl.NumberFormat (vi-VN / en-US). Plain functions, no Node: the web app imports it.
 */
export type NumberLocale = 'vi' | 'en';

export type NumberReading =
  { ok: true; value: number } | { ok: false; error: 'invalid' | 'ambiguous'; text: string };

const MARKS: Record<NumberLocale, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

const escape = (c: string) => `\\${c}`;

function pattern(locale: NumberLocale): RegExp {
  const { group, decimal } = MARKS[locale];
  return new RegExp(`^-?(?:\\d+|\\d{1,3}(?:${escape(group)}\\d{3})+)?(?:${escape(decimal)}\\d+)?$`);
}

const PATTERNS: Record<NumberLocale, RegExp> = { vi: pattern('vi'), en: pattern('en') };

function strictRead(s: string, locale: NumberLocale): number | null {
  if (!PATTERNS[locale].test(s) || !/\d/.test(s)) return null;
  const { group, decimal } = MARKS[locale];
  return Number(s.split(group).join('').replace(decimal, '.'));
}

/** The number in `text` as written in `locale`; null when the text is empty (no figure). */
export function readNumber(text: string, locale: NumberLocale = 'vi'): NumberReading | null {
  const s = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^[\u2212\u2013]/, '-');
  if (s === '') return null;
  const value = strictRead(s, locale);
  if (value !== null && Number.isFinite(value)) return { ok: true, value };
  const other = strictRead(s, locale === 'vi' ? 'en' : 'vi');
  return { ok: false, error: other !== null ? 'ambiguous' : 'invalid', text: text.trim() };
}

/** The number, or NaN when `text` is empty or not a number in `locale`. */
export function parseNumber(text: string, locale: NumberLocale = 'vi'): number {
  const r = readNumber(text, locale);
  return r?.ok ? r.value : NaN;
}

const FORMATS: Record<NumberLocale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 }),
};

/** 1250 → "1.250", 3.5 → "3,5" (vi); "1,250", "3.5" (en). */
export function formatNumber(value: number, locale: NumberLocale = 'vi'): string {
  return FORMATS[locale].format(value);
}

/** What is wrong with a text that is not a number, as [Vietnamese, English]. */
export function numberMessage(r: { error: 'invalid' | 'ambiguous'; text: string }): [string, string] {
  if (r.error === 'ambiguous')
    return [
      `"${r.text}" không rõ là số nào: dấu chấm tách hàng nghìn (1.500), dấu phẩy trước phần thập phân (1,5).`,
      `"${r.text}" is ambiguous: write thousands with a comma (1,500) and decimals with a point (1.5).`,
    ];
  return [
    `"${r.text}" không phải là số (ví dụ 1.250 hoặc 3,5).`,
    `"${r.text}" is not a number (for example 1,250 or 3.5).`,
  ];
}
