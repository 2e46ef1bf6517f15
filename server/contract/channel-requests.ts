import * as z from 'zod/mini';

// The contact centre's request body, apart from the channel states the widget reads, so the
// widget's bundle does not carry a schema it never uses.

/** `PUT /api/channels/:id/queue-time`, from the contact-centre system (chat, phone, social). */
export const PushQueueTime = z.strictObject({
  waitSeconds: z.int('must be a whole number of seconds').check(z.gte(0, 'must be 0 or more'), z.lte(604_800, 'must be at most 604800 (a week)')),
});
export type PushQueueTime = z.infer<typeof PushQueueTime>;
