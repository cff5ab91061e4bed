"""Score `briefing ingest`'s article body on the dragnet data set: a human gold on 1,381 pages.

The dragnet data (Peters & Lecocq, "Content extraction using diverse feature sets", WWW 2013;
github.com/seomoz/dragnet_data, licensed AGPLv3) holds news and blog pages collected in 2012
(`HTML/<name>.html`) and the content a person cut out of each page in a browser
(`Corrected/<name>.html.corrected.txt`; text after the line `!@#$%^&*()  COMMENTS` is the
page's comments, which a briefing leaves out, so only the text before it is the gold). Its
own split lists the pages of each half (`training.txt`, `test.txt`). None of it is in this
repository (never commit third-party pages): get it with

    git clone https://github.com/seomoz/dragnet_data && cd dragnet_data
    tar xzf dragnet_HTML.tar.gz && tar xzf dragnet_Corrected.tar.gz

and point `--data` at that folder. Nothing of a page is printed but totals, except with
`--misses N` on the dev half.

Scoring is Zyte's shingle method, the code of `ingest_zyte.py` (word 4-grams with
multiplicity, per-page true/false positives and false negatives normalised to sum to 1,
precision and recall averaged over pages, F1 from the two means); the gold is a whole text,
not snippets, as in that benchmark. Dragnet's paper scored bags of words instead; shingles
also punish text out of order and repeated. A page we refuse (no article text) scores as
empty output. `trafilatura.extract` with the settings of trafilatura's own benchmark is
printed beside ours for scale.

Halves: `training.txt` is the **dev** half (misses may be read page by page and rules tuned
on it); `test.txt` is the **held-out** half (totals only, a few runs a session; `--misses`
refuses it).

    python benchmarks/ingest_dragnet.py --data DIR [--half dev|held|all] [--misses N] [--jobs N]
"""

from __future__ import annotations

import argparse
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ingest_zyte import HTML_EXTRACTORS as EXTRACTORS
from ingest_zyte import scored_page, scores

COMMENTS_MARK = "!@#$%^&*()  COMMENTS"
HALF_LISTS = {"dev": ("training.txt",), "held": ("test.txt",), "all": ("training.txt", "test.txt")}


def page_names(data: Path, half: str) -> list[str]:
    """The pages of a half that have both their page and their gold in `data`."""
    names: list[str] = []
    for listing in HALF_LISTS[half]:
        for line in (data / listing).read_text("utf-8").split():
            name = line.strip()
            if (data / "HTML" / f"{name}.html").is_file() and gold_path(data, name).is_file():
                names.append(name)
    return names


def gold_path(data: Path, name: str) -> Path:
    return data / "Corrected" / f"{name}.html.corrected.txt"


def gold_text(raw: bytes) -> str:
    """The article part of a corrected file: what comes before the comments mark.

    Most files are UTF-8; a few dozen were saved in a Windows code page: read as cp1252, or as
    Latin-1 when a byte has no cp1252 meaning (no word is lost either way)."""
    for encoding in ("utf-8", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = raw.decode("latin-1")
    article, _, _comments = text.partition(COMMENTS_MARK)
    return article


def _one(job: tuple[str, str, str]) -> tuple[float, float, float, float, bool]:
    """(tp, fp, fn) of one page for one extractor, its seconds, and whether the output was empty."""
    extractor, data, name = job
    root = Path(data)
    page = (root / "HTML" / f"{name}.html").read_bytes()
    return scored_page(EXTRACTORS[extractor], page, gold_text(gold_path(root, name).read_bytes()))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--data", type=Path, required=True, help="folder with HTML/, Corrected/, training.txt, test.txt"
    )
    parser.add_argument("--half", choices=tuple(HALF_LISTS), default="dev")
    parser.add_argument("--misses", type=int, default=0, help="list the N worst pages (dev only)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--no-baseline", action="store_true", help="skip trafilatura's own row")
    args = parser.parse_args()
    if args.misses and args.half != "dev":
        parser.error("--misses reads pages one by one: the dev half only")
    names = page_names(args.data, args.half)
    if not names:
        parser.error(f"no pages of the {args.half} half in {args.data} (HTML/ and Corrected/ unpacked?)")
    print(f"half: {args.half}, pages: {len(names)}")
    print(
        f"{'extractor':<42} {'pages':>5} {'precision':>9} {'recall':>7} {'F1':>6} {'empty':>5} {'s/page':>7}"
    )
    extractors = [name for name in EXTRACTORS if not (args.no_baseline and name.startswith("trafilatura"))]
    for extractor in extractors:
        work = [(extractor, str(args.data), name) for name in names]
        if args.jobs > 1:
            with ProcessPoolExecutor(args.jobs) as pool:
                results = list(pool.map(_one, work, chunksize=4))
        else:
            results = [_one(job) for job in work]
        counts = [result[:3] for result in results]
        precision, recall, f1 = scores(counts)
        empty = sum(result[4] for result in results)
        seconds = sum(result[3] for result in results) / len(results)
        figures = f"{precision:>9.3f} {recall:>7.3f} {f1:>6.3f} {empty:>5} {seconds:>7.3f}"
        print(f"{extractor:<42} {len(names):>5} {figures}")
        worst = sorted(zip(names, counts, strict=True), key=lambda item: item[1][0])[: args.misses]
        for name, (tp, fp, fn) in worst:
            print(f"  {name:<8} tp {tp:.2f} fp {fp:.2f} fn {fn:.2f}")


if __name__ == "__main__":
    main()
