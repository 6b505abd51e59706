/** The document itself: number and symbol, place and date, type and title, issuer. */
import { isoDate, parseSlashDate, parseWordDate, type PartialDate } from './dates.ts';

export interface DocumentInfo {
  type: string | null;
  typeName: string | null;
  number: string | null;
  documentNumber: string | null;
  issuer: string | null;
  place: string | null;
  date: string | null;
  year: number | null;
  title: string | null;
}

const TYPE_NAMES: Record<string, string | undefined> = {
  'KẾ HOẠCH': 'KH',
  'TỜ TRÌNH': 'TTr',
  'QUYẾT ĐỊNH': 'QĐ',
  'BÁO CÁO': 'BC',
  'CÔNG VĂN': 'CV',
  'HƯỚNG DẪN': 'HD',
  'CHƯƠNG TRÌNH': 'CTr',
};
const TYPE_BY_CODE = new Map(Object.entries(TYPE_NAMES).map(([name, code]) => [code, name]));
const sentenceCase = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();

export function parseHeader(lines: string[]): DocumentInfo {
  const info: DocumentInfo = {
    type: null,
    typeName: null,
    number: null,
    documentNumber: null,
    issuer: null,
    place: null,
    date: null,
    year: null,
    title: null,
  };
  const head = lines.slice(0, 40);
  const numberLine = head.find((l) => /^Số\s*:/.test(l));
  if (numberLine) {
    const m = /^Số\s*:\s*(\d*)\s*\/\s*([\p{L}0-9&-]+)/u.exec(numberLine);
    if (m) {
      info.number = m[1] || null;
      info.type = m[2]!.split('-')[0] ?? null;
      info.documentNumber = m[1] ? `${m[1]}/${m[2]}` : null;
      info.issuer = m[2]!.split('-').slice(1).join('-') || null;
    }
  }
  const dateLine = head.find((l) => /^[\p{L} .'-]+,\s*ngày\s*\d{0,2}\s*tháng/u.test(l));
  let date: PartialDate | null = null;
  if (dateLine) {
    info.place = dateLine.split(',')[0]!.trim();
    date = parseWordDate(dateLine);
  }
  const typeIndex = head.findIndex((l) => Object.hasOwn(TYPE_NAMES, l.replace(/\*/g, '').trim()));
  if (typeIndex >= 0) {
    const name = head[typeIndex]!.replace(/\*/g, '').trim();
    info.type ??= Object.hasOwn(TYPE_NAMES, name) ? (TYPE_NAMES[name] ?? null) : null;
    const title: string[] = [];
    for (const l of lines.slice(typeIndex + 1)) {
      if (l === '' && title.length) break;
      if (/^I\.\s/.test(l) || (title.length && /^(Căn cứ|Thực hiện)/.test(l))) break;
      if (l) title.push(l);
    }
    info.title = title.join(' ') || null;
  }
  const body = lines.slice(0, 12).join(' ');
  if (!info.number) {
    // A news report about the plan: "UBND tỉnh ban hành Kế hoạch số 95/KH-UBND"
    const m = /ban hành Kế hoạch số\s*(\d+)\s*\/\s*([\p{L}-]+)/u.exec(body);
    if (m) {
      info.number = m[1]!;
      info.documentNumber = `${m[1]}/${m[2]}`;
      info.type = 'KH';
      const day = /Ngày\s+(\d{1,2}\/\d{1,2})(?:\/(\d{4}))?,/.exec(body);
      const year = /\d{1,2}\/\d{1,2}\/(\d{4})/.exec(body);
      if (day) date = { ...parseSlashDate(day[1]!)!, year: Number(day[2] ?? year?.[1] ?? 0) || null };
    }
  }
  const preamble =
    /(?:;|,|^)\s*([^;,]{0,300}?(?:UBND|Ủy ban nhân dân|Ban Thường vụ|Hội|Sở|Phòng|Ban)[^;,]{0,300}?)\s+(?:xây dựng|ban hành)\s+(?:Kế hoạch|kế hoạch)/u.exec(
      body,
    );
  if (preamble) info.issuer = preamble[1]!.trim();
  if (!info.type && /xây dựng\s+(?:Kế hoạch|kế hoạch)/.test(body)) info.type = 'KH';
  const typeName = info.type ? TYPE_BY_CODE.get(info.type) : undefined;
  info.typeName = typeName ? sentenceCase(typeName) : null;
  if (!info.title && info.type === 'KH') {
    const all = lines.join('\n');
    const m =
      /xây dựng (Kế hoạch [^:]{1,500}?)\s*(?:như sau)?\s*:/u.exec(body) ??
      /Kế hoạch số \S+ (triển khai [^.]+)\./u.exec(body) ??
      /^Trên đây là (Kế hoạch .+?)(?:,\s*(?:Ban|UBND|Ủy ban)|\.\/\.|\.?$)/mu.exec(all);
    if (m) info.title = m[1]!.trim().replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  }
  if (date) {
    info.date = isoDate(date) && date.year ? isoDate(date) : null;
    info.year = date.year;
  }
  return info;
}
