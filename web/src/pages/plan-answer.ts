/**
 * Answering a higher plan (the cascade): the importer is opened from "Xây dựng kế hoạch thực hiện"
 * with ?answers=<plan id>&unitId=<unit id>. The higher plan becomes an implemented reference of the
 * draft (so the issuer sees the answer), and the unit is chosen in advance.
 */
import type { ParsedReference, PlanDetail } from '../api/plan-types.ts';
import { formatDate } from '../format.ts';
import { sameReference, type Draft } from './plan-import.ts';

export function referenceTo(plan: PlanDetail): ParsedReference {
  const issuer = plan.issuerName ?? plan.unitName;
  const number = plan.documentNumber;
  const date = plan.issuedOn ? ` ngày ${formatDate(plan.issuedOn)}` : '';
  return {
    kind: 'Kế hoạch',
    number,
    date: plan.issuedOn,
    issuer,
    text: `Kế hoạch${number ? ` số ${number}` : ''}${date} của ${issuer} về ${plan.title}`,
  };
}

/** The draft with the higher plan marked as implemented, added when the text did not cite it. */
export function withAnswered(draft: Draft, plan: PlanDetail): Draft {
  const ref = referenceTo(plan);
  const cited = draft.references.some((r) => sameReference(r.ref, ref));
  return {
    ...draft,
    references: cited
      ? draft.references.map((r) => (sameReference(r.ref, ref) ? { ...r, implements: true } : r))
      : [{ ref, implements: true }, ...draft.references],
  };
}
