/**
 * The password policy, the same for the first administrator (setup), a new user, an
 * administrator's reset, a user's own change and the CLI, after NIST SP 800-63B: 10 to 256
 * characters (the upper bound keeps argon2 from hashing megabytes), not containing the username,
 * not a known password (the very common ones below and the list password-strength.ts ships), and
 * an estimated strength of 3 or more out of 4 (zxcvbn-ts, with Vietnamese words); no composition
 * rules. Request schemas check the length too (then the answer is VALIDATION_FAILED); the other
 * rules answer PASSWORD_TOO_WEAK, with why in Vietnamese in the details.
 */
import { AppError } from '../errors/app-error.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password.ts';
import { estimateStrength, isListedPassword } from './password-strength.ts';

/** The least estimated strength accepted (zxcvbn: 3 = "safely unguessable", ~10^8 guesses). */
export const MIN_PASSWORD_SCORE = 3;

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

export type PasswordRule = 'too_short' | 'too_long' | 'contains_username' | 'common' | 'weak';

const MESSAGES: Record<PasswordRule, string> = {
  too_short: `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`,
  too_long: `Mật khẩu không được dài quá ${MAX_PASSWORD_LENGTH} ký tự.`,
  contains_username: 'Mật khẩu không được chứa tên đăng nhập.',
  common: 'Mật khẩu này quá phổ biến hoặc đã bị lộ, dễ bị đoán. Hãy chọn mật khẩu khác.',
  weak: 'Mật khẩu này dễ bị đoán.',
};

/** Why a password is guessable, by zxcvbn's warning key; the advice that follows. */
const WHY: Record<string, string> = {
  straightRow: 'Các phím liền nhau trên bàn phím rất dễ đoán.',
  keyPattern: 'Các kiểu gõ theo hình trên bàn phím rất dễ đoán.',
  simpleRepeat: 'Ký tự lặp lại (như "aaa") rất dễ đoán.',
  extendedRepeat: 'Một nhóm ký tự lặp lại (như "abcabc", "1212") rất dễ đoán.',
  sequences: 'Dãy ký tự liên tiếp (như "abcd", "1234") rất dễ đoán.',
  recentYears: 'Năm gần đây rất dễ đoán.',
  dates: 'Ngày tháng rất dễ đoán.',
  topTen: 'Đây là một trong những mật khẩu bị dùng nhiều nhất.',
  topHundred: 'Đây là một mật khẩu bị dùng rất nhiều.',
  common: 'Đây là một mật khẩu phổ biến.',
  similarToCommon: 'Mật khẩu này gần giống một mật khẩu phổ biến.',
  wordByItself: 'Một từ đứng một mình rất dễ đoán.',
  namesByThemselves: 'Họ tên đứng một mình rất dễ đoán.',
  commonNames: 'Họ tên phổ biến rất dễ đoán.',
  userInputs: 'Mật khẩu không nên chứa thông tin cá nhân hay tên đăng nhập.',
};
const ADVICE =
  'Hãy dùng một cụm gồm vài từ không liên quan đến nhau (ví dụ "cay-bang-mua-thu-xanh"), không cần ký tự đặc biệt.';

/** The first rule the password breaks, or null. */
export function passwordProblem(password: string, username: string): PasswordRule | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (password.length > MAX_PASSWORD_LENGTH) return 'too_long';
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  // usernames have 3 characters or more (ZUsername); a shorter one exists only in tests
  if (name.length >= 3 && lower.includes(name)) return 'contains_username';
  if (COMMON.has(lower) || new Set(lower).size === 1 || isListedPassword(lower)) return 'common';
  if (estimateStrength(password, [username]).score < MIN_PASSWORD_SCORE) return 'weak';
  return null;
}

/** Why, in Vietnamese, for the details of PASSWORD_TOO_WEAK. */
export function passwordMessage(password: string, username: string, rule: PasswordRule): string {
  if (rule !== 'weak') return MESSAGES[rule];
  const why = WHY[estimateStrength(password, [username]).warning ?? ''];
  return [MESSAGES.weak, why, ADVICE].filter(Boolean).join(' ');
}

/** Throws PASSWORD_TOO_WEAK (details at `path`) unless the password follows the policy. */
export function assertPasswordPolicy(password: string, username: string, path = 'password'): void {
  const problem = passwordProblem(password, username);
  if (problem)
    throw new AppError('PASSWORD_TOO_WEAK', [
      { path, message: passwordMessage(password, username, problem) },
    ]);
}
