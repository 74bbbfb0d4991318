"""What a browser shows: axe-core (WCAG 2.2 AA) in Debian's chromium at phone width, no
horizontal scrolling, visible keyboard focus, and no request to any other host."""
import functools
import http.server
import threading
from pathlib import Path

import pytest
from sitebuilder import SMALL_COURSE, build_site

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Every kind of page the site has, in a left-to-right and a right-to-left language; new kinds
# of page join the gate with one line here.
PAGE_KINDS = {
    "start page and language chooser": "",
    "area": "demo/",
    "module": "demo/rosta/",
    "course plan": "kursplan/",
    "translation status": "oversattningar/",
    "what changed": "nytt/",
    "not found": "404.html",
    "accessibility statement": "tillganglighet/",
    "search page": "sok/",
}
PAGES = ([path for path in PAGE_KINDS.values()] + ["ar/" + path for path in PAGE_KINDS.values()]
         + ["fa-AF/demo/rosta/", "ti/", "ti/demo/rosta/",
            "so/demo/rosta/"])   # a fallback page: Swedish text under a Somali interface


def serve(root, tree):
    """Build `tree` with its loopback address as site_url, so that any request to another host
    is a real third-party request, and serve it; yields the address."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root / "site"))
    handler.log_message = lambda *args: None
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    address = f"http://127.0.0.1:{httpd.server_address[1]}/"
    built = build_site(root, tree, env={"ORIENTERA_SITE_URL": address})
    assert built.returncode == 0, built.stderr
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield address
    httpd.shutdown()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The small course, served on loopback."""
    yield from serve(tmp_path_factory.mktemp("browser"), SMALL_COURSE)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: `make test` installs it (apt-get install chromium)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def open_page(browser, url, width=360):
    context = browser.new_context(viewport={"width": width, "height": 740})
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url, wait_until="networkidle")
    return context, page, requests


def axe_violations(page):
    from axe_playwright_python.sync_playwright import Axe
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_22_AA}})
    return results.violations_count, results.generate_report()


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("path", PAGES)
def test_page_passes_axe(browser, server, path, width):
    context, page, _ = open_page(browser, server + path, width=width)
    count, report = axe_violations(page)
    context.close()
    assert count == 0, report


def search(browser, server, path, query, width=1280):
    """Type a query on a language's search page, as a reader does; return the page and links."""
    context, page, requests = open_page(browser, server + path, width=width)
    page.fill("#orientera-q", query)
    page.press("#orientera-q", "Enter")
    page.wait_for_function("""() => { const s = document.getElementById('orientera-search-status').textContent;
        return s.length > 0 && s !== document.querySelector('.orientera-search').dataset.busy }""",
                           timeout=15000)
    links = page.eval_on_selector_all("#orientera-search-results a", "els => els.map(e => e.getAttribute('href'))")
    return context, page, links, requests


@pytest.fixture(scope="module")
def many_results_server(tmp_path_factory):
    """Seven lessons that all mention one word, for a search with more results than it shows."""
    from sitebuilder import module
    root = tmp_path_factory.mktemp("many")
    tree = dict(SMALL_COURSE)
    for n in range(1, 8):
        tree[f"docs/demo/lektion-{n}.md"] = module(id=f"demo-lektion-{n}", title=f"Lektion {n}", order=10 + n,
                                                  body=f"Om valsedeln, del {n}.\n")
    tree["docs/demo/tabell.md"] = module(id="demo-tabell", title="Veckan", order=30, body=(
        "| Måndag | Tisdag | Onsdag | Torsdag | Fredag |\n|---|---|---|---|---|\n"
        "| Arbetsförmedlingen | Språkcafé | Studiebesök | Kommunvägledning | Platsbanken |\n"))
    yield from serve(root, tree)


def test_a_search_shows_five_results_first_and_more_on_request(browser, many_results_server):
    context, page, links, requests = search(browser, many_results_server, "sok/", "valsedeln")
    fragments = [url for url in requests if url.endswith(".pf_fragment")]
    more = page.locator("#orientera-search-more")
    assert (len(links), len(fragments), more.is_visible()) == (5, 5, True)
    more.focus()
    page.keyboard.press("Enter")                       # a keyboard reader asks for more
    page.wait_for_function("() => document.querySelectorAll('#orientera-search-results li').length === 7")
    focused = page.evaluate("document.activeElement.textContent")
    hidden = more.is_hidden()
    context.close()
    assert hidden and focused.startswith("Lektion")    # focus moved to the first new result


@pytest.mark.parametrize("path, query", [("sok/", "rösta"), ("ar/sok/", "التصويت")])
@pytest.mark.parametrize("width", [320, 1280])
def test_search_results_pass_axe(browser, server, path, query, width):
    context, page, links, _ = search(browser, server, path, query, width)
    count, report = axe_violations(page)
    context.close()
    assert links and count == 0, report


def test_arabic_search_finds_the_arabic_page_and_no_swedish_fallback(browser, server):
    context, page, links, requests = search(browser, server, "ar/sok/", "الانتخابات")
    context.close()
    assert "../../ar/demo/rosta/" in links
    assert all(link.startswith("../../ar/") for link in links)   # no Swedish page, no fallback copy
    assert not any("/pagefind/" in url and "_sv_" in url.split("/")[-1] for url in requests)


def test_swedish_term_kept_in_a_translation_is_found_in_that_language(browser, server):
    context, page, links, _ = search(browser, server, "ar/sok/", "personnummer")
    context.close()
    assert links == ["../../ar/demo/rosta/"]


def test_tigrinya_search_finds_words_written_with_the_wordspace(browser, server):
    context, page, links, _ = search(browser, server, "ti/sok/", "እንቋዕ፡ብደሓን")
    context.close()
    assert "../../ti/" in links


def test_page_runs_under_its_content_security_policy_without_errors(browser, server):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.goto(server + "ar/sok/?q=التصويت", wait_until="networkidle")
    page.wait_for_selector("#orientera-search-results li", timeout=15000)
    csp = page.eval_on_selector('meta[http-equiv="Content-Security-Policy"]', "m => m.content")
    context.close()
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert errors == []


@pytest.mark.parametrize("path", PAGES)
def test_no_horizontal_scrolling_at_320px(browser, server, path):
    context, page, _ = open_page(browser, server + path, width=320)
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    context.close()
    assert overflow <= 1   # 1 px: sub-pixel rounding of Material's off-screen drawer in right-to-left


# The course plan is read on phones by participants; the translation status (seven columns of
# figures, for coordinators) may scroll inside its own frame, as WCAG 1.4.10 allows data tables.
@pytest.mark.parametrize("path", ["kursplan/", "ar/kursplan/", "ti/kursplan/"])
def test_course_plan_tables_fit_a_320px_phone_without_scrolling_sideways(browser, server, path):
    context, page, _ = open_page(browser, server + path, width=320)
    wider = page.evaluate("""() => [...document.querySelectorAll('article table')]
        .filter(table => table.scrollWidth > table.parentElement.clientWidth + 1)
        .map(table => table.innerText.split('\\n')[0])""")
    context.close()
    assert wider == []


@pytest.mark.parametrize("path", ["", "ar/demo/rosta/"])
def test_requests_go_to_no_other_host(browser, server, path):
    context, page, requests = open_page(browser, server + path)
    context.close()
    assert [url for url in requests if not url.startswith(server)] == []


def test_skip_link_is_first_and_visible_on_keyboard_focus(browser, server):
    context, page, _ = open_page(browser, server + "ar/demo/rosta/")
    page.keyboard.press("Tab")
    focused = page.evaluate("""() => { const el = document.activeElement; const r = el.getBoundingClientRect();
        return {cls: el.className, w: r.width, h: r.height} }""")
    context.close()
    assert "md-skip" in focused["cls"]
    assert focused["w"] > 0 and focused["h"] > 0


@pytest.mark.parametrize("path", ["demo/rosta/", "ar/demo/rosta/"])
def test_keyboard_focus_is_visible_on_links(browser, server, path):
    """Tab to the first link in the text: it shows a focus outline of at least 2 px."""
    context, page, _ = open_page(browser, server + path, width=1280)
    page.focus("article a")
    style = page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
        return {style: s.outlineStyle, width: parseFloat(s.outlineWidth)} }""")
    context.close()
    assert style["style"] != "none" and style["width"] >= 2


def test_kept_course_opens_without_a_network(browser, server):
    """A participant keeps the Arabic course, loses the network, and still reads a module."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, service_workers="allow")
    page = context.new_page()
    page.goto(server + "ar/", wait_until="networkidle")
    text = page.text_content(".orientera-offline__text")
    assert "MB" in text or "ميغابايت" in text
    page.click(".orientera-offline button")
    page.wait_for_selector(".orientera-offline [role=status]:not(:empty)", timeout=30000)
    done = page.eval_on_selector(".orientera-offline", "e => e.dataset.done")
    assert page.text_content(".orientera-offline [role=status]") == done
    page.goto(server + "ar/", wait_until="networkidle")   # now controlled by the service worker
    context.set_offline(True)
    page.goto(server + "ar/demo/rosta/")
    heading = page.text_content("h1")
    context.close()
    assert heading.strip() == "التصويت"


@pytest.fixture(scope="module")
def folder_copy(tmp_path_factory):
    """The Arabic teachers' zip, unpacked into a folder."""
    import zipfile
    root = tmp_path_factory.mktemp("zip")
    built = build_site(root, SMALL_COURSE, env={"ORIENTERA_SITE_URL": "https://orientera.example.se/"},
                       downloads=True)
    assert built.returncode == 0, built.stderr
    with zipfile.ZipFile(built.site / "download" / "orientera-ar.zip") as archive:
        archive.extractall(root / "unzipped")
    return root / "unzipped" / "orientera-ar"


def test_zip_opened_from_a_folder_reads_and_navigates_without_errors(browser, folder_copy):
    context = browser.new_context(viewport={"width": 320, "height": 740})
    page = context.new_page()
    errors, requests = [], []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("request", lambda request: requests.append(request.url))
    page.goto((folder_copy / "start.html").as_uri(), wait_until="load")
    page.wait_for_url("**/ar/index.html")
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["ar", "rtl"]
    page.goto((folder_copy / "ar" / "demo" / "index.html").as_uri(), wait_until="load")
    page.focus('article a[href="rosta.html"]')   # by keyboard: a sticky header hides no key press
    page.keyboard.press("Enter")
    page.wait_for_url("**/ar/demo/rosta.html")
    assert "تصوت في مركز الاقتراع" in page.text_content("article")
    page_errors = list(errors)   # before axe, whose own stylesheet requests file:// refuses
    violations, report = axe_violations(page)
    context.close()
    assert page_errors == []
    assert [url for url in requests if not url.startswith("file://")] == []
    assert violations == 0, report


def test_a_wide_table_scrolls_in_a_frame_a_keyboard_can_reach(browser, many_results_server):
    context, page, _ = open_page(browser, many_results_server + "demo/tabell/", width=320)
    frame = page.locator(".orientera-table")
    page_overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    scrolls = frame.evaluate("el => el.scrollWidth > el.clientWidth")
    name = frame.get_attribute("aria-label")
    count, report = axe_violations(page)               # before tabbing opens the language menu
    page.keyboard.press("Tab")
    for _ in range(40):                                  # tab through the page to the frame
        if page.evaluate("document.activeElement.classList.contains('orientera-table')"):
            break
        page.keyboard.press("Tab")
    reached = page.evaluate("document.activeElement.classList.contains('orientera-table')")
    context.close()
    assert page_overflow <= 1 and scrolls and reached
    assert name == "Måndag, Tisdag, Onsdag, Torsdag, Fredag"
    assert count == 0, report
