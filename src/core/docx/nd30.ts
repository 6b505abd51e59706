/**
 * The layout of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP) for .docx exports:
 * the header block (issuing body and number | national motto and place-date line), the type and
 * title, justified body paragraphs, and "Nơi nhận" beside the signature. Times New Roman, 13–14 pt,
 * margins 20/15/30/15 mm.
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

const FONT = 'Times New Roman';
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

export const run = (
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

export const centered = (...runs: TextRun[]) =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: runs });

export const body = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 567 },
    spacing: { after: 60 },
    children: [run(text, { size: 14 })],
  });

export const heading = (text: string) =>
  new Paragraph({ spacing: { before: 120, after: 60 }, children: [run(text, { bold: true, size: 14 })] });

export const blank = () => new Paragraph({ children: [] });

/** "Hưng Yên, ngày 5 tháng 3 năm 2026" (blanks for the day when not yet dated). */
export function placeDate(place: string, isoDate: string | null): string {
  if (!isoDate) return `${place}, ngày     tháng     năm`;
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${place}, ngày ${d} tháng ${m} năm ${y}`;
}

export function headerBlock(issuer: string, number: string, placeDateLine: string): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 40, type: WidthType.PERCENTAGE },
            children: [centered(run(issuer.toUpperCase(), { bold: true })), centered(run(`Số: ${number}`))],
          }),
          new TableCell({
            width: { size: 60, type: WidthType.PERCENTAGE },
            children: [
              centered(run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true })),
              centered(run('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 14, underline: true })),
              centered(run(placeDateLine, { italics: true, size: 14 })),
            ],
          }),
        ],
      }),
    ],
  });
}

/** "Nơi nhận" (the last one ends with a full stop) beside the signature block. */
export function closingBlock(recipients: string[], signature: string[], signerName: string): Table {
  return new Table({
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
              ...signature.map((l) => centered(run(l, { bold: true, size: 14 }))),
              blank(),
              blank(),
              blank(),
              centered(run(signerName, { bold: true, size: 14 })),
            ],
          }),
        ],
      }),
    ],
  });
}

/** A whole document on A4 with the decree's margins. */
export function nd30Document(children: (Paragraph | Table)[]): Promise<Buffer> {
  const doc = new Document({
    sections: [
      { properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } }, children },
    ],
  });
  return Packer.toBuffer(doc);
}
