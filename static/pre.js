// Runs in <head>, before the body is parsed and so before the first paint
// (a classic same-origin script: the Content Security Policy allows no
// inline one). `cargo xtask dist` prerenders the page in English and in
// Chinese (xtask/src/prerender.rs); this picks the one the app will show and
// marks a share link's view as loading, so the reader never sees a flash of
// the other language or the default numbers presented as the link's.
// Harmless without a prerendered page (`cargo xtask serve`).
(function () {
  var root = document.documentElement;
  // Scripts run: the prerendered page keeps the app's layout (tables under
  // their tabs); without this class it shows every table (the stylesheet).
  root.classList.add('js');
  var query = new URLSearchParams(location.search);
  // The app's rule (src/locale: `Lang::parse`, `Lang::from_browser`):
  // `?lang=` if it names a language the app speaks, else the first of the
  // browser's languages that it speaks, else English.
  var speaks = function (code) {
    var c = String(code).trim().toLowerCase();
    if (c === 'zh' || c.indexOf('zh-') === 0) return 'zh';
    if (c === 'en' || c.indexOf('en-') === 0) return 'en';
    return null;
  };
  var lang = speaks(query.get('lang') || '');
  if (!lang) {
    var preferred = navigator.languages || [navigator.language || ''];
    for (var i = 0; i < preferred.length && !lang; i++) {
      lang = speaks(preferred[i]);
    }
  }
  lang = lang || 'en';
  root.setAttribute('data-pre-lang', lang);
  if (lang === 'zh') {
    root.setAttribute('lang', 'zh-CN');
  }
  // The prerendered page is the default view. A link that asks for anything
  // else (assumptions, currency, tabs, an embed…) or is read with an older
  // format's meaning (no `v` but a field: version 1, as printed; see
  // src/share/query.rs `read_version`) would see wrong numbers: they are
  // hidden until the app shows the link's own (`.pre-stale` in the
  // stylesheet). The link format's version (src/share `VERSION`; a test in
  // xtask/src/prerender.rs checks it):
  var VERSION = '3';
  var keys = Array.from(query.keys());
  var other = keys.some(function (k) {
    return k !== 'lang' && k !== 'v';
  });
  var current = keys.length === 0 || query.get('v') === VERSION;
  if (other || !current) {
    root.classList.add('pre-stale');
  }
  // An embedded chart shows one card, not the page: only the loading line.
  if (query.has('embed')) {
    root.classList.add('pre-embed');
  }
  // The theme the reader chose with the toggle (src/ui/theme.rs keeps it
  // under "lce.theme"), so a chosen theme does not first show the system's.
  // Blocked storage: the stylesheet follows the system.
  try {
    var theme = localStorage.getItem('lce.theme');
    if (theme === 'light' || theme === 'dark') {
      root.setAttribute('data-theme', theme);
    }
  } catch (e) {
    // Storage blocked: nothing remembered.
  }
})();
