import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from './parser/parse-plan.ts';
import { planTextFromFile } from './plan-text.ts';
import { SEEDS } from './parser/seeds.expected.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures');

async function minimalDocx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('plan text from files', () => {
  it('reads a .docx', async () => {
    const docx = await minimalDocx([
      'Số: 7/KH-UBND',
      'Lai Châu, ngày 2 tháng 5 năm 2026',
      'KẾ HOẠCH',
      'Phòng, chống bạo lực gia đình năm 2026',
    ]);
    const plan = parsePlan(await planTextFromFile('ke-hoach.docx', docx));
    expect(plan.document).toMatchObject({
      documentNumber: '7/KH-UBND',
      date: '2026-05-02',
      title: 'Phòng, chống bạo lực gia đình năm 2026',
    });
  });

  it('reads UTF-16 text with a byte-order mark and strips a UTF-8 one', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Số: 3/KH-UBND', 'utf16le')]);
    expect(await planTextFromFile('a.txt', utf16)).toBe('Số: 3/KH-UBND');
    expect(await planTextFromFile('a.txt', Buffer.from('\ufeffKẾ HOẠCH'))).toBe('KẾ HOẠCH');
  });

  it('refuses other types, binary text and fake .docx with stable codes', async () => {
    await expect(planTextFromFile('a.pdf', Buffer.from('PK not a pdf'))).rejects.toMatchObject({
      code: 'FILE_TYPE_NOT_SUPPORTED',
    });
    await expect(planTextFromFile('a.pdf', Buffer.from('%PDF-1.4\ngarbage'))).rejects.toMatchObject({
      code: 'FILE_UNREADABLE',
    });
    await expect(planTextFromFile('a.txt', Buffer.from([0x41, 0x00, 0x42]))).rejects.toMatchObject({
      code: 'FILE_TYPE_NOT_SUPPORTED',
    });
    await expect(planTextFromFile('a.docx', Buffer.from('not a zip'))).rejects.toMatchObject({
      code: 'FILE_TYPE_NOT_SUPPORTED',
    });
    await expect(planTextFromFile('a.txt', Buffer.alloc(11 * 1024 * 1024, 0x41))).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
    });
  });

  it('reads a PDF exported from Word into the same plan as the text (wrapped lines, page numbers)', async () => {
    const pdf = readFileSync(join(FIXTURES, 'pdf', '004.pdf'));
    const fromPdf = parsePlan(await planTextFromFile('ke-hoach-31.PDF', pdf));
    const fromText = parsePlan(readFileSync(join(FIXTURES, 'seeds', '004_c997f3a30d3ce80c.txt'), 'utf8'));
    expect(fromPdf.document).toEqual(fromText.document);
    expect(fromPdf.references).toEqual(fromText.references);
    expect(fromPdf.assignments).toEqual(fromText.assignments);
    expect(fromPdf.sections).toEqual(fromText.sections);
    expect(fromPdf.signer).toEqual(fromText.signer);
    expect(fromPdf.recipients).toEqual(fromText.recipients);
    const expected = SEEDS.find((x) => x.file.startsWith('004_'));
    expect(fromPdf.document.documentNumber).toBe(expected?.document.documentNumber);
    expect([...new Set(fromPdf.assignments.filter((a) => a.role === 'lead').map((a) => a.agency))]).toEqual(
      expected?.leads,
    );
  });

  it('refuses a PDF without a text layer (a scan) with its own code', async () => {
    const scan = readFileSync(join(FIXTURES, 'pdf', 'scan.pdf'));
    await expect(planTextFromFile('scan.pdf', scan)).rejects.toMatchObject({ code: 'PDF_HAS_NO_TEXT' });
  });
});
