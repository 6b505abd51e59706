/**
 * Fuzzy, diacritic-insensitive matching of agency names written in plans ("Hội LHPN tỉnh",
 * "Sở LĐTBXH") to agency records ("Hội Liên hiệp Phụ nữ tỉnh Hưng Yên"). Pure; the caller decides
 * what score is good enough and lets the user confirm the rest.
 */
import { searchKey } from '../../core/text/search-key.ts';

const ABBREVIATIONS: [RegExp, string][] = [
  [/\blhpn\b/g, 'lien hiep phu nu'],
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bldtbxh\b/g, 'lao dong thuong binh va xa hoi'],
  [/\bmttq\b/g, 'mat tran to quoc'],
  [/\btncs\b/g, 'thanh nien cong san'],
  [/\bvhttdl\b/g, 'van hoa the thao va du lich'],
  [/\bgddt\b/g, 'giao duc va dao tao'],
  [/\btttt\b/g, 'thong tin va truyen thong'],
];
const FILLER = new Set(['va', 'cac', 'tinh', 'thanh', 'pho', 'xa', 'phuong', 'viet', 'nam']);

export function agencyTokens(name: string): string[] {
  let key = searchKey(name);
  for (const [re, full] of ABBREVIATIONS) key = key.replace(re, full);
  return key.split(' ').filter((t) => t && !FILLER.has(t));
}

/** Share of the plan name's words found in the candidate (0..1), penalised a little for extra words. */
export function agencyScore(nameInPlan: string, candidate: string): number {
  const a = agencyTokens(nameInPlan);
  const b = new Set(agencyTokens(candidate));
  if (a.length === 0 || b.size === 0) return 0;
  const hits = a.filter((t) => b.has(t)).length;
  return (hits / a.length) * (0.9 + 0.1 * Math.min(1, a.length / b.size));
}

export function bestAgencyMatch<T extends { name: string }>(
  nameInPlan: string,
  candidates: T[],
): { agency: T; score: number } | null {
  let best: { agency: T; score: number } | null = null;
  for (const c of candidates) {
    const score = agencyScore(nameInPlan, c.name);
    if (!best || score > best.score) best = { agency: c, score };
  }
  return best;
}
