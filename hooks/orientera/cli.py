"""The `orientera` command: build the site, check the sources, follow translations.

    orientera build [--site-dir site] [--no-downloads]
                                        build with MkDocs (strict) into a temporary folder and
                                        replace site/ only when the build succeeded; first the
                                        copy read from a folder, packed as download/*.zip
    orientera check [--json]            read and validate every source; exit 1 on errors
    orientera status [--lang L] [--json] [--fail-under N]
                                        per language: translated, current, outdated, missing
    orientera stamp FILE...             mark translations as following the current Swedish text
    orientera ids --update              record new page ids in ids.yml (ids are permanent)
    orientera lix                       LIX readability and word count of every module
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from . import findings as findings_mod
from . import course, download, frontmatter, translation
from . import site as site_model


def _material_templates() -> Path:
    import material
    return Path(material.__file__).parent / "templates"


def find_root(start: Path) -> Path:
    for folder in [start, *start.parents]:
        if (folder / "mkdocs.yml").exists():
            return folder
    raise SystemExit(f"{start}: no mkdocs.yml here or above; run orientera inside the project")


def _mkdocs_build(root: Path, out: Path, env: dict, *options: str) -> int:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", *options,
                           "--config-file", str(root / "mkdocs.yml"), "--site-dir", str(out)],
                          cwd=root, env=env).returncode


def _zips(root: Path, work: Path, env: dict) -> Path | None:
    """Build the copy read from a folder and pack one zip per language; None on failure."""
    folder_site, zips = work / "folder-copy", work / "zips"
    if _mkdocs_build(root, folder_site, env, "--no-directory-urls") != 0:
        return None
    site = _load(root)
    if site is None:
        return None
    for code, path in download.write_zips(folder_site, site.registry, zips).items():
        print(f"orientera: {download.FOLDER}/{path.name}: {path.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
    return zips


def build(root: Path, site_dir: Path, downloads: bool = True) -> int:
    """Build into a fresh folder beside site_dir; swap only on success. With downloads, the
    copy for reading from a folder is built first and its zips are published with the site."""
    site_dir = site_dir if site_dir.is_absolute() else root / site_dir
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".site-", dir=site_dir.parent))
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    with tempfile.TemporaryDirectory(prefix="orientera-download-") as work:
        code = 0
        if downloads:
            zips = _zips(root, Path(work), env)
            code = 1 if zips is None else 0
            env[download.ENV] = str(zips)
        if code == 0:
            code = _mkdocs_build(root, tmp, env)
    if code != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        print(f"orientera: build failed; {site_dir.name}/ was left as it was", file=sys.stderr)
        return code
    old = site_dir.with_name(site_dir.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if site_dir.exists():
        site_dir.rename(old)
    tmp.rename(site_dir)
    shutil.rmtree(old, ignore_errors=True)
    print(f"orientera: site built in {site_dir}", file=sys.stderr)
    return 0


def check(root: Path, as_json: bool) -> int:
    try:
        found = site_model.load(root, _material_templates()).findings
    except findings_mod.BuildStopped as stop:
        found = stop.findings
    if as_json:
        print(json.dumps({"findings": [f.as_dict() for f in sorted(set(found))],
                          "errors": len(findings_mod.errors_in(found)),
                          "warnings": len(findings_mod.warnings_in(found))}, ensure_ascii=False, indent=2))
    else:
        findings_mod.report(found, sys.stdout)
        print(findings_mod.summary(found))
    return 1 if findings_mod.errors_in(found) else 0


def _load(root: Path):
    """The site, or None after printing why it cannot be read."""
    try:
        site = site_model.load(root, _material_templates())
    except findings_mod.BuildStopped as stop:
        findings_mod.report(stop.findings, sys.stderr)
        return None
    return site


STATUS_COLUMNS = [("pages", "base_pages"), ("translated", "translated"), ("current", "current"),
                  ("outdated", "outdated"), ("unverified", "unverified"), ("missing", "missing"),
                  ("machine", "machine"), ("reviewed", "human_reviewed")]


def facts_status(site, as_json: bool) -> int:
    """Every module whose facts no person has checked, with the date they were written."""
    modules = [{"page": m.doc.path, "written": str(m.meta.get("written", ""))}
               for m in course.unreviewed(site.sources)]
    if as_json:
        print(json.dumps(modules, ensure_ascii=False, indent=2))
        return 0
    for module in modules:
        print(f"written {module['written']:<10}  {module['page']}")
    print(f"{len(modules)} of {_module_count(site)} modules not yet checked by a person")
    return 0


def _module_count(site) -> int:
    return sum(1 for page in site.sources.pages.values() if page.kind == "module")


def status(root: Path, lang: str | None, as_json: bool, fail_under: float | None,
           facts: bool = False) -> int:
    site = _load(root)
    if site is None:
        return 2
    if facts:
        return facts_status(site, as_json)
    languages = translation.status(site.sources, site.registry)
    if lang:
        if site.registry.get(lang) is None or site.registry.get(lang).default:
            hint = site.registry.closest(lang)
            print(f"orientera status: '{lang}' is not a translated language"
                  + (f"; did you mean '{hint}'?" if hint else ""), file=sys.stderr)
            return 2
        languages = [entry for entry in languages if entry.code == lang]
    rows = [entry.as_dict() for entry in languages]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        header = f"{'language':<22}" + "".join(f"{title:>11}" for title, _ in STATUS_COLUMNS) + \
            f"{'current %':>11}{'hours %':>9}"
        print(header)
        for row in rows:
            print(f"{row['language'] + ' ' + row['name']:<22}"
                  + "".join(f"{row[key]:>11}" for _, key in STATUS_COLUMNS)
                  + f"{row['current_percent']:>11.1f}{row['hours_current_percent']:>9.1f}")
        if lang:
            print()
            for page in rows[0]["pages"]:
                drift = (f"  (heading ids differ: {', '.join('#' + i for i in page['drifted_ids'])})"
                         if page["drifted_ids"] else "")
                print(f"{page['state']:<11} {page['base']}  ->  {page['overlay']}{drift}")
        else:
            print(f"\nfacts: {len(course.unreviewed(site.sources))} of {_module_count(site)} modules "
                  "not yet checked by a person (`orientera status --facts` lists them)")
    if fail_under is not None:
        below = [row for row in rows if row["current_percent"] < fail_under]
        for row in below:
            print(f"orientera status: {row['language']} has {row['current_percent']:.1f} % of its "
                  f"pages current, under {fail_under:g} %", file=sys.stderr)
        return 1 if below else 0
    return 0


def stamp(root: Path, paths: list[str]) -> int:
    """Record the current Swedish fingerprint in each overlay's `translation.source`."""
    site = _load(root)
    if site is None:
        return 2
    by_path = {overlay.doc.path: overlay for overlay in site.sources.overlays.values()}
    problems = 0
    for given in paths:
        shown = (Path.cwd() / given).resolve().relative_to(root.resolve()).as_posix() \
            if (Path.cwd() / given).exists() else given
        overlay = by_path.get(shown)
        if overlay is None:
            print(f"{given}: not a translation of a page in docs/; give a path like "
                  "translations/ar/att-bo-i-sverige/hyra.md", file=sys.stderr)
            problems += 1
            continue
        if not overlay.translation.get("method"):
            print(f"{shown}:1: add 'translation: {{method: machine}}' (or human) before stamping",
                  file=sys.stderr)
            problems += 1
            continue
        meta = dict(overlay.meta)
        meta["translation"] = dict(overlay.translation,
                                   source=translation.fingerprint(site.sources.pages[overlay.rel]))
        (root / shown).write_text(frontmatter.dump(meta, overlay.doc.body), encoding="utf-8")
        print(f"{shown}: follows docs/{overlay.rel} as it is now ({meta['translation']['source']})")
    return 1 if problems else 0


def readability(root: Path) -> int:
    """LIX and word count of every module, highest LIX first; those above the target marked."""
    from .checks import readability as lix_mod
    site = _load(root)
    if site is None:
        return 2
    rows = sorted(((lix_mod.lix(page.doc.body), lix_mod.word_count(page.doc.body), page.doc.path)
                   for page in site.sources.pages.values() if page.kind == "module"), reverse=True)
    print(f"{'LIX':>4} {'words':>6}  module")
    for value, words, path in rows:
        flag = f"  above {lix_mod.TARGET}" if value > lix_mod.TARGET else ""
        print(f"{value:>4.0f} {words:>6}  {path}{flag}")
    above = sum(1 for value, _, _ in rows if value > lix_mod.TARGET)
    print(f"{len(rows)} modules, {above} above LIX {lix_mod.TARGET}")
    return 0


def record_ids(root: Path) -> int:
    from .checks import ids
    site = _load(root)
    if site is None:
        return 2
    added = ids.update(site.sources)
    print(f"{ids.IDS_FILE}: {len(added)} new id{'s' * (len(added) != 1)} recorded"
          + (f": {', '.join(added)}" if added else ""))
    return 0


def main(argv: list[str] | None = None) -> int:
    if hasattr(signal, "SIGPIPE"):   # `orientera lix | head` ends quietly, like any Unix tool
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    parser = argparse.ArgumentParser(prog="orientera", description="Orientera's course tools")
    commands = parser.add_subparsers(dest="command", required=True)
    b = commands.add_parser("build", help="build the site into site/ (the old one stays on failure)")
    b.add_argument("--site-dir", default="site")
    b.add_argument("--no-downloads", action="store_true",
                   help="skip the teachers' zips (one build instead of two)")
    c = commands.add_parser("check", help="validate every source; exit 1 on errors")
    c.add_argument("--json", action="store_true")
    st = commands.add_parser("status", help="translation status per language")
    st.add_argument("--lang")
    st.add_argument("--json", action="store_true")
    st.add_argument("--fail-under", type=float, metavar="N",
                    help="exit 1 when a language has under N %% of its pages current")
    st.add_argument("--facts", action="store_true",
                    help="list the modules whose facts no person has checked yet")
    sp = commands.add_parser("stamp", help="mark translations as following the current Swedish text")
    sp.add_argument("paths", nargs="+")
    commands.add_parser("lix", help="readability (LIX) and word count of every module")
    ids_parser = commands.add_parser("ids", help="record new page ids in ids.yml")
    ids_parser.add_argument("--update", action="store_true", required=True)
    args = parser.parse_args(argv)
    root = find_root(Path.cwd())
    if args.command == "ids":
        return record_ids(root)
    if args.command == "lix":
        return readability(root)
    if args.command == "build":
        return build(root, Path(args.site_dir), not args.no_downloads)
    if args.command == "status":
        return status(root, args.lang, args.json, args.fail_under, args.facts)
    if args.command == "stamp":
        return stamp(root, args.paths)
    return check(root, args.json)


if __name__ == "__main__":
    sys.exit(main())
