/** Shapes of /api/v1/service-providers (the GBV service directory), as in the API's schema. */

export type ProviderKind =
  | 'trusted_address'
  | 'shelter'
  | 'one_stop_centre'
  | 'health'
  | 'police'
  | 'legal_aid'
  | 'psychosocial'
  | 'hotline'
  | 'womens_union_club'
  | 'social_assistance'
  | 'other';

export type Service = 'shelter' | 'health' | 'police' | 'legal_aid' | 'psychosocial' | 'livelihood' | 'other';

export interface ServiceProvider {
  id: number;
  name: string;
  kind: ProviderKind;
  services: Service[];
  unitId: number;
  unitName: string;
  provinceId: number;
  provinceName: string;
  coversProvince: boolean;
  capacity: number | null;
  phone: string | null;
  /** Public address; null for a private host. */
  address: string | null;
  privateHost: boolean;
  /** Sent only to the case workers and supervisors of the provider's area. */
  privateAddress: string | null;
  /** A private host whose address this user may not see. */
  privateAddressHidden: boolean;
  isActive: boolean;
  canEdit: boolean;
  updatedAt: string;
}
