/**
 * A consolidated report (báo cáo tổng hợp) for a unit and period as .docx in the ND 30/2020 layout:
 * the approved figures summed over the lower units, completeness, and each section of narrative
 * gathered from the lower units' approved reports under their names.
 */
import { Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import {
  blank,
  body,
  centered,
  closingBlock,
  heading,
  headerBlock,
  nd30Document,
  placeDate,
  run,
} from '../../core/docx/nd30.ts';

export interface ConsolidatedReport {
  issuer: string;
  place: string;
  date: string;
  formName: string;
  periodLabel: string;
  unitName: string;
  totals: { expected: number; submitted: number; approved: number; onTime: number };
  /** A value, or the text of a hidden one ("<5"). */
  rows: { name: string; values: { label: string; value: number | string }[] }[];
  sections: { title: string; entries: { unitName: string; text: string }[] }[];
}

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [run(text, { bold, size: 12 })] })] });
const number = new Intl.NumberFormat('vi-VN');

function figures(r: ConsolidatedReport): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: [cell('TT', true), cell('Chỉ tiêu', true), cell('Số liệu', true)],
      }),
      ...r.rows.map(
        (row, i) =>
          new TableRow({
            children: [
              cell(String(i + 1)),
              cell(row.name),
              cell(
                row.values
                  .map((v) => `${v.label}: ${typeof v.value === 'number' ? number.format(v.value) : v.value}`)
                  .join('; '),
              ),
            ],
          }),
      ),
    ],
  });
}

export function consolidatedDocx(r: ConsolidatedReport): Promise<Buffer> {
  const t = r.totals;
  return nd30Document([
    headerBlock(r.issuer, '     /BC-UBND', placeDate(r.place, r.date)),
    blank(),
    centered(run('BÁO CÁO', { bold: true, size: 14 })),
    centered(run(`${r.formName} — ${r.periodLabel}`, { bold: true, size: 14 })),
    blank(),
    heading('I. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ'),
    body(
      `Trong kỳ, ${t.submitted}/${t.expected} đơn vị đã gửi báo cáo, ${t.approved} báo cáo đã được duyệt, ${t.onTime} đơn vị gửi đúng hạn. Số liệu dưới đây là tổng hợp các báo cáo đã duyệt.`,
    ),
    heading('II. KẾT QUẢ THỰC HIỆN'),
    ...(r.rows.length > 0 ? [figures(r)] : [body('Chưa có báo cáo nào được duyệt trong kỳ.')]),
    ...r.sections.flatMap((s, i) => [
      heading(`${['III', 'IV', 'V', 'VI', 'VII'][i] ?? String(i + 3)}. ${s.title.toUpperCase()}`),
      ...(s.entries.length === 0
        ? [body('(Các đơn vị chưa nêu.)')]
        : s.entries.map((e) => body(`${e.unitName}: ${e.text}`))),
    ]),
    blank(),
    closingBlock([r.unitName, 'Lưu: VT'], ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], ''),
  ]);
}
