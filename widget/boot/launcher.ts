const labels: Record<string, string> = { en: 'Help', sv: 'Hjälp', nl: 'Help', da: 'Hjælp' };

/**
 * The launcher's accessible name in `locale`, English where we have none.
 *
 * @example launcherLabel('sv') // 'Hjälp'
 */
export function launcherLabel(locale: string): string {
  return labels[locale] ?? labels.en!;
}

// Constant markup of our own (no visitor or host text), so building it from a string is safe.
const icons =
  '<svg class="open-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.9A8 8 0 1 1 21 12z"/><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5v.2M12 16.5h.01"/></svg>' +
  '<svg class="close-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18"/></svg>';

/**
 * The round button that opens the panel. It exists before the app loads; the app takes it over
 * (aria-expanded, aria-controls, unread badge) once it starts.
 */
export function createLauncher(root: ShadowRoot, locale: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'launcher';
  button.setAttribute('aria-label', launcherLabel(locale));
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  button.innerHTML = icons;
  root.appendChild(button);
  return button;
}
