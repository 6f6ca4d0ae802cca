// The service worker: after the first visit the app loads with the network off.
//
// `cargo xtask dist` (xtask/src/dist.rs) replaces the `null` after the
// lce-build marker below with the build's manifest: a version (a hash of every
// file of the build) and the path of each file relative to this one, the
// page itself as "./". A new deploy is a new sw.js, which the browser notices
// on the next visit: it installs, precaches the new files and deletes the old
// caches. Without a manifest (`trunk serve`, or a build not made by the xtask)
// it caches nothing and unregisters itself; boot.js does not register it in
// development anyway.
//
// - The page (a navigation): network first, so a new deploy shows at once;
//   offline, the cached page, whatever the query (a share link).
// - The build's files (hashed names, the worker loader, the dataset): cache
//   first; they belong to the version this worker precached.
// - Anything else is not intercepted, so it behaves as if there were no
//   service worker.
//
// It runs under the page's origin; it fetches only from it. The page's CSP
// allows it through `worker-src 'self'` (index.html).

const BUILD = /* lce-build */ null;

const PREFIX = 'lce-';
const ROOT = new URL('./', self.location.href).href;
const CACHE = `${PREFIX}${BUILD ? BUILD.version : 'none'}`;
const FILES = new Set(BUILD ? BUILD.files.map((f) => new URL(f, ROOT).href) : []);

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    if (BUILD) {
      const cache = await caches.open(CACHE);
      // `no-cache`: revalidate with the server, so the cache never takes an
      // older file from the HTTP cache than the one this build names.
      await cache.addAll([...FILES].map((url) => new Request(url, { cache: 'no-cache' })));
    }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) {
        await caches.delete(name);
      }
    }
    if (BUILD) {
      // The first visit is controlled too, without a reload.
      await self.clients.claim();
    } else {
      await self.registration.unregister();
    }
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (!BUILD || request.method !== 'GET' || !request.url.startsWith(ROOT)) {
    return;
  }
  const url = request.url.split('#')[0];
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request));
  } else if (FILES.has(url)) {
    event.respondWith(cacheFirst(request));
  }
});

async function networkFirst(request) {
  try {
    return await fetch(request);
  } catch (offline) {
    const cache = await caches.open(CACHE);
    const hit = (await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(ROOT));
    if (hit) {
      return hit;
    }
    throw offline;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(request)) ?? fetch(request);
}
