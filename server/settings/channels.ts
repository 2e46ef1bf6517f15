import { z } from 'zod';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
/** "HH:MM-HH:MM", start before end; "24:00" ends at midnight. Overnight: "22:00-24:00" and the next day "00:00-06:00". */
const span = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$|^([01]\d|2[0-3]):[0-5]\d-24:00$/, 'a span such as "09:00-17:00"')
  .refine((value) => minutes(value.slice(0, 5)) < minutes(value.slice(6)), 'the span must end after it starts (overnight: end at 24:00, go on at 00:00 the next day)');

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

/** Plans (from a signed visitor identity) that see the VIP-only channels, e.g. ["vip", "enterprise"]. */
export const VipPlans = z.array(z.string().min(1)).default([]);
