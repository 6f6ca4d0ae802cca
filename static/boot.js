// Starts the app. The page's Content Security Policy (index.html) allows no
// inline script, so this same-origin module replaces the inline loader Trunk
// would write: Trunk.toml's `pattern_script` makes Trunk put the app's
// content-hashed file names into <meta name="lce-app"> instead, under the
// public URL, so this works under any sub-path.

// Live reload under `trunk serve` (`cargo xtask serve`), which runs with
// --no-autoreload because its reload script is inline. The dev server
// replaces the placeholder in <meta name="lce-dev-reload"> with its
// WebSocket's base path; in a release build it stays a placeholder and
// nothing happens here.
const reloadBase = document.querySelector('meta[name="lce-dev-reload"]')?.content ?? '';
const dev = reloadBase.startsWith('/');
if (dev) {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const url = `${scheme}://${location.host}${reloadBase.replace(/\/?$/, '/')}.well-known/trunk/ws`;
  const listen = (socket) => {
    socket.onmessage = (event) => {
      const message = JSON.parse(event.data);
      if (message.type === 'reload') {
        location.reload();
      } else if (message.type === 'buildFailure') {
        console.error('Build failed:', message.data?.reason);
      }
    };
    // The server went away (restarted, or rebuilding): reload once it is back.
    socket.onclose = () => setTimeout(() => {
      const next = new WebSocket(url);
      next.onopen = () => location.reload();
      next.onclose = socket.onclose;
    }, 2000);
  };
  listen(new WebSocket(url));
}

// Uncaught errors and rejections from here on, kept for a test's report of a
// page that stopped short (tests/e2e/main.rs `page_state`): an exception
// thrown through a Yew render leaves its scheduler marked busy, so the page
// stops rendering with no panic screen, and WebDriver can only look after
// the page has loaded. Each entry is a short string; at most 20 are kept.
const errors = (window.__lceErrors = []);
const keep = (what) => errors.length < 20 && errors.push(`${Math.round(performance.now())} ms ${what}`);
addEventListener('error', (e) => keep(`error: ${e.message} (${e.filename}:${e.lineno})`));
addEventListener('unhandledrejection', (e) => keep(`rejection: ${e.reason}`));

// The prerendered page (xtask/src/prerender.rs) in the language static/pre.js
// did not pick is never shown: dropped now. The other stays until the app
// has drawn (`takeOver`).
const prerendered = [...document.querySelectorAll('.prerendered')];
const lang = document.documentElement.dataset.preLang ?? 'en';
prerendered.filter((p) => p.dataset.lang !== lang).forEach((p) => p.remove());

const app = document.querySelector('meta[name="lce-app"]');
// The app's two files, fetched side by side from here rather than preloaded
// by <link> tags (see Trunk.toml: in Firefox a preloaded file now and then
// never arrives). A failed fetch is reported below, where it is awaited.
const code = app ? import(app.dataset.js) : null;
const binary = app ? fetch(app.dataset.wasm) : null;
code?.catch(() => {});
binary?.catch(() => {});

try {
  if (!app) {
    throw new Error('index.html has no <meta name="lce-app">: built without Trunk.toml?');
  }
  const bindings = await code;
  const wasm = await bindings.default({ module_or_path: binary });
  // What Trunk's loader does: the app's exported functions (the benchmark
  // calls them), and the event that says the app has started.
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
  takeOver();
} catch (error) {
  // No WebAssembly, a file missing: say so instead of "Loading…" forever.
  // The reader sees the block's one sentence; what went wrong is for the
  // console and, for tests, the block's data-detail.
  const fatal = document.getElementById('fatal');
  if (fatal && fatal.hidden) {
    fatal.hidden = false;
    fatal.dataset.detail = `the explorer could not start: ${error}`;
  }
  throw error;
}
// Reached only when the app started (the catch above rethrows).
offline();

// The app renders into #app, laid out but unseen over the prerendered page
// (`.app-pending` in the stylesheet), so the reader never sees it half
// built. Once it has rendered and every chart near the screen has drawn
// (`data-draws`; one far off screen says `data-wait="far"` and draws when it
// comes near), one frame removes the prerendered page and shows the app in
// its place: same components, same layout, so nothing moves or flashes.
// After two seconds of frames it is shown as it is.
function takeOver() {
  const root = document.getElementById('app');
  if (!root?.classList.contains('app-pending')) {
    return;
  }
  const started = performance.now();
  const ready = () => {
    if (!root.querySelector('main, .embed')) {
      return false;
    }
    // The Monte Carlo's first result is in the prerendered page (its bands
    // and notes): wait for the app's, or the page would grow after the swap.
    const mc = document.documentElement.dataset.mc;
    if (mc !== 'done' && mc !== 'failed') {
      return false;
    }
    return [...root.querySelectorAll('canvas[data-draws]')].every(
      (c) => c.dataset.draws !== '0' || c.dataset.wait === 'far',
    );
  };
  const frame = () => {
    if (ready() || performance.now() - started > 2000) {
      // A section the app renders only as it comes near (src/ui/defer.rs)
      // keeps its prerendered twin until then, when the page shows the
      // prerendered view (`data-twin`): moved into its placeholder, so far
      // sections stay readable and found by find in page.
      root.querySelectorAll('.deferred[data-twin]').forEach((placeholder) => {
        const twin = placeholder.dataset.twin.split(' ').map((id) => document.getElementById(id)).find((t) => t);
        if (twin) {
          placeholder.replaceChildren(twin);
          placeholder.style.removeProperty('height');
          placeholder.removeAttribute('aria-busy');
          placeholder.dataset.adopted = '';
        }
      });
      document.querySelectorAll('.prerendered').forEach((p) => p.remove());
      root.classList.remove('app-pending');
      // When, for the bench and a test's report of a page that stopped short.
      performance.mark('lce:took-over', { detail: { waited: Math.round(performance.now() - started) } });
      dispatchEvent(new CustomEvent('lce-took-over'));
    } else {
      requestAnimationFrame(frame);
    }
  };
  requestAnimationFrame(frame);
}

// Offline use (static/sw.js): the service worker caches the build after the
// first visit. Registered once the app runs and the page has loaded, so its
// precaching does not compete with the first load. sw.js sits beside this
// file at the root of the build, so its URL and scope are relative to it and
// work under any sub-path. Under `cargo xtask serve` it is not registered
// and one left from a release build on the same origin is removed, so the
// dev server's fresh files are never answered from a cache. Where service
// workers are unavailable (file://, http:// other than localhost, a browser
// without them, storage refused) the app simply needs the network: one
// console.info, never a warning.
function offline() {
  const workers = navigator.serviceWorker;
  if (!workers) {
    return;
  }
  const root = new URL('./', import.meta.url);
  if (dev) {
    workers.getRegistrations().then(
      (all) => all.filter((r) => r.scope === root.href).forEach((r) => r.unregister()),
      () => {},
    );
    return;
  }
  const register = () => workers.register(new URL('sw.js', root), { scope: root.href }).catch(
    (error) => console.info('Offline use is unavailable:', error?.message ?? error),
  );
  if (document.readyState === 'complete') {
    register();
  } else {
    addEventListener('load', register, { once: true });
  }
}
