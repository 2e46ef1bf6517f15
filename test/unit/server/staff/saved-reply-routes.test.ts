import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { describeEachStore } from '../support/each-store';
import { ASHLEY_TOKEN, staffTestApp } from './staff-fixtures';

describeEachStore('/api/staff/saved-replies', (connection) => {
  it('saves a reply that every staff member then sees, by title', async () => {
    const { staff, clock } = staffTestApp(connection());
    const tag = randomUUID().slice(0, 8);
    const created = await staff('/saved-replies', { method: 'POST', json: { title: `${tag} Webmail login`, body: 'Log in at https://webmail.kestrel.test with your full address.' } });
    expect(created.status).toBe(201);
    const saved = await created.json();
    expect(saved).toEqual({ id: expect.any(String), title: `${tag} Webmail login`, body: 'Log in at https://webmail.kestrel.test with your full address.', createdBy: 'anna', createdAt: clock.now().toISOString(), updatedAt: clock.now().toISOString() });
    await staff('/saved-replies', { method: 'POST', json: { title: `${tag} DNS changes`, body: 'Up to 24 hours.' } }, ASHLEY_TOKEN);
    const list = await (await staff('/saved-replies', {}, ASHLEY_TOKEN)).json();
    const mine = list.items.filter((item: { title: string }) => item.title.startsWith(tag));
    expect(mine.map((item: { title: string }) => item.title)).toEqual([`${tag} DNS changes`, `${tag} Webmail login`]);
    expect(mine[1]).toEqual(saved);
  });

  it('replaces a saved reply, keeping who made it and when', async () => {
    const { staff, clock } = staffTestApp(connection());
    const saved = await (await staff('/saved-replies', { method: 'POST', json: { title: 'Backups', body: 'Daily.' } })).json();
    clock.advance(60_000);
    const response = await staff(`/saved-replies/${saved.id}`, { method: 'PUT', json: { title: 'Backups', body: 'Daily, kept for 30 days.' } }, ASHLEY_TOKEN);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ...saved, body: 'Daily, kept for 30 days.', updatedAt: clock.now().toISOString() });
  });

  it('deletes a saved reply, after which it is gone and cannot be sent', async () => {
    const { staff, openTicket } = staffTestApp(connection());
    const saved = await (await staff('/saved-replies', { method: 'POST', json: { title: 'Old price list', body: 'Prices from 2019.' } })).json();
    expect((await staff(`/saved-replies/${saved.id}`, { method: 'DELETE' })).status).toBe(204);
    const list = await (await staff('/saved-replies')).json();
    expect(list.items.map((item: { id: string }) => item.id)).not.toContain(saved.id);
    const ticket = await openTicket();
    const reply = await staff(`/tickets/${ticket.reference}/replies`, { method: 'POST', json: { savedReplyId: saved.id } });
    expect(reply.status).toBe(422);
  });

  it('answers 404 for a saved reply that does not exist', async () => {
    const { staff } = staffTestApp(connection());
    for (const init of [{ method: 'PUT', json: { title: 'T', body: 'B' } }, { method: 'DELETE' }]) {
      const response = await staff('/saved-replies/no-such-id', init);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
    }
  });

  it('refuses a saved reply without a title or body, or with fields it does not take', async () => {
    const { staff } = staffTestApp(connection());
    const saved = await (await staff('/saved-replies', { method: 'POST', json: { title: 'Keep', body: 'Me.' } })).json();
    for (const [json, field] of [[{ body: 'B' }, 'title'], [{ title: 'T' }, 'body'], [{ title: ' ', body: 'B' }, 'title'], [{ title: 'T', body: 'B', createdBy: 'ashley' }, 'createdBy']] as const) {
      for (const [path, method] of [['/saved-replies', 'POST'], [`/saved-replies/${saved.id}`, 'PUT']]) {
        const response = await staff(path!, { method, json });
        expect(response.status).toBe(422);
        expect((await response.json()).errors).toEqual([expect.objectContaining({ field })]);
      }
    }
    expect(await (await staff('/saved-replies')).json()).toMatchObject({ items: expect.arrayContaining([saved]) });
  });
});
