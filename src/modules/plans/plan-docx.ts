/**
 * An issued plan as .docx in the Vietnamese administrative format (Nghị định 30/2020/NĐ-CP):
 * header block (issuing body and number | national motto and place-date line), type and title,
 * body, then "Nơi nhận" beside the signature. Times New Roman, 13–14 pt.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Item, Section } from './parser/structure.ts';
import type { TPlanDetail } from './plans.schema.ts';

const FONT = 'Times New Roman';
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

const run = (
  text: string,
  o: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {},
) =>
  new TextRun({
    text,
    font: FONT,
    size: (o.size ?? 13) * 2,
    bold: o.bold,
    italics: o.italics,
    ...(o.underline ? { underline: {} } : {}),
  });
const centered = (...runs: TextRun[]) => new Paragraph({ alignment: AlignmentType.CENTER, children: runs });
const body = (text: string, indent = 0) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 567 + indent },
    spacing: { after: 60 },
    children: [run(text, { size: 14 })],
  });

function placeDate(plan: TPlanDetail): string {
  const place = plan.place ?? '';
  if (!plan.issuedOn) return `${place}, ngày     tháng     năm`;
  const [y, m, d] = plan.issuedOn.split('-').map(Number);
  return `${place}, ngày ${d} tháng ${m} năm ${y}`;
}

function itemParagraphs(items: Item[], depth = 0): Paragraph[] {
  return items.flatMap((i) => [
    body(`${i.marker ? `${i.marker} ` : ''}${i.text}`, depth * 0),
    ...itemParagraphs(i.children, depth + 1),
  ]);
}

function sectionsOf(plan: TPlanDetail): Section[] {
  const parsed = plan.parsed as { sections?: Section[] } | null;
  return Array.isArray(parsed?.sections) ? parsed.sections : [];
}

function signatureLines(plan: TPlanDetail): string[] {
  const parsed = plan.parsed as { signer?: { authority?: string[] } } | null;
  const authority = parsed?.signer?.authority ?? [];
  return [...authority, plan.signerPosition ?? ''].filter(Boolean);
}

export async function planToDocx(plan: TPlanDetail): Promise<Buffer> {
  const issuer = (plan.issuerName ?? plan.unitName).toUpperCase();
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 40, type: WidthType.PERCENTAGE },
            children: [
              centered(run(issuer, { bold: true })),
              centered(run(`Số: ${plan.documentNumber ?? `     /${plan.docType}`}`)),
            ],
          }),
          new TableCell({
            width: { size: 60, type: WidthType.PERCENTAGE },
            children: [
              centered(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true })),
              centered(run('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 14, underline: true })),
              centered(run(placeDate(plan), { italics: true, size: 14 })),
            ],
          }),
        ],
      }),
    ],
  });
  const implemented = plan.references.filter((r) => r.implements).map((r) => r.title);
  const recipients = [...plan.recipients, 'Lưu: VT'];
  const closing = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 50, type: WidthType.PERCENTAGE },
            children: [
              new Paragraph({ children: [run('Nơi nhận:', { bold: true, italics: true, size: 12 })] }),
              ...recipients.map(
                (r, i) =>
                  new Paragraph({
                    children: [run(`- ${r}${i === recipients.length - 1 ? '.' : ';'}`, { size: 11 })],
                  }),
              ),
            ],
          }),
          new TableCell({
            width: { size: 50, type: WidthType.PERCENTAGE },
            children: [
              ...signatureLines(plan).map((l) => centered(run(l, { bold: true, size: 14 }))),
              new Paragraph({ children: [] }),
              new Paragraph({ children: [] }),
              new Paragraph({ children: [] }),
              centered(run(plan.signerName ?? '', { bold: true, size: 14 })),
            ],
          }),
        ],
      }),
    ],
  });
  const doc = new Document({
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } },
        children: [
          header,
          new Paragraph({ children: [] }),
          centered(run('KẾ HOẠCH', { bold: true, size: 14 })),
          centered(run(plan.title, { bold: true, size: 14 })),
          new Paragraph({ children: [] }),
          ...(implemented.length
            ? [
                body(
                  `Thực hiện ${implemented.join('; ')}; ${plan.issuerName ?? plan.unitName} ban hành Kế hoạch như sau:`,
                ),
              ]
            : []),
          ...sectionsOf(plan).flatMap((s) => [
            new Paragraph({
              spacing: { before: 120, after: 60 },
              children: [run(`${s.number}. ${s.title}`, { bold: true, size: 14 })],
            }),
            ...itemParagraphs(s.items),
          ]),
          new Paragraph({ children: [] }),
          closing,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
