/**
 * Protective measures on a case (Law 13/2022/QH15 Art. 22(1)(c), 25, 26; Decree 76/2023/NĐ-CP): for now the
 * prohibition of contact (cấm tiếp xúc) decisions — who issued them (the commune People's Committee
 * chair, at most 3 days each time; or a court, at most 4 months), when issued, when they start and end. The decision's number
 * and the worker's notes are sealed like the case's other texts (`case_protection.details.<uid>`).
 * Also what the case page reads beside the case: its transfers.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../core/auth/roles.ts';
import type { Config } from '../../core/config/config.ts';
import { addMonths, daysBetween, type Clock } from '../../core/clock/clock.ts';
import { openOrNull, sealOrNull } from '../../core/crypto/field-cipher.ts';
import type { Database } from '../../core/db/database.ts';
import { COMMUNE_CHAIR_MAX_DAYS, COURT_MAX_MONTHS } from '../../core/db/schema-case-transfer.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';
import { caseKeyRing } from './case-keys.ts';
import { authorizeProtection } from './case-transfer.policy.ts';
import { CaseTransferRepository } from './case-transfer.repository.ts';
import type { TCaseProtection, TProtectionRequest } from './case-transfer.schema.ts';
import { authorizeCase } from './cases.policy.ts';
import { CasesService } from './cases.service.ts';

export const protectionContext = (uid: string) => `case_protection.details.${uid}`;
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export class CaseProtectionService {
  private readonly cases: CasesService;
  constructor(
    private readonly db: Database,
    private readonly config: Config,
    private readonly clock: Clock,
  ) {
    this.cases = new CasesService(db, config, clock);
  }

  /** The case's transfers and protective measures, for whoever may read the case. */
  async read(actor: Actor, caseId: number): Promise<TCaseProtection> {
    const { access } = await this.cases.load(actor, caseId);
    authorizeCase(access, 'read');
    const repo = new CaseTransferRepository(this.db);
    const [transfers, protections] = await Promise.all([repo.forCase(caseId), repo.protections(caseId)]);
    const ring = caseKeyRing(this.config);
    const today = this.clock.today();
    return {
      pendingTransfer: transfers.some((t) => t.status === 'requested'),
      transfers: transfers.map((t) => ({
        id: t.id,
        status: t.status,
        fromUnitName: t.from_unit_name,
        toUnitName: t.to_unit_name,
        requestedAt: iso(t.requested_at) as string,
        decidedAt: iso(t.decided_at),
        consentRecordedAt: iso(t.consent_recorded_at) as string,
      })),
      protections: protections.map((p) => ({
        id: p.id,
        kind: p.kind,
        issuer: p.issuer,
        issuedOn: p.issued_on,
        startsOn: p.starts_on,
        endsOn: p.ends_on,
        days: daysBetween(p.starts_on, p.ends_on) + 1,
        inForce: p.starts_on <= today && today <= p.ends_on,
        details: openOrNull(ring, p.details_enc, protectionContext(p.uid)),
        authorName: p.author_name,
      })),
    };
  }

  async add(actor: Actor, caseId: number, req: TProtectionRequest): Promise<TCaseProtection> {
    const { row, access } = await this.cases.load(actor, caseId);
    authorizeProtection(access);
    const days = daysBetween(req.startsOn, req.endsOn) + 1;
    const tooLong =
      req.issuer === 'commune_chair'
        ? days > COMMUNE_CHAIR_MAX_DAYS
        : req.endsOn >= addMonths(req.startsOn, COURT_MAX_MONTHS);
    if (days < 1 || tooLong) throw new AppError('CASE_PROTECTION_INVALID');
    const uid = randomUUID();
    const detailsEnc = sealOrNull(caseKeyRing(this.config), req.details, protectionContext(uid));
    await this.db.transaction().execute(async (tx) => {
      const id = await new CaseTransferRepository(tx).addProtection({
        uid,
        case_id: caseId,
        province_id: row.province_id,
        kind: req.kind,
        issuer: req.issuer,
        issued_on: req.issuedOn,
        starts_on: req.startsOn,
        ends_on: req.endsOn,
        details_enc: detailsEnc,
        created_by: actor.userId,
      });
      await new AuditLogRepository(tx).insert(actor, {
        action: 'case.protection.add',
        entityType: 'gbv_case',
        entityId: caseId,
        unitId: row.unit_id,
        provinceId: row.province_id,
        details: { protectionId: id, kind: req.kind, issuer: req.issuer, days },
      });
    });
    return this.read(actor, caseId);
  }
}
