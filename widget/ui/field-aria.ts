/** The form's ids for a field, its note and its message, so labels and descriptions can point at them. */
export const fieldId = (name: string, part = '') => `sw-tf-${name}${part}`;

/**
 * The aria attributes that tie a control to its note and its message.
 *
 * @example <select {...describedBy('category', error)} />
 */
export function describedBy(name: string, error: string | undefined, note?: string) {
  const ids = [note ? fieldId(name, '-note') : '', error ? fieldId(name, '-error') : ''].filter(Boolean).join(' ');
  return { 'aria-invalid': error ? ('true' as const) : undefined, 'aria-describedby': ids || undefined };
}
