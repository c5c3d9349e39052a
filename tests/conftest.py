"""Shared fixtures: the fictional fixture gazetteer, a working folder, and the browser (Debian's
headless Chromium driven by Playwright, with the network cut)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from mapper import gazetteer

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    """The fictional fixture gazetteer (a test module may define its own ``gaz``)."""
    return gazetteer.load(FIXTURES / "gazetteer")


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Work in a temporary folder, so that errors name files as a user would type them."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


CHROMIUM = os.environ.get("MAPPER_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


@pytest.fixture(scope="session", autouse=True)
def _cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Caches (GeoNames' selection, geocoder answers) in a temporary folder, not the user's."""
    old = os.environ.get("MAPPER_CACHE")
    os.environ["MAPPER_CACHE"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        os.environ.pop("MAPPER_CACHE", None)
    else:
        os.environ["MAPPER_CACHE"] = old


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """A Chromium browser; fails (never skips) when Chromium or Playwright is missing."""
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the playwright package is missing: pip install -e '.[test]'")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class OfflinePage:
    """A page whose non-file requests are aborted and recorded, and whose errors are kept."""

    page: Any
    errors: list[str] = field(default_factory=list)
    blocked: list[tuple[str, str]] = field(default_factory=list)  # (resource type, url)

    def open(self, path: Path) -> None:
        """Load a map file and wait until its data layer reports ready."""
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function(
            "() => window.mapperMap && window.mapperMap.ready", timeout=15_000
        )

    def stats(self) -> dict[str, Any]:
        return self.page.evaluate("mapperMap.stats()")


@pytest.fixture
def offline_page(browser: Any) -> Iterator[OfflinePage]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    result = OfflinePage(page)
    page.on("pageerror", lambda error: result.errors.append(str(error)))
    page.on(
        "console",
        lambda message: result.errors.append(f"console: {message.text}")
        if message.type == "error"
        else None,
    )

    def route(route: Any) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            result.blocked.append((route.request.resource_type, route.request.url))
            route.abort()

    context.route("**/*", route)
    yield result
    context.close()
