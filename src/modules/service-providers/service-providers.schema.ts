import { z } from 'zod';
import { PROVIDER_KINDS, SERVICES } from '../../core/db/schema-cases.ts';

export { PROVIDER_KINDS, SERVICES };

/** Loose on purpose: digits, spaces, dots, hyphens and a leading +, e.g. "1800 1769", "0221.3863.123". */
const PHONE = /^\+?\d[\d .-]*\d$/;

export const ZServiceProviderSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(PROVIDER_KINDS),
  services: z.array(z.enum(SERVICES)),
  unitId: z.number().int(),
  unitName: z.string(),
  provinceId: z.number().int(),
  provinceName: z.string(),
  /** Serves the whole province, not only the unit it is in. */
  coversProvince: z.boolean(),
  capacity: z.number().int().nullable(),
  phone: z.string().nullable(),
  /** The public address; null for a private host. */
  address: z.string().nullable(),
  /** Hosted in a private home: its address is sealed and shown to the area's case workers only. */
  privateHost: z.boolean(),
  /** The private host's address, only for a case worker or case supervisor over its unit. */
  privateAddress: z.string().nullable(),
  /** True when this is a private host and the caller may not see its address. */
  privateAddressHidden: z.boolean(),
  isActive: z.boolean(),
  /** The caller may change it (unit admin or case supervisor over its unit, system admin). */
  canEdit: z.boolean(),
  updatedAt: z.string(),
});
export type TServiceProvider = z.infer<typeof ZServiceProviderSchema>;

const ZName = z.string().trim().min(2).max(200);
const ZServices = z.array(z.enum(SERVICES)).max(SERVICES.length);
const ZCapacity = z.number().int().min(0).max(100_000).nullable();
const ZPhone = z
  .string()
  .trim()
  .max(40)
  .regex(PHONE, 'Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang và dấu + ở đầu.')
  .nullable();
const ZAddress = z.string().trim().max(500).nullable();

export const ZCreateServiceProviderRequestSchema = z.object({
  name: ZName,
  kind: z.enum(PROVIDER_KINDS),
  services: ZServices.default([]),
  unitId: z.number().int().positive(),
  coversProvince: z.boolean().default(false),
  capacity: ZCapacity.optional(),
  phone: ZPhone.optional(),
  address: ZAddress.optional(),
  privateHost: z.boolean().default(false),
  privateAddress: ZAddress.optional(),
});
export type TCreateServiceProviderRequest = z.infer<typeof ZCreateServiceProviderRequestSchema>;

export const ZUpdateServiceProviderRequestSchema = z.object({
  name: ZName.optional(),
  kind: z.enum(PROVIDER_KINDS).optional(),
  services: ZServices.optional(),
  unitId: z.number().int().positive().optional(),
  coversProvince: z.boolean().optional(),
  capacity: ZCapacity.optional(),
  phone: ZPhone.optional(),
  address: ZAddress.optional(),
  privateHost: z.boolean().optional(),
  /** Absent: kept; null or empty: removed; text: sealed anew. */
  privateAddress: ZAddress.optional(),
  isActive: z.boolean().optional(),
});
export type TUpdateServiceProviderRequest = z.infer<typeof ZUpdateServiceProviderRequestSchema>;

export const ZListServiceProvidersRequestSchema = z.object({
  /** A province: its providers; a commune: its own and its province's that cover the province. */
  unitId: z.coerce.number().int().positive().optional(),
  kind: z.enum(PROVIDER_KINDS).optional(),
  service: z.enum(SERVICES).optional(),
  q: z.string().trim().max(100).optional(),
  /** Deactivated providers too (left out by default). */
  inactive: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type TListServiceProvidersRequest = z.infer<typeof ZListServiceProvidersRequestSchema>;

export const ZServiceProviderIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });
export const ZServiceProviderResponseSchema = z.object({ serviceProvider: ZServiceProviderSchema });
export const ZListServiceProvidersResponseSchema = z.object({ items: z.array(ZServiceProviderSchema) });
