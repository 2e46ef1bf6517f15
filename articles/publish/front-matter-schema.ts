import { z } from 'zod';

const text = (field: string) =>
  z
    .string({ error: (issue) => (issue.input == null ? `${field} is empty` : `${field} must be text`) })
    .trim()
    .min(1, { error: `${field} is empty` });

/** YYYY-MM-DD that is a real calendar day: 2026-02-30 has the right shape but is no date. */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

// A YAML 1.1 timestamp arrives as a Date at midnight UTC; its UTC day is the day the writer wrote.
const updated = z
  .union([z.string(), z.date().transform((date) => (Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10)))], {
    error: 'updated must be a date written YYYY-MM-DD',
  })
  .refine(isCalendarDate, { error: 'updated must be a real date written YYYY-MM-DD, such as 2026-10-14' });

/**
 * The fields an article's front matter may have. Strict: an unknown key is far more often a typo
 * (`tittle`, `catgory`) than a field someone meant to add, and a typo would otherwise vanish.
 *
 * @example FrontMatter.parse({ title: 'T', summary: 'S', category: 'Email', updated: '2026-10-14' }).tags // []
 */
export const FrontMatter = z.strictObject({
  title: text('title'),
  summary: text('summary'),
  tags: z.array(text('a tag'), { error: 'tags must be a list, such as [email, iphone]' }).default([]),
  category: text('category'),
  updated,
  featured: z.boolean({ error: 'featured must be true or false' }).default(false),
  translationOf: z.optional(text('translationOf')),
});
export type FrontMatter = z.infer<typeof FrontMatter>;
