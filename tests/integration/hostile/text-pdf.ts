/**
 * PDFs with a text layer for tests, written by hand in a few milliseconds: `pages` pages that all
 * show the same content stream (one Helvetica line per `'` operator, `leading` points apart), so a
 * small file can make pdf.js work for a long time, or give a lot of text; and a PDF bomb.
 */
import { zerosStream } from './zip-bomb.ts';

export interface TextPdf {
  pages: number;
  /** Lines drawn on each page (those below its foot are drawn, then dropped by pdf.js). */
  lines: number;
  line: string;
  fontSize?: number;
  leading?: number;
}

export function textPdf({ pages, lines, line, fontSize = 10, leading = 12 }: TextPdf): Buffer {
  const ops = [`BT /F1 ${fontSize} Tf 20 830 Td ${leading} TL`];
  for (let i = 0; i < lines; i++) ops.push(`(${line} ${i}) '`);
  ops.push('ET');
  const content = ops.join('\n');
  const kids = Array.from({ length: pages }, (_, i) => `${5 + i} 0 R`).join(' ');
  const page =
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ...Array<string>(pages).fill(page),
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A one-page PDF whose content stream is `mebibytes` MiB of deflated zeros (~1000:1). */
export function pdfBomb(mebibytes: number): Buffer {
  // zlib's two header bytes, the raw deflate stream, and an Adler-32 pdf.js does not check
  const body = Buffer.concat([Buffer.from([0x78, 0x9c]), zerosStream(mebibytes), Buffer.alloc(4)]);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
  ];
  let head = '%PDF-1.4\n';
  objects.forEach((o, i) => (head += `${i + 1} 0 obj\n${o}\nendobj\n`));
  head += `4 0 obj\n<< /Length ${body.length} /Filter /FlateDecode >>\nstream\n`;
  const tail = '\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';
  return Buffer.concat([Buffer.from(head, 'latin1'), body, Buffer.from(tail, 'latin1')]);
}
