import { plural } from '../i18n/format';
import type { TicketMessages } from '../i18n/ticket-messages';
import type { FieldProblem } from '../models/ticket-field-problem';

/**
 * A field's problem in the visitor's words.
 *
 * @example fieldProblemText(t, 'sv', { kind: 'too-long', max: 200 }) // 'Högst 200 tecken, tack.'
 */
export function fieldProblemText(t: TicketMessages, locale: string, problem: FieldProblem): string {
  switch (problem.kind) {
    case 'required':
      return t.required;
    case 'too-long':
      return plural(locale, problem.max, t.tooLong);
    case 'email':
      return t.emailInvalid;
    case 'choose':
      return t.choose;
    case 'server':
      return t.serverRefused(problem.message);
  }
}
