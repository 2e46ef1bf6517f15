import type { StaffMessage } from '../contract/staff';
import type { Settings } from '../settings/settings';

/** A message row as the store holds it, with its rating if any. */
export interface MessageWithRating {
  id: string;
  seq: number;
  author: string;
  staff_id: string | null;
  body: string;
  internal: number;
  created_at: string;
  rating_style?: string | null;
  rating_value?: number | null;
}

/**
 * A message as staff see it. A staff member since removed from the settings keeps their id as name.
 *
 * @example staffMessageView(row, settings, ticket.name)
 */
export function staffMessageView(row: MessageWithRating, settings: Settings, visitorName: string): StaffMessage {
  const staffName = row.staff_id === null ? undefined : (settings.staff.find((member) => member.id === row.staff_id)?.name ?? row.staff_id);
  return {
    id: row.id,
    seq: Number(row.seq),
    author: row.author === 'staff' ? 'staff' : 'visitor',
    staffId: row.staff_id,
    authorName: row.author === 'staff' ? (staffName ?? 'Staff') : visitorName,
    body: row.body,
    internal: Number(row.internal) === 1,
    createdAt: row.created_at,
    rating: row.rating_style != null && row.rating_value != null ? { style: row.rating_style === 'stars' ? 'stars' : 'hearts', value: Number(row.rating_value) } : null,
  };
}
