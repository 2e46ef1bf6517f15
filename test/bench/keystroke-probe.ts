/**
 * The in-page half of the keystroke latency, as source text: handed to the page as a string so
 * the bundler that runs the bench cannot rewrite it. It installs `window.__keystrokeProbe.next()`,
 * a promise of the latest keystroke's timings in ms:
 *   rendered: from the keystroke to the first animation frame after the suggestions list changed
 *             (null when it did not change within UNCHANGED_AFTER_MS: same results, same marks);
 *   commit:   from the keystroke to the list change reaching the DOM (search and render work,
 *             without the wait for the next frame; null when it did not change);
 *   frame:    from the keystroke to the first animation frame after it, whether or not anything
 *             changed: the search and the render both run before that frame when they are
 *             synchronous, so this covers keystrokes that change nothing too.
 *
 * The clock starts in a capture-phase 'input' listener on the shadow root, before the widget's
 * own handler. A list change is a mutation inside [role=listbox] or .no-match, or one of them
 * appearing or leaving.
 */
export const UNCHANGED_AFTER_MS = 300;

export const KEYSTROKE_PROBE = `(() => {
  const root = document.querySelector('[data-support-widget]').shadowRoot;
  const LIST = '[role=listbox], .no-match';
  const isList = (node) => node.nodeType === 1 && (node.matches(LIST) || node.querySelector(LIST) !== null);
  const touchesList = (record) => {
    const element = record.target.nodeType === 1 ? record.target : record.target.parentElement;
    if (element && element.closest(LIST)) return true;
    return [...record.addedNodes, ...record.removedNodes].some(isList);
  };
  let armed = null;
  let pending = Promise.resolve(null);
  new MutationObserver((records) => {
    if (!armed || armed.changed || !records.some(touchesList)) return;
    const current = armed;
    current.changed = true;
    current.commit = performance.now() - current.start;
    requestAnimationFrame(() => current.finish(performance.now() - current.start));
  }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  root.addEventListener('input', () => {
    const start = performance.now();
    let resolve;
    pending = new Promise((done) => (resolve = done));
    let frame = null;
    let rendered;
    const settle = () => {
      if (frame === null || rendered === undefined) return;
      if (armed === current) armed = null;
      resolve({ frame, rendered, commit: current.commit });
    };
    const current = { start, changed: false, commit: null, finish: (ms) => { rendered = ms; settle(); } };
    armed = current;
    requestAnimationFrame(() => { frame = performance.now() - start; settle(); });
    setTimeout(() => { if (!current.changed) current.finish(null); }, ${UNCHANGED_AFTER_MS});
  }, true);
  window.__keystrokeProbe = { next: () => pending };
})()`;
