import { z } from 'zod';
import { ROLES } from '../../core/auth/roles.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../core/auth/password.ts';
import { ZRoleAssignmentSchema } from '../auth/auth.schema.ts';

export const ZUsername = z
  .string()
  .trim()
  .min(3)
  .max(50)
  .regex(/^[a-zA-Z0-9._-]+$/, 'Chỉ dùng chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.');
/** The length only: the rest of the policy is core/auth/password-policy.ts, checked by the services. */
export const ZPassword = z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH);
export const ZFullName = z.string().trim().min(1).max(150);

export const ZRoleGrantSchema = z.object({
  role: z.enum(ROLES),
  unitId: z.number().int().positive().nullable(),
});
export type TRoleGrant = z.infer<typeof ZRoleGrantSchema>;

export const ZUserSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  agencyId: z.number().int().nullable(),
  isActive: z.boolean(),
  createdAt: z.string(),
  roles: z.array(ZRoleAssignmentSchema),
});
export type TUser = z.infer<typeof ZUserSchema>;

export const ZCreateUserRequestSchema = z.object({
  username: ZUsername,
  fullName: ZFullName,
  password: ZPassword,
  agencyId: z.number().int().positive().nullable().optional(),
  roles: z.array(ZRoleGrantSchema).max(20).default([]),
});
export type TCreateUserRequest = z.infer<typeof ZCreateUserRequestSchema>;

export const ZUpdateUserRequestSchema = z.object({
  fullName: ZFullName.optional(),
  isActive: z.boolean().optional(),
  password: ZPassword.optional(),
  agencyId: z.number().int().positive().nullable().optional(),
});
export type TUpdateUserRequest = z.infer<typeof ZUpdateUserRequestSchema>;

export const ZListUsersRequestSchema = z.object({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

export const ZUserIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });
export const ZUserRoleParamsSchema = z.object({
  id: z.coerce.number().int().positive(),
  roleId: z.coerce.number().int().positive(),
});
export const ZUserResponseSchema = z.object({ user: ZUserSchema });
export const ZListUsersResponseSchema = z.object({ items: z.array(ZUserSchema) });
