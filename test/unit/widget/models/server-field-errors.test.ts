import { describe, expect, it } from 'vitest';
import { splitServerErrors } from '../../../../widget/models/server-field-errors';

describe('splitServerErrors', () => {
  it('puts each message at the control it belongs to, and the rest at the form', () => {
    expect(
      splitServerErrors([
        { field: 'urgent', message: 'must be one of site-down, email-down, security' },
        { field: 'identity', message: 'is signed for another e-mail address than the ticket' },
        { field: 'pageUrl', message: 'must be a URL' },
      ]),
    ).toEqual({
      byField: { urgentReason: 'must be one of site-down, email-down, security', email: 'is signed for another e-mail address than the ticket' },
      other: ['pageUrl must be a URL'],
    });
  });
});
