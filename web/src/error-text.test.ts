/**
 * The API's error details never reach the user as raw field paths: every field of the real
 * request schemas (src/modules/*\/*.schema.ts) gets a label in both languages, and no line the
 * web composes contains an identifier (camelCase, snake_case) or the validator's own wording.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ErrorDetail } from './api/client.ts';
import { detailLine, detailMessage, fieldLabel } from './error-text.ts';

const MODULES = join(import.meta.dirname, '..', '..', 'src', 'modules');
const IDENTIFIER = /\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z]+_[a-z_]+\b/;

type Def = { type: string; shape?: object; element?: unknown; innerType?: unknown; in?: unknown };
type Def2 = Def & { options?: unknown[]; left?: unknown; right?: unknown };

/** Every field path of a schema ("roles.0.unitId"), objects and arrays walked. */
function paths(schema: unknown, at: string[] = []): string[] {
  const def = (schema as { _zod?: { def: Def2 } } | undefined)?._zod?.def;
  if (!def) return [];
  if (def.type === 'object')
    return Object.entries(def.shape ?? {}).flatMap(([k, v]) => [
      [...at, k].join('.'),
      ...paths(v, [...at, k]),
    ]);
  if (def.type === 'array') return paths(def.element, [...at, '0']);
  if (def.type === 'pipe') return paths(def.in, at);
  if (def.type === 'union') return (def.options ?? []).flatMap((o) => paths(o, at));
  if (def.type === 'intersection') return [...paths(def.left, at), ...paths(def.right, at)];
  if ('innerType' in def) return paths(def.innerType, at);
  return [];
}

async function requestPaths(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const mod of readdirSync(MODULES))
    for (const file of readdirSync(join(MODULES, mod)).filter((f) => f.endsWith('.schema.ts'))) {
      const exports = (await import(join(MODULES, mod, file))) as Record<string, z.ZodType>;
      for (const [name, schema] of Object.entries(exports))
        if (/^Z\w*(Request|Input|Update)\w*Schema$/.test(name) && !/Response|List|Search|Query/.test(name))
          for (const p of paths(schema)) out.set(`body.${p}`, `${mod}/${name}`);
    }
  return out;
}

const ZOD_CODES = ['invalid_type', 'too_small', 'too_big', 'invalid_value', 'invalid_format', 'custom'];

describe('API error details as text', () => {
  it('name every field of the request schemas by a label, in both languages', async () => {
    const all = await requestPaths();
    expect(all.size).toBeGreaterThan(100);
    const unnamed = [...all]
      .filter(([path]) => !fieldLabel(path, 'vi') || !fieldLabel(path, 'en'))
      .map(([path, from]) => `${path} (${from})`);
    expect(unnamed).toEqual([]);
  });

  it('never show a raw field path or identifier, whatever the schema check said', async () => {
    const bad: string[] = [];
    for (const path of (await requestPaths()).keys())
      for (const code of ZOD_CODES)
        for (const lang of ['vi', 'en'] as const) {
          const d: ErrorDetail = {
            path,
            // what zod says in Vietnamese: its words for types are identifiers
            message: 'Đầu vào không hợp lệ: mong đợi string, nhận được undefined',
            code,
            params:
              code === 'too_small' ? { minimum: 3, origin: 'string' } : { maximum: 500, origin: 'number' },
          };
          const line = detailLine(d, lang);
          if (IDENTIFIER.test(line) || line.includes('undefined'))
            bad.push(`${lang} ${path} ${code}: ${line}`);
        }
    expect(bad).toEqual([]);
  });

  it('name a report figure by its element and category, not "CODE|female"', () => {
    const d: ErrorDetail = {
      path: 'values.COMMUNICATION_EVENTS|female',
      message: 'Số cuộc truyền thông: nữ + nam (120) lớn hơn tổng số (100).',
      messageEn: 'Communication events: female + male (120) exceed the total (100).',
    };
    const labels = { COMMUNICATION_EVENTS: 'Số cuộc truyền thông' };
    expect(detailLine(d, 'vi', labels)).toBe(
      'Số cuộc truyền thông — Nữ: Số cuộc truyền thông: nữ + nam (120) lớn hơn tổng số (100).',
    );
    expect(detailMessage(d, 'en')).toBe('Communication events: female + male (120) exceed the total (100).');
    expect(detailLine(d, 'en')).not.toMatch(/COMMUNICATION_EVENTS|\|/);
  });

  it('compose the limit of a schema check in the chosen language', () => {
    const d = {
      path: 'body.name',
      message: 'Quá nhỏ',
      code: 'too_small',
      params: { minimum: 3, origin: 'string' },
    };
    expect(detailLine(d, 'vi')).toBe('Tên: Cần ít nhất 3 ký tự.');
    expect(detailLine(d, 'en')).toBe('Name: At least 3 characters.');
  });

  it('show the message alone when nothing names the field', () => {
    expect(detailLine({ path: 'body.zzzUnknownField', message: 'Sai.' }, 'vi')).toBe('Sai.');
  });
});
