import { z } from 'zod';
import { ZFullName, ZPassword, ZUsername } from '../users/users.schema.ts';

export const ZSetupStatusResponseSchema = z.object({ needsSetup: z.boolean() });
export const ZCompleteSetupRequestSchema = z.object({
  token: z.string().min(10).max(200),
  username: ZUsername,
  fullName: ZFullName,
  password: ZPassword,
});
export type TCompleteSetupRequest = z.infer<typeof ZCompleteSetupRequestSchema>;
