/**
 * The launcher's stylesheet, in the loader so the button shows before anything else loads.
 * `:host` declarations are !important because a host page's `!important` rules (even
 * `* { all: unset !important }`) lose to a shadow root's own `!important` ones, and only to those.
 * The corner is logical (the inline end, so the left for right-to-left languages, from the host's
 * `dir`) unless the tag's data-position names one.
 */
export const launcherStyles = `
:host{all:initial!important;display:block!important;position:fixed!important;bottom:0!important;inset-inline-end:0!important;width:0!important;height:0!important;z-index:2147483000!important;visibility:visible!important;opacity:1!important;transform:none!important}
.launcher{all:initial;box-sizing:border-box;position:fixed;bottom:20px;inset-inline-end:20px;width:56px;height:56px;border-radius:28px;background:var(--sw-brand);color:var(--sw-on-brand);display:flex;align-items:center;justify-content:center;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);transition:transform .15s ease}
:host([data-position]) .launcher{inset-inline-end:auto}
:host([data-position=left]) .launcher{left:20px}
:host([data-position=right]) .launcher{right:20px}
.launcher:hover{transform:scale(1.06)}
.launcher:focus-visible{outline:3px solid var(--sw-brand);outline-offset:3px}
.launcher svg{width:28px;height:28px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round;pointer-events:none}
.launcher .close-icon,.launcher[aria-expanded=true] .open-icon{display:none}
.launcher[aria-expanded=true] .close-icon{display:block}
@media (prefers-reduced-motion:reduce){.launcher{transition:none}}
`;

/**
 * The unread badge on the launcher (launcher-badge.ts). Apart from the launcher's own styles: only
 * the app ever shows a badge, so the app adopts this and the loader does not carry it.
 */
export const launcherBadgeStyles = `
.launcher-badge{all:initial;box-sizing:border-box;position:absolute;inset-block-start:-4px;inset-inline-end:-4px;min-width:22px;height:22px;padding-inline:6px;border-radius:11px;background:#c62828;color:#fff;border:2px solid #fff;font:700 12px/18px system-ui,sans-serif;text-align:center;pointer-events:none}
`;

/**
 * Brand colour and a readable text colour on it (WCAG contrast), for the launcher and the panel;
 * and the brand as a text colour on the light panel (links, the back button). A brand that takes
 * black text is too light for that (under 4.5:1 on white, the same 0.179 luminance line), so those
 * fall back to the panel's text colour.
 *
 * @example brandStyles('#ffdd00', contrastColour('#ffdd00'))
 */
export function brandStyles(color: string, onColor: string): string {
  const asText = onColor === '#fff' ? color : 'var(--sw-text)';
  return `:host{--sw-brand:${color}!important;--sw-on-brand:${onColor}!important;--sw-brand-text:${asText}!important}`;
}
