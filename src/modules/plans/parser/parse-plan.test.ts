import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, type ParsedPlan } from './parse-plan.ts';
import { SEEDS } from './seeds.expected.ts';

const seedDir = join(import.meta.dirname, '..', '..', '..', '..', 'tests', 'fixtures', 'seeds');
const readSeed = (file: string) => readFileSync(join(seedDir, file), 'utf8');
const unique = (xs: string[]) => [...new Set(xs)];

function summary(p: ParsedPlan) {
  return {
    document: {
      type: p.document.type,
      documentNumber: p.document.documentNumber,
      issuer: p.document.issuer,
      place: p.document.place,
      date: p.document.date,
      title: p.document.title,
    },
    implements: p.implements.map(({ kind, number, date, issuer }) => ({ kind, number, date, issuer })),
    referenceNumbers: p.references.filter((r) => r.number).map((r) => r.number),
    sections: p.sections.map((s) => s.title),
    leads: unique(p.assignments.filter((a) => a.role === 'lead').map((a) => a.agency)),
    partners: unique(p.assignments.filter((a) => a.role === 'partner').map((a) => a.agency)),
    deadlines: p.deadlines.map(({ due, frequency, to }) => ({ due, frequency, to })),
    events: p.events.map((e) => e.name),
    signer: p.signer,
    recipients: p.recipients,
    attachments: p.attachments.map((a) => ({
      type: a.document.type,
      title: a.document.title,
      signer: a.signer?.name ?? null,
    })),
  };
}

describe('the five seed plans (golden files written by hand)', () => {
  it.each(SEEDS.map((s) => [s.file, s]))('%s', (file, expected) => {
    const { file: _file, ...want } = expected;
    expect(summary(parsePlan(readSeed(file)))).toEqual(want);
  });

  it('reads every task of the lead agency under a numbered heading', () => {
    const plan = parsePlan(readSeed('004_c997f3a30d3ce80c.txt'));
    const molisa = plan.assignments.filter(
      (a) => a.agency === 'Sở Lao động - Thương binh và Xã hội' && a.role === 'lead',
    );
    expect(molisa.length).toBe(5);
    expect(molisa[0]!.task).toMatch(/^Hướng dẫn địa phương triển khai/);
  });

  it('keeps the item tree under the sections', () => {
    const plan = parsePlan(readSeed('001_10d206fddaf131d7.txt'));
    const content = plan.sections[1]!;
    expect(content.items[0]!.marker).toBe('1.');
    expect(content.items[0]!.children[0]!.marker).toBe('1.1.');
    expect(content.items[0]!.children[0]!.children[0]!.marker).toBe('-');
    expect(content.items[0]!.children[0]!.children[0]!.children[0]!.marker).toBe('+');
  });
});

describe('text as it comes out of PDFs and Word', () => {
  const messy = [
    '<b>Số: 12 /KH-UBND</b>',
    'Hưng Yên, ngày 5 tháng 4 năm 2026',
    '**KẾ HOẠCH**',
    'Thực hiện công tác bình đẳng giới năm 2026',
    '',
    'Căn cứ Kế hoạch số 20/KH-UBND ngày 02/3/2026 của Ủy ban nhân dân tỉnh về bình',
    'đẳng giới;',
    '12',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Nâng cao nhận thức của cán bộ',
    'và nhân dân về bình đẳng giới.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp, Công an tỉnh tổ chức tập huấn; báo cáo kết quả về Sở Nội vụ trước ngày 20/11 hằng năm.',
    'PHỤ LỤC: PHÂN CÔNG NHIỆM VỤ',
    'STT | Nhiệm vụ | Chủ trì | Phối hợp',
    '1 | Tổ chức Tháng hành động vì bình đẳng giới | Hội LHPN tỉnh | Sở Nội vụ, Đoàn Thanh niên tỉnh',
  ].join('\r\n');

  it('survives markup, CRLF, NFD diacritics, page numbers and hard line breaks', () => {
    const plan = parsePlan(messy.normalize('NFD'));
    expect(plan.document).toMatchObject({
      documentNumber: '12/KH-UBND',
      place: 'Hưng Yên',
      date: '2026-04-05',
      title: 'Thực hiện công tác bình đẳng giới năm 2026',
    });
    expect(plan.implements).toEqual([
      expect.objectContaining({ number: '20/KH-UBND', date: '2026-03-02', issuer: 'Ủy ban nhân dân tỉnh' }),
    ]);
    expect(plan.sections[0]!.items[0]!.text).toBe(
      'Nâng cao nhận thức của cán bộ và nhân dân về bình đẳng giới.',
    );
    expect(plan.assignments).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ agency: 'Sở Nội vụ', role: 'lead' }),
        expect.objectContaining({ agency: 'Sở Tư pháp', role: 'partner' }),
        expect.objectContaining({ agency: 'Công an tỉnh', role: 'partner' }),
        expect.objectContaining({
          agency: 'Hội LHPN tỉnh',
          role: 'lead',
          task: 'Tổ chức Tháng hành động vì bình đẳng giới',
        }),
        expect.objectContaining({ agency: 'Đoàn Thanh niên tỉnh', role: 'partner' }),
      ]),
    );
    expect(plan.deadlines).toEqual([
      expect.objectContaining({ due: '--11-20', frequency: 'annual', to: 'Sở Nội vụ' }),
    ]);
  });

  it('reads quarter deadlines', () => {
    const plan = parsePlan('II. TỔ CHỨC THỰC HIỆN\n- Sở Y tế báo cáo kết quả trong Quý III/2024.');
    expect(plan.deadlines).toEqual([expect.objectContaining({ due: '2024-09-30', frequency: 'once' })]);
  });
});

describe('robustness', () => {
  it('never throws and always returns JSON-serialisable output, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const out = parsePlan(text);
        expect(JSON.parse(JSON.stringify(out))).toEqual(out);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on truncated or shuffled seeds', () => {
    const seeds = SEEDS.map((s) => readSeed(s.file));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: seeds.length - 1 }), fc.nat(), fc.nat(), (i, a, b) => {
        const text = seeds[i]!;
        const [from, to] = [a % text.length, b % text.length].sort((x, y) => x - y);
        const out = parsePlan(text.slice(from, to));
        expect(typeof JSON.stringify(out)).toBe('string');
        const lines = text.split('\n');
        const shuffled = lines.map((_, k) => lines[(k * 7 + a) % lines.length]!).join('\n');
        expect(typeof JSON.stringify(parsePlan(shuffled))).toBe('string');
      }),
      { numRuns: 100 },
    );
  });
});
