"""Build a tiny Orientera site from an inline file tree, the way `make build` does.

Each tiny site uses the project's own mkdocs.yml, hooks, templates and UI strings, so the
tests exercise exactly what readers get.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent

LANGUAGES = """\
languages:
  sv: {default: true}
  en: {}
  ar: {}
  fa-AF: {endonym: دری, english: Dari}
  so: {}
  ti: {}
"""

MODULE_META = """\
---
id: {id}
title: {title}
order: {order}
hours: {hours}
objectives:
  - Du kan förklara hur man röstar.
questions:
  - Har du röstat förut?
keywords:
  - rösta
sources:
  - title: "Valmyndigheten: Rösta"
    url: https://www.val.se/
written: 2026-11-01
---
"""


def module(id="demo-rosta", title="Att rösta", order=1, hours=2, body="Text.\n") -> str:
    return MODULE_META.format(id=id, title=title, order=order, hours=hours) + body


def area(id="demo", title="Att påverka", order=1, body="Om området.\n") -> str:
    return f"---\nid: {id}\ntitle: {title}\norder: {order}\n---\n{body}"


SMALL_COURSE = {
    "docs/index.md": "---\ntitle: Orientera\n---\n# Välkommen\n\nStartsidan.\n",
    "docs/demo/index.md": area(),
    "docs/demo/rosta.md": module(body="Inledning. Ring [020-50 50 50]{tel}.\n\n"
                                      "## Rösta i valet {#rosta}\n\nDu röstar i en vallokal.\n\n"
                                      "## Efter valet\n\nRösterna räknas.\n"),
    "docs/demo/partier.md": module(id="demo-partier", title="Partier", order=2, hours=1.5,
                                   body="Sverige har många partier.\n"),
    "docs/tillganglighet.md": "---\ntitle: Tillgänglighet\n---\nRedogörelsen.\n\n## Innehåll som inte är tillgängligt\n\n- Ingen inläst text.\n",
    "translations/ar/index.md": "---\ntitle: أورينتيرا\ntranslation: {method: machine}\n---\n# مرحبا\n\nالصفحة الرئيسية.\n",
    "translations/ar/demo/rosta.md": "---\ntitle: التصويت\ntranslation:\n  method: machine\n---\n"
                                     "مقدمة. اتصل بالرقم [020-50 50 50]{tel}. رقمك [personnummer]{lang=sv}.\n\n"
                                     "## التصويت في الانتخابات {#rosta}\n\nتصوت في مركز الاقتراع.\n\n"
                                     "## بعد الانتخابات\n\nيتم عد الأصوات.\n",
    "translations/ti/index.md": "---\ntitle: ኦሪየንቴራ\ntranslation: {method: machine}\n---\n# እንቋዕ ብደሓን መጻእኩም\n\nቀንዲ ገጽ። እንቋዕ፡ብደሓን፡መጻእኩም።\n",
    "translations/fa-AF/demo/rosta.md": "---\ntitle: رای دادن\ntranslation: {method: machine}\n---\n"
                                        "مقدمه. به [020-50 50 50]{tel} زنگ بزنید.\n\n## رای دادن در انتخابات {#rosta}\n\n"
                                        "شما در محل رای‌گیری رای می‌دهید.\n",
    "translations/en/demo/rosta.md": "---\ntitle: Voting\ntranslation:\n  method: human\n"
                                     "  translator: Ada Lind\n  reviewer: Bo Berg\n  reviewed: 2026-10-01\n---\n"
                                     "Introduction. Call [020-50 50 50]{tel}.\n\n## Voting in the election {#rosta}\n\n"
                                     "You vote at a polling station.\n\n## After the election\n\nVotes are counted.\n",
}


@dataclass
class Built:
    root: Path
    returncode: int
    stdout: str
    stderr: str

    @property
    def site(self) -> Path:
        return self.root / "site"

    def html(self, url_path: str) -> str:
        path = self.site / url_path.strip("/") / "index.html" if not url_path.endswith(".html") \
            else self.site / url_path
        return path.read_text(encoding="utf-8")

    @property
    def error_lines(self) -> list[str]:
        """The project's own finding lines (`path:line: ...`), in order."""
        return [line for line in self.stderr.splitlines()
                if line.startswith(("docs/", "translations/"))]


def write_tree(root: Path, tree: dict[str, str | bytes]) -> None:
    for rel, content in tree.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content) if content.startswith("\n") else content,
                            encoding="utf-8")


def prepare(root: Path, tree: dict[str, str | bytes], languages: str = LANGUAGES) -> Path:
    """Lay out a tiny project: the project's config, the tree, the UI strings it needs."""
    config = (PROJECT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("custom_dir: overrides", f"custom_dir: {PROJECT / 'overrides'}")
    config = config.replace("- hooks/orientera_hooks.py", f"- {PROJECT / 'hooks' / 'orientera_hooks.py'}")
    config = re.sub(r"\nwatch:\n(  - .*\n)+", "\n", config)   # `mkdocs serve` only
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    tree = dict(tree)
    tree.setdefault("translations/languages.yml", languages)
    write_tree(root, tree)
    import yaml
    registered = yaml.safe_load((root / "translations/languages.yml").read_text(encoding="utf-8"))
    for code in (registered or {}).get("languages") or {}:
        ui = root / "translations" / str(code) / "ui.yml"
        source = PROJECT / "translations" / str(code) / "ui.yml"
        if not ui.exists() and source.exists():
            ui.parent.mkdir(parents=True, exist_ok=True)
            ui.write_bytes(source.read_bytes())
    return root


def build(root: Path, env: dict | None = None, downloads: bool = False) -> Built:
    """`orientera build`; the teachers' zips (a second build) only where a test reads them."""
    run_env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **(env or {}))
    options = [] if downloads else ["--no-downloads"]
    result = subprocess.run([sys.executable, "-m", "orientera.cli", "build", *options], cwd=root,
                            capture_output=True, text=True, env=run_env)
    return Built(root, result.returncode, result.stdout, result.stderr)


def build_site(root: Path, tree: dict[str, str | bytes], languages: str = LANGUAGES,
               env: dict | None = None, downloads: bool = False) -> Built:
    return build(prepare(root, tree, languages), env, downloads)
