"""What a change of the analysis did to the claims of many real pages: the precision check of a rule.

A rule is tuned on a few annotated pages; what it does to pages nobody annotated is read here. Two
checkouts (the code before and after) each draft the same pages, and the claims that differ are
printed page by page, as `-` (only before) and `+` (only after), each with its chain of sources, so a
person reads every changed claim (or a sample) and counts right, wrong and doubtful.

    python benchmarks/claims_diff.py compare --old TREE --new TREE PAGES... [--jobs N] [--out DIR]
    python benchmarks/claims_diff.py dump PAGES... --out FILE.jsonl      # in this checkout only
    python benchmarks/claims_diff.py diff OLD.jsonl NEW.jsonl

PAGES are files (`.html`, `.htm`, `.html.gz`, `.txt`) or folders searched for them, e.g. fundus's
`tests/resources/parser/test_data/us`. A TREE is a checkout (a git worktree of the old commit); each
dumps with its own code (`PYTHONPATH=TREE`). Pages are third-party text: the output is for reading,
never for committing. Nothing here is a score; `ingest_analysis.py` scores.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# A dump for another checkout runs with PYTHONPATH set to it: its code, not this one's.
if not os.environ.get("PYTHONPATH") and str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".txt")
Claim = tuple[str, tuple[str, ...]]


def page_files(paths: list[Path]) -> list[Path]:
    """The pages named, folders searched (sorted, so both trees read the same list)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.name.endswith(PAGE_SUFFIXES))
        else:
            found.append(path)
    return found


def page_claims(path: Path) -> dict[str, object]:
    """One page's claims as (quote, source names of the chain); an error as its message."""
    from tui.model.ingest.errors import IngestError
    from tui.model.ingest.pipeline import Loaded, analyse, extract

    raw = path.read_bytes()
    if path.name.endswith(".gz"):
        raw = gzip.decompress(raw)
    text = raw.decode("utf-8", errors="replace")
    is_html = not path.name.endswith(".txt")
    try:
        analysis = analyse(extract(Loaded(str(path), text, is_html)))
    except IngestError as error:
        return {"page": str(path), "error": str(error)}
    names = {source.id: source.name for source in analysis.sources}
    claims = [[c.quote, [names.get(s, s) for s in c.attribution]] for c in analysis.claims if c.attribution]
    return {"page": str(path), "claims": claims}


def dump(paths: list[Path], out: Path, jobs: int) -> int:
    pages = page_files(paths)
    with ProcessPoolExecutor(max_workers=jobs) as pool, out.open("w", encoding="utf-8") as handle:
        for record in pool.map(page_claims, pages, chunksize=4):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(pages)


def read_dump(path: Path) -> dict[str, set[Claim]]:
    pages: dict[str, set[Claim]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        pages[record["page"]] = {(quote, tuple(chain)) for quote, chain in record.get("claims", [])}
    return pages


def diff(old_path: Path, new_path: Path) -> list[str]:
    """Changed claims page by page, then a count: pages changed, claims only before, only after."""
    old, new = read_dump(old_path), read_dump(new_path)
    lines: list[str] = []
    changed = removed = added = 0
    for page in sorted(old.keys() | new.keys()):
        before, after = old.get(page, set()), new.get(page, set())
        if before == after:
            continue
        changed += 1
        lines.append(f"=== {page}")
        for sign, claims in (("-", before - after), ("+", after - before)):
            for quote, chain in sorted(claims):
                lines.append(f"  {sign} [{' > '.join(chain)}] {quote}")
        removed += len(before - after)
        added += len(after - before)
    total = len(old.keys() | new.keys())
    lines.append(f"{changed} of {total} pages changed: {removed} claims only before, {added} only after")
    return lines


def compare(old_tree: Path, new_tree: Path, paths: list[Path], jobs: int, out: Path) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    pages = [str(p.resolve()) for p in paths]
    for name, tree in (("old", old_tree), ("new", new_tree)):
        environment = {**os.environ, "PYTHONPATH": str(tree.resolve())}
        command = [sys.executable, str(tree / "benchmarks" / "claims_diff.py"), "dump", *pages]
        command += ["--out", str(out / f"{name}.jsonl"), "--jobs", str(jobs)]
        if not (tree / "benchmarks" / "claims_diff.py").exists():
            # An old checkout from before this script: dump with this script, its code on the path.
            command[1] = str(Path(__file__).resolve())
        subprocess.run(command, env=environment, check=True)
    return diff(out / "old.jsonl", out / "new.jsonl")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    dump_cmd = commands.add_parser("dump", help="this checkout's claims of the pages, as JSON lines")
    dump_cmd.add_argument("pages", nargs="+", type=Path)
    dump_cmd.add_argument("--out", type=Path, required=True)
    diff_cmd = commands.add_parser("diff", help="the claims that differ between two dumps")
    diff_cmd.add_argument("old", type=Path)
    diff_cmd.add_argument("new", type=Path)
    compare_cmd = commands.add_parser("compare", help="dump with two checkouts, then diff")
    compare_cmd.add_argument("pages", nargs="+", type=Path)
    compare_cmd.add_argument("--old", type=Path, required=True)
    compare_cmd.add_argument("--new", type=Path, default=REPO)
    compare_cmd.add_argument("--out", type=Path, help="where the two dumps go (default: a temporary folder)")
    for command in (dump_cmd, compare_cmd):
        command.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    if args.command == "dump":
        count = dump(args.pages, args.out, args.jobs)
        print(f"{count} pages dumped to {args.out}", file=sys.stderr)
    elif args.command == "diff":
        print("\n".join(diff(args.old, args.new)))
    elif args.out is not None:
        print("\n".join(compare(args.old, args.new, args.pages, args.jobs, args.out)))
    else:
        with tempfile.TemporaryDirectory() as folder:
            print("\n".join(compare(args.old, args.new, args.pages, args.jobs, Path(folder))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
