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
    expect(passwordProblem('xy'.repeat(128), 'lan')).toBeNull();
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
