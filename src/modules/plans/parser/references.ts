/** Cited documents: "Quyết định số 2232/QĐ-TTg ngày 28/12/2020 của Thủ tướng Chính phủ …", "Luật Bình đẳng giới". */
import { isoDate, parseSlashDate } from './dates.ts';

export interface Reference {
  kind: string;
  number: string | null;
  date: string | null;
  issuer: string | null;
  text: string;
}

const KINDS =
  'Bộ luật|Luật|Nghị định|Nghị quyết|Quyết định|Chỉ thị|Kế hoạch|Thông tư liên tịch|Thông tư|Công văn|Thông tri|Hướng dẫn|Kết luận|Thông báo';
const NUMBERED = new RegExp(
  `(${KINDS})\\s+(?:số\\s*)([0-9]+(?:\\s*[-/]\\s*[\\p{L}0-9]+)+)(?:\\s*,?\\s*ngày\\s*(\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4}))?(?:\\s+(?:của|do)\\s+([^;:,.]+?)(?=\\s+(?:về|phê duyệt|ban hành|hướng dẫn|triển khai|thực hiện|quy định)(?![\\p{L}])|[;:,.]|$))?`,
  'gu',
);
const LAWS =
  /(?<![\p{L}])Luật\s+(Bình đẳng giới|Phòng,? chống bạo lực gia đình|Phòng,? chống mua bán người|Trẻ em|Hôn nhân và gia đình|Người cao tuổi|Phòng,? chống ma túy)/giu;

export function findReferences(text: string): Reference[] {
  const found: Reference[] = [];
  for (const m of text.matchAll(NUMBERED)) {
    const date = m[3] ? parseSlashDate(m[3]) : null;
    found.push({
      kind: m[1]!,
      number: m[2]!.replace(/\s+/g, ''),
      date: date ? isoDate(date) : null,
      issuer: m[4]?.trim() ?? null,
      text: m[0].trim(),
    });
  }
  for (const m of text.matchAll(LAWS)) {
    found.push({
      kind: 'Luật',
      number: null,
      date: null,
      issuer: 'Quốc hội',
      text: `Luật ${m[1]!.replace(/^(\p{L})/u, (c) => c.toUpperCase())}`,
    });
  }
  return found;
}

/** One record per real document: by kind and number, or by name for laws cited without a number. */
export function dedupeReferences(refs: Reference[]): Reference[] {
  const byKey = new Map<string, Reference>();
  for (const r of refs) {
    const key = r.number ? `${r.kind}|${r.number}` : `${r.kind}|${r.text.toLowerCase().replace(/,/g, '')}`;
    const prev = byKey.get(key);
    if (!prev) byKey.set(key, r);
    else byKey.set(key, { ...prev, date: prev.date ?? r.date, issuer: prev.issuer ?? r.issuer });
  }
  return [...byKey.values()];
}
