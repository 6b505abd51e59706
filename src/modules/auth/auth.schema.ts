import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../core/auth/password.ts';
import { ROLES } from '../../core/auth/roles.ts';

export const ZRoleAssignmentSchema = z.object({
  id: z.number().int(),
  role: z.enum(ROLES),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
});

export const ZMeSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  agencyId: z.number().int().nullable(),
  roles: z.array(ZRoleAssignmentSchema),
});
export type TMe = z.infer<typeof ZMeSchema>;

export const ZLoginRequestSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});
export const ZChangePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1).max(MAX_PASSWORD_LENGTH),
  newPassword: z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH),
});
export const ZSessionResponseSchema = z.object({ user: ZMeSchema, csrfToken: z.string() });
/** GET /auth/session: the session, or nulls when signed out (200 either way, for the first load). */
export const ZMaybeSessionResponseSchema = z.object({
  user: ZMeSchema.nullable(),
  csrfToken: z.string().nullable(),
});
export const ZOkResponseSchema = z.object({ ok: z.literal(true) });
