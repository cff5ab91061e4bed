"""Benchmarks for briefing: start-up, filtering, claim stepping, opening, export, memory, ingest.

    python benchmarks/run.py [--quick] [--runs N] [--library-size N] [--out DIR] [--json FILE]

Prints one table (benchmark | figure | target | met?) and the machine it ran
on. These are figures to read, not tests: nothing here fails when a target is
missed. See benchmarks/README.md for what each row measures and how.

Setup, reused between runs: a seeded synthetic library (benchmarks/generate.py)
of --library-size briefings, 2 of them with 2,000 claims, under --out
(default benchmarks/out/, gitignored), and a warm library index for it. The
first full-size run builds that index from cold, which takes minutes.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime
import fcntl
import gc
import hashlib
import importlib.util
import json
import os
import platform
import pty
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SEED = 1
FULL_SIZE = 10_000
QUICK_SIZE = 200
HUGE = 2
WIDTH, HEIGHT = 120, 40
QUERIES = ("ukraine cease", "north korea")
EXPORT_COUNT = 10_000
RSS_SETTLE = 2.0  # seconds after the first frame before reading VmHWM
# Between measured steps in process: no paint for this long means the app is idle.
QUIET = 0.04

perf = time.perf_counter


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- results -----------------------------------------------------------------


@dataclass
class Result:
    key: str  # stable id (JSON, tests)
    label: str
    value: float | None
    unit: str  # "ms", "s", "MiB", "x"
    target: float | None = None  # an upper bound; None: for information
    samples: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def met(self) -> bool | None:
        if self.target is None or self.value is None:
            return None
        return self.value <= self.target

    def figure(self) -> str:
        return _format(self.value, self.unit)

    def target_text(self) -> str:
        return "—" if self.target is None else "≤ " + _format(self.target, self.unit)

    def met_text(self) -> str:
        return {None: "info", True: "yes", False: "NO"}[self.met]

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "value": self.value,
            "unit": self.unit,
            "target": self.target,
            "met": self.met,
            "samples": [round(s, 6) for s in self.samples],
            "note": self.note,
        }


def _format(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    if unit == "x":
        return f"{value:.2f}×"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    if unit == "s":
        return f"{value:.3f} s" if value < 1 else f"{value:.2f} s" if value < 10 else f"{value:.0f} s"
    return f"{value:.1f} {unit}"


def median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


def ms(seconds: Sequence[float]) -> list[float]:
    return [s * 1000 for s in seconds]


def machine() -> dict[str, Any]:
    cpu = platform.processor() or "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "nproc": cpus,
        "cpu": cpu,
        "python": platform.python_version(),
        "textual": metadata.version("textual"),
        "platform": platform.platform(),
    }


def print_table(results: list[Result], info: dict[str, Any]) -> None:
    rows = [("benchmark", "figure", "target", "met?")]
    rows += [(r.label, r.figure(), r.target_text(), r.met_text()) for r in results]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]

    def line(row: Sequence[str]) -> str:
        cells = [row[0].ljust(widths[0]), *(c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True))]
        return "| " + " | ".join(cells) + " |"

    print()
    print(
        f"machine: {info['nproc']} CPUs · {info['cpu']} · Python {info['python']} · "
        f"Textual {info['textual']} · {info['platform']}"
    )
    print(line(rows[0]))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows[1:]:
        print(line(row))
    notes = [r for r in results if r.note]
    if notes:
        print()
        for r in notes:
            print(f"- {r.label}: {r.note}")
    print(flush=True)


def _fixed_work() -> int:
    total = 0
    for number in range(300_000):
        total += number * number % 7
    return total + len(sorted(str(number * 7919 % 100_003) for number in range(50_000)))


def calibrate(times: int = 5) -> list[float]:
    """Seconds for a fixed piece of pure-Python work, `times` times.

    Shared (virtual) machines change speed from minute to minute; this row,
    measured at the start and the end, says how fast this one was meanwhile.
    """
    samples = []
    for _ in range(times):
        start = perf()
        _fixed_work()
        samples.append(perf() - start)
    return samples


# -- setup -------------------------------------------------------------------


def load_generator() -> ModuleType:
    return load_benchmark("generate")


def load_benchmark(stem: str) -> ModuleType:
    """benchmarks/<stem>.py, imported by its path as `briefing_benchmark_<stem>`."""
    spec = importlib.util.spec_from_file_location(f"briefing_benchmark_{stem}", HERE / f"{stem}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def ensure_library(out: Path, size: int, huge: int) -> tuple[Path, float | None]:
    """The generated library, written once; again only if the generator's output changed."""
    generator = load_generator()
    sample = [generator.briefing_document(SEED, n) for n in range(3)]
    recipe = {
        "size": size,
        "huge": huge,
        "seed": SEED,
        "huge_claims": generator.HUGE_CLAIMS,
        "sample": sample,
    }
    fingerprint = hashlib.sha256(json.dumps(recipe, sort_keys=True, default=str).encode()).hexdigest()
    library = out / f"library-{size}-huge{huge}-seed{SEED}"
    stamp = library / ".generated"
    if stamp.exists() and stamp.read_text() == fingerprint:
        return library, None
    log(f"generating {size:,} briefings into {library} …")
    shutil.rmtree(library, ignore_errors=True)
    start = perf()
    command = [sys.executable, str(HERE / "generate.py"), str(library), "-n", str(size), "--seed", str(SEED)]
    subprocess.run([*command, "--huge", str(huge)], check=True, stdout=subprocess.DEVNULL)
    stamp.write_text(fingerprint)
    return library, perf() - start


def home_paths(home: Path) -> Any:
    from tui.model.state.paths import state_paths

    return state_paths({"BRIEFING_HOME": str(home)})


def app_folders(library: Path, home: Path) -> list[Path]:
    """The folders `python -m tui --library LIBRARY` reads with BRIEFING_HOME=home."""
    return [library, home_paths(home).user_briefings]


def ensure_index(library: Path, home: Path) -> tuple[list[Any], float, int]:
    """Bring the home's index up to date as the app would; (entries, seconds, files parsed)."""
    from tui.model.state.index import LibraryIndex

    folders = app_folders(library, home)
    start = perf()
    with LibraryIndex(home_paths(home).index_file) as index:
        parsed = len(index.scan_changes(folders).new_or_changed)
        if parsed > 500:
            log(f"indexing {parsed:,} briefings in {home} (a cold build takes minutes) …")
        done = 0

        def progress(_entry: object) -> None:
            nonlocal done
            done += 1
            if done % 1000 == 0:
                log(f"  {done:,} of {parsed:,} indexed, {perf() - start:.0f} s")

        entries = index.refresh(folders, on_entry=progress)
    return entries, perf() - start, parsed


def delete_index(home: Path) -> None:
    index_file = home_paths(home).index_file
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{index_file}{suffix}")


def first_title(entries: list[Any]) -> str:
    """The title on the library's first row (sorted by date, as the app starts)."""
    from tui.screens.library import SORTS

    return min(entries, key=SORTS["date"]).title


# -- first frame on a pty ----------------------------------------------------

# CSI, OSC, DCS/APC/PM strings, charset designations and two-byte escapes.
_ESCAPES = re.compile(
    rb"\x1b(?:\[[0-?]*[ -/]*[@-~]"  # CSI
    rb"|\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC
    rb"|[P_^][^\x1b]*\x1b\\"  # DCS, APC, PM
    rb"|[()*+][0-9A-Za-z]"  # charset designations
    rb"|[0-~])"  # other two-byte escapes
)


def child_env(home: Path, pycache: Path) -> dict[str, str]:
    """The environment of a timed process: its own BRIEFING_HOME, a 120x40 xterm.

    Byte code is cached under `pycache` (PYTHONPYCACHEPREFIX), for every
    module alike, so that no run compiles source (the uncounted first round
    fills it) and nothing is written into the source tree.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("TEXTUAL")}
    for name in ("BRIEFING_LIBRARY", "PYTHONDONTWRITEBYTECODE", "PYTHONPROFILEIMPORTTIME"):
        env.pop(name, None)
    env.update(
        BRIEFING_HOME=str(home),
        TERM="xterm-256color",
        COLUMNS=str(WIDTH),
        LINES=str(HEIGHT),
        LANG="C.UTF-8",
        PYTHONPYCACHEPREFIX=str(pycache),
    )
    return env


def vm_hwm_mib(pid: int) -> float | None:
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return None


def first_frame(
    argv: list[str], env: dict[str, str], markers: list[str], *, settle: float = 0.0, timeout: float = 120.0
) -> tuple[dict[str, float], float | None]:
    """When each marker was first drawn: seconds from spawning `argv` on a 120x40 pty.

    Reads until every marker has appeared in the output (escape sequences
    stripped). With `settle`, keeps reading that long afterwards and returns
    the peak RSS (VmHWM, MiB) too. The process is killed in the end.
    """
    wanted = {m: m.encode() for m in markers}
    seen: dict[str, float] = {}
    start = perf()
    pid, fd = pty.fork()
    if pid == 0:  # the child: size the terminal, then become the app
        try:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", HEIGHT, WIDTH, 0, 0))
            os.execve(argv[0], argv, env)
        finally:
            os._exit(127)
    raw = bytearray()
    try:
        deadline = start + timeout
        while len(seen) < len(wanted):
            left = deadline - perf()
            if left <= 0:
                shown = _ESCAPES.sub(b"", bytes(raw))[-1500:].decode(errors="replace")
                raise TimeoutError(
                    f"{markers} not drawn within {timeout:.0f} s by {argv}; last text: {shown}"
                )
            ready, _, _ = select.select([fd], [], [], min(left, 0.5))
            if not ready:
                continue
            try:
                chunk = os.read(fd, 1 << 16)
            except OSError:
                chunk = b""
            now = perf() - start
            if not chunk:
                shown = bytes(raw)[-1500:].decode(errors="replace")
                raise RuntimeError(f"{argv} ended before drawing {markers}: {shown}")
            raw += chunk
            text = _ESCAPES.sub(b"", bytes(raw))
            seen.update((m, now) for m, b in wanted.items() if m not in seen and b in text)
        rss = None
        if settle:
            until = perf() + settle
            while (left := until - perf()) > 0:  # keep draining: a full pty would block the app
                if select.select([fd], [], [], left)[0]:
                    with contextlib.suppress(OSError):
                        os.read(fd, 1 << 16)
            rss = vm_hwm_mib(pid)
        return seen, rss
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)


@dataclass
class Variant:
    key: str
    argv: list[str]
    env: dict[str, str]
    markers: list[str]  # all drawn: the frame is there; the first: its first row
    settle: float = 0.0
    before: Callable[[], None] | None = None
    times: list[float] = field(default_factory=list)
    first_row: list[float] = field(default_factory=list)
    rss: list[float] = field(default_factory=list)


def startup_benchmarks(
    runs: int, seed_library: Path, library: Path, out: Path, size: int, warm_entries: list[Any], settle: float
) -> list[Result]:
    """Process start to first painted frame, on a pty, for hello-world and three libraries.

    A library frame counts once its header and its first row are both drawn:
    Textual may send the list before the header and filter (a frame or two
    later), and the first row alone is reported beside it.
    """
    python = sys.executable
    reader = [python, "-m", "tui", "--library"]
    seed_home, warm_home, cold_home = out / "home-seed", out / f"home-{size}-warm", out / f"home-{size}-cold"
    seed_entries, _, _ = ensure_index(seed_library, seed_home)
    pycache = out / "pycache"
    variants = [
        Variant("hello", [python, str(HERE / "hello.py")], child_env(out / "home-hello", pycache), ["hello"]),
        Variant(
            "seed",
            [*reader, str(seed_library)],
            child_env(seed_home, pycache),
            [
                first_title(seed_entries)[:30],
                f"briefing · {len(seed_entries):,} of {len(seed_entries):,} briefings",
            ],
        ),
        Variant(
            "warm",
            [*reader, str(library)],
            child_env(warm_home, pycache),
            [
                first_title(warm_entries)[:30],
                f"briefing · {len(warm_entries):,} of {len(warm_entries):,} briefings",
            ],
            settle=settle,
        ),
        Variant(
            "cold",
            [*reader, str(library)],
            child_env(cold_home, pycache),
            ["briefing · reading the library"],
            before=lambda: delete_index(cold_home),
        ),
    ]
    # Round 0 fills the byte-code cache and the page cache and is not counted;
    # the variants take turns so that noise on the machine spreads evenly.
    for number in range(runs + 1):
        for variant in variants:
            if variant.before:
                variant.before()
            seen, rss = first_frame(
                variant.argv, variant.env, variant.markers, settle=variant.settle if number else 0.0
            )
            if number:
                variant.times.append(max(seen.values()))
                variant.first_row.append(seen[variant.markers[0]])
                if rss is not None:
                    variant.rss.append(rss)
        log(f"first frame: round {number}/{runs} done" + (" (warm-up)" if number == 0 else ""))
    by = {v.key: v for v in variants}
    hello, seed, warm, cold = (median(ms(by[k].times)) for k in ("hello", "seed", "warm", "cold"))
    seed_row, warm_row = median(ms(by["seed"].first_row)), median(ms(by["warm"].first_row))
    n = f"{size:,}"

    def ratio(a: float | None, b: float | None) -> float | None:
        return a / b if a and b else None

    def paired(top: str, bottom: str) -> float | None:
        # The machine's speed drifts within a run; each round starts the variants back to back,
        # so the median of the rounds' own ratios cancels the drift that a ratio of medians keeps.
        pairs = [t / b for t, b in zip(by[top].times, by[bottom].times, strict=True) if b]
        return median(pairs)

    def row_note(row: float | None, frame: float | None) -> str:
        if row is None or frame is None:
            return ""
        return f"first row drawn at {row:.0f} ms, header {frame - row:.0f} ms later (medians)"

    return [
        Result(
            "first_frame_hello",
            "first frame · hello-world Textual app (floor)",
            hello,
            "ms",
            samples=ms(by["hello"].times),
        ),
        Result(
            "first_frame_seed",
            "first frame · seed library",
            seed,
            "ms",
            samples=ms(by["seed"].times),
            note=row_note(seed_row, seed),
        ),
        Result(
            "first_frame_warm",
            f"first frame · {n} briefings, warm index",
            warm,
            "ms",
            samples=ms(by["warm"].times),
            note=row_note(warm_row, warm),
        ),
        Result(
            "first_frame_cold",
            f"first frame · {n} briefings, cold index (loading header)",
            cold,
            "ms",
            samples=ms(by["cold"].times),
        ),
        Result(
            "ratio_seed_hello",
            "first frame ratio · seed / hello (median of the rounds' ratios)",
            paired("seed", "hello"),
            "x",
            1.15,
            note=(
                f"ratio of the medians {ratio(seed, hello) or 0:.2f}×; "
                f"{ratio(seed_row, hello) or 0:.2f}× to the first row alone"
            ),
        ),
        Result(
            "ratio_warm_seed",
            f"first frame ratio · {n} warm / seed (median of the rounds' ratios)",
            paired("warm", "seed"),
            "x",
            1.15,
            note=(
                f"ratio of the medians {ratio(warm, seed) or 0:.2f}×; "
                f"{ratio(warm_row, seed_row) or 0:.2f}× first row to first row"
            ),
        ),
        Result(
            "peak_rss",
            f"peak RSS · {n} briefings open (VmHWM, {settle:g} s after first frame)",
            median(by["warm"].rss),
            "MiB",
            100.0,
            samples=by["warm"].rss,
            note=f"max {max(by['warm'].rss):.1f} MiB" if by["warm"].rss else "",
        ),
    ]


# -- in process ----------------------------------------------------------------


class PaintClock:
    """Records when each frame has been painted, and what `probe()` returned then.

    Wraps App._display, which receives every compositor update. Headless, Textual
    stops there; a terminal driver would also turn the update into escape
    sequences, so that is done here too and counted.
    """

    def __init__(self, app: Any, probe: Callable[[], object] = lambda: None) -> None:
        from textual._compositor import CompositorUpdate

        self.paints: list[tuple[float, object, object]] = []
        original = app._display
        console = app.console

        def display(screen: object, renderable: object) -> None:
            original(screen, renderable)
            if renderable is None or app._batch_count:
                return  # nothing reached the terminal
            if app.is_headless and isinstance(renderable, CompositorUpdate):
                renderable.render_segments(console)
            self.paints.append((perf(), screen, probe()))

        app._display = display

    def last(self) -> float:
        return self.paints[-1][0] if self.paints else 0.0

    async def first_after(
        self,
        moment: float,
        screen: object | None = None,
        showing: Callable[[object], bool] | None = None,
        timeout: float = 30.0,
    ) -> float:
        """When the first frame painted after `moment` was done.

        Only frames of `screen`, if given, and for which `showing(probe())` was
        true, if given.
        """
        deadline = perf() + timeout
        while True:
            found = None
            for end, painted, probed in reversed(self.paints):
                if end <= moment:
                    break
                if (screen is None or painted is screen) and (showing is None or showing(probed)):
                    found = end
            if found is not None:
                return found
            if perf() > deadline:
                raise TimeoutError("no such frame was painted")
            await asyncio.sleep(0.0005)

    async def quiet(self, period: float = QUIET) -> None:
        """Wait until nothing has been painted for `period` seconds."""
        start = perf()
        while perf() - max(start, self.last()) < period:
            await asyncio.sleep(period / 4)


async def _until(condition: Callable[[], bool], timeout: float = 600.0, step: float = 0.01) -> None:
    deadline = perf() + timeout
    while not condition():
        if perf() > deadline:
            raise TimeoutError("condition not reached")
        await asyncio.sleep(step)


async def _library_ready(app: Any, pilot: Any) -> Any:
    from tui.screens.library import LibraryScreen

    await _until(lambda: isinstance(app.screen, LibraryScreen))
    screen = app.screen
    await _until(lambda: bool(screen.workers) or bool(screen.entries), timeout=60)
    await app.workers.wait_for_complete()
    await pilot.pause()
    return screen


def _key(character: str) -> Any:
    from textual import events

    return events.Key("space" if character == " " else character, character)


async def _filter_benchmark(library: Path, home: Path, size: int) -> list[Result]:
    """Typing into the library's filter, one keystroke at a time.

    "Updated" means the screen's `shown` list was replaced, however the screen
    gets there (in refresh_list itself, or from a search worker); the figure
    ends when the first frame painted after that is done.
    """
    from textual.widgets import Input

    from tui.app import BriefingApp
    from tui.screens.library import LibraryScreen

    app = BriefingApp(app_folders(library, home), home_paths(home))
    typed: list[float] = []
    direct: list[float] = []
    searched: list[float] = []
    matched: list[int] = []
    pilot_wall: list[float] = []
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        screen = await _library_ready(app, pilot)
        if len(screen.entries) != size:
            raise RuntimeError(f"the library shows {len(screen.entries)} briefings, not {size}")
        clock = PaintClock(app, probe=lambda: screen.shown)
        search = screen.query_one("#filter", Input)
        search.cursor_blink = False  # its timer would paint between keystrokes
        screen.action_focus_filter()
        await pilot.pause()

        async def clear() -> None:
            search.value = ""
            await app.workers.wait_for_complete()
            await pilot.pause()
            await clock.quiet()

        async def updated(before: object) -> None:
            await _until(lambda: screen.shown is not before, timeout=30, step=0.0002)

        # Keypress to painted list: the key goes in as a terminal driver sends it.
        for query in QUERIES:
            await clear()
            for character in query:
                before = screen.shown
                start = perf()
                app._driver.send_message(_key(character))
                painted = await clock.first_after(start, showing=lambda shown, b=before: shown is not b)
                typed.append(painted - start)
                matched.append(len(screen.shown))
                await app.workers.wait_for_complete()
                await pilot.pause()
                await clock.quiet()

        # refresh_list() called directly, until the list is updated (no paint);
        # and LibraryIndex.search() alone.
        for query in QUERIES:
            for end in range(1, len(query) + 1):
                with search.prevent(Input.Changed):
                    search.value = query[:end]
                await pilot.pause()
                await clock.quiet()
                before = screen.shown
                start = perf()
                LibraryScreen.refresh_list(screen)
                if screen.shown is before:
                    await updated(before)
                direct.append(perf() - start)
                await app.workers.wait_for_complete()
                if screen.index is not None:
                    start = perf()
                    screen.index.search(query[:end])
                    searched.append(perf() - start)
            await clear()

        # The pilot way, for comparison: press() and pause() each wait for idle
        # with sleeps of at least 20 ms, so this is mostly the harness.
        for character in QUERIES[0]:
            start = perf()
            await pilot.press(character)
            await pilot.pause()
            pilot_wall.append(perf() - start)
    n = f"{size:,}"
    keys = sum(len(q) for q in QUERIES)
    queries = " and ".join(f"“{q}”" for q in QUERIES)
    slowest = max(range(len(typed)), key=typed.__getitem__)
    typed_keys = "".join(QUERIES)
    return [
        Result(
            "filter_key_median",
            f"filter keystroke → painted list, median ({n} briefings)",
            median(ms(typed)),
            "ms",
            20.0,
            samples=ms(typed),
            note=f"{keys} keystrokes typing {queries}; briefings listed after each: {matched}",
        ),
        Result(
            "filter_key_max",
            f"filter keystroke → painted list, max ({n} briefings)",
            max(ms(typed)),
            "ms",
            50.0,
            note=f"keystroke {slowest + 1} (“{typed_keys[slowest]}”, {matched[slowest]:,} listed)",
        ),
        Result(
            "filter_refresh_median",
            "filter · refresh_list() called directly → list updated, median",
            median(ms(direct)),
            "ms",
            samples=ms(direct),
        ),
        Result("filter_refresh_max", "filter · refresh_list() called directly, max", max(ms(direct)), "ms"),
        Result(
            "filter_search_median",
            "filter · LibraryIndex.search() alone, median",
            median(ms(searched)) if searched else None,
            "ms",
            samples=ms(searched),
            note=f"max {max(ms(searched)):.1f} ms" if searched else "",
        ),
        Result(
            "filter_pilot_median",
            "filter · pilot.press + pilot.pause wall time, median",
            median(ms(pilot_wall)),
            "ms",
            samples=ms(pilot_wall),
            note="includes the pilot's idle waits (≥ 2 × 20 ms of sleep per press); for comparison only",
        ),
    ]


async def _briefing_benchmark(huge: Path, home: Path, opens: int, steps: int) -> list[Result]:
    from tui.app import BriefingApp
    from tui.model.format.loader import load_briefing
    from tui.model.format.sourcing import Sourcing
    from tui.model.state.paths import bundled_briefings
    from tui.screens.briefing import BriefingScreen

    app = BriefingApp(app_folders(bundled_briefings(), home), home_paths(home))
    loaded: list[float] = []
    mounted: list[float] = []
    shown: list[float] = []
    action: list[float] = []
    painted: list[float] = []
    pilot_wall: list[float] = []
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        await _library_ready(app, pilot)
        clock = PaintClock(app)
        screen: Any = None
        for number in range(opens):
            await clock.quiet()
            start = perf()
            sourcing = Sourcing(load_briefing(huge))
            loaded.append(perf() - start)
            screen = BriefingScreen(sourcing, app.context)
            await app.push_screen(screen)
            mounted.append(perf() - start)
            shown.append(await clock.first_after(start, screen) - start)
            if number < opens - 1:
                await pilot.pause()
                await app.pop_screen()
        claims = len(screen.claim_order)
        await pilot.pause()
        await clock.quiet()
        for _ in range(steps):
            start = perf()
            screen.action_step_claim(1)
            done = perf()
            action.append(done - start)
            painted.append(await clock.first_after(done, screen) - start)
            await clock.quiet(0.02)
        for _ in range(min(10, steps)):
            start = perf()
            screen.action_step_claim(1)
            await pilot.pause()
            pilot_wall.append(perf() - start)
    return [
        Result(
            "next_claim_action",
            f"next claim · action_step_claim(1), median ({claims:,}-claim briefing)",
            median(ms(action)),
            "ms",
            16.0,
            samples=ms(action),
            note=f"{steps} steps; max {max(ms(action)):.1f} ms; "
            "the sourcing pane is updated within the action",
        ),
        Result(
            "next_claim_painted",
            "next claim · action → next frame painted, median",
            median(ms(painted)),
            "ms",
            25.0,
            samples=ms(painted),
            note="includes waiting for Textual's next frame tick (up to 1/60 s)",
        ),
        Result(
            "next_claim_pilot",
            "next claim · action + pilot.pause wall time, median",
            median(ms(pilot_wall)),
            "ms",
            samples=ms(pilot_wall),
            note="includes the pilot's idle wait (≥ 20 ms of sleep); for comparison only",
        ),
        Result(
            "open_huge",
            f"open {claims:,}-claim briefing · load + Sourcing + screen mounted, median",
            median(ms(mounted)),
            "ms",
            samples=ms(mounted),
            note=f"{opens} opens; load_briefing + Sourcing {median(ms(loaded)):.0f} ms of it",
        ),
        Result(
            "open_huge_painted",
            f"open {claims:,}-claim briefing · to its first painted frame, median",
            median(ms(shown)),
            "ms",
            300.0,
            samples=ms(shown),
            note="from before load_briefing to the end of the first frame of the screen painted",
        ),
    ]


def library_bookmarks(entries: list[Any]) -> list[Any]:
    """EXPORT_COUNT bookmarks from the generated briefings, in library order."""
    from tui.model.format.loader import load_briefing
    from tui.model.format.sourcing import Sourcing
    from tui.model.state.bookmarks import (
        bookmark_for_briefing,
        bookmark_for_claim,
        bookmark_for_figure,
        bookmark_for_section,
    )

    now = datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    bookmarks: list[Any] = []
    # Per briefing, in library order: the briefing, two sections, up to 30 claims, its figures.
    for entry in entries:
        if entry.summary is None:
            continue
        sourcing = Sourcing(load_briefing(Path(entry.path)))
        briefing = sourcing.briefing
        bookmarks.append(bookmark_for_briefing(sourcing, now=now))
        bookmarks += [bookmark_for_section(sourcing, s, now=now) for s in briefing.sections[:2]]
        bookmarks += [bookmark_for_claim(sourcing, c, now=now) for c in briefing.claims[:30]]
        bookmarks += [bookmark_for_figure(sourcing, f, now=now) for f in briefing.figures]
        if len(bookmarks) >= EXPORT_COUNT:
            break
    return bookmarks[:EXPORT_COUNT]


def export_benchmark(entries: list[Any], runs: int, bookmarks: list[Any]) -> list[Result]:
    from tui.model.output.export import export_markdown

    order = [e.summary.id for e in entries if e.summary]
    times: list[float] = []
    size = 0
    for _ in range(max(runs, 1)):
        gc.collect()
        start = perf()
        text = export_markdown(bookmarks, library_order=order, exported=datetime.date(2025, 1, 2))
        times.append(perf() - start)
        size = len(text.encode())
    briefings = len({b.briefing_id for b in bookmarks})
    return [
        Result(
            "export",
            f"export {len(bookmarks):,} bookmarks to markdown, median",
            median(times),
            "s",
            0.5,
            samples=times,
            note=f"bookmarks from {briefings} briefings; {size / 1e6:.1f} MB of markdown",
        )
    ]


def bookmarks_benchmark(bookmarks: list[Any], home: Path, runs: int) -> list[Result]:
    """The bookmark store holding 10,000 bookmarks: load it, toggle one, fold the journal.

    The store starts as a reader leaves it on quitting: bookmarks.toml with
    every bookmark (and the fast copy of it made when it was written). Each
    load is a new BookmarkStore reading the files under the lock, as at
    start-up; each toggle is a change saved durably (lock, catch up, fsync).
    """
    from tui.model.state.bookmarks import BookmarkKind, BookmarkStore, encode_bookmarks

    path = home_paths(home).bookmarks_file
    shutil.rmtree(path.parent, ignore_errors=True)
    path.parent.mkdir(parents=True)
    path.write_bytes(encode_bookmarks(bookmarks))
    gc.collect()
    start = perf()
    BookmarkStore(path).load()  # nothing but the TOML file: tomllib parses it
    parse_only = perf() - start
    # As on quitting: fold (here: nothing to fold), leaving the file and its fast copy.
    seeded = BookmarkStore(path)
    seeded.load()
    seeded.toggle(bookmarks[0])
    seeded.toggle(bookmarks[0])
    seeded.fold()
    loads: list[float] = []
    for _ in range(max(runs, 3)):
        gc.collect()
        start = perf()
        store = BookmarkStore(path)
        store.load()
        loads.append(perf() - start)
    count = len(store.bookmarks)
    extra = msgspec_replace(bookmarks[1], kind=BookmarkKind.CLAIM, item_id="benchmark-toggle")
    toggles: list[float] = []
    for _ in range(max(runs, 3) * 4):
        start = perf()
        store.toggle(extra)
        toggles.append(perf() - start)
    start = perf()
    store.fold()
    folded = perf() - start
    return [
        Result(
            "bookmarks_load_10k",
            f"bookmarks · load {count:,} (new store, files read under the lock), median",
            median(loads),
            "s",
            0.15,
            samples=loads,
            note=f"a bookmarks.toml edited by hand (or written by another program) is parsed "
            f"instead: {parse_only * 1000:.0f} ms",
        ),
        Result(
            "bookmarks_toggle_10k",
            f"bookmarks · toggle one of {count:,}, saved (fsync), median",
            median(toggles),
            "s",
            0.025,
            samples=toggles,
            note=f"{len(toggles)} toggles, max {max(toggles) * 1000:.1f} ms; folding their journal "
            f"into bookmarks.toml afterwards (background, or on quitting) took {folded * 1000:.0f} ms",
        ),
    ]


def ingest_benchmark(out: Path, runs: int, rounds: int) -> list[Result]:
    """`briefing ingest` on generated pages: per article in process and by command, and 100 pages."""
    speed = load_benchmark("ingest_speed")
    pages = speed.write_pages(out / "ingest-pages", 100)
    sample = pages[:20]  # the seed article and 19 generated ones
    per_article = speed.in_process_seconds(sample, rounds)
    env = child_env(out / "home-ingest", out / "pycache")
    speed.command_seconds(pages[:1], env, out / "ingest-one")  # round 0: fills the byte-code cache
    one_page = [
        speed.command_seconds(pages[1 + n % 19 : 2 + n % 19], env, out / "ingest-one")[0] for n in range(runs)
    ]
    hundred, made, failed = speed.command_seconds(pages, env, out / "ingest-100")
    kilobytes = sum(p.stat().st_size for p in pages) / len(pages) / 1000
    return [
        Result(
            "ingest_article",
            "ingest · one article in process (read, extract, analyse, draft), median",
            median(per_article),
            "s",
            0.5,
            samples=per_article,
            note=f"{len(sample)} pages × {rounds}, max {max(per_article):.3f} s; generated news pages "
            f"(~{kilobytes:.0f} kB each, site chrome and comments) and the seed article",
        ),
        Result(
            "ingest_article_command",
            "ingest · one page via `briefing ingest` (wall, with start-up), median",
            median(one_page),
            "s",
            samples=one_page,
            note=f"{len(one_page)} runs, min {min(one_page):.2f} s",
        ),
        Result(
            "ingest_100_pages",
            f"ingest · 100 pages via `briefing ingest --into` on {speed.cpus()} CPUs (wall)",
            hundred,
            "s",
            30.0,
            note=f"{made} drafts written" + (f"; it failed: {failed}" if failed else ""),
        ),
    ]


def msgspec_replace(struct: Any, **changes: Any) -> Any:
    import msgspec

    return msgspec.structs.replace(struct, **changes)


# -- main ------------------------------------------------------------------------


@contextlib.contextmanager
def profiled(folder: Path | None, name: str) -> Iterator[None]:
    """With a folder, profile the block with pyinstrument into folder/name.txt and .html."""
    if folder is None:
        yield
        return
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0005)
    profiler.start()
    try:
        yield
    finally:
        profiler.stop()
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.txt").write_text(profiler.output_text(unicode=True, color=False))
        (folder / f"{name}.html").write_text(profiler.output_html())
        log(f"profile: {folder / name}.txt and .html")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_SIZE} briefings, 1 run: a smoke test")
    parser.add_argument("--runs", type=int, help="runs per start-up figure (default 15; --quick: 1)")
    parser.add_argument("--library-size", type=int, help=f"briefings (default {FULL_SIZE:,})")
    parser.add_argument("--steps", type=int, help="next-claim steps (default 200; --quick: 50)")
    parser.add_argument(
        "--out",
        type=Path,
        default=HERE / "out",
        help="where the library and homes go (default benchmarks/out)",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also save the results as JSON")
    parser.add_argument("--setup-only", action="store_true", help="generate the library and index, then stop")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="profile the in-process benchmarks with pyinstrument into OUT/profiles/ (slows them down)",
    )
    args = parser.parse_args(argv)
    runs = args.runs or (1 if args.quick else 15)
    size = args.library_size or (QUICK_SIZE if args.quick else FULL_SIZE)
    steps = args.steps or (20 if args.quick else 200)
    opens = 1 if args.quick else 5
    if runs < 1 or size < HUGE or steps < 1:
        parser.error("need --runs >= 1, --library-size >= 2 and --steps >= 1")
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(REPO))
    from tui.model.state.paths import bundled_briefings

    info = machine()
    began = perf()
    speed_before = calibrate()
    library, generated = ensure_library(out, size, HUGE)
    if generated is not None:
        log(f"generated {size:,} briefings in {generated:.0f} s")
    warm_home = out / f"home-{size}-warm"
    entries, indexed, parsed = ensure_index(library, warm_home)
    log(f"index: {parsed:,} briefings parsed in {indexed:.1f} s")
    build_record = out / f"index-build-{size}.json"
    if parsed == len(entries) and entries:
        record = {"seconds": indexed, "date": datetime.date.today().isoformat(), "cpus": info["nproc"]}
        build_record.write_text(json.dumps(record))
    if args.setup_only:
        return 0
    huge = sorted(library.glob("*/huge-*.toml"))[0]

    settle = 0.5 if args.quick else RSS_SETTLE
    results = startup_benchmarks(runs, bundled_briefings(), library, out, size, entries, settle)
    # Export first, in a process holding the library's entries as the app does,
    # before the in-process apps below leave their objects behind.
    log("export …")
    profiles = out / "profiles" if args.profile else None
    bookmarks = library_bookmarks(entries)
    with profiled(profiles, "export"):
        exported = export_benchmark(entries, runs, bookmarks)
    log("bookmarks …")
    with profiled(profiles, "bookmarks"):
        exported += bookmarks_benchmark(bookmarks, out / "home-bookmarks", runs)
    log("filter-as-you-type …")
    with profiled(profiles, "filter"):
        results += asyncio.run(_filter_benchmark(library, warm_home, size))
    log("opening a huge briefing and stepping through its claims …")
    with profiled(profiles, "briefing"):
        results += asyncio.run(_briefing_benchmark(huge, out / "home-open", opens, steps))
    results += exported
    log("briefing ingest …")
    results += ingest_benchmark(out, runs, 1 if args.quick else 3)
    if build_record.exists():
        build = json.loads(build_record.read_text())
        results.append(
            Result(
                "index_cold_build",
                f"setup · cold index build, {size:,} briefings",
                build["seconds"],
                "s",
                45.0,
                note=f"measured {build['date']} on {build.get('cpus', '?')} CPUs when the index was built "
                "(parsing in worker processes; the app does this "
                "in the background; the list fills in as it goes)",
            )
        )

    speed_after = calibrate()
    results.append(
        Result(
            "calibration",
            "calibration · fixed pure-Python work (CPU speed check)",
            median(ms(speed_before + speed_after)),
            "ms",
            samples=ms(speed_before + speed_after),
            note=f"median {median(ms(speed_before)):.0f} ms before the benchmarks, "
            f"{median(ms(speed_after)):.0f} ms after; a slower figure means a slower machine meanwhile",
        )
    )
    print_table(results, info)
    log(f"benchmarks took {perf() - began:.0f} s")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "machine": info,
            "config": {"runs": runs, "library_size": size, "steps": steps, "opens": opens, "huge": str(huge)},
            "results": [r.as_json() for r in results],
        }
        args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
