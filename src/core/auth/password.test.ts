import { describe, expect, it } from 'vitest';
import { hashPassword, passwordHashOptions, verifyPassword } from './password.ts';

describe('password hashing', () => {
  it('uses the OWASP argon2id parameters unless a test run asks for the cheap ones', () => {
    expect(passwordHashOptions({})).toMatchObject({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    expect(passwordHashOptions({ PASSWORD_HASH_COST: 'test' })).toMatchObject({ memoryCost: 19_456 });
    expect(passwordHashOptions({ PASSWORD_HASH_COST: 'test', NODE_ENV: 'production' }).memoryCost).toBe(
      19_456,
    );
    expect(passwordHashOptions({ PASSWORD_HASH_COST: 'test', NODE_ENV: 'test' }).memoryCost).toBe(64);
  });
  it('verifies a hash whatever its cost, and refuses the wrong password', async () => {
    const h = await hashPassword('mot-mat-khau-du-dai');
    expect(h.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(h, 'mot-mat-khau-du-dai')).toBe(true);
    expect(await verifyPassword(h, 'mot-mat-khau-khac')).toBe(false);
    const standard =
      '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$' +
      'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    expect(await verifyPassword(standard, 'x')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
});
