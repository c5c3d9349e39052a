"""examples/notebook.ipynb runs in a Jupyter kernel (offline) and shows the map inline."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "examples" / "notebook.ipynb"


def test_notebook_shows_the_map_inline(monkeypatch: pytest.MonkeyPatch) -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    root = str(NOTEBOOK.parents[1])  # the kernel imports this checkout's mapper
    env_path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH", "")) if p)
    monkeypatch.setenv("PYTHONPATH", env_path)
    NotebookClient(notebook, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": root}}).execute()
    outputs = notebook.cells[-1].outputs
    shown = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert shown, outputs
    page = html.unescape(re.search(r'srcdoc="([^"]*)"', shown[0]).group(1))
    assert page.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in page
    assert "mapper.claims(map_1" in page and "my own layer" in page
    assert not re.search(r"<(script|link)[^>]+(src|href)=", page)  # nothing from a CDN
