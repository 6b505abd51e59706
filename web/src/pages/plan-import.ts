/**
 * The importer's draft: what the parser read (docs/plan-parse.md), as editable fields, and how the
 * confirmed draft becomes the bodies of POST /plans and POST /plans/:id/tasks.
 */
import type {
  AssignmentRole,
  NewPlan,
  NewTask,
  ParsedPlan,
  ParsedReference,
  ReferenceInput,
} from '../api/plan-types.ts';
import { formatDate } from '../format.ts';

export interface DraftReference {
  ref: ParsedReference;
  implements: boolean;
}

export interface DraftAssignment {
  /** Stable key for React while rows are edited or removed. */
  key: number;
  agency: string;
  role: AssignmentRole;
  task: string;
}

export interface Draft {
  docType: string;
  title: string;
  documentNumber: string;
  issuerName: string;
  place: string;
  /** As typed, dd/mm/yyyy. */
  issuedOn: string;
  signerName: string;
  signerPosition: string;
  references: DraftReference[];
  /** One recipient a line. */
  recipients: string;
  assignments: DraftAssignment[];
  sourceText: string;
}

const str = (v: string | null | undefined) => (v ?? '').trim();

/** The same cited document: same number (and kind), or the same words when unnumbered. */
export function sameReference(a: ParsedReference, b: ParsedReference): boolean {
  if (a.number && b.number) return a.number === b.number && a.kind === b.kind;
  return !a.number && !b.number && a.text.trim() === b.text.trim();
}

export function draftFrom(parsed: ParsedPlan, text: string): Draft {
  const doc = parsed.document ?? {};
  const implemented = parsed.implements ?? [];
  const refs = [...(parsed.references ?? [])];
  for (const r of implemented) if (!refs.some((x) => sameReference(x, r))) refs.push(r);
  return {
    docType: str(doc.type) || 'KH',
    title: str(doc.title),
    documentNumber: str(doc.documentNumber),
    issuerName: str(doc.issuer),
    place: str(doc.place),
    issuedOn: formatDate(doc.date ?? null),
    signerName: str(parsed.signer?.name),
    signerPosition: str(parsed.signer?.position),
    references: refs.map((ref) => ({ ref, implements: implemented.some((r) => sameReference(r, ref)) })),
    recipients: (parsed.recipients ?? []).join('\n'),
    assignments: (parsed.assignments ?? []).map((a, key) => ({
      key,
      agency: a.agency,
      role: a.role === 'partner' ? 'partner' : 'lead',
      task: a.task,
    })),
    sourceText: text,
  };
}

const orNull = (s: string, max: number) => (s.trim() ? s.trim().slice(0, max) : null);

function referenceInput(d: DraftReference): ReferenceInput {
  const kind = d.ref.kind.trim();
  return {
    kind: kind.length >= 2 ? kind.slice(0, 60) : 'Văn bản',
    number: d.ref.number ? d.ref.number.slice(0, 60) : null,
    issuedOn: d.ref.date && /^\d{4}-\d{2}-\d{2}$/.test(d.ref.date) ? d.ref.date : null,
    issuer: d.ref.issuer ? d.ref.issuer.slice(0, 200) : null,
    title: d.ref.text.trim().slice(0, 1000),
    implements: d.implements,
  };
}

export function recipientList(text: string): string[] {
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The body of POST /plans; issuedOn is the ISO date already checked by the caller. */
export function toNewPlan(d: Draft, unitId: number, issuedOn: string | null): NewPlan {
  return {
    unitId,
    title: d.title.trim(),
    docType: d.docType.slice(0, 10),
    documentNumber: orNull(d.documentNumber, 60),
    issuerName: orNull(d.issuerName, 300),
    place: orNull(d.place, 100),
    issuedOn,
    signerName: orNull(d.signerName, 100),
    signerPosition: orNull(d.signerPosition, 100),
    references: d.references.filter((r) => r.ref.text.trim().length >= 2).map(referenceInput),
    recipients: recipientList(d.recipients).map((r) => r.slice(0, 300)),
    sourceText: d.sourceText || null,
  };
}

/**
 * One task per lead row; the partner rows with the same task text are its partners. Partner rows
 * whose task has no lead row make no task. Due dates are left for later.
 */
export function groupTasks(rows: DraftAssignment[]): NewTask[] {
  const tasks: NewTask[] = [];
  for (const lead of rows) {
    if (lead.role !== 'lead') continue;
    const partners = rows
      .filter((p) => p.role === 'partner' && p.task.trim() === lead.task.trim())
      .map((p) => p.agency.trim())
      .filter((name, i, all) => name.length >= 2 && all.indexOf(name) === i && name !== lead.agency.trim());
    tasks.push({
      title: lead.task.trim().slice(0, 2000),
      leadAgencyName: lead.agency.trim(),
      partners: partners.slice(0, 30),
      dueDate: null,
      frequency: 'once',
    });
  }
  return tasks;
}

/** Partner rows that no lead row shares a task with (they make no task). */
export function orphanPartners(rows: DraftAssignment[]): DraftAssignment[] {
  return rows.filter(
    (p) => p.role === 'partner' && !rows.some((l) => l.role === 'lead' && l.task.trim() === p.task.trim()),
  );
}
