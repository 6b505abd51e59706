/** Fetch wrapper for /api/v1: same-origin cookies, CSRF header on writes, typed errors. */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageVi: string,
    readonly messageEn: string,
    readonly details: { path: string; message: string }[] = [],
  ) {
    super(messageEn);
  }
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(`/api/v1${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  const data: unknown = text ? JSON.parse(text) : null;
  if (!res.ok) {
    const e = (
      data as {
        error?: {
          code: string;
          message: string;
          messageEn: string;
          details?: { path: string; message: string }[];
        };
      } | null
    )?.error;
    throw new ApiError(
      res.status,
      e?.code ?? 'NETWORK',
      e?.message ?? 'Lỗi kết nối.',
      e?.messageEn ?? 'Network error.',
      e?.details,
    );
  }
  return data as T;
}

export interface RoleAssignment {
  id: number;
  role: string;
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
export interface Unit {
  id: number;
  version: '2024' | '2025';
  code: string;
  name: string;
  fullName: string;
  type: string;
  level: 'province' | 'district' | 'commune';
  parentId: number | null;
  provinceId: number | null;
  validFrom: string | null;
  validTo: string | null;
  parentName?: string | null;
  provinceName?: string | null;
}
export interface Agency {
  id: number;
  name: string;
  kind: string;
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
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}
