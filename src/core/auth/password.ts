/** Password hashing with argon2id (OWASP parameters: 19 MiB, 2 iterations, 1 lane). */
import { hash, verify } from '@node-rs/argon2';

const STANDARD = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
/** The cheapest argon2id, for test runs only: thousands of users made and signed in per run. */
const TEST = { algorithm: 2, memoryCost: 64, timeCost: 1, parallelism: 1 } as const;

/**
 * The parameters new hashes get. PASSWORD_HASH_COST=test takes effect only with NODE_ENV=test (the
 * configuration refuses it otherwise, so a server never starts with it). Verifying reads the
 * parameters from the stored hash, so hashes of either cost verify.
 */
export function passwordHashOptions(env: NodeJS.ProcessEnv = process.env): typeof STANDARD | typeof TEST {
  return env.PASSWORD_HASH_COST === 'test' && env.NODE_ENV === 'test' ? TEST : STANDARD;
}

export const MIN_PASSWORD_LENGTH = 10;
/** Longer passwords are refused before hashing (argon2 would hash megabytes). */
export const MAX_PASSWORD_LENGTH = 256;

export function hashPassword(password: string): Promise<string> {
  return hash(password, passwordHashOptions());
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the user does not exist, so timing does not reveal usernames. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('binhdang-dummy-password');
  return dummyHash;
}
