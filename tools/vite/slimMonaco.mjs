// Shared by vite.config.ts (library, demo, Storybook, tests) and bench/lib/build.mjs, so the
// benchmark measures the Monaco chunk the library ships.

// Monaco's language features import `internal/common/workers.js`, which imports every editor
// contribution: keep only its worker helper, so src/inputs/code/monacoSetup.ts picks them.
const MONACO_WORKERS = /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/]internal[\\/]common[\\/]workers\.js$/;
// Lib mode inlines every asset: Monaco's 150 KB icon font stays a file, fetched on the first icon.
const CODICON_CSS = /[\\/]monaco-editor[\\/]esm[\\/].*[\\/]codicon\.css$/;

/** A Vite/Rolldown plugin that keeps Monaco to what a form field uses. */
export const slimMonaco = () => ({
  name: 'slim-monaco',
  enforce: /** @type {const} */ ('pre'), // before Vite's CSS plugin resolves the url()
  /** @param {string} code @param {string} id */
  transform(code, id) {
    const [from, to] = MONACO_WORKERS.test(id)
      ? [/^import '[^']+';\r?\n/gm, '']
      : CODICON_CSS.test(id)
        ? [/url\(\.\/codicon\.ttf\)/g, 'url(./codicon.ttf?no-inline)']
        : [];
    if (!from) return null;
    const changed = code.replace(from, /** @type {string} */ (to));
    // A Monaco upgrade that changed these files would silently bring the weight back.
    if (changed === code) throw new Error(`slim-monaco: ${id} no longer has the expected imports or url()`);
    return { code: changed, map: null };
  },
});
