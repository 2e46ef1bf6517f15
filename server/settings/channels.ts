import { z } from 'zod';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const span = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, 'a span such as "09:00-17:00"');

/** Opening hours per weekday in the settings' time zone; a day left out is closed. */
export const WeeklyHours = z.partialRecord(z.enum(DAYS), z.array(span));
export type WeeklyHours = z.infer<typeof WeeklyHours>;

/** A way to reach support, shown with its state before the ticket form. */
export const Channel = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  kind: z.enum(['email', 'chat', 'phone', 'social']),
  label: z.string().min(1),
  /** Where the channel is: mailto:, tel:, or an https link. */
  href: z.string().regex(/^(https:\/\/|mailto:|tel:)\S+$/, 'an https:, mailto: or tel: link').optional(),
  /** Omitted: always open. */
  hours: WeeklyHours.optional(),
  vipOnly: z.boolean().default(false),
  /** Pushed queue times older than this are shown as unknown. */
  staleAfterMinutes: z.number().int().positive().default(15),
});
export type Channel = z.infer<typeof Channel>;
