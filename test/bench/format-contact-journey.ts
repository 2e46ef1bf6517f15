import type { ContactJourney } from './contact-journey';
import type { FetchedFile } from './first-open';
import { bytes, LABEL, ms, round1, sum } from './format-figures';

const NO_FORM = 'form not present in this build';

const fileRows = (label: string, files: readonly FetchedFile[] | null) => {
  if (!files) return [`  ${label.padEnd(LABEL)}  ${NO_FORM}`];
  const note = files.length === 0 ? '  (nothing: an earlier step loaded it)' : '';
  return [`  ${label.padEnd(LABEL)}${bytes(sum(files))}${note}`, ...files.map((file) => `    ${file.kind.padEnd(9)}${file.path.padEnd(LABEL - 11)}${bytes(file.gzip)}`)];
};

const timeRow = (label: string, figures: ContactJourney['contactMs'] | null) =>
  figures ? `  ${label.padEnd(LABEL)}median${ms(figures.median)}   p95${ms(figures.p95)}   (${figures.count} runs)` : `  ${label.padEnd(LABEL)}  ${NO_FORM}`;

/**
 * The contact step's and the ticket form's figures as report lines: gzip bytes fetched for each,
 * file by file, and the throttled times. A build without the form says so instead of a figure.
 *
 * @example console.log(contactJourneyRows(journey).join('\n'));
 */
export function contactJourneyRows(journey: ContactJourney): string[] {
  const slower = `CPU ${journey.cpuThrottle}x slower`;
  return [
    'Contact step and ticket form, demo page in Chromium (gzip -9; times in ms)',
    ...fileRows('fetched from "Contact us" to the contact step shown', journey.contactFiles),
    ...fileRows('fetched from "Write to us" to an interactive form', journey.formFiles),
    timeRow(`"Contact us" to the contact step shown, ${slower}`, journey.contactMs),
    timeRow(`"Contact us" to an interactive ticket form, ${slower}`, journey.formMs),
  ];
}

/**
 * The same figures for the JSON report: gzip totals and files, times to 0.1 ms; `null` where the
 * build has no ticket form.
 *
 * @example benchJson(result).contact.formGzip // null without the form
 */
export function contactJourneyJson(journey: ContactJourney) {
  const times = (figures: ContactJourney['contactMs'] | null) => figures && { runs: figures.count, medianMs: round1(figures.median), p95Ms: round1(figures.p95) };
  const files = (list: readonly FetchedFile[] | null) => list && list.map(({ path, kind, gzip }) => ({ path, kind, gzip }));
  return {
    formPresent: journey.formFiles !== null,
    contactGzip: sum(journey.contactFiles),
    contactFiles: files(journey.contactFiles),
    formGzip: journey.formFiles && sum(journey.formFiles),
    formFiles: files(journey.formFiles),
    cpuThrottle: journey.cpuThrottle,
    contactShown: times(journey.contactMs),
    formInteractive: times(journey.formMs),
  };
}
