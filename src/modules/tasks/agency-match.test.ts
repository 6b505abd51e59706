import { describe, expect, it } from 'vitest';
import { agencyScore, bestAgencyMatch } from './agency-match.ts';

describe('agency name matching', () => {
  const agencies = [
    { name: 'Hội Liên hiệp Phụ nữ tỉnh Hưng Yên' },
    { name: 'Sở Nội vụ tỉnh Hưng Yên' },
    { name: 'Sở Y tế tỉnh Hưng Yên' },
    { name: 'Công an tỉnh Hưng Yên' },
  ];
  it('expands abbreviations and ignores diacritics', () => {
    expect(bestAgencyMatch('Hội LHPN tỉnh', agencies)?.agency.name).toBe(
      'Hội Liên hiệp Phụ nữ tỉnh Hưng Yên',
    );
    expect(bestAgencyMatch('so noi vu', agencies)?.agency.name).toBe('Sở Nội vụ tỉnh Hưng Yên');
  });
  it('scores unrelated names low', () => {
    expect(agencyScore('Sở Tư pháp', 'Sở Y tế tỉnh Hưng Yên')).toBeLessThan(0.6);
    expect(agencyScore('Công an tỉnh', 'Công an tỉnh Hưng Yên')).toBeGreaterThan(0.85);
  });
});
