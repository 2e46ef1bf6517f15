import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { REFERENCE_ALPHABET, TicketReference } from '../../../../server/contract/tickets';
import { newReference } from '../../../../server/tickets/new-reference';

describe('newReference', () => {
  it('draws references of the contract form from the unambiguous alphabet only', () => {
    const references = Array.from({ length: 2000 }, newReference);
    for (const reference of references) expect(z.safeParse(TicketReference, reference).success).toBe(true);
    const used = new Set(references.join('').replace(/-/g, ''));
    for (const character of used) expect(REFERENCE_ALPHABET).toContain(character);
    expect(used.size).toBe(REFERENCE_ALPHABET.length);
  });

  it('rarely draws the same reference twice', () => {
    expect(new Set(Array.from({ length: 2000 }, newReference)).size).toBeGreaterThan(1990);
  });
});
