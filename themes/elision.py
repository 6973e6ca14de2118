"""French elision and the English article where a word comes from a variable: "Question
d’Inès", not "Question de Inès"; "qu’Orange", "l’Atelier". A translator writes "de
%(name)s" (they cannot know the name); the rule is applied where the value meets the word
before it, and only there, so the rest of a translated sentence (where the translator
already chose "de haut", "le onze") is never touched.

How: the value is wrapped in two private-use characters (`mark`) before it is put into the
sentence (by `%`, by blocktrans, by a placeholder), and `elide` then rewrites the word just
before each marked value and removes the marks. In a language without this rule (English),
`elide` only removes the marks.

The vowel rule: a value starting with a vowel (accented or not) elides the word before it;
"h" elides too ("d’Hélène", "l’hôtel") except in the words of H_ASPIRE; "y" elides before a
consonant ("d’Yves") but not before a vowel ("de Yann", "le yoga"); digits and anything else
never do ("de 11").

English has the same seam with its article: a translator writes "As a %(tier)s" and the
tier is "Ambassador". In English, `elide` writes "an" before a marked value that starts
with a vowel sound ("an Ambassador", "an Explorer") and "a" before one that does not ("a
Relay", "a Champion"), with the usual exceptions ("a unique", "a European", "an hour").
"""

from __future__ import annotations

import re

from django.utils.safestring import SafeData, mark_safe
from django.utils.translation import get_language

OPEN, CLOSE = "\ue000", "\ue001"
# The French words that lose their vowel before one, and their elided form.
ELIDING = {
    "de": "d’",
    "le": "l’",
    "la": "l’",
    "que": "qu’",
    "ne": "n’",
    "je": "j’",
    "me": "m’",
    "te": "t’",
    "se": "s’",
    "jusque": "jusqu’",
    "lorsque": "lorsqu’",
    "puisque": "puisqu’",
}
VOWELS = set("aeiouàâäéèêëîïôöùûüœæ")
# Words (and first names) starting with an "h aspiré": "de Hugo" is accepted, "le héros" is
# the rule. Lower-case, compared with the value's first word.
H_ASPIRE = {
    "hache",
    "haie",
    "hall",
    "halte",
    "hameau",
    "hamster",
    "handicap",
    "hangar",
    "hanche",
    "harcèlement",
    "hareng",
    "haricot",
    "hasard",
    "hausse",
    "haut",
    "haute",
    "hauteur",
    "havre",
    "hennissement",
    "henri",
    "héros",
    "hérisson",
    "hêtre",
    "hibou",
    "hiérarchie",
    "hockey",
    "hollande",
    "homard",
    "hongrie",
    "honte",
    "hors",
    "housse",
    "hublot",
    "huit",
    "huitième",
    "hurlement",
}
# English: "an" before these letters, except before the words that start with a consonant
# sound ("a user", "a European", "a one-off"); "a" before the others, except the silent h.
AN_LETTERS = set("aeioAEIO")
A_BEFORE = ("uni", "use", "usu", "uti", "ura", "ure", "eu", "ewe", "one", "once", "u-", "u.")
AN_BEFORE = ("hour", "honest", "honour", "honor", "heir", "umb", "und", "unl", "unf", "ups")
_ARTICLE = re.compile(rf"(?<![\w’'])(an?|An?)[ \u00a0]+(?={OPEN})")
_WORD = "|".join(sorted(ELIDING, key=len, reverse=True))
# The eliding word, then blanks (a no-break space too), then a marked value.
_BEFORE = re.compile(rf"(?<![\w’'])({_WORD})[ \u00a0]+(?={OPEN})", re.IGNORECASE)
_MARKED = re.compile(f"{OPEN}(.*?){CLOSE}", re.DOTALL)
_HTML_TAG = re.compile(r"^(?:<[^>]*>)*")


def mark(value) -> str:
    """The value, marked so that `elide` knows where it starts. Safe HTML stays safe."""
    text = str(value if value is not None else "")
    marked = f"{OPEN}{text}{CLOSE}"
    return mark_safe(marked) if isinstance(value, SafeData) else marked  # noqa: S308


def starts_with_vowel_sound(value: str) -> bool:
    """Whether French elides the word before `value` (see the module's docstring)."""
    text = _HTML_TAG.sub("", str(value or "")).lstrip(' «"“')
    if not text:
        return False
    first = text[0].lower()
    if first in VOWELS:
        return True
    if first == "h":
        word = re.match(r"[\w-]+", text.lower())
        return bool(word) and word.group(0).split("-")[0] not in H_ASPIRE
    if first == "y":
        return len(text) > 1 and text[1].lower() not in VOWELS | {"y"} and text[1].isalpha()
    return False


def takes_an(value: str) -> bool:
    """Whether English writes "an" before `value`."""
    text = _HTML_TAG.sub("", str(value or "")).lstrip(' “"').lower()
    if not text:
        return False
    if text.startswith(AN_BEFORE):
        return True
    if text.startswith(A_BEFORE):
        return False
    return text[0] in AN_LETTERS or text[0] == "u"


def _elided(word: str) -> str:
    form = ELIDING[word.lower()]
    if word[0].isupper():
        form = form[0].upper() + form[1:]
    return form


def elide(text, language: str | None = None):
    """`text` with the word before each marked value elided where French needs it (in
    English: "a" / "an" chosen), and the marks removed. Any other language: the marks
    removed, nothing else."""
    if text is None:
        return text
    source = str(text)
    if OPEN not in source:
        return text
    is_html = isinstance(text, SafeData)
    language = (language or get_language() or "").lower()
    if language.startswith("fr"):

        def replace(match):
            start = match.end()
            end = source.find(CLOSE, start)
            value = source[start + 1 : end if end != -1 else None]
            return _elided(match.group(1)) if starts_with_vowel_sound(value) else match.group(0)

        source = _BEFORE.sub(replace, source)
    elif language.startswith("en"):

        def article(match):
            start = match.end()
            end = source.find(CLOSE, start)
            value = source[start + 1 : end if end != -1 else None]
            word = match.group(1)
            chosen = "an" if takes_an(value) else "a"
            chosen = chosen.capitalize() if word[0].isupper() else chosen
            return chosen + match.group(0)[len(word) :]

        source = _ARTICLE.sub(article, source)
    source = _MARKED.sub(r"\1", source).replace(OPEN, "").replace(CLOSE, "")
    return mark_safe(source) if is_html else source  # noqa: S308 - only marks removed


def format_elided(message: str, **values) -> str:
    """`message % values` with the elision rule at each value: `format_elided(_("Question
    from %(name)s"), name="Inès")` is "Question d’Inès" in French."""
    return elide(message % {key: mark(value) for key, value in values.items()})
