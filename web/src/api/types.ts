/** Response shapes of /api/v1, as in docs/API.md. */

export type Role =
  | 'system_admin'
  | 'unit_admin'
  | 'planner'
  | 'reporter'
  | 'approver'
  | 'case_worker'
  | 'case_supervisor'
  | 'viewer';

export type AgencyKind =
  'people_committee' | 'womens_union' | 'cfaw' | 'department' | 'police' | 'service_provider' | 'other';

export type UnitVersion = '2024' | '2025';
export type UnitLevel = 'province' | 'district' | 'commune';

export interface RoleAssignment {
  id: number;
  role: Role;
  /** null = whole country */
  unitId: number | null;
  unitName: string | null;
}

export interface Me {
  id: number;
  username: string;
  fullName: string;
  agencyId: number | null;
  roles: RoleAssignment[];
}

export interface Session {
  user: Me;
  csrfToken: string;
}

/** GET /auth/session: the session, or nulls when signed out (200 either way). */
export interface MaybeSession {
  user: Me | null;
  csrfToken: string | null;
}

export interface Unit {
  id: number;
  version: UnitVersion;
  code: string;
  name: string;
  fullName: string;
  type: string;
  level: UnitLevel;
  parentId: number | null;
  provinceId: number | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface UnitListItem extends Unit {
  parentName: string | null;
  provinceName: string | null;
}

export interface UnitDetail {
  unit: Unit;
  ancestors: Unit[];
  childCount: number;
}

export interface LineageLink {
  unit: Unit;
  part: 'full' | 'partial';
}

export interface UnitChange {
  effectiveDate: string;
  fullNameBefore: string;
  fullNameAfter: string;
  typeBefore?: string;
  typeAfter?: string;
  resolution: string | null;
}

export interface Lineage {
  predecessors: LineageLink[];
  successors: LineageLink[];
  resolution: string | null;
  effectiveDate: string | null;
  /** Renames or type changes after 2025-07-01 (served, not yet in API.md). */
  changes?: UnitChange[];
}

export interface Agency {
  id: number;
  name: string;
  kind: AgencyKind;
  unitId: number;
  unitName: string;
  provinceId: number;
  parentAgencyId: number | null;
  isActive: boolean;
  createdAt: string;
}

export interface User {
  id: number;
  username: string;
  fullName: string;
  agencyId: number | null;
  isActive: boolean;
  createdAt: string;
  roles: RoleAssignment[];
}

export interface AuditEntry {
  id: string;
  at: string;
  actorId: number | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
}

export interface AuditSealSummary {
  id: number;
  sealedAt: string;
  rowCount: number;
  digest: string;
}

export interface AuditSealVerification {
  ok: boolean;
  seals: number;
  sealedRows: number;
  unsealedRows: number;
  lastSeal: AuditSealSummary | null;
  intactThrough: AuditSealSummary | null;
  broken: {
    sealId: number;
    reason:
      'row_changed' | 'row_deleted' | 'row_inserted' | 'chain_broken' | 'seal_missing' | 'external_mismatch';
  } | null;
}

export interface Items<T> {
  items: T[];
}
