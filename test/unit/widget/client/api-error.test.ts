import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../widget/client/api-error';

describe('ApiError', () => {
  it('finds the message for a field by its dotted path', () => {
    const error = new ApiError({ status: 422, type: 'invalid-body', detail: 'Some fields are missing or not valid.', errors: [{ field: 'urgent.reason', message: 'must be one of site-down, email-down, security' }] });
    expect(error.fieldMessage('urgent.reason')).toBe('must be one of site-down, email-down, security');
    expect(error.fieldMessage('email')).toBeUndefined();
  });

  it('names the status and type in its message, for the console', () => {
    expect(new ApiError({ status: 0, type: 'network', detail: 'Failed to fetch' }).message).toBe('no answer network: Failed to fetch');
    expect(new ApiError({ status: 429, type: 'rate-limited', detail: 'Too many requests.' })).toMatchObject({ message: '429 rate-limited: Too many requests.', errors: [] });
  });
});
