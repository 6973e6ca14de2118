"""The README's production commands, read from its ```sh block so the docs and the test that
runs them cannot drift apart."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"


def production_commands(readme: Path = README) -> list[list[str]]:
    """The first ```sh block under "## Production", one argument list per command, in order
    (comments dropped)."""
    text = readme.read_text(encoding="utf-8")
    section = re.search(r"^## Production\n(.*?)(?=^## )", text + "\n## ", re.M | re.S)
    if section is None:
        raise AssertionError("README.md has no '## Production' section")
    block = re.search(r"^```sh\n(.*?)^```", section.group(1), re.M | re.S)
    if block is None:
        raise AssertionError("README.md's Production section has no ```sh block")
    commands = [shlex.split(line, comments=True) for line in block.group(1).splitlines()]
    return [command for command in commands if command]


def is_service(command: list[str]) -> bool:
    """The long-running processes (the web server and the task worker), as opposed to the
    set-up steps that must exit 0."""
    return command[0] == "gunicorn" or command[1:3] == ["manage.py", "db_worker"]
