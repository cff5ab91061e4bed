"""Write a library of realistic synthetic briefings for benchmarks and tests.

    python benchmarks/generate.py OUT_DIR -n 10000 --seed 1 [--huge K] [--jobs J]

Every file is valid for `tui.model.format.loader` and the same seed gives the same
files. Sizes follow news articles: 3–12 sections of 2–8 paragraphs of 40–120
words, 5–60 claims, 0–8 figures, 2–12 sources with chains of 0–4 links. Files
go to OUT_DIR/<year>/<id>.toml. `--huge K` gives K of them 2,000 claims each
(their ids start with `huge-`), for the next-claim benchmark.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import os
import random
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import accumulate
from pathlib import Path
from typing import Any

import tomli_w

HUGE_CLAIMS = 2000

PLACES = [
    "Korea", "North Korea", "South Korea", "Ukraine", "Russia", "Kyiv", "Kharkiv", "Moscow", "Pyongyang",
    "Seoul", "Beijing", "Taiwan", "Japan", "Tokyo", "India", "Pakistan", "Iran", "Israel", "Gaza",
    "Lebanon", "Syria", "Iraq", "Yemen", "Sudan", "Ethiopia", "Kenya", "Nigeria", "Niger", "Mali",
    "Brazil", "São Paulo", "Argentina", "Mexico", "Venezuela", "Colombia", "Chile", "Peru", "Canada",
    "Washington", "Brussels", "Berlin", "Paris", "London", "Zürich", "Warsaw", "Budapest", "Ankara",
    "Istanbul", "Athens", "Madrid", "Rome", "Stockholm", "Helsinki", "Tallinn", "Riga", "Vilnius",
    "Kraków", "Bogotá", "Reykjavík", "Manila", "Jakarta", "Hanoi", "Bangkok", "Yangon", "Dhaka",
]  # fmt: skip
ACTORS = [
    "government", "central bank", "ministry of defence", "foreign ministry", "parliament", "rebels",
    "army", "navy", "police", "prosecutors", "regulators", "election commission", "opposition",
    "health ministry", "energy regulator", "court", "prime minister", "president", "coalition",
    "trade unions", "farmers", "refugee agency", "port authority", "state broadcaster", "investors",
]  # fmt: skip
VERBS = [
    "warns of", "denies", "confirms", "announces", "rejects", "launches", "suspends", "expands",
    "criticises", "defends", "investigates", "halts", "resumes", "accuses rivals of", "plans",
    "signs deal on", "votes on", "delays", "probes", "backs", "condemns", "weighs", "cuts", "raises",
]  # fmt: skip
OBJECTS = [
    "grain exports", "drone strikes", "troop deployment", "interest rates", "fuel subsidies",
    "ceasefire talks", "border crossings", "missile tests", "power outages", "election results",
    "sanctions", "arms shipments", "refugee flows", "corruption charges", "gas prices", "flood relief",
    "cyber attacks", "mining licences", "wheat harvest", "budget cuts", "press freedom", "port blockade",
    "vaccine rollout", "currency reserves", "rail strike", "nuclear talks", "satellite launch",
]  # fmt: skip
TOPICS = [
    "war", "diplomacy", "economy", "energy", "elections", "security", "climate", "health", "trade",
    "migration", "technology", "justice", "human-rights", "military", "agriculture", "finance",
    "disinformation", "nuclear", "transport", "labour",
]  # fmt: skip
OUTLETS = [
    "Reuters", "Associated Press", "Agence France-Presse", "BBC News", "Al Jazeera", "The Guardian",
    "Le Monde", "Der Spiegel", "El País", "Kyiv Independent", "Meduza", "Nikkei Asia", "Yonhap",
    "The Korea Herald", "NK News", "Financial Times", "The Economist", "Bloomberg", "Politico Europe",
    "Deutsche Welle", "Radio Free Europe", "South China Morning Post", "The Hindu", "Folha de S.Paulo",
    "Agerpres", "Daily Nation", "Haaretz", "Times of Israel", "Dawn", "Rappler",
]  # fmt: skip
FIRST = ["Anna", "Jae-won", "Olena", "Mikhail", "Li", "Amara", "Carlos", "Fatima", "Tomasz", "Ingrid",
         "Kwame", "Priya", "Hiroshi", "Lucía", "Yusuf", "Sophie", "Dmitro", "Mei", "Omar", "Eva"]  # fmt: skip
LAST = ["Kim", "Petrenko", "Ivanova", "Zhang", "Okafor", "Silva", "Haddad", "Nowak", "Larsen",
        "Mensah", "Sharma", "Tanaka", "García", "Demir", "Martin", "Kovalenko", "Chen", "Farouk"]  # fmt: skip
ORGS = ["Institute for Strategic Studies", "Crisis Group", "Chatham House", "Carnegie Endowment",
        "Centre for Eastern Studies", "Amnesty International", "Human Rights Watch", "the IAEA",
        "the United Nations", "the World Bank", "the IMF", "Oxford Economics", "Maplecroft"]  # fmt: skip

# Which kinds of source appear, and how often (weights).
SOURCE_KINDS = {
    "government": 20, "state-media": 8, "intelligence": 5, "military": 8, "wire": 12,
    "news-outlet": 10, "watchdog": 5, "ngo": 6, "expert": 10, "company": 4, "document": 6,
    "anonymous": 8, "self": 2,
}  # fmt: skip
STATUSES = {"asserted": 25, "confirmed": 10, "unverified": 25, "alleged": 20, "disputed": 10, "denied": 10}
UNITS = ["", "people", "%", "km", "tonnes", "US$", "billion euros", "barrels a day", "troops", "drones"]

# Common words carry most of the text; a long tail of made-up names and terms
# gives the full-text index a realistic vocabulary.
COMMON = """the of and to in a that said on for with was as by is at from it has have were
be its an are after but not which had this their they who been more will also would than
over about into last two year officials people state new first could against other some
government country military forces told since percent week months region talks war security
attack report according three under while during before between both still later amid
including capital border president minister ministry spokesman statement agency officials
city area power support local public national international economic political data
""".split()  # noqa: SIM905
SYLLABLES = [
    "ka", "lo", "mi", "ran", "tor", "vel", "sun", "dra", "pe", "zo", "gri", "hal", "ny", "bor", "shi",
    "chen", "ta", "vik", "mar", "sol", "en", "ul", "os", "ri", "da", "kov", "ski", "ber", "lan", "qu",
]  # fmt: skip


def _vocabulary(size: int = 20_000) -> tuple[list[str], list[float]]:
    rng = random.Random("vocabulary")
    words = list(dict.fromkeys(COMMON + [w.lower() for o in OBJECTS for w in o.split()]))
    while len(words) < size:
        words.append("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    words = list(dict.fromkeys(words))
    # Zipf-like: the n-th word is used about 1/n as often as the first.
    return words, list(accumulate(1.0 / (n + 1) for n in range(len(words))))


WORDS, CUMULATIVE = _vocabulary()
# Text is cut from one long Zipf-distributed stream: slicing is far faster than
# drawing every word, and each file still gets its own seeded run of text.
STREAM = random.Random("stream").choices(WORDS, cum_weights=CUMULATIVE, k=1 << 18)


def _words(rng: random.Random, count: int) -> list[str]:
    start = int(rng.random() * (len(STREAM) - count))
    return STREAM[start : start + count]


def _paragraph(rng: random.Random, places: Sequence[str]) -> str:
    """40–120 words in sentences, with a place, a number and a name now and then.

    Places are mostly the article's own few, as in a real story.
    """
    rand = rng.random
    words = _words(rng, 40 + int(rand() * 81))
    end = len(words)
    cut = 0
    while cut < end:  # sentences of 8–24 words
        words[cut] = words[cut].capitalize()
        roll = rand()
        if roll < 0.5:
            pool = places if roll < 0.45 else PLACES
            words[cut + int(rand() * min(8, end - cut))] = pool[int(rand() * len(pool))]
        if roll < 0.3:
            words[cut + 1 + int(rand() * min(6, end - cut - 1))] = f"{2 + int(rand() * 9998):,}"
        if roll > 0.8:
            words[cut + int(rand() * min(8, end - cut))] = (
                f"{FIRST[int(rand() * 20)]} {LAST[int(rand() * 18)]}"
            )
        cut = min(cut + 8 + int(rand() * 17), end)
        if end - cut < 4:
            cut = end
        words[cut - 1] += "?" if roll > 0.93 else "."
    return " ".join(words)


def _title(rng: random.Random, place: str) -> str:
    actor, verb, thing = rng.choice(ACTORS), rng.choice(VERBS), rng.choice(OBJECTS)
    shape = rng.randrange(4)
    if shape == 0:
        return f"{place} {actor} {verb} {thing}"
    if shape == 1:
        return f"{place} {verb} {thing} as {rng.choice(OBJECTS)} grow"
    if shape == 2:
        return f"{thing.capitalize()}: {place} {actor} {verb} new measures"
    return f"Inside {place}'s {thing}"


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _source(rng: random.Random, number: int, outlet: str) -> dict[str, Any]:
    kind = rng.choices(list(SOURCE_KINDS), weights=list(SOURCE_KINDS.values()))[0]
    place = rng.choice(PLACES)
    names = {
        "government": f"{place} {rng.choice(ACTORS)}",
        "state-media": f"{place} state news agency",
        "intelligence": f"{place} intelligence service",
        "military": f"{place} general staff",
        "wire": rng.choice(["Reuters", "AFP", "AP", "Yonhap", "Agerpres", "TASS", "Xinhua"]),
        "news-outlet": rng.choice(OUTLETS),
        "watchdog": rng.choice(["the IAEA", "OSCE monitors", "Airwars", "ACLED"]),
        "ngo": rng.choice(["Amnesty International", "Human Rights Watch", "Médecins Sans Frontières"]),
        "expert": f"{_person(rng)}, {rng.choice(ORGS)}",
        "company": f"{rng.choice(LAST)} {rng.choice(['Energy', 'Shipping', 'Mining', 'Telecom'])}",
        "document": f"{rng.choice(ORGS)} report",
        "anonymous": rng.choice(["unnamed officials", "a source familiar with the matter", "diplomats"]),
        "self": outlet or "the outlet",
    }
    source: dict[str, Any] = {"id": f"s{number}", "name": names[kind], "kind": kind}
    if rng.random() < 0.5:
        source["description"] = " ".join(_words(rng, rng.randint(4, 12)))
    if rng.random() < 0.3:
        source["url"] = f"https://example.org/{kind}/{number}"
    if kind in ("government", "military", "state-media", "company") and rng.random() < 0.6:
        source["party"] = True
    return source


def briefing_document(seed: int | str, number: int, *, claims: int | None = None) -> dict[str, Any]:
    """One synthetic briefing as TOML-ready data; the same arguments give the same data."""
    rng = random.Random(f"{seed}:{number}")
    huge = claims is not None
    outlet = rng.choice(OUTLETS) if rng.random() < 0.95 else ""
    published = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(11 * 365))
    places = rng.sample(PLACES, rng.randint(1, 3))
    meta: dict[str, Any] = {
        "id": f"{'huge-' if huge else ''}b{number:06d}",
        "title": _title(rng, places[0]),
        "dek": " ".join(_words(rng, rng.randint(12, 30))).capitalize() + ".",
        "outlet": outlet,
        "category": rng.choice(["World", "Europe", "Asia", "Business", "Politics", "Analysis"]),
        "published": published,
        "url": f"https://example.com/{published.year}/{number}",
        "authors": [_person(rng) for _ in range(rng.randint(0, 3))],
        "tags": sorted({*rng.sample(TOPICS, rng.randint(1, 4)), *(p.lower() for p in places)}),
    }
    if rng.random() < 0.05:
        meta["dek"] = ""  # some briefings have no dek
    sources = [_source(rng, n + 1, outlet) for n in range(rng.randint(2, 12))]
    source_ids = [s["id"] for s in sources]

    sections: list[dict[str, Any]] = []
    for s in range(rng.randint(3, 12)):
        heading = f"{rng.choice(places)} {rng.choice(OBJECTS)}" if rng.random() < 0.6 else rng.choice(OBJECTS)
        paragraphs = [_paragraph(rng, places) for _ in range(rng.randint(2, 8))]
        sections.append({"id": f"sec{s + 1}", "heading": heading.capitalize(), "paragraphs": paragraphs})

    claim_list: list[dict[str, Any]] = []
    for c in range(claims if claims is not None else rng.randint(5, 60)):
        section = rng.choice(sections)
        paragraph = rng.randrange(len(section["paragraphs"]))
        words = section["paragraphs"][paragraph].split(" ")
        length = min(rng.randint(4, 12), len(words))
        start = rng.randrange(len(words) - length + 1)
        quote = " ".join(words[start : start + length])
        gist = " ".join(words[start : start + 6])
        chain = rng.sample(
            source_ids, min(rng.choices(range(5), weights=[20, 35, 25, 12, 8])[0], len(sources))
        )
        others = [i for i in source_ids if i not in chain]
        corroborated = rng.sample(others, min(rng.choices(range(3), weights=[70, 22, 8])[0], len(others)))
        claim: dict[str, Any] = {
            "id": f"c{c + 1}",
            "text": f"{rng.choice(ACTORS).capitalize()} {rng.choice(VERBS)} {gist}",
            "section": section["id"],
            "paragraph": paragraph + 1,
            "quote": quote,
            "attribution": chain,
            "status": rng.choices(list(STATUSES), weights=list(STATUSES.values()))[0],
        }
        if corroborated:
            claim["corroborated_by"] = corroborated
        if rng.random() < 0.1:
            claim["note"] = " ".join(_words(rng, rng.randint(6, 16)))
        claim_list.append(claim)

    figures: list[dict[str, Any]] = []
    for f in range(rng.randint(0, 8)):
        value = round(rng.lognormvariate(6, 3), rng.choice([0, 0, 1, 2]))
        unit = rng.choice(UNITS)
        figure: dict[str, Any] = {
            "id": f"f{f + 1}",
            "value": value,
            "display": f"{value:,}",
            "unit": unit,
            "label": f"{rng.choice(OBJECTS)} in {rng.choice(places)}",
            "claim": rng.choice(claim_list)["id"],
        }
        if rng.random() < 0.3:
            figure["approximate"] = True
        if rng.random() < 0.4:
            figure["period"] = str(published.year - rng.randint(0, 3))
        figures.append(figure)

    document: dict[str, Any] = {
        "format": 1,
        "briefing": meta,
        "sources": sources,
        "sections": sections,
        "claims": claim_list,
    }
    if figures:
        document["figures"] = figures
    if rng.random() < 0.3:
        document["editor_notes"] = [" ".join(_words(rng, rng.randint(8, 20))) + "."]
    return document


@contextlib.contextmanager
def _fast_tomli_w() -> Iterator[None]:
    """Skip tomli_w's character-by-character escaping for strings that need none.

    Its output is unchanged: a printable string without quote or backslash is
    written between quotes as is, and every other string still goes through
    tomli_w. Without the expected internals this does nothing; afterwards
    tomli_w is as it was.
    """
    writer = getattr(tomli_w, "_writer", None)
    original = getattr(writer, "format_string", None)
    if writer is None or original is None:
        yield
        return

    def format_string(s: str, *, allow_multiline: bool) -> str:
        if s.isprintable() and '"' not in s and "\\" not in s:
            return f'"{s}"'
        return original(s, allow_multiline=allow_multiline)  # type: ignore[no-any-return]

    samples = ["plain words", "Zürich — 1,200", "", "'single'"]
    if not all(format_string(t, allow_multiline=True) == original(t, allow_multiline=True) for t in samples):
        yield
        return
    writer.format_string = format_string
    try:
        yield
    finally:
        writer.format_string = original


def _relative_path(document: dict[str, Any]) -> str:
    meta = document["briefing"]
    return f"{meta['published'].year}/{meta['id']}.toml"


def _write_range(out: str, seed: int | str, numbers: Sequence[int], huge: int) -> list[str]:
    written: list[str] = []
    root = Path(out)
    with _fast_tomli_w():
        for number in numbers:
            document = briefing_document(seed, number, claims=HUGE_CLAIMS if number < huge else None)
            target = root / _relative_path(document)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(tomli_w.dumps(document), encoding="utf-8")
            written.append(str(target))
    return written


def generate(out: Path, n: int, seed: int | str = 1, *, huge: int = 0, jobs: int = 1) -> list[Path]:
    """Write `n` briefings under `out` (the first `huge` with 2,000 claims); their paths."""
    out.mkdir(parents=True, exist_ok=True)
    numbers = list(range(n))
    if jobs <= 1 or n < 200:
        return [Path(p) for p in _write_range(str(out), seed, numbers, huge)]
    chunks = [numbers[i : i + 250] for i in range(0, n, 250)]
    with ProcessPoolExecutor(jobs) as pool:
        parts = pool.map(
            _write_range, [str(out)] * len(chunks), [seed] * len(chunks), chunks, [huge] * len(chunks)
        )
        return [Path(p) for part in parts for p in part]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path, help="folder to write into")
    parser.add_argument("-n", type=int, default=10_000, help="how many briefings (default 10000)")
    parser.add_argument("--seed", default="1", help="random seed (default 1)")
    parser.add_argument("--huge", type=int, default=0, metavar="K", help="K briefings with 2,000 claims")
    parser.add_argument("--jobs", "-j", type=int, default=0, help="worker processes (default: all CPUs)")
    parser.add_argument("--check", action="store_true", help="load every file with tui.model.format.loader")
    args = parser.parse_args(argv)
    if args.n < 0 or args.huge < 0 or args.huge > args.n:
        parser.error("need 0 <= --huge <= -n")
    seed: int | str = int(args.seed) if args.seed.lstrip("-").isdigit() else args.seed
    jobs = args.jobs or (
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    )
    start = time.perf_counter()
    paths = generate(args.out, args.n, seed, huge=args.huge, jobs=jobs)
    print(
        f"wrote {len(paths)} briefings to {args.out} in {time.perf_counter() - start:.1f}s", file=sys.stderr
    )
    if args.huge:
        print("huge:", *(str(p) for p in paths[: args.huge]), sep="\n  ", file=sys.stderr)
    if args.check:
        from tui.model.format.loader import load_briefing

        for path in paths:
            load_briefing(path)
        print("all valid", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
