// The Monte Carlo Web Worker's script (an ES-module worker), copied to the
// site by Trunk (index.html). The worker runs the page's own wasm instead of
// a second build: the page (src/worker/client.rs) sends the URL of its
// wasm-bindgen module and the WebAssembly.Module it already compiled; this
// imports the one and instantiates the other, so nothing is fetched or
// compiled twice. The app's `main` (src/main.rs) then finds no window and
// serves the Monte Carlo (src/worker/host.rs), which takes over `onmessage`.
self.onmessage = (event) => {
  const { lceWorkerApp: app, module } = event.data ?? {};
  if (typeof app !== 'string') {
    return;
  }
  self.onmessage = null;
  import(app)
    .then((bindings) => bindings.default({ module_or_path: module }))
    .catch((error) => {
      // Thrown outside the promise, so the page's Worker gets an `error`
      // event and says why, instead of waiting for `Ready` forever.
      setTimeout(() => {
        throw error;
      });
    });
};
