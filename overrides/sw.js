// Orientera's service worker: keeps a language's course for reading without a network, when
// the reader asks for it, and refreshes kept pages whenever the network is back.
const PREFIX = "orientera-";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("message", (event) => {
  if (!event.data || event.data.type !== "keep") return;
  event.waitUntil((async () => {
    try {
      const manifest = await (await fetch(event.data.manifest, { cache: "no-store" })).json();
      const cache = await caches.open(manifest.cache);
      await cache.addAll(manifest.urls);
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX + manifest.language + "-") && key !== manifest.cache) await caches.delete(key);
      }
      event.source.postMessage({ type: "kept" });
    } catch (error) {
      event.source.postMessage({ type: "failed" });
    }
  })());
});

self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") return;
  event.respondWith((async () => {
    const kept = await caches.match(event.request, { ignoreSearch: true });
    try {
      const response = await fetch(event.request);
      if (kept && response.ok) {   // the network is back: bring the kept copy up to date
        for (const key of await caches.keys()) {
          if (!key.startsWith(PREFIX)) continue;
          const cache = await caches.open(key);
          if (await cache.match(event.request, { ignoreSearch: true })) await cache.put(event.request, response.clone());
        }
      }
      return response;
    } catch (error) {
      if (kept) return kept;
      throw error;
    }
  })());
});
