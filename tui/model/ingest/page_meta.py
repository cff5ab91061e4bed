"""What a page's JSON-LD and meta tags say about it: for the fields trafilatura leaves empty."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from tui.model.format.clean import clean_text
from tui.model.ingest.text import normalise

_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "blogposting",
        "report",
        "scholarlyarticle",
        "webpage",
        "backgroundnewsarticle",
        "liveblogposting",
    }
)


def _text(value: object) -> str:
    return clean_text(normalise(value)) if isinstance(value, str) else ""


def page_metadata(page: Any) -> dict[str, Any]:
    """What JSON-LD and meta tags say, for fields trafilatura left empty."""
    found: dict[str, Any] = {}
    language = page.get("lang") or page.get("xml:lang") or ""
    if language:
        found["language"] = language.split("-")[0].lower()
    for meta in page.iterfind(".//meta"):
        key = (meta.get("property") or meta.get("name") or "").lower()
        content = meta.get("content") or ""
        if not content:
            continue
        if key == "og:site_name":
            found.setdefault("sitename", content)
        elif key in {"article:section", "section"}:
            found.setdefault("category", content)
        elif key in {"og:description", "description"}:
            found.setdefault("description", content)
        elif key == "og:locale" and "language" not in found:
            found["language"] = content.split("_")[0].lower()
    for script in page.iterfind(".//script[@type='application/ld+json']"):
        for item in _json_ld_items(script.text or ""):
            _from_json_ld(item, found)
    return found


def _json_ld_items(text: str) -> Iterator[dict[str, Any]]:
    try:
        data = json.loads(text)
    except ValueError:
        return
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if "@graph" in item:
                stack.append(item["@graph"])
            yield item


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def _from_json_ld(item: dict[str, Any], found: dict[str, Any]) -> None:
    kinds = item.get("@type")
    kinds = [kinds] if isinstance(kinds, str) else kinds if isinstance(kinds, list) else []
    if not any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
        return
    authors = [_text(n) for n in _names(item.get("author")) if _text(n)]
    if authors:
        found.setdefault("authors", tuple(dict.fromkeys(authors)))
    publishers = _names(item.get("publisher"))
    if publishers:
        found.setdefault("sitename", publishers[0])
    description = item.get("description")
    if isinstance(description, str):
        found.setdefault("description", description)
    section = item.get("articleSection")
    if isinstance(section, list):
        section = section[0] if section else None
    if isinstance(section, str):
        found.setdefault("category", section)
    language = item.get("inLanguage")
    if isinstance(language, str):
        found.setdefault("language", language.split("-")[0].lower())
    image = item.get("image")
    if isinstance(image, dict):
        credit = image.get("creditText") or image.get("copyrightHolder") or image.get("author")
        names = _names(credit)
        if names:
            found.setdefault("image_credit", names[0])
