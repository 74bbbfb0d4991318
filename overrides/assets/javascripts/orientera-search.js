// Orientera's search page: asks the reader's language's Pagefind index, which it downloads in
// small pieces, only when a search is made. The form works without this script (?q=).
const form = document.querySelector(".orientera-search");
const input = document.getElementById("orientera-q");
const status = document.getElementById("orientera-search-status");
const list = document.getElementById("orientera-search-results");
const data = form.dataset;
let pagefind;
const SHOWN = 10;   // each result shown costs a download: keep a first search light

function count(n) {
  return n === 0 ? data.none : n === 1 ? data.one : data.other.replace("#", String(n));
}

async function search(query) {
  // Pagefind does not split Ethiopic words at the wordspace; the index has spaces there too.
  query = query.replace(/\u1361/g, " ").trim();
  list.replaceChildren();
  if (!query) { status.textContent = ""; return; }
  status.textContent = data.busy;
  // Relative to the page, not to this script.
  pagefind = pagefind || await import(new URL(data.pagefind, document.baseURI).href);
  const found = await pagefind.search(query);
  const results = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
  status.textContent = count(found.results.length);
  for (const result of results) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = data.root + result.url.replace(/^\//, "");
    link.textContent = result.meta.title || result.url;
    const excerpt = document.createElement("p");
    excerpt.innerHTML = result.excerpt;   // Pagefind escapes the text and adds only <mark>
    item.append(link, excerpt);
    list.append(item);
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const url = new URL(location.href);
  url.searchParams.set("q", input.value);
  history.replaceState(null, "", url);
  search(input.value);
});

const initial = new URLSearchParams(location.search).get("q");
if (initial) { input.value = initial; search(initial); }
