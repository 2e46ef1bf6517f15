import { describe, expect, it, vi } from 'vitest';
import type { App } from '../../../../widget/boot/app-contract';
import { createHeldCalls } from '../../../../widget/boot/held-calls';

const fakeApp = () => ({ identify: vi.fn(), prefill: vi.fn() }) as unknown as App & { identify: ReturnType<typeof vi.fn>; prefill: ReturnType<typeof vi.fn> };

describe('createHeldCalls', () => {
  it('keeps identify and prefill until the app starts, then hands them over in order', () => {
    const held = createHeldCalls();
    const order: string[] = [];
    held.call(undefined, 'prefill', { name: 'Ada' });
    held.call(undefined, 'identify', { email: 'ada@example.com' });
    held.call(undefined, 'identify', null);
    const app = fakeApp();
    app.identify.mockImplementation((value: unknown) => order.push(`identify ${JSON.stringify(value)}`));
    app.prefill.mockImplementation((value: unknown) => order.push(`prefill ${JSON.stringify(value)}`));
    held.handOver(app);
    expect(order).toEqual(['prefill {"name":"Ada"}', 'identify {"email":"ada@example.com"}', 'identify null']);
  });

  it('calls the app at once when it is there, and hands over nothing twice', () => {
    const held = createHeldCalls();
    held.call(undefined, 'prefill', { name: 'Ada' });
    const app = fakeApp();
    held.handOver(app);
    held.call(app, 'identify', null);
    held.handOver(app);
    expect(app.prefill).toHaveBeenCalledTimes(1);
    expect(app.identify).toHaveBeenCalledTimes(1);
  });
});
