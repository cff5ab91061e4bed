"""The model is usable without the UI: importing it loads neither Textual nor Rich."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import run_python

REPO = Path(__file__).resolve().parents[1]

PROBE = """
import importlib, json, pkgutil, sys
import tui.model
names = ["tui.model"]
for module in pkgutil.walk_packages(tui.model.__path__, "tui.model."):
    importlib.import_module(module.name)
    names.append(module.name)
loaded = sorted({m.split(".")[0] for m in sys.modules} & {"textual", "rich"})
print(json.dumps({"imported": names, "ui": loaded}))
"""


def test_model_imports_no_textual_or_rich() -> None:
    result = run_python("-c", PROBE)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    model = REPO / "tui" / "model"
    expected = {
        "tui.model." + ".".join(p.relative_to(model).with_suffix("").parts)
        for p in model.rglob("*.py")
        if p.stem != "__init__"
    }
    assert expected <= set(report["imported"])
    assert {"tui.model.format.loader", "tui.model.format.records", "tui.model.state.library"} <= set(
        report["imported"]
    )
    assert report["ui"] == []
