"""`make bench`: build time per number of languages, and what a phone downloads.

Generates a synthetic course (48 modules of about 800 words in 8 areas, overlays for 70 % of
the pages in every language), builds it with 1, 3, 7 and all registered languages, and prints
seconds per build, the page weight of a module page in sv and ar (HTML plus the CSS and JS it
loads, gzipped) and the bytes a first search downloads; then the same for the real course in
docs/ and translations/. A script, not a test: it reports.
"""
from __future__ import annotations

import argparse
import gzip
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "tests"))
sys.path.insert(0, str(PROJECT / "hooks"))

from sitebuilder import area, module, prepare  # noqa: E402

from orientera import registry as registry_mod  # noqa: E402

ALPHABETS = {
    "latin": "abcdefghijklmnoprstuvyäö",
    "arabic": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "ethiopic": "ሀለሐመሠረሰሸቀበተቸነአከወዘየደገጠጰጸፈፐ",
    "cyrillic": "абвгдежзийклмнопрстуфхцчшщыэюя",
}
SCRIPT = {"ar": "arabic", "fa": "arabic", "fa-AF": "arabic", "ps": "arabic", "ti": "ethiopic",
          "am": "ethiopic", "uk": "cyrillic", "ru": "cyrillic"}
AREAS, MODULES_PER_AREA, WORDS = 8, 6, 800
# Budgets for a phone on prepaid data: a module page with all it loads, and a first search.
PAGE_BUDGET_KB, SEARCH_BUDGET_KB = 60, 200
# A word the synthetic text is sure to hold (the generator's seed is fixed), per script.
FIRST_WORD = {}


def words(rng: random.Random, script: str, n: int) -> str:
    letters = ALPHABETS[script]
    out, sentence = [], []
    for _ in range(n):
        sentence.append("".join(rng.choice(letters) for _ in range(rng.randint(2, 9))))
        if len(sentence) >= rng.randint(8, 14):
            out.append(" ".join(sentence) + ".")
            sentence = []
    return " ".join(out + [" ".join(sentence)])


def body(rng, script: str) -> str:
    parts = []
    for section in range(4):
        parts.append(f"## {words(rng, script, 3)} {{#avsnitt-{section}}}\n\n{words(rng, script, WORDS // 4)}\n")
    return "\n".join(parts)


def course(codes: list[str]) -> dict[str, str]:
    rng = random.Random(2026)
    FIRST_WORD.clear()
    tree = {"docs/index.md": "---\ntitle: Orientera\n---\n# Orientera\n\n" + words(rng, "latin", 120) + "\n"}
    for a in range(1, AREAS + 1):
        folder = f"omrade-{a}"
        tree[f"docs/{folder}/index.md"] = area(id=f"o{a}", title=f"Område {a}", order=a)
        for m in range(1, MODULES_PER_AREA + 1):
            text = body(rng, "latin")
            FIRST_WORD.setdefault("sv", max(re.findall(r"\w{5,}", text), key=len))
            tree[f"docs/{folder}/modul-{m}.md"] = module(
                id=f"o{a}-m{m}", title=f"Modul {a}.{m}", order=m, hours=1.5, body=text)
    pages = sorted(p for p in tree if p.startswith("docs/"))
    for code in codes[1:]:
        for i, page in enumerate(pages):
            if i % 10 < 7:   # 70 % of the pages translated
                rel = page[len("docs/"):]
                text = body(rng, SCRIPT.get(code, "latin"))
                FIRST_WORD.setdefault(code, max(re.findall(r"\w{5,}", text), key=len))
                tree[f"translations/{code}/{rel}"] = (
                    f"---\ntitle: {words(rng, SCRIPT.get(code, 'latin'), 2)}\n"
                    "translation: {method: machine}\n---\n" + text)
    return tree


def languages_yml(codes: list[str]) -> str:
    text = (PROJECT / "translations/languages.yml").read_text(encoding="utf-8")
    keep = []
    for line in text.splitlines():
        match = re.match(r"^  ([\w-]+):", line)
        if match:
            current = match.group(1)
        if not line.startswith("  ") or (match and current in codes) or (not match and line.startswith("    ") and current in codes):
            keep.append(line)
    return "\n".join(keep) + "\n"


def build_seconds(root: Path, site_dir: Path | None = None) -> float:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet",
                             "--site-dir", str(site_dir or root / "site")], cwd=root, env=env,
                            capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"bench: build failed:\n{result.stderr[-3000:]}")
    return seconds


def gz(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), 9))


def page_weight(site: Path, url: str) -> tuple[int, list[str]]:
    """Bytes (gzipped) of a page's HTML and the stylesheets and scripts it loads."""
    page = site / url / "index.html"
    html = page.read_text(encoding="utf-8")
    total, files = gz(page), [str(page.relative_to(site))]
    for ref in re.findall(r'<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="([^"]+)"', html):
        asset = (page.parent / ref.split("?")[0]).resolve()
        if asset.is_file():
            total += gz(asset)
            files.append(str(asset.relative_to(site.resolve())))
    return total, files


def search_bytes(site: Path, path: str, query: str) -> tuple[int, int]:
    """Bytes a browser downloads for one search on a language's search page: everything under
    pagefind/ plus our search script (text files counted gzipped, as a server sends them).
    Measured in Debian's chromium; returns (bytes, results)."""
    import functools
    import http.server
    import threading
    from urllib.parse import quote

    from playwright.sync_api import sync_playwright
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.RequestHandlerClass.log_message = lambda *args: None
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    sizes = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                        args=["--headless", "--no-sandbox", "--disable-gpu",
                                              "--disable-background-networking"])
            page = browser.new_page()
            def record(response):
                url = response.url
                if "/pagefind/" in url or url.endswith("orientera-search.js"):
                    body = response.body()
                    text = url.endswith((".js", ".json"))
                    sizes[url] = len(gzip.compress(body, 9)) if text else len(body)
            page.on("response", record)
            page.goto(f"http://127.0.0.1:{httpd.server_address[1]}/{path}?q={quote(query)}")
            page.wait_for_selector("#orientera-search-results li", timeout=20000)
            page.wait_for_load_state("networkidle")
            results = page.eval_on_selector_all("#orientera-search-results li", "els => els.length")
            browser.close()
    finally:
        httpd.shutdown()
    return sum(sizes.values()), results


# The real course: a module page that exists in Swedish and every first language, and a word
# its readers search for.
REAL_MODULE = "att-komma-till-sverige/personnummer-och-folkbokforing"
REAL_SEARCH = {"sv": "personnummer", "ar": "الرقم الشخصي", "so": "personnummer"}


def real_course(over: list[str]) -> None:
    """The same figures for the project's own docs/ and translations/, as readers get them."""
    work = Path(tempfile.mkdtemp(prefix="orientera-bench-real-"))
    try:
        site = work / "site"
        seconds = build_seconds(PROJECT, site)
        pages = len(list(site.rglob("index.html")))
        size = sum(f.stat().st_size for f in site.rglob("*") if f.is_file())
        print(f"\nThe real course: {pages} pages built in {seconds:.2f} s ({seconds / pages:.4f} s/page), "
              f"{size / 1e6:.1f} MB on disk")
        for code in ("sv", "ar", "so", "ti"):
            url = REAL_MODULE if code == "sv" else f"{code}/{REAL_MODULE}"
            total, files = page_weight(site, url)
            print(f"module page weight ({code}, {REAL_MODULE.split('/')[-1]}): {total / 1024:.1f} KB gzipped "
                  f"({len(files)} files)")
            if total / 1024 > PAGE_BUDGET_KB:
                over.append(f"real module page ({code}) {total / 1024:.1f} KB > {PAGE_BUDGET_KB} KB")
        for code, query in REAL_SEARCH.items():
            path = "sok/" if code == "sv" else f"{code}/sok/"
            size, found = search_bytes(site, path, query)
            print(f"first search ({code}, '{query}', {found} results shown): {size / 1024:.1f} KB downloaded")
            if size / 1024 > SEARCH_BUDGET_KB:
                over.append(f"real first search ({code}) {size / 1024:.1f} KB > {SEARCH_BUDGET_KB} KB")
    finally:
        shutil.rmtree(work)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="1,3,7,all")
    parser.add_argument("--keep", action="store_true", help="keep the generated sites")
    parser.add_argument("--synthetic-only", action="store_true", help="skip the real course")
    args = parser.parse_args()
    reg, findings = registry_mod.load(PROJECT)
    if reg is None:
        sys.exit("\n".join(f.format() for f in findings))
    all_codes = reg.codes
    counts = [len(all_codes) if c == "all" else int(c) for c in args.counts.split(",")]
    work = Path(tempfile.mkdtemp(prefix="orientera-bench-"))
    print(f"Synthetic course: {AREAS * (MODULES_PER_AREA + 1) + 1} Swedish pages of ~{WORDS} words, "
          f"70 % translated in every other language.")
    print(f"{'languages':>9}  {'pages built':>11}  {'seconds':>8}  {'s/page':>7}")
    results = {}
    for count in counts:
        codes = all_codes[:count]
        root = work / f"lang-{count}"
        root.mkdir()
        prepare(root, course(codes), languages=languages_yml(codes))
        seconds = build_seconds(root)
        pages = len(list((root / "site").rglob("index.html")))
        results[count] = (seconds, pages, root)
        print(f"{count:>9}  {pages:>11}  {seconds:>8.2f}  {seconds / pages:>7.4f}")
    low, high = min(counts), max(counts)
    if low != high:
        (s_low, p_low, _), (s_high, p_high, root) = results[low], results[high]
        print(f"ratio {high} to {low} languages: time {s_high / s_low:.1f}x, pages built {p_high / p_low:.1f}x")
    site = results[high][2] / "site"
    over = []
    for code, url in (("sv", "omrade-1/modul-1"), ("ar", "ar/omrade-1/modul-1")):
        if (site / url).exists():
            total, files = page_weight(site, url)
            print(f"module page weight ({code}): {total / 1024:.1f} KB gzipped ({len(files)} files), "
                  f"budget {PAGE_BUDGET_KB} KB")
            if total / 1024 > PAGE_BUDGET_KB:
                over.append(f"module page ({code}) {total / 1024:.1f} KB > {PAGE_BUDGET_KB} KB")
    for code, path in (("sv", "sok/"), ("ar", "ar/sok/")):
        if (site / path).exists() and (code == "sv" or code in all_codes[:high]):
            query = FIRST_WORD[code]
            size, found = search_bytes(site, path, query)
            size /= 1024
            print(f"first search ({code}, '{query}', {found} results shown): {size:.1f} KB "
                  f"downloaded, budget {SEARCH_BUDGET_KB} KB")
            if size > SEARCH_BUDGET_KB:
                over.append(f"first search ({code}) {size:.1f} KB > {SEARCH_BUDGET_KB} KB")
    if not args.synthetic_only:
        real_course(over)
    for line in over:
        print(f"OVER BUDGET: {line}", file=sys.stderr)
    if not args.keep:
        shutil.rmtree(work)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
