/** [Vietnamese, English] labels of the service directory's codes, read with useI18n().pick(). */
import type { ProviderKind, Service } from './api/service-types.ts';
import type { Pair } from './i18n.ts';

export const PROVIDER_KIND_LABELS: Record<ProviderKind, Pair> = {
  trusted_address: ['Địa chỉ tin cậy', 'Trusted address'],
  shelter: ['Nhà tạm lánh', 'Shelter'],
  one_stop_centre: ['Ngôi nhà Ánh Dương (hỗ trợ một cửa)', 'One-stop service centre'],
  health: ['Cơ sở y tế', 'Health facility'],
  police: ['Công an', 'Police'],
  legal_aid: ['Trợ giúp pháp lý', 'Legal aid'],
  psychosocial: ['Tư vấn tâm lý – xã hội', 'Psychosocial support'],
  hotline: ['Đường dây nóng', 'Hotline'],
  womens_union_club: ['Câu lạc bộ của Hội LHPN', "Women's Union club"],
  social_assistance: ['Cơ sở trợ giúp xã hội', 'Social assistance facility'],
  other: ['Khác', 'Other'],
};
export const PROVIDER_KINDS = Object.keys(PROVIDER_KIND_LABELS) as ProviderKind[];

export const SERVICE_LABELS: Record<Service, Pair> = {
  shelter: ['Tạm lánh', 'Shelter'],
  health: ['Y tế', 'Health care'],
  police: ['Công an, bảo vệ', 'Police, protection'],
  legal_aid: ['Pháp lý', 'Legal aid'],
  psychosocial: ['Tâm lý – xã hội', 'Psychosocial'],
  livelihood: ['Sinh kế', 'Livelihood'],
  other: ['Khác', 'Other'],
};
export const SERVICES = Object.keys(SERVICE_LABELS) as Service[];
