import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DICTIONARIES, LANGS, isKey, translate, type Key } from './i18n.ts';

const WEB_SRC = import.meta.dirname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

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

  it('give every key a non-empty text in both Vietnamese and English, and no key in only one', () => {
    const keys = new Set([...Object.keys(LANGS.vi), ...Object.keys(LANGS.en)]);
    const missing: string[] = [];
    for (const key of keys)
      for (const lang of ['vi', 'en'] as const) {
        const text = (LANGS[lang] as Record<string, string | undefined>)[key];
        if (typeof text !== 'string' || text.trim() === '') missing.push(`${lang}: ${key}`);
      }
    expect(missing).toEqual([]);
  });

  it('use the same {placeholders} in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differ = Object.keys(LANGS.vi).filter(
      (k) => vars(LANGS.vi[k as Key]).join() !== vars(LANGS.en[k as Key]).join(),
    );
    expect(differ).toEqual([]);
  });

  it('have every key the web source asks t() for, literal or by prefix', () => {
    const unknown: string[] = [];
    const all = Object.keys(LANGS.vi);
    for (const file of sources(WEB_SRC)) {
      const text = readFileSync(file, 'utf8');
      const where = file.slice(WEB_SRC.length + 1);
      for (const m of text.matchAll(/\bt\(\s*(['"])([^'"]+)\1/g))
        if (!isKey(m[2]!)) unknown.push(`${where}: ${m[2]}`);
      for (const m of text.matchAll(/\bt\(\s*`([A-Za-z_]*)\$\{/g))
        if (!all.some((k) => k.startsWith(m[1]!))) unknown.push(`${where}: ${m[1]}…`);
    }
    expect(unknown).toEqual([]);
  });
});

describe('translate', () => {
  afterEach(() => vi.restoreAllMocks());

  it('fills the variables in the chosen language', () => {
    expect(translate('vi', 'resultCount', { n: 3 })).toBe('3 kết quả.');
    expect(translate('en', 'resultCount', { n: 3 })).toBe('3 results.');
  });

  it('logs a missing key as a console error and shows nothing rather than the key', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(translate('vi', 'freq_fortnightly' as Key)).toBe('');
    expect(error).toHaveBeenCalledWith('i18n: missing key freq_fortnightly');
  });
});
