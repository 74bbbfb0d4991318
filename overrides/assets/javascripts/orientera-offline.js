// "Keep this course offline": shows the size, then asks the service worker to keep the
// language's pages. Without service workers (or opened from a folder) it says so.
const box = document.querySelector(".orientera-offline");
const text = box.querySelector(".orientera-offline__text");
const button = box.querySelector("button");
const status = box.querySelector("[role=status]");
const data = box.dataset;
const root = new URL(data.root, document.baseURI);

box.hidden = false;
if (!("serviceWorker" in navigator) || location.protocol === "file:") {
  text.textContent = data.unsupported;
  button.hidden = true;
} else {
  navigator.serviceWorker.register(new URL("sw.js", root), { scope: root.pathname });
  fetch(new URL(data.manifest, root)).then((r) => r.json()).then((manifest) => {
    text.textContent = data.button.replace("{size}", (manifest.bytes / 1048576).toFixed(1));
  });
  navigator.serviceWorker.addEventListener("message", (event) => {
    status.textContent = event.data.type === "kept" ? data.done : data.failed;
    button.disabled = false;
  });
  button.addEventListener("click", async () => {
    button.disabled = true;
    const registration = await navigator.serviceWorker.ready;
    registration.active.postMessage({ type: "keep", manifest: new URL(data.manifest, root).href });
  });
}
