"""Hand annotations of real pages, kept in the repository without the pages' text.

Real pages may not be committed (their text is the publishers'), so the annotated sets that measure
attribution on unseen pages lived beside the checkout, and every change of machine lost them. This
keeps an annotation as positions into a public page's text that anyone can fetch again: the parser
test data of fundus (github.com/flairNLP/fundus, `tests/resources/parser/test_data`), each page's
body as that publisher's hand-written parser gives it. A packed set holds page references, sentence
breaks, character spans, source names, units and values, and a SHA-256 of each page's text; never a
sentence of it.

    python benchmarks/gold_pages.py text --data TEST_DATA us/Wired:V1 uk/BBC:V2 --out DIR
        each page's text as annotators start from it: a_<name>.paragraphs.txt, one sentence per
        line (ingest's splitter), cut at the paragraph that passes --cut characters (3,500)
    python benchmarks/gold_pages.py pack DIR --data TEST_DATA --out benchmarks/gold/NAME.json
        an annotated folder (a_*.paragraphs.txt + a_*.attribution.toml, each toml naming its `page`)
        to positions, every quote and figure checked against the page
    python benchmarks/gold_pages.py unpack benchmarks/gold/NAME.json --data TEST_DATA --out DIR
        back to the a_* folder that benchmarks/ingest_analysis.py scores

TEST_DATA is `tests/resources/parser/test_data` of a fundus checkout (the packed sets name the
commit they were made from).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import tomli_w  # noqa: E402

from tui.model.ingest.sentences import split_sentences  # noqa: E402

FORMAT = 1
# Fields of the gold copied as they are: short labels, not the page's prose.
PLAIN_FIELDS = ("split", "shape", "outlet")


class GoldError(Exception):
    """An annotation that does not fit its page: a quote or figure not in it, text that differs."""


@dataclass(frozen=True)
class PageText:
    title: str
    # (heading, paragraph) in reading order; the heading is the section's ("" before the first one).
    paragraphs: tuple[tuple[str, str], ...]

    def digest(self, indices: list[int]) -> str:
        chosen = [self.title] + [f"{self.paragraphs[i][0]}\n{self.paragraphs[i][1]}" for i in indices]
        return hashlib.sha256("\n\n".join(chosen).encode("utf-8")).hexdigest()


def normalise(text: str) -> str:
    return " ".join(text.split())


def read_page(data: Path, ref: str) -> PageText:
    """The page `country/Publisher:Vn` of fundus's test data: its title and body paragraphs."""
    path_part, _, version = ref.partition(":")
    entries = json.loads((data / f"{path_part}.json").read_text(encoding="utf-8"))
    if version not in entries:
        raise GoldError(f"{ref}: no version {version!r} in {path_part}.json")
    entry = entries[version]
    paragraphs: list[tuple[str, str]] = []
    for section in entry.get("body", {}).get("sections", []):
        heading = normalise(" ".join(section.get("headline", [])))
        for paragraph in section.get("paragraphs", []):
            if normalise(paragraph):
                paragraphs.append((heading, normalise(paragraph)))
    return PageText(normalise(entry.get("title") or ""), tuple(paragraphs))


def page_name(ref: str) -> str:
    path_part, _, version = ref.partition(":")
    return "a_" + re.sub(r"[^a-z0-9]+", "_", f"{path_part.split('/')[-1]}_{version}".lower()).strip("_")


def paragraphs_text(page: PageText, indices: list[int], breaks: list[list[int]] | None = None) -> str:
    """The a_*.paragraphs.txt of these paragraphs: sentences one a line (given breaks, or split)."""
    lines = [f"# {page.title}", ""]
    heading_now = ""
    for position, index in enumerate(indices):
        heading, paragraph = page.paragraphs[index]
        if heading and heading != heading_now:
            lines += [f"## {heading}", ""]
        heading_now = heading
        if breaks is None:
            starts = [s.start for s in split_sentences(paragraph)] or [0]
        else:
            starts = [0, *breaks[position]]
        ends = [*starts[1:], len(paragraph)]
        lines += [paragraph[a:b].strip() for a, b in zip(starts, ends, strict=True) if paragraph[a:b].strip()]
        lines.append("")
    return "\n".join(lines)


def first_paragraphs(page: PageText, cut: int) -> list[int]:
    """Indices of the paragraphs up to and including the one that passes `cut` characters."""
    total = 0
    for index, (_heading, paragraph) in enumerate(page.paragraphs):
        total += len(paragraph)
        if total >= cut:
            return list(range(index + 1))
    return list(range(len(page.paragraphs)))


def read_annotated(paragraphs_path: Path) -> list[list[str]]:
    """The annotated paragraphs, each as its sentence lines (title and headings left out)."""
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for line in paragraphs_path.read_text(encoding="utf-8").splitlines():
        text = line.strip()
        if text.startswith("#") or not text:
            if current:
                paragraphs.append(current)
            current = []
        else:
            current.append(text)
    if current:
        paragraphs.append(current)
    return paragraphs


def locate(paragraphs: list[str], text: str, what: str, unique: bool = False) -> list[int]:
    """(paragraph, start, end) of `text`'s first place; a claim (`unique`) must be in one paragraph
    only, as the scorer places it by its paragraph."""
    places = [i for i, paragraph in enumerate(paragraphs) if text in paragraph]
    if not places:
        raise GoldError(f"{what} not found in any paragraph: {text[:60]!r}")
    if unique and len(places) > 1:
        raise GoldError(f"{what} is in {len(places)} paragraphs, lengthen it: {text[:60]!r}")
    start = paragraphs[places[0]].find(text)
    return [places[0], start, start + len(text)]


def pack_page(folder: Path, name: str, data: Path) -> dict[str, Any]:
    gold = tomllib.loads((folder / f"{name}.attribution.toml").read_text(encoding="utf-8"))
    ref = str(gold.get("page") or "")
    if not ref:
        raise GoldError(f"{name}: the attribution file names no `page` (country/Publisher:Vn)")
    page = read_page(data, ref)
    annotated = read_annotated(folder / f"{name}.paragraphs.txt")
    texts = [" ".join(lines) for lines in annotated]
    indices: list[int] = []
    search_from = 0
    for text in texts:
        found = next(
            (i for i in range(search_from, len(page.paragraphs)) if page.paragraphs[i][1] == text), None
        )
        if found is None:
            raise GoldError(f"{name}: a paragraph is not the page's, in order: {text[:60]!r}")
        indices.append(found)
        search_from = found + 1
    breaks = [[len(" ".join(lines[:k])) + 1 for k in range(1, len(lines))] for lines in annotated]
    packed: dict[str, Any] = {"page": ref, "name": name}
    packed.update({key: gold[key] for key in PLAIN_FIELDS if key in gold})
    packed.update(
        sha256=page.digest(indices),
        paragraphs=indices,
        breaks=breaks,
        sources={key: list(names) for key, names in gold.get("sources", {}).items()},
        claims=[
            {
                "at": locate(texts, claim["quote"], f"{name}: claim", unique=True),
                "chain": list(claim["chain"]),
            }
            for claim in gold.get("claims", [])
        ],
        figures=[
            {
                "at": locate(texts, figure["display"], f"{name}: figure"),
                "value": figure["value"],
                "unit": figure.get("unit", ""),
            }
            for figure in gold.get("figures", [])
        ],
    )
    return packed


def unpack_page(packed: dict[str, Any], data: Path, out: Path) -> None:
    page = read_page(data, packed["page"])
    indices: list[int] = packed["paragraphs"]
    if max(indices, default=-1) >= len(page.paragraphs) or page.digest(indices) != packed["sha256"]:
        raise GoldError(f"{packed['name']}: {packed['page']} is not the text it was annotated on")
    texts = [page.paragraphs[i][1] for i in indices]

    def span(at: list[int]) -> str:
        return texts[at[0]][at[1] : at[2]]

    gold: dict[str, Any] = {key: packed[key] for key in PLAIN_FIELDS if key in packed}
    gold["page"] = packed["page"]
    gold["sources"] = packed["sources"]
    gold["claims"] = [{"quote": span(c["at"]), "chain": c["chain"]} for c in packed["claims"]]
    gold["figures"] = [
        {"display": span(f["at"]), "value": f["value"], "unit": f["unit"]} for f in packed["figures"]
    ]
    name = packed["name"]
    (out / f"{name}.paragraphs.txt").write_text(
        paragraphs_text(page, indices, packed["breaks"]), encoding="utf-8"
    )
    (out / f"{name}.attribution.toml").write_text(tomli_w.dumps(gold), encoding="utf-8")


def pack(folder: Path, data: Path, commit: str) -> dict[str, Any]:
    names = sorted(p.name.removesuffix(".attribution.toml") for p in folder.glob("a_*.attribution.toml"))
    return {"format": FORMAT, "fundus_commit": commit, "pages": [pack_page(folder, n, data) for n in names]}


def unpack(packed: dict[str, Any], data: Path, out: Path) -> int:
    if packed.get("format") != FORMAT:
        raise GoldError(f"unknown gold format {packed.get('format')!r}")
    out.mkdir(parents=True, exist_ok=True)
    for page in packed["pages"]:
        unpack_page(page, data, out)
    return len(packed["pages"])


def dump(packed: dict[str, Any]) -> str:
    """The packed set as JSON, a page a block and each field on one line (readable diffs)."""
    pages = []
    for page in packed["pages"]:
        fields = [
            f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}" for key, value in page.items()
        ]
        pages.append(" {\n" + ",\n".join(fields) + "\n }")
    head = ", ".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in packed.items() if k != "pages")
    return "{" + head + ', "pages": [\n' + ",\n".join(pages) + "\n]}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    text_cmd = commands.add_parser("text", help="pages' text to annotate")
    text_cmd.add_argument("pages", nargs="+", help="country/Publisher:Vn")
    text_cmd.add_argument("--cut", type=int, default=3500)
    pack_cmd = commands.add_parser("pack", help="an annotated folder to positions")
    pack_cmd.add_argument("folder", type=Path)
    pack_cmd.add_argument("--commit", default="", help="the fundus commit the pages come from")
    unpack_cmd = commands.add_parser("unpack", help="positions back to an annotated folder")
    unpack_cmd.add_argument("gold", type=Path)
    for command in (text_cmd, pack_cmd, unpack_cmd):
        command.add_argument(
            "--data", type=Path, required=True, help="fundus's tests/resources/parser/test_data"
        )
        command.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    try:
        if args.command == "text":
            args.out.mkdir(parents=True, exist_ok=True)
            for ref in args.pages:
                page = read_page(args.data, ref)
                path = args.out / f"{page_name(ref)}.paragraphs.txt"
                path.write_text(paragraphs_text(page, first_paragraphs(page, args.cut)), encoding="utf-8")
                print(path)
        elif args.command == "pack":
            packed = pack(args.folder, args.data, args.commit)
            args.out.write_text(dump(packed), encoding="utf-8")
            print(f"{len(packed['pages'])} pages packed to {args.out}")
        else:
            count = unpack(json.loads(args.gold.read_text(encoding="utf-8")), args.data, args.out)
            print(f"{count} pages unpacked to {args.out}")
    except (GoldError, OSError, KeyError, tomllib.TOMLDecodeError) as error:
        print(f"gold_pages: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
