import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

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
  it('tries a reminder e-mail 5 times by default, and refuses fewer than 1', () => {
    expect(loadConfig({}).reminders.emailMaxTries).toBe(5);
    expect(loadConfig({ REMINDER_EMAIL_MAX_TRIES: '8' }).reminders.emailMaxTries).toBe(8);
    expect(() => loadConfig({ REMINDER_EMAIL_MAX_TRIES: '0' })).toThrow(/REMINDER_EMAIL_MAX_TRIES/);
  });
});
