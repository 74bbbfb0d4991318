"""One shape for every problem the project reports, and one reporter for all of them.

Validators return findings; only `report` prints. Errors are input the build cannot
honestly use and stop it; warnings are things a person should look at and never fail it.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Iterable, TextIO

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, order=True)
class Finding:
    path: str
    line: int
    message: str
    level: str = ERROR

    def format(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        if self.level == WARNING:
            return f"{where}: warning: {self.message}"
        return f"{where}: {self.message}"

    def as_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "level": self.level, "message": self.message}


def error(path: str, line: int, message: str) -> Finding:
    return Finding(str(path), line, message, ERROR)


def warning(path: str, line: int, message: str) -> Finding:
    return Finding(str(path), line, message, WARNING)


def errors_in(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.level == ERROR]


def warnings_in(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.level == WARNING]


def report(findings: Iterable[Finding], stream: TextIO | None = None) -> None:
    """Print each finding as `path:line: message`, errors first, in file order."""
    stream = stream or sys.stderr
    ordered = sorted(set(findings), key=lambda f: (f.level != ERROR, f.path, f.line, f.message))
    for finding in ordered:
        print(finding.format(), file=stream)


def summary(findings: Iterable[Finding]) -> str:
    findings = list(findings)
    n_err, n_warn = len(errors_in(findings)), len(warnings_in(findings))
    return f"{n_err} error{'s' * (n_err != 1)}, {n_warn} warning{'s' * (n_warn != 1)}"


class BuildStopped(Exception):
    """Raised when findings include errors: the build must not go on."""

    def __init__(self, findings: list[Finding]):
        self.findings = findings
        super().__init__("\n".join(f.format() for f in errors_in(findings)))
