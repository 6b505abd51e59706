import { z } from 'zod';
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
  password: z.string().min(1).max(200),
});
export const ZSessionResponseSchema = z.object({ user: ZMeSchema, csrfToken: z.string() });
export const ZOkResponseSchema = z.object({ ok: z.literal(true) });
