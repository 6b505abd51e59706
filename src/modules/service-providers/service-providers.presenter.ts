/**
 * The one place a service provider becomes an API answer, and so the one place that decides
 * whether a private host's address is opened: only when `mayOpenPrivateAddress` says so. Nothing
 * else reads `private_address_enc`.
 */
import type { Actor, UnitRef } from '../../core/auth/roles.ts';
import { openOrNull, type KeyRing } from '../../core/crypto/field-cipher.ts';
import type { ServiceProviderRow } from './service-providers.repository.ts';
import { SERVICES, type TServiceProvider } from './service-providers.schema.ts';
import { mayManageProvider, mayOpenPrivateAddress } from './service-providers.policy.ts';

/** The place a private address is bound to: its ciphertext opens only in this row's column. */
export const privateAddressContext = (uid: string) => `service_provider.private_address.${uid}`;

export const providerUnit = (r: ServiceProviderRow): UnitRef => ({
  id: r.unit_id,
  provinceId: r.province_id,
  districtId: r.unit_district_id,
});

/** `keys` is called only when an address is to be opened, so other readers never need the key file. */
export function presentProvider(
  row: ServiceProviderRow,
  actor: Actor,
  keys: () => KeyRing,
): TServiceProvider {
  const unit = providerUnit(row);
  const open = row.private_host && mayOpenPrivateAddress(actor, unit);
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    services: SERVICES.filter((s) => row.services.includes(s)),
    unitId: row.unit_id,
    unitName: row.unit_name,
    provinceId: row.province_id,
    provinceName: row.province_name,
    coversProvince: row.covers_province,
    capacity: row.capacity,
    phone: row.phone,
    address: row.private_host ? null : row.address,
    privateHost: row.private_host,
    privateAddress:
      open && row.private_address_enc
        ? openOrNull(keys(), row.private_address_enc, privateAddressContext(row.uid))
        : null,
    privateAddressHidden: row.private_host && !open,
    isActive: row.is_active,
    canEdit: mayManageProvider(actor, unit),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}
