/**
 * The GBV service directory (issue 5): trusted addresses / shelters, one-stop centres, health,
 * police, legal aid, psychosocial support, hotlines. Everyone signed in reads it; the area's case
 * staff also see where a private host is; unit admins and case supervisors keep it. Each write is
 * audited in its transaction, never with a private address.
 */
import { randomUUID } from 'node:crypto';
import type { Actor, UnitRef } from '../../core/auth/roles.ts';
import type { Config } from '../../core/config/config.ts';
import { sealOrNull, type KeyRing } from '../../core/crypto/field-cipher.ts';
import type { Database } from '../../core/db/database.ts';
import { AppError, type ErrorDetail } from '../../core/errors/app-error.ts';
import { searchKey } from '../../core/text/search-key.ts';
import { AuditLogRepository } from '../audit-log/audit-log.repository.ts';
import { caseKeyRing } from '../cases/case-keys.ts';
import { UnitsRepository, type UnitRow } from '../units/units.repository.ts';
import { authorizeServiceProvider } from './service-providers.policy.ts';
import { presentProvider, privateAddressContext, providerUnit } from './service-providers.presenter.ts';
import { ServiceProvidersRepository, type AreaFilter } from './service-providers.repository.ts';
import {
  SERVICES,
  type TCreateServiceProviderRequest,
  type TListServiceProvidersRequest,
  type TServiceProvider,
  type TUpdateServiceProviderRequest,
} from './service-providers.schema.ts';

/** Rows read to search by name in the application (names have no search key column). */
const SEARCH_CAP = 5000;

const blankToNull = (s: string | null | undefined) => (s === undefined ? undefined : s?.trim() || null);
const unitRef = (u: UnitRow): UnitRef => ({
  id: u.id,
  provinceId: u.province_id ?? u.id,
  districtId: u.district_id,
});
const orderedServices = (xs: readonly string[]) => SERVICES.filter((s) => xs.includes(s));

/** The rules across fields: a private host has no public address; only a private host has a sealed one. */
export function providerProblems(p: {
  privateHost: boolean;
  address: string | null;
  privateAddress: string | null | undefined;
}): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (p.privateHost && p.address)
    problems.push({
      path: 'address',
      message: 'Nơi tạm lánh tại nhà riêng không ghi địa chỉ công khai; ghi vào địa chỉ kín.',
    });
  if (!p.privateHost && p.privateAddress)
    problems.push({
      path: 'privateAddress',
      message: 'Chỉ nơi tạm lánh tại nhà riêng mới có địa chỉ kín; ghi vào địa chỉ công khai.',
    });
  return problems;
}

export class ServiceProvidersService {
  private ring: KeyRing | null = null;

  constructor(
    private readonly db: Database,
    private readonly config: Config,
  ) {}

  private readonly keys = (): KeyRing => (this.ring ??= caseKeyRing(this.config));

  async list(actor: Actor, req: TListServiceProvidersRequest): Promise<TServiceProvider[]> {
    let area: AreaFilter | undefined;
    if (req.unitId !== undefined) {
      const unit = await new UnitsRepository(this.db).findById(req.unitId);
      if (!unit) throw new AppError('UNIT_NOT_FOUND');
      area =
        unit.level === 'province'
          ? { level: 'province', provinceId: unit.id }
          : { level: 'commune', unitId: unit.id, provinceId: unit.province_id ?? unit.id };
    }
    const key = req.q ? searchKey(req.q) : '';
    const rows = await new ServiceProvidersRepository(this.db).list({
      area,
      kind: req.kind,
      service: req.service,
      includeInactive: req.inactive === 'true',
      limit: key ? SEARCH_CAP : req.limit,
    });
    const items = rows
      .filter((r) => !key || searchKey(r.name).includes(key))
      .slice(0, req.limit)
      .map((r) => presentProvider(r, actor, this.keys));
    await this.logOpened(actor, items);
    return items;
  }

  async get(actor: Actor, id: number): Promise<TServiceProvider> {
    const item = await this.present(actor, id);
    await this.logOpened(actor, [item]);
    return item;
  }

  private async present(actor: Actor, id: number): Promise<TServiceProvider> {
    const row = await new ServiceProvidersRepository(this.db).findById(id);
    if (!row) throw new AppError('SERVICE_PROVIDER_NOT_FOUND');
    return presentProvider(row, actor, this.keys);
  }

  /** Who saw where private hosts live, and when: ids only, never the address (one audit row a request). */
  private async logOpened(actor: Actor, items: TServiceProvider[]): Promise<void> {
    const opened = items.filter((p) => p.privateAddress !== null);
    if (opened.length === 0) return;
    await new AuditLogRepository(this.db).insert(actor, {
      action: 'service_provider.private_address.open',
      entityType: 'service_provider',
      entityId: opened.length === 1 ? opened[0]!.id : null,
      unitId: opened.length === 1 ? opened[0]!.unitId : null,
      provinceId: opened.every((p) => p.provinceId === opened[0]!.provinceId) ? opened[0]!.provinceId : null,
      details: { ids: opened.map((p) => p.id) },
    });
  }

  private async currentUnit(actor: Actor, unitId: number): Promise<UnitRow> {
    const unit = await new UnitsRepository(this.db).findById(unitId);
    if (!unit) throw new AppError('UNIT_NOT_FOUND');
    if (unit.version !== '2025') throw new AppError('UNIT_NOT_CURRENT');
    authorizeServiceProvider(actor, 'manage', unitRef(unit));
    return unit;
  }

  async create(actor: Actor, req: TCreateServiceProviderRequest): Promise<TServiceProvider> {
    const unit = await this.currentUnit(actor, req.unitId);
    const address = blankToNull(req.address) ?? null;
    const privateAddress = blankToNull(req.privateAddress);
    const problems = providerProblems({ privateHost: req.privateHost, address, privateAddress });
    if (problems.length) throw new AppError('SERVICE_PROVIDER_INVALID', problems);
    const uid = randomUUID();
    const sealed = req.privateHost
      ? sealOrNull(this.keys(), privateAddress, privateAddressContext(uid))
      : null;
    const id = await this.db.transaction().execute(async (tx) => {
      const id = await new ServiceProvidersRepository(tx).insert({
        uid,
        name: req.name,
        kind: req.kind,
        services: orderedServices(req.services),
        unit_id: unit.id,
        province_id: unit.province_id ?? unit.id,
        covers_province: req.coversProvince,
        capacity: req.capacity ?? null,
        phone: blankToNull(req.phone) ?? null,
        address,
        private_host: req.privateHost,
        private_address_enc: sealed,
        created_by: actor.userId,
      });
      await new AuditLogRepository(tx).insert(actor, {
        action: 'service_provider.create',
        entityType: 'service_provider',
        entityId: id,
        unitId: unit.id,
        provinceId: unit.province_id ?? unit.id,
        details: { name: req.name, kind: req.kind, unitId: unit.id, privateHost: req.privateHost },
      });
      return id;
    });
    return this.present(actor, id); // the writer sees what they wrote: not an opening
  }

  async update(actor: Actor, id: number, req: TUpdateServiceProviderRequest): Promise<TServiceProvider> {
    const before = await new ServiceProvidersRepository(this.db).findById(id);
    if (!before) throw new AppError('SERVICE_PROVIDER_NOT_FOUND');
    authorizeServiceProvider(actor, 'manage', providerUnit(before));
    const moved =
      req.unitId !== undefined && req.unitId !== before.unit_id
        ? await this.currentUnit(actor, req.unitId)
        : null;
    const privateHost = req.privateHost ?? before.private_host;
    const address = req.address !== undefined ? (blankToNull(req.address) ?? null) : before.address;
    const privateAddress = blankToNull(req.privateAddress);
    const problems = providerProblems({ privateHost, address, privateAddress });
    if (problems.length) throw new AppError('SERVICE_PROVIDER_INVALID', problems);
    // A provider made public loses its sealed address; a private one keeps it unless a new one is given.
    const sealed = !privateHost
      ? null
      : privateAddress !== undefined
        ? sealOrNull(this.keys(), privateAddress, privateAddressContext(before.uid))
        : before.private_address_enc;
    await this.db.transaction().execute(async (tx) => {
      await new ServiceProvidersRepository(tx).update(id, {
        ...(req.name !== undefined ? { name: req.name } : {}),
        ...(req.kind !== undefined ? { kind: req.kind } : {}),
        ...(req.services !== undefined ? { services: orderedServices(req.services) } : {}),
        ...(moved ? { unit_id: moved.id, province_id: moved.province_id ?? moved.id } : {}),
        ...(req.coversProvince !== undefined ? { covers_province: req.coversProvince } : {}),
        ...(req.capacity !== undefined ? { capacity: req.capacity } : {}),
        ...(req.phone !== undefined ? { phone: blankToNull(req.phone) ?? null } : {}),
        ...(req.isActive !== undefined ? { is_active: req.isActive } : {}),
        address,
        private_host: privateHost,
        private_address_enc: sealed,
      });
      await new AuditLogRepository(tx).insert(actor, {
        action: req.isActive === false ? 'service_provider.deactivate' : 'service_provider.update',
        entityType: 'service_provider',
        entityId: id,
        unitId: moved?.id ?? before.unit_id,
        provinceId: moved ? (moved.province_id ?? moved.id) : before.province_id,
        // field names only: values may include where a private host lives
        details: { fields: Object.keys(req) },
      });
    });
    return this.present(actor, id); // the writer sees what they wrote: not an opening
  }
}
