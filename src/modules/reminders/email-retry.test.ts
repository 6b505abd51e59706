import { describe, expect, it } from 'vitest';
import { afterFailure, errorText, MAX_RETRY_MS, retryDelayMs } from './email-retry.ts';

const MIN = 60_000;

describe('the retry rule', () => {
  it('waits 5, 10, 20, 40 minutes… after each failed try, at most 4 hours', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n) / MIN)).toEqual([5, 10, 20, 40, 80]);
    expect(retryDelayMs(7)).toBe(MAX_RETRY_MS);
    expect(retryDelayMs(30)).toBe(MAX_RETRY_MS);
  });

  it('gives up after the last try', () => {
    const now = new Date('2026-11-26T03:00:00Z');
    expect(afterFailure(1, 5, now)).toEqual({
      state: 'pending',
      nextAttemptAt: new Date('2026-11-26T03:05:00Z'),
    });
    expect(afterFailure(4, 5, now)).toEqual({
      state: 'pending',
      nextAttemptAt: new Date('2026-11-26T03:40:00Z'),
    });
    expect(afterFailure(5, 5, now).state).toBe('failed');
    expect(afterFailure(1, 1, now).state).toBe('failed');
  });
});

describe('the error text', () => {
  it('keeps the SMTP message and masks addresses', () => {
    const err = new Error(
      "Can't send mail - all recipients were rejected: 550 5.1.1 <bc.phuong@example.vn>: Recipient\r\n address rejected",
    );
    expect(errorText(err)).toBe(
      "Can't send mail - all recipients were rejected: 550 5.1.1 <<…>>: Recipient address rejected",
    );
    expect(errorText('x'.repeat(900))).toHaveLength(500);
    expect(errorText(new Error(''))).toBe('unknown error');
  });
});
