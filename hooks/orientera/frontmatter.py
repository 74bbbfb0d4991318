"""Read a Markdown file's YAML front matter, keeping the line of every top-level key.

Line numbers are 1-based and count from the top of the file, so that a finding can point at
the key a person has to fix.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from .findings import Finding, error


@dataclass
class Document:
    path: str                       # as shown to people: relative to the project
    meta: dict = field(default_factory=dict)
    body: str = ""
    body_line: int = 1              # file line of the body's first line
    key_lines: dict = field(default_factory=dict)
    has_front_matter: bool = False

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, 1)


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that refuses duplicate keys instead of keeping the last silently."""


def _construct_mapping(loader, node, deep=False):
    seen = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key '{key}'", key_node.start_mark)
        seen[key] = True
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def split(text: str) -> tuple[str | None, str, int]:
    """Return (yaml text or None, body, body line)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return None, text, 1
    for i in range(1, len(lines)):
        if lines[i].rstrip() in ("---", "..."):
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:]), i + 2
    return None, text, 1


def load_yaml(yaml_text: str, path: str, first_line: int = 1):
    """Parse YAML; return (data, node, findings). `first_line` is the file line of the text's
    first line, so that node marks and findings point into the file."""
    try:
        node = yaml.compose(yaml_text, Loader=_LineLoader)
        data = yaml.load(yaml_text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + first_line if mark else first_line
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return None, None, [error(path, line, f"not valid YAML ({problem}); "
                                              "check indentation and quote values that contain ':'")]
    return data, node, []


def key_lines(node, first_line: int = 1) -> dict[str, int]:
    """File line of each key of a YAML mapping node."""
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(k.value): k.start_mark.line + first_line for k, _ in node.value}


def child_node(node, key: str):
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if k.value == key:
                return v
    return None


def parse(text: str, path: str) -> tuple[Document, list[Finding]]:
    yaml_text, body, body_line = split(text)
    doc = Document(path=path, body=body, body_line=body_line)
    if text.lstrip("\ufeff").startswith("---") and yaml_text is None:
        return doc, [error(path, 1, "front matter starts with '---' but has no closing '---' line; "
                                   "add one after the last key")]
    if yaml_text is None:
        return doc, []
    doc.has_front_matter = True
    meta, node, findings = load_yaml(yaml_text, path, first_line=2)
    if findings:
        return doc, [Finding(f.path, f.line, "front matter is " + f.message, f.level) for f in findings]
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        return doc, [error(path, 2, "front matter must be a list of 'key: value' lines, "
                                    f"not a {type(meta).__name__}")]
    doc.meta = meta
    doc.key_lines = key_lines(node, first_line=2)
    return doc, []


def read(abs_path, path: str) -> tuple[Document, list[Finding]]:
    try:
        with open(abs_path, encoding="utf-8") as fh:
            text = fh.read()
    except UnicodeDecodeError as exc:
        return Document(path=path), [error(path, 1, f"file is not UTF-8 text ({exc.reason}); "
                                                    "save it as UTF-8")]
    return parse(text, path)


def dump(meta: dict, body: str) -> str:
    """Write front matter and body back as one Markdown text."""
    if not meta:
        return body
    head = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, default_flow_style=False)
    return f"---\n{head}---\n{body}"
