// Orientera's search page: asks the reader's language's Pagefind index, which it downloads in
// small pieces, only when a search is made. The form works without this script (?q=).
const form = document.querySelector(".orientera-search");
const input = document.getElementById("orientera-q");
const status = document.getElementById("orientera-search-status");
const list = document.getElementById("orientera-search-results");
const data = form.dataset;
const more = document.getElementById("orientera-search-more");
let pagefind;
let found = [];
let next = 0;
// Each result shown costs a download (its fragment): a first search stays light, and the
// reader asks for more.
const SHOWN = 5;

function count(n) {
  return n === 0 ? data.none : n === 1 ? data.one : data.other.replace("#", String(n));
}

async function show(focusFirst) {
  const batch = found.slice(next, next + SHOWN);
  next += batch.length;
  const results = await Promise.all(batch.map((r) => r.data()));
  let first = null;
  for (const result of results) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = data.root + result.url.replace(/^\//, "");
    link.textContent = result.meta.title || result.url;
    const excerpt = document.createElement("p");
    excerpt.innerHTML = result.excerpt;   // Pagefind escapes the text and adds only <mark>
    item.append(link, excerpt);
    list.append(item);
    first = first || link;
  }
  more.hidden = next >= found.length;
  if (focusFirst && first) first.focus();   // a keyboard reader lands on the new results
}

async function search(query) {
  // Pagefind does not split Ethiopic words at the wordspace; the index has spaces there too.
  query = query.replace(/\u1361/g, " ").trim();
  list.replaceChildren();
  more.hidden = true;
  found = [];
  next = 0;
  if (!query) { status.textContent = ""; return; }
  status.textContent = data.busy;
  // Relative to the page, not to this script.
  pagefind = pagefind || await import(new URL(data.pagefind, document.baseURI).href);
  found = (await pagefind.search(query)).results;
  await show(false);
  status.textContent = count(found.length);   // said last: the results are there when it is heard
}

more.addEventListener("click", () => show(true));

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const url = new URL(location.href);
  url.searchParams.set("q", input.value);
  history.replaceState(null, "", url);
  search(input.value);
});

const initial = new URLSearchParams(location.search).get("q");
if (initial) { input.value = initial; search(initial); }
