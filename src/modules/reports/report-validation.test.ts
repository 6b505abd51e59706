import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateReport, valueKey, type FieldSpec, type RuleSpec } from './report-validation.ts';

const detected: FieldSpec = {
  elementCode: 'GBV_SURVIVORS_DETECTED',
  name: 'Số người bị bạo lực được phát hiện',
  valueType: 'integer',
  disaggregation: 'sex_age',
  required: true,
};
const supported: FieldSpec = {
  ...detected,
  elementCode: 'GBV_SURVIVORS_SUPPORTED',
  name: 'Được hỗ trợ',
  required: false,
};
const rule: RuleSpec = {
  left: 'GBV_SURVIVORS_SUPPORTED',
  leftCategory: 'total',
  operator: '<=',
  right: 'GBV_SURVIVORS_DETECTED',
  rightCategory: 'total',
  message: 'Số được hỗ trợ không được lớn hơn số được phát hiện.',
  messageEn: 'Supported cannot exceed detected.',
};
const values = (entries: [string, string, number][]) =>
  new Map(entries.map(([e, c, v]) => [valueKey(e, c), v]));

describe('report validation', () => {
  it('accepts consistent numbers', () => {
    const v = values([
      ['GBV_SURVIVORS_DETECTED', 'total', 12],
      ['GBV_SURVIVORS_DETECTED', 'female', 10],
      ['GBV_SURVIVORS_DETECTED', 'male', 2],
      ['GBV_SURVIVORS_SUPPORTED', 'total', 9],
    ]);
    expect(validateReport([detected, supported], [rule], v)).toEqual([]);
  });

  it('stops female above the total, parts above the total, negatives, fractions and a missing total', () => {
    const problems = validateReport(
      [detected, supported],
      [rule],
      values([
        ['GBV_SURVIVORS_DETECTED', 'total', 5],
        ['GBV_SURVIVORS_DETECTED', 'female', 7],
        ['GBV_SURVIVORS_DETECTED', 'male', -1],
        ['GBV_SURVIVORS_DETECTED', 'age:0-15', 2.5],
        ['GBV_SURVIVORS_SUPPORTED', 'female', 1],
      ]),
    );
    const messages = problems.map((p) => p.message);
    expect(messages).toContain('Số người bị bạo lực được phát hiện: Nữ (7) lớn hơn tổng số (5).');
    expect(messages).toContain('Số người bị bạo lực được phát hiện: Nam không được âm.');
    expect(messages).toContain('Số người bị bạo lực được phát hiện: Dưới 16 tuổi phải là số nguyên.');
    expect(messages).toContain('Được hỗ trợ: hãy nhập tổng số khi đã nhập số chi tiết.');
    expect(problems.find((p) => p.category === 'female')?.elementCode).toBe('GBV_SURVIVORS_DETECTED');
  });

  it('writes each message wholly in one language (no English in the Vietnamese, nor the reverse)', () => {
    const problems = validateReport(
      [{ ...detected, nameEn: 'Survivors detected' }],
      [],
      values([
        ['GBV_SURVIVORS_DETECTED', 'total', 100],
        ['GBV_SURVIVORS_DETECTED', 'female', 70],
        ['GBV_SURVIVORS_DETECTED', 'male', 50],
        ['GBV_SURVIVORS_DETECTED', 'age:16-59', -1],
      ]),
    );
    expect(problems.map((p) => p.message)).toContain(
      'Số người bị bạo lực được phát hiện: nữ + nam (120) lớn hơn tổng số (100).',
    );
    expect(problems.map((p) => p.messageEn)).toContain(
      'Survivors detected: female + male (120) exceed the total (100).',
    );
    for (const p of problems) {
      expect(p.message).not.toMatch(/\b(female|male|total|exceeds?)\b|[a-z]+_[a-z]+|\|/);
      expect(p.messageEn).not.toMatch(/[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụ]/i);
    }
  });

  it('applies the form rules and the required fields', () => {
    const problems = validateReport(
      [detected, supported],
      [rule],
      values([['GBV_SURVIVORS_SUPPORTED', 'total', 3]]),
    );
    expect(problems.map((p) => p.message)).toEqual([
      'Số người bị bạo lực được phát hiện: chưa nhập tổng số.',
    ]);
    const broken = validateReport(
      [detected, supported],
      [rule],
      values([
        ['GBV_SURVIVORS_DETECTED', 'total', 3],
        ['GBV_SURVIVORS_SUPPORTED', 'total', 4],
      ]),
    );
    expect(broken).toEqual([
      {
        elementCode: 'GBV_SURVIVORS_SUPPORTED',
        category: 'total',
        message: rule.message,
        messageEn: rule.messageEn,
      },
    ]);
  });

  it('finds no problem when every part is within a total that covers them', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(10_000), (female, male) => {
        const v = values([
          ['GBV_SURVIVORS_DETECTED', 'total', female + male],
          ['GBV_SURVIVORS_DETECTED', 'female', female],
          ['GBV_SURVIVORS_DETECTED', 'male', male],
        ]);
        expect(validateReport([detected], [], v)).toEqual([]);
      }),
    );
  });
});

describe('bounds of the value types', () => {
  it('refuses a count above 10.000.000 and a percent above 100, at their field', () => {
    const share: FieldSpec = { ...supported, elementCode: 'SHARE', name: 'Tỷ lệ', valueType: 'percent' };
    const problems = validateReport(
      [
        { ...detected, disaggregation: 'none' },
        { ...share, disaggregation: 'none' },
      ],
      [],
      values([
        ['GBV_SURVIVORS_DETECTED', 'total', 999_999_999],
        ['SHARE', 'total', 100.5],
      ]),
    );
    expect(problems.map((p) => p.message)).toEqual([
      'Số người bị bạo lực được phát hiện: Tổng số 999.999.999 vượt quá mức tối đa 10.000.000.',
      'Tỷ lệ: Tổng số 100,5 vượt quá mức tối đa 100%.',
    ]);
  });
});
