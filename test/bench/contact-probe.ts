/**
 * The in-page half of the contact journey's timing, as source text (as keystroke-probe.ts, so the
 * bundler that runs the bench cannot rewrite it). It installs `window.__contactProbe(untilForm)`,
 * which clicks "Contact us" in the panel's footer and resolves, in performance.now() ms, with:
 *   start:    the click;
 *   shown:    the first animation frame after the contact step showed its channels (or its word
 *             that there are none, or that they failed);
 *   write:    untilForm only: when `button.write-to-us` appeared and was clicked at once (null
 *             when the contact step showed without one: no form in this build);
 *   ready:    untilForm only: the first frame after `form.ticket-form [name=name]` was enabled and
 *             took focus.
 * Conditions are checked on every mutation of the shadow root and on every frame, and the probe
 * gives up with an error after 30 s.
 *
 * @example
 *   await page.evaluate(CONTACT_PROBE);
 *   const marks = await page.evaluate('window.__contactProbe(true)');
 */
export const CONTACT_PROBE = `(() => {
  const SHOWN = '.contact-view .channels, .contact-view .error, .contact-view .note-box, .contact-view .contact-routes';
  window.__contactProbe = (untilForm) => new Promise((resolve, reject) => {
    const root = document.querySelector('[data-support-widget]').shadowRoot;
    const result = { start: 0, shown: null, write: null, ready: null };
    let stage = 'contact';
    let timer;
    const observer = new MutationObserver(() => check());
    const done = () => {
      stage = 'done';
      observer.disconnect();
      clearTimeout(timer);
      resolve(result);
    };
    const atNextFrame = (key, then) => requestAnimationFrame(() => ((result[key] = performance.now()), then()));
    const check = () => {
      if (stage === 'contact') {
        const write = untilForm ? root.querySelector('.contact-view button.write-to-us') : null;
        if (write) {
          stage = 'form';
          result.write = performance.now();
          write.click();
        } else if (root.querySelector(SHOWN)) {
          stage = 'shown';
          atNextFrame('shown', done);
        }
      } else if (stage === 'form') {
        const field = root.querySelector('form.ticket-form [name=name]');
        if (field && !field.disabled) {
          field.focus();
          if (root.activeElement === field) {
            stage = 'ready';
            atNextFrame('ready', done);
          }
        }
      }
    };
    const poll = () => {
      if (stage === 'done') return;
      check();
      requestAnimationFrame(poll);
    };
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    timer = setTimeout(() => (observer.disconnect(), (stage = 'done'), reject(new Error('the contact probe timed out at stage ' + stage))), 30000);
    result.start = performance.now();
    root.querySelector('.panel-footer button').click();
    poll();
  });
})()`;
