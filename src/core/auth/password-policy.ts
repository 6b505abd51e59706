/**
 * The password policy, the same for the first administrator (setup), a new user, an
 * administrator's reset, a user's own change and the CLI: 10 to 256 characters (the upper bound
 * keeps argon2 from hashing megabytes), not containing the username, not one of the very common
 * passwords below, not one character repeated. Request schemas check the length too (then the
 * answer is VALIDATION_FAILED); the other rules answer PASSWORD_TOO_WEAK, with the rule in the
 * details.
 */
import { AppError } from '../errors/app-error.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password.ts';

/** Very common passwords of 10 characters or more, international and Vietnamese (lower case). */
const COMMON = new Set([
  '1234567890',
  '0123456789',
  '12345678910',
  '1234567890a',
  'a123456789',
  '123456789a',
  '0987654321',
  '1122334455',
  'abc1234567',
  'abcd123456',
  'abc@123456',
  'qwertyuiop',
  'qwerty1234',
  'qwerty@123',
  'asdfghjkl1',
  '1q2w3e4r5t',
  'password123',
  'password@123',
  'password12',
  'passw0rd123',
  'iloveyou123',
  'admin12345',
  'admin@1234',
  'administrator',
  'matkhau123',
  'matkhau@123',
  'matkhau1234',
  'matkhaumoi',
  'matkhaucuatoi',
  'anhyeuem123',
  'anhyeuemnhieu',
  'emyeuanh123',
  'yeuemnhieu',
  'vietnam123',
  'vietnam@123',
  'vietnam1234',
  'hanoi12345',
  'hochiminh123',
  'saigon12345',
  'khongbiet123',
  'binhdang123',
  'binhdang@123',
  'binhdanggioi',
]);

export type PasswordRule = 'too_short' | 'too_long' | 'contains_username' | 'common';

const MESSAGES: Record<PasswordRule, string> = {
  too_short: `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`,
  too_long: `Mật khẩu không được dài quá ${MAX_PASSWORD_LENGTH} ký tự.`,
  contains_username: 'Mật khẩu không được chứa tên đăng nhập.',
  common: 'Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.',
};

/** The first rule the password breaks, or null. */
export function passwordProblem(password: string, username: string): PasswordRule | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (password.length > MAX_PASSWORD_LENGTH) return 'too_long';
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  // usernames have 3 characters or more (ZUsername); a shorter one exists only in tests
  if (name.length >= 3 && lower.includes(name)) return 'contains_username';
  if (COMMON.has(lower) || new Set(lower).size === 1) return 'common';
  return null;
}

/** Throws PASSWORD_TOO_WEAK (details at `path`) unless the password follows the policy. */
export function assertPasswordPolicy(password: string, username: string, path = 'password'): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new AppError('PASSWORD_TOO_WEAK', [{ path, message: MESSAGES[problem] }]);
}
