"""Real-browser journeys: headless Chromium driven by Playwright against a live server.

Run with `make test-browser`; the unit suite (`make test`) skips this folder.
"""

import json
import os
import re
import shutil
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ARTIFACTS = Path(os.environ.get("BROWSER_ARTIFACTS", HERE / "artifacts"))
AXE_JS = HERE / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests
    # make between browser steps are still synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's chromium package.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server, settings):
    settings.ALLOWED_HOSTS = ["*"]
    settings.SECURE_SSL_REDIRECT = False
    context = browser.new_context(viewport=DESKTOP, base_url=live_server.url, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def screenshot():
    """Save full-page screenshots at phone and desktop widths for reviewers."""
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)

    def take(page, name: str) -> None:
        viewport = page.viewport_size
        for label, size in [("desktop", DESKTOP), ("phone", PHONE)]:
            page.set_viewport_size(size)
            page.screenshot(path=folder / f"{name}-{label}.png", full_page=True)
        page.set_viewport_size(viewport)

    return take


@pytest.fixture
def axe():
    """Run axe-core on the current page; return serious and critical violations."""
    if not AXE_JS.exists():
        pytest.fail(
            "axe-core is missing: run `npm install` in tests/browser (make test-browser does)."
        )
    folder = ARTIFACTS / "axe"
    folder.mkdir(parents=True, exist_ok=True)

    def run(page, name: str) -> list[dict]:
        page.add_script_tag(path=str(AXE_JS))
        result = page.evaluate("async () => await axe.run(document)")
        (folder / f"{name}.json").write_text(json.dumps(result["violations"], indent=2))
        return [
            {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]]}
            for v in result["violations"]
            if v["impact"] in {"serious", "critical"}
        ]

    return run


def confirmation_path(outbox) -> str:
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", outbox[-1].body).group(0)
    return "/" + link.split("://", 1)[1].split("/", 1)[1]
