/**
 * How guessable a password is, offline (NIST SP 800-63B §3.1.1.2: compare against values known to
 * be commonly used or compromised, and estimate strength; no composition rules). The estimator is
 * zxcvbn-ts with its common dictionaries (English words, names, Wikipedia terms, keyboard
 * patterns) and the Vietnamese words of vietnamese-words.ts; the list of known passwords is the
 * one @zxcvbn-ts/language-common ships (about 49,000, drawn from public breach corpora), checked
 * exactly besides its use in the estimate. Built on first use (the dictionaries take ~0.2 s).
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { VIETNAMESE_WORDS } from './vietnamese-words.ts';

export interface Strength {
  /** 0 (too guessable) to 4 (very unguessable), zxcvbn's scale. */
  score: number;
  /** zxcvbn's warning key (e.g. 'sequences', 'similarToCommon'), or null. */
  warning: string | null;
}

let factory: ZxcvbnFactory | null = null;
let listed: Set<string> | null = null;

function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...dictionary, vietnamese: [...VIETNAMESE_WORDS] },
    graphs: adjacencyGraphs,
  });
  return factory;
}

/** The estimated strength; `userInputs` (the username, the full name) count as known words. */
export function estimateStrength(password: string, userInputs: readonly string[] = []): Strength {
  const r = estimator().check(password, [...userInputs]);
  return { score: r.score, warning: r.feedback.warning };
}

/** True when the password (in any case) is on the shipped list of known passwords. */
export function isListedPassword(password: string): boolean {
  listed ??= new Set(dictionary['passwords-common']);
  return listed.has(password.toLowerCase());
}
