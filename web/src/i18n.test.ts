import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from './i18n.ts';

describe('the dictionaries', () => {
  it('never define the same key twice (the later one would replace the earlier text)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, dict] of Object.entries(DICTIONARIES))
      for (const key of Object.keys(dict)) {
        const first = owner.get(key);
        if (first) clashes.push(`${key}: ${first} and ${name}`);
        else owner.set(key, name);
      }
    expect(clashes).toEqual([]);
  });
});
