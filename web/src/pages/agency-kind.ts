/** A first guess at the kind of an agency from how a plan names it; the user can change it. */
import type { AgencyKind } from '../api/types.ts';

const fold = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

const RULES: [RegExp, AgencyKind][] = [
  [/ban vi su tien bo|\bvstbpn\b/, 'cfaw'],
  [/hoi lien hiep phu nu|hoi lhpn|\blhpn\b/, 'womens_union'],
  [/^cong an|\bca tinh\b/, 'police'],
  [/^(uy ban nhan dan|ubnd)/, 'people_committee'],
  [/dia chi tin cay|nha tam lanh|trung tam cong tac xa hoi|tro giup phap ly/, 'service_provider'],
  [/^(so|ban|chi cuc|cuc|vien|thanh tra|bo chi huy|dai|bao|tram|trung tam)\b/, 'department'],
];

export function guessAgencyKind(name: string): AgencyKind {
  const f = fold(name.trim());
  for (const [re, kind] of RULES) if (re.test(f)) return kind;
  return 'other';
}
