"""The text of a ready-to-use post as it is shared, and the networks' share addresses.
Pure functions (no database): the model's validation and the content kit page use the same
rules, and kit.js mirrors x_length."""

from __future__ import annotations

import re
from urllib.parse import quote

# X counts every link as 23 characters, whatever its length (t.co wrapping).
X_URL_WEIGHT = 23
_URL = re.compile(r"https?://\S+")


def x_length(text: str) -> int:
    """The length X counts for `text`: links weigh 23 characters each."""
    urls = _URL.findall(text)
    return len(_URL.sub("", text)) + X_URL_WEIGHT * len(urls)


def compose(text: str, *, hashtags: str = "", link: str = "") -> str:
    """The post as it is shared: the text, then the hashtags and the link the text does not
    already contain (authors may place them inside the text themselves)."""
    text = (text or "").strip()
    lowered = text.lower()
    missing = [tag for tag in (hashtags or "").split() if tag.lower() not in lowered]
    parts = [text]
    if missing:
        parts.append(" ".join(missing))
    if link and link not in text:
        parts.append(link)
    return "\n\n".join(part for part in parts if part)


def post_x_length(post) -> int:
    """The length X counts for the post's X text, with its hashtags and link appended."""
    return x_length(compose(post.text_x, hashtags=post.hashtags, link=post.link))


def share_url(network: str, *, text: str, link: str) -> str:
    """The network's own share address. LinkedIn and Facebook take only a link (the learner
    pastes the copied text); X takes the whole text."""
    if network == "x":
        return f"https://twitter.com/intent/tweet?text={quote(text, safe='')}"
    if not link:
        return ""
    if network == "linkedin":
        return f"https://www.linkedin.com/sharing/share-offsite/?url={quote(link, safe='')}"
    if network == "facebook":
        return f"https://www.facebook.com/sharer/sharer.php?u={quote(link, safe='')}"
    return ""
