import { describe, expect, it } from 'vitest';
import { clockFor, ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to port 3000 and ./data with the embedded database', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.dataDir.endsWith('/data')).toBe(true);
    expect(c.databaseUrl).toBeUndefined();
  });
  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toMatch(/PORT/);
      expect((err as Error).message).toMatch(/DATABASE_URL: must start with postgres/);
    }
  });
  it('takes TIME_ZONE, Asia/Ho_Chi_Minh by default, and refuses a zone it does not know', () => {
    expect(loadConfig({}).timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(loadConfig({ TIME_ZONE: 'Asia/Bangkok' }).timeZone).toBe('Asia/Bangkok');
    expect(() => loadConfig({ TIME_ZONE: 'Asia/Hanoi_City' })).toThrow(/TIME_ZONE: unknown time zone/);
  });
  it('takes a disclosure threshold of 5 by default, raised only, never lowered', () => {
    expect(loadConfig({}).disclosureMinCount).toBe(5);
    expect(loadConfig({ DISCLOSURE_MIN_COUNT: '10' }).disclosureMinCount).toBe(10);
    expect(() => loadConfig({ DISCLOSURE_MIN_COUNT: '4' })).toThrow(/DISCLOSURE_MIN_COUNT/);
  });

  it('refuses the test-only password hashing outside a test run', () => {
    expect(() => loadConfig({ PASSWORD_HASH_COST: 'test', NODE_ENV: 'production' })).toThrow(
      /PASSWORD_HASH_COST: test is for test runs only/,
    );
    expect(() => loadConfig({ PASSWORD_HASH_COST: 'test' })).toThrow(/PASSWORD_HASH_COST/);
    expect(() => loadConfig({ PASSWORD_HASH_COST: 'test', NODE_ENV: 'test' })).not.toThrow();
  });
  it('starts the clock at CLOCK_START, in the zone', () => {
    const clock = clockFor(loadConfig({ CLOCK_START: '2026-12-31T17:30:00Z' }));
    expect(clock.today()).toBe('2027-01-01');
    expect(clockFor(loadConfig({ CLOCK_START: '2026-12-31T17:30:00Z', TIME_ZONE: 'UTC' })).today()).toBe(
      '2026-12-31',
    );
    expect(() => loadConfig({ CLOCK_START: 'tomorrow' })).toThrow(/CLOCK_START/);
  });
  it('tries a reminder e-mail 5 times by default, and refuses fewer than 1', () => {
    expect(loadConfig({}).reminders.emailMaxTries).toBe(5);
    expect(loadConfig({ REMINDER_EMAIL_MAX_TRIES: '8' }).reminders.emailMaxTries).toBe(8);
    expect(() => loadConfig({ REMINDER_EMAIL_MAX_TRIES: '0' })).toThrow(/REMINDER_EMAIL_MAX_TRIES/);
  });
});
