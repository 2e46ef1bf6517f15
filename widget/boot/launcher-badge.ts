/**
 * Shows the number of unread staff replies on the launcher: `data-unread="N"`, a `.launcher-badge`
 * inside it, and `label` (which says it in words) as its accessible name. At 0 all three go back
 * to the launcher's own state.
 *
 * @example showUnread(launcher, 2, 'Help, 2 unread replies', 'Help');
 */
export function showUnread(launcher: HTMLButtonElement, count: number, label: string, plainLabel: string): void {
  let badge = launcher.querySelector<HTMLElement>('.launcher-badge');
  if (count <= 0) {
    launcher.removeAttribute('data-unread');
    launcher.setAttribute('aria-label', plainLabel);
    badge?.remove();
    return;
  }
  if (!badge) {
    badge = document.createElement('span');
    badge.className = 'launcher-badge';
    badge.setAttribute('aria-hidden', 'true');
    launcher.appendChild(badge);
  }
  badge.textContent = count > 99 ? '99+' : String(count);
  launcher.setAttribute('data-unread', String(count));
  launcher.setAttribute('aria-label', label);
}
