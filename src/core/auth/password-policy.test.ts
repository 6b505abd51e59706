import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.ts';
import { assertPasswordPolicy, passwordProblem } from './password-policy.ts';

describe('passwordProblem', () => {
  it('names the first rule broken', () => {
    expect(passwordProblem('ngan-qua', 'lan')).toBe('too_short');
    expect(passwordProblem('x'.repeat(257), 'lan')).toBe('too_long');
    expect(passwordProblem('Lan.Tran-2025', 'lan.tran')).toBe('contains_username');
    expect(passwordProblem('MatKhau@123', 'lan.tran')).toBe('common');
    expect(passwordProblem('0000000000', 'lan.tran')).toBe('common');
  });

  it('accepts a long, uncommon password, and a 2-letter name inside one (test users only)', () => {
    expect(passwordProblem('mat-khau-du-dai-2025', 'lan.tran')).toBeNull();
    expect(passwordProblem('mat-khau-du-dai-2025', 'kh')).toBeNull();
    // 256 characters is the upper bound (a repetition such as 'xy' × 128 is now refused as weak)
    const long = Array.from({ length: 32 }, (_, i) => `cay${i * 7919}-`)
      .join('')
      .slice(0, 256);
    expect(long).toHaveLength(256);
    expect(passwordProblem(long, 'lan')).toBeNull();
    expect(passwordProblem('xy'.repeat(128), 'lan')).toBe('weak');
  });

  it('refuses what the estimator finds guessable, Vietnamese words included (issue 16)', () => {
    for (const p of ['abcdefghij', '1212121212', '12345678901', 'qwertyuiop1'])
      expect(passwordProblem(p, 'lan.tran'), p).not.toBeNull();
    for (const p of ['anhyeuem2025', 'matkhau2024', 'nguyenvan12', 'hanoi2024@'])
      expect(passwordProblem(p, 'lan.tran'), p).toBe('weak');
    // on the shipped list of known passwords
    expect(passwordProblem('iloveyou12', 'lan.tran')).toBe('common');
    expect(passwordProblem('cay-bang-mua-thu-xanh', 'lan.tran')).toBeNull();
  });

  it('says why in Vietnamese, with advice', () => {
    try {
      assertPasswordPolicy('abcdefghij', 'lan');
      expect.unreachable();
    } catch (err) {
      const [detail] = (err as AppError).details as { message: string }[];
      expect(detail!.message).toContain('Dãy ký tự liên tiếp');
      expect(detail!.message).toContain('cụm gồm vài từ');
    }
  });

  it('throws PASSWORD_TOO_WEAK with the rule in Vietnamese at the given path', () => {
    try {
      assertPasswordPolicy('password123', 'lan', 'newPassword');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('PASSWORD_TOO_WEAK');
      expect((err as AppError).details).toEqual([
        { path: 'newPassword', message: expect.stringContaining('phổ biến') },
      ]);
    }
  });
});
