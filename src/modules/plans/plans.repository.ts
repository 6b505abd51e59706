/** SQL for plans, their references (through the shared legal-document register) and recipients. */
import { sql, type Selectable } from 'kysely';
import type { Database } from '../../core/db/database.ts';
import type { LegalDocumentTable, PlanStatus, PlanTable } from '../../core/db/schema.ts';
import type { ScopeFilter } from '../../core/auth/scope.ts';
import { planVisible } from './cascade.repository.ts';

export type PlanRow = Selectable<PlanTable> & {
  unit_name: string;
  unit_level: 'province' | 'district' | 'commune';
  unit_district_id: number | null;
};
export type LegalDocumentRow = Selectable<LegalDocumentTable>;

export interface NewPlan {
  unitId: number;
  provinceId: number;
  docType: string;
  documentNumber: string | null;
  title: string;
  issuerName: string | null;
  place: string | null;
  issuedOn: string | null;
  signerName: string | null;
  signerPosition: string | null;
  sourceText: string | null;
  parsed: unknown;
  searchKey: string;
  createdBy: number | null;
}

export class PlansRepository {
  constructor(private readonly db: Database) {}

  private base() {
    return this.db
      .selectFrom('plan as p')
      .innerJoin('admin_unit as u', 'u.id', 'p.unit_id')
      .selectAll('p')
      .select(['u.full_name as unit_name', 'u.level as unit_level', 'u.district_id as unit_district_id']);
  }

  findById(id: number): Promise<PlanRow | undefined> {
    return this.base().where('p.id', '=', id).executeTakeFirst();
  }

  list(
    scope: ScopeFilter,
    f: {
      unitId?: number | undefined;
      status?: PlanStatus | undefined;
      key?: string | undefined;
      limit: number;
    },
  ) {
    let q = this.base();
    const cols = { planId: 'p.id', unit: 'p.unit_id', province: 'p.province_id' };
    const visible = planVisible(scope, cols);
    if (visible) q = q.where(visible);
    if (f.unitId !== undefined) q = q.where('p.unit_id', '=', f.unitId);
    if (f.status) q = q.where('p.status', '=', f.status);
    if (f.key) q = q.where('p.search_key', 'like', `%${f.key}%`);
    return q.orderBy('p.updated_at', 'desc').limit(f.limit).execute();
  }

  async insert(p: NewPlan): Promise<number> {
    const row = await this.db
      .insertInto('plan')
      .values({
        unit_id: p.unitId,
        province_id: p.provinceId,
        doc_type: p.docType,
        document_number: p.documentNumber,
        title: p.title,
        issuer_name: p.issuerName,
        place: p.place,
        issued_on: p.issuedOn,
        signer_name: p.signerName,
        signer_position: p.signerPosition,
        source_text: p.sourceText,
        parsed: JSON.stringify(p.parsed ?? {}),
        search_key: p.searchKey,
        created_by: p.createdBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async update(
    id: number,
    patch: { status?: PlanStatus; documentNumber?: string; issuedOn?: string; legalDocumentId?: number },
  ): Promise<void> {
    await this.db
      .updateTable('plan')
      .set({
        ...(patch.status ? { status: patch.status } : {}),
        ...(patch.documentNumber !== undefined ? { document_number: patch.documentNumber } : {}),
        ...(patch.issuedOn !== undefined ? { issued_on: patch.issuedOn } : {}),
        ...(patch.legalDocumentId !== undefined ? { legal_document_id: patch.legalDocumentId } : {}),
        updated_at: sql`now()`,
      })
      .where('id', '=', id)
      .execute();
  }

  /** The register entry for a document: found by kind and number (or by title when unnumbered), else created. */
  async upsertLegalDocument(d: {
    kind: string;
    number: string | null;
    issuedOn: string | null;
    issuer: string | null;
    title: string;
    searchKey: string;
  }): Promise<number> {
    const existing = await this.db
      .selectFrom('legal_document')
      .select('id')
      .where('kind', '=', d.kind)
      .where((eb) =>
        d.number
          ? eb.and([
              eb('number', '=', d.number),
              d.issuedOn
                ? eb.or([eb('issued_on', '=', d.issuedOn), eb('issued_on', 'is', null)])
                : eb.val(true),
            ])
          : eb.and([eb('number', 'is', null), eb('search_key', '=', d.searchKey)]),
      )
      .orderBy('issued_on', 'desc')
      .executeTakeFirst();
    if (existing) {
      await this.db
        .updateTable('legal_document')
        .set({
          issued_on: sql`coalesce(issued_on, ${d.issuedOn}::date)`,
          issuer: sql`coalesce(issuer, ${d.issuer})`,
        })
        .where('id', '=', existing.id)
        .execute();
      return existing.id;
    }
    const row = await this.db
      .insertInto('legal_document')
      .values({
        kind: d.kind,
        number: d.number,
        issued_on: d.issuedOn,
        issuer: d.issuer,
        title: d.title,
        search_key: d.searchKey,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async addReference(
    planId: number,
    legalDocumentId: number,
    implementsIt: boolean,
    provinceId: number,
  ): Promise<void> {
    await this.db
      .insertInto('plan_reference')
      .values({
        plan_id: planId,
        legal_document_id: legalDocumentId,
        implements: implementsIt,
        province_id: provinceId,
      })
      .onConflict((oc) =>
        oc
          .columns(['plan_id', 'legal_document_id'])
          .doUpdateSet({ implements: sql`plan_reference.implements or excluded.implements` }),
      )
      .execute();
  }

  async addRecipients(planId: number, names: string[], provinceId: number): Promise<void> {
    if (names.length === 0) return;
    await this.db
      .insertInto('plan_recipient')
      .values(names.map((name, position) => ({ plan_id: planId, name, province_id: provinceId, position })))
      .execute();
  }

  references(planId: number) {
    return this.db
      .selectFrom('plan_reference as r')
      .innerJoin('legal_document as d', 'd.id', 'r.legal_document_id')
      .select(['d.id', 'd.kind', 'd.number', 'd.issued_on', 'd.issuer', 'd.title', 'r.implements'])
      .where('r.plan_id', '=', planId)
      .orderBy('r.implements', 'desc')
      .orderBy('d.id')
      .execute();
  }

  async recipients(planId: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('plan_recipient')
      .select('name')
      .where('plan_id', '=', planId)
      .orderBy('position')
      .execute();
    return rows.map((r) => r.name);
  }

  /** Plans whose own register entry this plan says it implements. */
  implementsPlans(planId: number) {
    return this.base()
      .innerJoin('plan_reference as r', 'r.legal_document_id', 'p.legal_document_id')
      .where('r.plan_id', '=', planId)
      .where('r.implements', '=', true)
      .execute();
  }

  /** Plans that implement this plan (cite its register entry as implemented). */
  implementedBy(legalDocumentId: number) {
    return this.base()
      .innerJoin('plan_reference as r', 'r.plan_id', 'p.id')
      .where('r.legal_document_id', '=', legalDocumentId)
      .where('r.implements', '=', true)
      .execute();
  }
}
