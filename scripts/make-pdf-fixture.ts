/**
 * Writes tests/fixtures/pdf/004.pdf: seed 004 laid out as a Word export would be (A4, 13 pt,
 * wrapped lines, a page number at the foot of each page) with an embedded DejaVu Sans, so the PDF
 * has a real Vietnamese text layer; and tests/fixtures/pdf/scan.pdf: one page with only a drawn
 * rectangle (what a scan without OCR looks like to a text extractor).
 * Run: npx tsx scripts/make-pdf-fixture.ts (needs fonts-dejavu; the outputs are committed).
 */
import fontkit from '@pdf-lib/fontkit';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';

const root = join(import.meta.dirname, '..');
const out = join(root, 'tests', 'fixtures', 'pdf');
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

async function seedPdf() {
  const text = readFileSync(join(root, 'tests', 'fixtures', 'seeds', '004_c997f3a30d3ce80c.txt'), 'utf8');
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const font = await doc.embedFont(readFileSync(FONT), { subset: true });
  const size = 11;
  const [width, height, margin] = [595, 842, 60];
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > width - 2 * margin && line) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  const perPage = Math.floor((height - 2 * margin) / (size * 1.4));
  for (let p = 0; p * perPage < lines.length; p++) {
    const page = doc.addPage([width, height]);
    lines.slice(p * perPage, (p + 1) * perPage).forEach((l, i) => {
      if (l) page.drawText(l, { x: margin, y: height - margin - i * size * 1.4, size, font });
    });
    page.drawText(String(p + 1), { x: width / 2, y: margin / 2, size: 9, font });
  }
  writeFileSync(join(out, '004.pdf'), await doc.save({ useObjectStreams: false }));
}

async function scanPdf() {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawRectangle({ x: 60, y: 60, width: 475, height: 722, color: rgb(0.9, 0.9, 0.9) });
  writeFileSync(join(out, 'scan.pdf'), await doc.save());
}

await seedPdf();
await scanPdf();
console.log('wrote tests/fixtures/pdf/004.pdf and scan.pdf');
