/**
 * What the host page's own styling looks like right now: every computed property of a few
 * typical elements, and how many stylesheets the document has. Runs in the page (pass it to
 * `page.evaluate`), so it must stay self-contained.
 *
 * @example const before = await page.evaluate(hostStyleSnapshot);
 */
export function hostStyleSnapshot(): Record<string, unknown> {
  const selectors = ['html', 'body', 'main', 'h1', 'p', 'a', 'input', 'button'];
  const styles: Record<string, Record<string, string>> = {};
  for (const selector of selectors) {
    const element = document.querySelector(selector);
    if (!element) throw new Error(`the host page has no ${selector}`);
    const computed = getComputedStyle(element);
    styles[selector] = Object.fromEntries(Array.from(computed, (property) => [property, computed.getPropertyValue(property)]));
  }
  return {
    styles,
    rootVariables: ['--brand', '--sw-bg'].map((name) => getComputedStyle(document.documentElement).getPropertyValue(name)),
    styleSheets: document.styleSheets.length,
    adoptedStyleSheets: document.adoptedStyleSheets.length,
    head: document.head.innerHTML,
    htmlAttributes: Array.from(document.documentElement.attributes, ({ name, value }) => `${name}=${value}`),
    bodyAttributes: Array.from(document.body.attributes, ({ name, value }) => `${name}=${value}`),
  };
}
