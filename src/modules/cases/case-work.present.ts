/** A case's referrals and notes as its team reads them (sealed texts opened here). */
import { openOrNull, type KeyRing } from '../../core/crypto/field-cipher.ts';
import type { CaseWorkRepository } from './case-work.repository.ts';
import type { TCase } from './cases.schema.ts';

type ReferralRow = Awaited<ReturnType<CaseWorkRepository['referrals']>>[number];
type NoteRow = Awaited<ReturnType<CaseWorkRepository['notes']>>[number];

/** Sent or accepted, with a due date that has passed. */
export function isOverdue(r: Pick<ReferralRow, 'status' | 'due_on'>, today: string): boolean {
  return (r.status === 'sent' || r.status === 'accepted') && r.due_on !== null && r.due_on < today;
}

export function presentReferral(ring: KeyRing, r: ReferralRow, today: string): TCase['referrals'][number] {
  return {
    id: r.id,
    providerId: r.provider_id,
    providerName: r.provider_name,
    service: r.service,
    status: r.status,
    dueOn: r.due_on,
    overdue: isOverdue(r, today),
    note: openOrNull(ring, r.note_enc, `referral.note.${r.uid}`),
    sentAt: new Date(r.sent_at).toISOString(),
  };
}

export function presentNote(ring: KeyRing, n: NoteRow): TCase['notes'][number] {
  return {
    id: n.id,
    kind: n.kind,
    onDate: n.on_date,
    method: n.method,
    done: n.done,
    text: openOrNull(ring, n.text_enc, `case_note.text.${n.uid}`) ?? '',
    authorName: n.author_name,
  };
}
