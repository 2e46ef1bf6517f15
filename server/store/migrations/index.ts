import type { Migration } from 'kysely';
import * as initial from './001-initial';
import * as firstReplyIndex from './002-first-reply-index';
import * as visitorReadMarker from './003-visitor-read-marker';

/**
 * Every migration, in order, by name. Listed here rather than read from the folder so that a
 * bundled or type-stripped build finds them all the same.
 */
export const migrations: Record<string, Migration> = {
  '001-initial': initial,
  '002-first-reply-index': firstReplyIndex,
  '003-visitor-read-marker': visitorReadMarker,
};
