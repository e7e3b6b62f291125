"""Helpers for the view's browser tests: Debian's chromium through Playwright, the network closed,
and measurements of what vis-network draws."""
from __future__ import annotations

import atexit
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROME_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]

# the node labels drawn >= 10 px tall and inside the canvas, with their boxes in screen px, as
# vis-network lays them out (labelModule.size, in canvas units, times the view's scale)
LABEL_BOXES = """() => {
  const net = kgView.network, s = net.getScale(), c = document.getElementById('kg-graph');
  const W = c.clientWidth, H = c.clientHeight, out = [];
  for (const id of net.body.nodeIndices) {
    const lm = net.body.nodes[id].labelModule;
    if (!lm.elementOptions.label || !lm.size.width) continue;
    const h = lm.fontOptions.size * s;
    if (h < 10) continue;
    const a = net.canvasToDOM({x: lm.size.left, y: lm.size.top});
    const b = net.canvasToDOM({x: lm.size.left + lm.size.width, y: lm.size.top + lm.size.height});
    if (a.x < 0 || a.y < 0 || b.x > W || b.y > H) continue;
    out.push({id: id, h: h, box: [a.x, a.y, b.x, b.y]});
  }
  return out;
}"""
NEXT_FRAMES = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))"


def browser_or_skip():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: browser tests need Debian's chromium")
    return pytest.importorskip("playwright.sync_api")


def wait_for(page, expr: str, timeout_s: float = 60.0) -> None:
    """Poll a JS expression (the page's CSP forbids the eval that wait_for_function needs)."""
    end = time.monotonic() + timeout_s
    while not page.evaluate(f"() => !!({expr})"):
        if time.monotonic() > end:
            raise TimeoutError(expr)
        time.sleep(0.03)


def settle(page) -> None:
    """Until the labels placed last are drawn."""
    page.evaluate(NEXT_FRAMES)


_BROWSER: list = []


def _browser():
    """One chromium for the whole test session (Playwright's sync API allows one driver per thread)."""
    if not _BROWSER:
        sync_api = browser_or_skip()
        pw = sync_api.sync_playwright().start()
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROME_ARGS)
        _BROWSER.extend([pw, browser])
        atexit.register(close)
    return _BROWSER[1]


@contextmanager
def open_page(html: Path, width: int = 1600, height: int = 1000) -> Iterator:
    """The page in headless chromium (a fresh context); any request that is not file:, data: or
    blob: is blocked and listed in page.external; page errors in page.errors."""
    ctx = _browser().new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    pg = ctx.new_page()
    pg.external, pg.dialogs, pg.errors = [], [], []

    def route(r) -> None:
        if r.request.url.startswith(("file:", "data:", "blob:")):
            r.continue_()
        else:
            pg.external.append(r.request.url)
            r.abort()

    pg.route("**/*", route)
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.goto(Path(html).resolve().as_uri())
    wait_for(pg, "window.kgView && window.kgView.generation > 0")
    settle(pg)
    try:
        yield pg
    finally:
        ctx.close()


def overlap_share(a: list[float], b: list[float]) -> float:
    """Area of the intersection of two boxes over the area of the smaller."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    return w * h / min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))


def check_legible(page, nodes: int) -> dict:
    """At least min(25, nodes) labels >= 10 px tall on screen, no two overlapping by more than a
    quarter of the smaller. Returns the figures."""
    labels = page.evaluate(LABEL_BOXES)
    worst = max((overlap_share(a["box"], b["box"]) for i, a in enumerate(labels) for b in labels[i + 1:]), default=0.0)
    figures = {"labels": len(labels), "worst_overlap": round(worst, 3), "nodes": nodes}
    assert len(labels) >= min(25, nodes), figures
    assert worst <= 0.25, figures
    return figures


def resize(page, width: int, height: int) -> None:
    before = page.evaluate("kgView.generation")
    page.set_viewport_size({"width": width, "height": height})
    wait_for(page, f"kgView.generation > {before}")
    settle(page)


def close() -> None:
    """Stop the shared chromium (at the end of a test module, so other modules may drive their own)."""
    if _BROWSER:
        pw, browser = _BROWSER
        _BROWSER.clear()
        browser.close()
        pw.stop()
