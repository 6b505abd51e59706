import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupName, targetLabel } from './content-labels.ts';

const SEED = join(import.meta.dirname, '..', '..', 'seed');
/** A letter only Vietnamese writes (English text has none). */
const VIETNAMESE = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]/i;

describe('the shipped content in English', () => {
  it('has an English heading for every group of the shipped report forms', () => {
    const dir = join(SEED, 'report-forms');
    const groups = new Set(
      readdirSync(dir).flatMap((f) =>
        (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { fields: { group: string }[] }).fields.map(
          (x) => x.group,
        ),
      ),
    );
    expect(groups.size).toBeGreaterThan(3);
    expect([...groups].filter((g) => VIETNAMESE.test(groupName(g, 'en')))).toEqual([]);
    expect([...groups].every((g) => groupName(g, 'vi') === g)).toBe(true);
  });

  it('has an English label for every national target of the indicator catalogue', () => {
    const seed = JSON.parse(readFileSync(join(SEED, 'indicators', 'indicators.json'), 'utf8')) as {
      programmes: { indicators: { targets?: { label: string }[] }[] }[];
    };
    const labels = new Set(
      seed.programmes.flatMap((p) => p.indicators.flatMap((i) => (i.targets ?? []).map((t) => t.label))),
    );
    expect(labels.size).toBeGreaterThan(10);
    expect([...labels].filter((l) => VIETNAMESE.test(targetLabel(l, 'en')))).toEqual([]);
    expect(targetLabel('1,7 lần', 'vi')).toBe('1,7 lần');
  });
});
