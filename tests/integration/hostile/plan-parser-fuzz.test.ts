/**
 * Hostile input for the plan parser: arbitrary unicode, mutated real plans, and long lines built
 * to make a backtracking regular expression go quadratic (or worse). parsePlan is documented as
 * total — any input gives a result, never an exception — and must stay fast on 10⁵-character
 * inputs. No timing assertions: a hang shows up as the test timeout.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/modules/plans/parser/parse-plan.ts';

const seedDir = join(import.meta.dirname, '..', '..', 'fixtures', 'seeds');
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(seedDir, f), 'utf8'));

const parses = (text: string) => {
  const plan = parsePlan(text);
  expect(Array.isArray(plan.sections)).toBe(true);
  expect(Array.isArray(plan.assignments)).toBe(true);
};

/** A seed text with a few edits: slices cut out, duplicated, or replaced by arbitrary text. */
const mutatedSeed = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.array(
      fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        length: fc.nat(400),
        kind: fc.constantFrom('cut', 'repeat', 'insert'),
        text: fc.string({ unit: 'grapheme', maxLength: 80 }),
      }),
      { maxLength: 6 },
    ),
  )
  .map(([seed, edits]) =>
    edits.reduce((s, e) => {
      const at = Math.floor(e.at * s.length);
      const part = s.slice(at, at + e.length);
      if (e.kind === 'cut') return s.slice(0, at) + s.slice(at + e.length);
      if (e.kind === 'repeat') return s.slice(0, at) + part.repeat(3) + s.slice(at);
      return s.slice(0, at) + e.text + s.slice(at);
    }, seed),
  );

// Vocabulary the parser's patterns look for, so that random text reaches deep into them.
const WORDS = [
  'Số:',
  'Nơi nhận:',
  'KT.',
  'CHỦ TỊCH',
  'I.',
  'II.',
  '1.',
  '1.1.',
  'a)',
  '-',
  '+',
  'Sở Nội vụ',
  'UBND',
  'chủ trì',
  'phối hợp với',
  'và',
  'Quyết định số 2232/QĐ-TTg',
  'ngày 28/12/2020',
  'trước ngày 15/10',
  'hằng năm',
  'báo cáo',
  'Kế hoạch',
  'PHỤ LỤC',
  ',',
  ';',
  ':',
  '\n',
  ' ',
  '  ',
  '**',
  '*',
];
const vocabularyText = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 5 })), { maxLength: 400 })
  .map((w) => w.join(' '));

describe('parsePlan on hostile text', () => {
  it('never throws on arbitrary unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (s) => parses(s)),
      { numRuns: 300 },
    );
  });

  it('never throws on text made of its own vocabulary', () => {
    fc.assert(
      fc.property(vocabularyText, (s) => parses(s)),
      { numRuns: 300 },
    );
  });

  it('never throws on mutated real plans', () => {
    fc.assert(
      fc.property(mutatedSeed, (s) => parses(s)),
      { numRuns: 60 },
    );
  });

  // Each line is ~100 000 characters, no separator the lazy patterns stop at: a pattern that is
  // quadratic in the line length takes minutes here, and the test times out.
  const N = 100_000;
  it.each([
    ['spaces', ' '.repeat(N)],
    ['one long word', 'a'.repeat(N)],
    ['agency names without a verb', 'Sở '.repeat(N / 3)],
    ['repeated "phối hợp"', 'phối hợp với '.repeat(N / 13)],
    ['document numbers without a date', `Quyết định số ${'1/'.repeat(N / 2)}`],
    ['a cited document with an endless issuer', `Quyết định số 1/QĐ của ${'x '.repeat(N / 2)}`],
    ['repeated dates', 'trước ngày 1/1 và '.repeat(N / 18)],
    ['nested numbering', `${'1.'.repeat(N / 2)} x`],
    ['stars', '*'.repeat(N)],
    ['many short lines', 'Số: 1/KH\n'.repeat(N / 9)],
    ['ngày tháng without a year', 'ngày tháng '.repeat(N / 11)],
    ['commas and "và"', 'A, B và '.repeat(N / 8)],
    [
      'repeated "xây dựng Kế hoạch" without a colon',
      `Số: 1/KH\nKẾ HOẠCH\n${'xây dựng Kế hoạch '.repeat(N / 18)}`,
    ],
    ['repeated "ban hành Kế hoạch số"', 'ban hành Kế hoạch số '.repeat(N / 21)],
  ])('stays fast on %s', (_name, text) => {
    parses(text);
    parses(`Số: 1/KH\nKẾ HOẠCH\nI. MỤC ĐÍCH\n1. ${text}\nNơi nhận:\n- ${text}`);
  });
});
