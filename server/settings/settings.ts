import { z } from 'zod';
import { Channel, VipPlans } from './channels';
import { Limits } from './limits';
import { Site } from './site';
import { StaffMember } from './staff';

const isoDate = z.iso.date('a date such as 2026-12-24');
const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'an IANA time zone such as "Europe/Stockholm"');

/**
 * What a company configures beyond the environment: its sites, staff, channels and hours. Read
 * from the JSON file named by SETTINGS_FILE; every field has a default, so the demo needs none.
 */
export const Settings = z.object({
  timeZone: timeZone.default('Europe/Stockholm'),
  sites: z
    .array(Site)
    .min(1)
    .default([{ id: 'demo', name: 'Kestrel Hosting', origins: ['http://127.0.0.1:8788', 'http://localhost:8788'], ratingStyle: 'hearts' }]),
  staff: z.array(StaffMember).default([]),
  /** Token the contact-centre system uses to push chat and phone queue times. */
  contactCentreToken: z.string().min(32, 'at least 32 characters').optional(),
  channels: z.array(Channel).default([
    { id: 'email', kind: 'email', label: 'E-mail', href: 'mailto:support@kestrelhost.com', vipOnly: false, staleAfterMinutes: 15 },
  ]),
  /** Days every channel is closed, in the settings' time zone. */
  holidays: z.array(isoDate).default([]),
  /** Plans of a signed visitor identity that see the channels marked vipOnly. */
  vipPlans: VipPlans,
  /** The first reply a ticket should get within, in hours: the "within SLA" share in the ratings report. */
  slaFirstReplyHours: z.number().positive('more than 0 hours').default(8),
  /** Body size and rate limits per client address and per e-mail (defaults in limits.ts). */
  limits: Limits,
});
export type Settings = z.infer<typeof Settings>;
