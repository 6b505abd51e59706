/**
 * `binhdang report …` and `binhdang indicator values` in real processes on a copy of the prepared
 * data directory: a CSV and an ADX file imported into drafts, the summary and export of what is
 * (not yet) approved, due reports and indicator values, and bad input refused with a stable code.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliIn } from '../support/cli.ts';
import { copyPreparedDataDir } from '../support/prepared-data-dir.ts';

const dir = mkdtempSync(join(tmpdir(), 'binhdang-cli-reports-'));

const binhdang = cliIn(copyPreparedDataDir(join(dir, 'data')));

describe('binhdang report / indicator', () => {
  it('imports a CSV into draft reports and refuses a bad one whole', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'unit_code,period_start,element_code,category,value\n11953,2026-01-01,NOPE,total,1\n');
    const refused = await binhdang(['report', 'import', bad, '--form', 'GE_SEMIANNUAL']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('IMPORT_INVALID');
    expect(refused.err).toContain('row 2: element_code');

    const good = join(dir, 'good.csv');
    writeFileSync(
      good,
      'unit_code,period_start,element_code,category,value\n11953,2026-01-01,COMMUNICATION_EVENTS,total,12\n13225,2026-01-01,COMMUNICATION_EVENTS,total,5\n',
    );
    const ok = await binhdang(['report', 'import', good, '--form', 'GE_SEMIANNUAL']);
    expect(ok.err).toBe('');
    expect(ok.out.trim()).toBe('imported 2 values into 2 reports (2 new)');
  });

  it('imports ADX (.xml) and refuses one with a DOCTYPE, naming the line', async () => {
    const adx = (head: string) =>
      `${head}<adx xmlns="urn:ihe:qrph:adx:2015">\n<group orgUnit="11953" period="2026-01-01/P6M">` +
      '<dataValue dataElement="COMMUNICATION_EVENTS" value="12"/></group></adx>\n';
    const bad = join(dir, 'bad.adx.xml');
    writeFileSync(bad, adx('<!DOCTYPE adx [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'));
    const refused = await binhdang(['report', 'import', bad, '--form', 'GE_SEMIANNUAL']);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('ADX_INVALID');
    expect(refused.err).toContain('"path":"line 1"');
    const good = join(dir, 'good.adx.xml');
    writeFileSync(good, adx('<?xml version="1.0" encoding="UTF-8"?>\n'));
    const ok = await binhdang(['report', 'import', good, '--form', 'GE_SEMIANNUAL']);
    expect(ok.err).toBe('');
    expect(ok.out.trim()).toBe('imported 1 values into 1 reports (0 new)');
  });

  it('summarises and exports: drafts are not counted until approved', async () => {
    const s = await binhdang([
      'report',
      'summary',
      '--form',
      'GE_SEMIANNUAL',
      '--period',
      '2026-01-01',
      '--unit',
      '33',
    ]);
    expect(s.out).toContain('Tỉnh Hưng Yên — 6 tháng đầu năm 2026');
    expect(s.out).toContain('Đã gửi 0/');
    expect(s.out).not.toContain('COMMUNICATION_EVENTS');
    const out = join(dir, 'all.csv');
    const e = await binhdang([
      'report',
      'export',
      '--form',
      'GE_SEMIANNUAL',
      '--period',
      '2026-01-01',
      '--unit',
      '33',
      '--all',
      '--out',
      out,
    ]);
    expect(e.out).toContain(`wrote ${out}`);
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain('11953,2025,Phường Phố Hiến,2026-01-01,COMMUNICATION_EVENTS');
    expect(csv.trim().split('\n')).toHaveLength(3);
  });

  it('lists what a commune owes and the indicator values, and names a wrong unit', async () => {
    const due = await binhdang(['report', 'due', '--unit', '11953', '--json']);
    expect(JSON.parse(due.out)).toEqual([]);
    const v = await binhdang([
      'indicator',
      'values',
      '--year',
      '2026',
      '--unit',
      '33',
      '--programme',
      'NSGE',
    ]);
    expect(v.out).toContain('Tỉnh Hưng Yên — 2026');
    expect(v.out).toMatch(/NSGE-3\.2a\s+—/);
    // each status with its coverage: reports counted / expected
    expect(v.out).toMatch(/NSGE-3\.2a\s+—.*no_data \(0\/\d+\)/);
    const wrong = await binhdang(['report', 'due', '--unit', '99999']);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('UNIT_NOT_FOUND');
  });
});
