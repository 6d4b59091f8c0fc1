// The library build's CSS (vite.config.ts): dist/styles.css minified as written, and each lazy
// chunk's CSS carried by that chunk. Lib mode never loads a chunk's CSS file by itself.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { transform } from 'lightningcss';

// Our sheets: constructable (CSSOM, not governed by CSP's style-src), once per sheet, a <style> where
// unsupported. Adopted sheets follow every document sheet: our chunk rules come after styles.css.
const ADOPT = `((css, key) => {
  if (typeof document === 'undefined') return;
  const done = (globalThis[Symbol.for('actionkit-form.css')] ??= new Set());
  if (done.has(key)) return;
  done.add(key);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.appendChild(style);
  }
})`;
// Monaco's own CSS stays a <style> appended as before: its theme <style> must keep coming after it.
const APPEND = `((css) => { if (typeof document !== 'undefined') { const s = document.createElement('style'); s.textContent = css; document.head.appendChild(s); } })`;

// A relative url() (Monaco's icon font) would resolve against the page once the CSS is inline:
// point it at the file beside the chunk; hosts' bundlers copy `new URL(…, import.meta.url)`.
function cssAsJsString(css, cssFile, chunkFile, bundle) {
  const relativeUrl = /url\((["']?)([^)"':#]+)\1\)/; // no data:, http: or #fragment
  const parts = [];
  let rest = css;
  for (let m = relativeUrl.exec(rest); m; m = relativeUrl.exec(rest)) {
    const file = path.posix.join(path.posix.dirname(cssFile), m[2]);
    if (!bundle[file]) throw new Error(`lib-css: ${cssFile} refers to ${m[2]}, which is not in the bundle`);
    const target = path.posix.relative(path.posix.dirname(chunkFile), file);
    parts.push(JSON.stringify(`${rest.slice(0, m.index)}url("`), `new URL(${JSON.stringify(`./${target}`)}, import.meta.url).href`, JSON.stringify('")'));
    rest = rest.slice(m.index + m[0].length);
  }
  parts.push(JSON.stringify(rest));
  return parts.join(' + ');
}

/** Minified, comments dropped, no syntax lowered (no targets): logical properties, :has, @container, @layer stay. */
export function minifyCss(code, filename) {
  return transform({ filename, code: Buffer.from(code), minify: true }).code.toString();
}

/** Where a chunk's CSS comes from: our src/ (adopt) or a package's (Monaco: <style>). Mixed is a mistake. */
function cssOrigin(chunk) {
  // our CSS modules need not sit in the chunk that imports them (a code-splitting group may place them
  // apart), a package's bundled CSS does: it decides
  const css = chunk.moduleIds.filter((id) => /\.css($|\?)/.test(id));
  const packages = css.filter((id) => /[\\/]node_modules[\\/]/.test(id));
  if (packages.length && packages.length !== css.length) throw new Error(`lib-css: ${chunk.fileName} mixes our CSS with a package's: ${css.join(', ')}`);
  return packages.length ? 'package' : 'own';
}

/**
 * Library build only: writes dist/styles.css (from `stylesheet`, minified) and inlines every lazy chunk's
 * CSS into that chunk. Fails the build when CSS would be dropped: a CSS file imported by a module that
 * an entry reaches statically (lib mode loads no entry CSS; keep such rules in styles.css instead).
 */
export const libCss = ({ stylesheet }) => ({
  name: 'lib-css',
  apply: (config, { command }) => command === 'build' && !!config.build?.lib,
  enforce: /** @type {const} */ ('post'),
  buildStart() {
    this.addWatchFile(stylesheet);
  },
  generateBundle(_options, bundle) {
    this.emitFile({ type: 'asset', fileName: 'styles.css', source: minifyCss(readFileSync(stylesheet, 'utf8'), 'styles.css') });
    const carried = new Set(); // a CSS file shared by chunks (Vite's pure-CSS chunks) goes into each: adopted once
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.viteMetadata?.importedCss.size) continue;
      if (chunk.isEntry) {
        const sources = chunk.moduleIds.filter((id) => /\.css($|\?)/.test(id)).map((id) => path.relative(process.cwd(), id));
        throw new Error(`lib-css: the entry ${chunk.fileName} imports CSS statically (${sources.join(', ')}), which lib mode would drop: import it from a lazily loaded module, or move its rules into ${path.relative(process.cwd(), stylesheet)}`);
      }
      const inject = cssOrigin(chunk) === 'own' ? ADOPT : APPEND;
      const calls = [];
      for (const file of chunk.viteMetadata.importedCss) {
        const asset = bundle[file];
        if (asset?.type !== 'asset') throw new Error(`lib-css: ${chunk.fileName} imports ${file}, which is not in the bundle`);
        calls.push(`${inject}(${cssAsJsString(String(asset.source), file, chunk.fileName, bundle)}, ${JSON.stringify(path.posix.basename(file))});`);
        carried.add(file);
      }
      chunk.code = `${calls.join('\n')}\n${chunk.code}`;
    }
    for (const file of carried) delete bundle[file];
    const left = Object.keys(bundle).filter((file) => file.endsWith('.css') && file !== 'styles.css');
    if (left.length) throw new Error(`lib-css: CSS no chunk loads would ship unused: ${left.join(', ')}`);
  },
});
