import { z } from 'zod';

/** A support agent, who calls the staff API with `Authorization: Bearer <token>`. */
export const StaffMember = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'lowercase letters, digits and hyphens'),
  name: z.string().min(1),
  token: z.string().min(32, 'at least 32 characters'),
});
export type StaffMember = z.infer<typeof StaffMember>;
