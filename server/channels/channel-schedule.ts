import type { Channel } from '../settings/channels';
import type { Settings } from '../settings/settings';
import type { Schedule } from './opening-hours';

/**
 * A channel's opening hours with the settings' holidays and time zone. Holidays close every
 * channel, including one without hours (open all day on the other days).
 *
 * @example isOpen(channelSchedule(settings, channel), clock.now())
 */
export function channelSchedule(settings: Settings, channel: Pick<Channel, 'hours'> | undefined): Schedule {
  return { hours: channel?.hours, holidays: settings.holidays, timeZone: settings.timeZone };
}
