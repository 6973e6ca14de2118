"""The French catalogue: valid, complete, compiled, and in step with the code.

No database: these tests read `locale/fr/LC_MESSAGES/django.po`, compile it with GNU gettext
into a temporary directory and re-extract the code's strings into a temporary catalogue.
They never write into the repository's `locale/` directory.
"""

import gettext
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.template import Context, Template
from django.test import override_settings
from django.utils import translation

REPO = Path(__file__).resolve().parent.parent
FIX = "run `make messages` and translate them in locale/fr/LC_MESSAGES/django.po"


def _po_path() -> Path:
    return Path(settings.LOCALE_PATHS[0]) / "fr" / "LC_MESSAGES" / "django.po"


# --- A small .po reader (polib is not a dependency) ----------------------------------------


@dataclass
class Entry:
    msgid: str = ""
    msgid_plural: str | None = None
    msgctxt: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    obsolete: bool = False
    line: int = 0

    @property
    def key(self) -> tuple[str | None, str, str | None]:
        return (self.msgctxt, self.msgid, self.msgid_plural)

    @property
    def label(self) -> str:
        context = f"[{self.msgctxt}] " if self.msgctxt else ""
        return f"{context}{self.msgid!r}"


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}
_KEYWORD = re.compile(r"^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(\".*\")\s*$")


def _unquote(token: str, line: int) -> str:
    token = token.strip()
    if len(token) < 2 or not (token.startswith('"') and token.endswith('"')):
        raise ValueError(f"line {line}: expected a quoted string, got {token!r}")
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(0)), token[1:-1])


def parse_po(text: str) -> list[Entry]:
    """Entries in file order; the header is the entry whose msgid is empty."""
    entries: list[Entry] = []
    entry: Entry | None = None
    target: tuple[str, int | None] | None = None

    def start(line_no: int) -> Entry:
        nonlocal entry
        if entry is None or entry.msgstr:
            entry = Entry(line=line_no)
            entries.append(entry)
        return entry

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        obsolete = line.startswith("#~")
        if obsolete:
            line = line[2:].strip()
            if line.startswith("|"):  # the previous msgid of an obsolete entry
                continue
        elif line.startswith("#,"):
            current = start(number)
            current.flags.update(flag.strip() for flag in line[2:].split(",") if flag.strip())
            continue
        if not line or (line.startswith("#") and not obsolete):
            continue
        match = _KEYWORD.match(line)
        if match:
            keyword, index, value = match.groups()
            if keyword in ("msgctxt", "msgid"):
                start(number)  # a new entry, unless flags or msgctxt already opened it
            assert entry is not None
            entry.obsolete = entry.obsolete or obsolete
            text_value = _unquote(value, number)
            if keyword == "msgctxt":
                entry.msgctxt, target = text_value, ("msgctxt", None)
            elif keyword == "msgid":
                entry.msgid, target = text_value, ("msgid", None)
            elif keyword == "msgid_plural":
                entry.msgid_plural, target = text_value, ("msgid_plural", None)
            else:
                slot = int(index) if index is not None else 0
                entry.msgstr[slot], target = text_value, ("msgstr", slot)
        elif line.startswith('"') and entry is not None and target is not None:
            more = _unquote(line, number)
            name, slot = target
            if name == "msgstr":
                entry.msgstr[slot] += more
            else:
                setattr(entry, name, (getattr(entry, name) or "") + more)
        else:
            raise ValueError(f"line {number}: cannot parse {raw!r}")
    return entries


def _read_catalogue(path: Path) -> tuple[Entry, list[Entry]]:
    assert path.is_file(), f"{path} is missing: {FIX}"
    entries = parse_po(path.read_text(encoding="utf-8"))
    headers = [e for e in entries if e.msgid == "" and e.msgctxt is None and not e.obsolete]
    assert len(headers) == 1, f"{path}: expected exactly one header entry"
    return headers[0], [e for e in entries if e is not headers[0]]


def _header_fields(header: Entry) -> dict[str, str]:
    pairs = (line.split(":", 1) for line in header.msgstr.get(0, "").splitlines() if ":" in line)
    return {name.strip().lower(): value.strip() for name, value in pairs}


def _msgfmt(po: Path, mo: Path) -> None:
    assert shutil.which("msgfmt"), "GNU gettext is missing: run `make system-deps`"
    result = subprocess.run(
        ["msgfmt", "--check", "-o", str(mo), str(po)],
        capture_output=True,
        text=True,
        env={**os.environ, "LC_ALL": "C"},
        check=False,
    )
    assert result.returncode == 0, f"msgfmt rejects {po}:\n{result.stderr}"


# --- (a) the catalogue is valid gettext and loads -------------------------------------------


def test_the_french_catalogue_compiles_and_loads(tmp_path):
    po = _po_path()
    header, entries = _read_catalogue(po)
    mo = tmp_path / "django.mo"
    _msgfmt(po, mo)

    with mo.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    info = compiled.info()
    assert info.get("language") == "fr"
    assert "charset=utf-8" in info.get("content-type", "").lower()
    assert info.get("plural-forms", "").replace(" ", "") == "nplurals=2;plural=(n>1);"

    # msgfmt keeps only translated, non-fuzzy messages: our reader must agree with it.
    live = [e for e in entries if not e.obsolete]
    compiled_keys = {k[0] if isinstance(k, tuple) else k for k in compiled._catalog if k}
    parsed_keys = {
        (f"{e.msgctxt}\x04" if e.msgctxt else "") + e.msgid
        for e in live
        if "fuzzy" not in e.flags and all(e.msgstr.values())
    }
    assert compiled_keys == parsed_keys

    singular, plural = next((e.msgid, e.msgid_plural) for e in live if e.msgid_plural)
    assert compiled.ngettext(singular, plural, 1) != compiled.ngettext(singular, plural, 2)


# --- (b) every message is translated, nothing is fuzzy, placeholders are kept ---------------


def test_every_message_has_a_french_translation():
    header, entries = _read_catalogue(_po_path())
    fields = _header_fields(header)
    assert fields.get("language") == "fr"
    assert "charset=utf-8" in fields.get("content-type", "").lower()
    assert "fuzzy" not in header.flags, "the header is still marked fuzzy"

    live = [e for e in entries if not e.obsolete]
    assert live, "the French catalogue has no messages"
    fuzzy = [e.label for e in live if "fuzzy" in e.flags]
    untranslated = [
        e.label
        for e in live
        if sorted(e.msgstr) != ([0, 1] if e.msgid_plural else [0])
        or not all(text.strip() for text in e.msgstr.values())
    ]
    assert not fuzzy, "fuzzy translations, review them and drop the flag:\n" + "\n".join(fuzzy)
    assert not untranslated, "messages without a French translation:\n" + "\n".join(untranslated)


_PLACEHOLDER = re.compile(r"%(?:\([^)]+\))?[#0 +-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa%]")


def test_translations_keep_the_placeholders():
    _header, entries = _read_catalogue(_po_path())
    broken = []
    for entry in entries:
        if entry.obsolete or not ("python-format" in entry.flags or "%(" in entry.msgid):
            continue
        sources = {0: entry.msgid, 1: entry.msgid_plural or entry.msgid}
        for slot, text in entry.msgstr.items():
            expected = sorted(_PLACEHOLDER.findall(sources.get(slot, entry.msgid)))
            if sorted(_PLACEHOLDER.findall(text)) != expected:
                broken.append(f"{entry.label} -> {text!r}")
    assert not broken, "translations that lose or change a placeholder:\n" + "\n".join(broken)


# --- (c) the catalogue holds every string of the code ---------------------------------------


def _makefile_ignores() -> list[str]:
    """The --ignore patterns of `make messages`, so this test extracts exactly what it does."""
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^messages:.*\n((?:\t.*\n?)+)", makefile, re.MULTILINE)
    assert recipe and "makemessages" in recipe.group(1), "no `messages` target in the Makefile"
    return re.findall(r"--ignore[= ](\S+)", recipe.group(1))


def _extract_code_catalogue(work: Path, monkeypatch) -> Path:
    """Run makemessages on a copy of the sources, writing only under `work`.

    makemessages walks the current directory and sends strings to the closest `locale/`
    directory it finds (here: the repository's own), whatever LOCALE_PATHS says. So it
    runs in a copy of the sources without any `locale/` directory, with LOCALE_PATHS
    pointing at `work/locale`. Only the extensions it reads (.py, .html, .txt) are copied.
    """
    ignores = _makefile_ignores()
    extensions = (".py", ".html", ".txt")

    def skip(directory, names):
        skipped = set(
            shutil.ignore_patterns(*ignores, "locale", ".*", "__pycache__")(directory, names)
        )
        return skipped | {
            n for n in names if not (Path(directory, n).is_dir() or n.endswith(extensions))
        }

    source = work / "source"
    shutil.copytree(REPO, source, ignore=skip)
    locale_dir = work / "locale"
    monkeypatch.chdir(source)
    with override_settings(LOCALE_PATHS=[str(locale_dir)]):
        call_command(
            "makemessages",
            locale=["fr"],
            ignore_patterns=ignores,
            no_obsolete=True,
            verbosity=0,
        )
    return locale_dir / "fr" / "LC_MESSAGES" / "django.po"


def test_the_catalogue_is_up_to_date_with_the_code(tmp_path, monkeypatch):
    repo_po = _po_path()
    before = repo_po.read_bytes() if repo_po.exists() else None

    extracted = _extract_code_catalogue(tmp_path, monkeypatch)

    after = repo_po.read_bytes() if repo_po.exists() else None
    assert after == before, "the check must not rewrite the repository's catalogue"

    _code_header, in_code = _read_catalogue(extracted)
    _header, in_repo = _read_catalogue(repo_po)
    translated = {
        e.key
        for e in in_repo
        if not e.obsolete
        and "fuzzy" not in e.flags
        and e.msgstr
        and all(text.strip() for text in e.msgstr.values())
    }
    missing = sorted({e.label for e in in_code if e.key not in translated})
    assert in_code, "makemessages found no translatable string in the code"
    assert not missing, (
        f"{len(missing)} string(s) of the code are missing or untranslated in the French "
        f"catalogue; {FIX}:\n" + "\n".join(missing)
    )


# --- the compiled catalogue is the one Django loads -----------------------------------------


def test_django_renders_the_french_interface(tmp_path):
    po = _po_path()
    mo = po.with_suffix(".mo")
    assert mo.is_file(), f"{mo} is missing: run `make compilemessages`"
    fresh = tmp_path / "django.mo"
    _msgfmt(po, fresh)
    with mo.open("rb") as shipped, fresh.open("rb") as built:
        current = gettext.GNUTranslations(shipped)._catalog
        expected = gettext.GNUTranslations(built)._catalog
    assert current == expected, f"{mo} is out of date: run `make compilemessages`"

    template = Template('{% load i18n %}{% translate "Mark as completed" %}')
    with translation.override("fr"):
        assert template.render(Context()) == "Marquer comme terminée"
        assert translation.gettext("Sign in") == "Se connecter"
        assert translation.gettext("Sign out") == "Se déconnecter"
    with translation.override("en"):
        assert template.render(Context()) == "Mark as completed"
