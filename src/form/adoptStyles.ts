const adopted = new Set<string>();

/**
 * Adds a stylesheet to the document once: constructable (CSSOM, so CSP's `style-src` does not apply),
 * else a `<style>`; nothing on the server. For CSS of a component the main entry reaches statically
 * (lib mode drops an entry's imported CSS); lazy chunks get the same from tools/vite/libCss.mjs.
 */
export function adoptStyles(key: string, css: string): void {
  if (typeof document === 'undefined' || adopted.has(key)) return;
  adopted.add(key);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // no constructable stylesheets (older browsers)
    const style = document.createElement('style');
    style.textContent = css;
    document.head.appendChild(style);
  }
}
