#!/usr/bin/env python3
"""Screenshots of a kgbuild HTML view (kgbuild.viz.write_view) in headless chromium.

    python docs/screenshot.py output/graph.html docs/           # the four states below, 1600x1000
    python docs/screenshot.py output/graph.html out/ --state focus --width 1024 --height 768

States: overview (the first picture), focus (the ego network of the actor who speaks most),
table (the same actor selected: the table narrowed to its statements, one row clicked and its edge
shown), time (the earliest dated day only). Files: view-<state>.png in the output folder.

The page is opened from disk (file://); any request that is not file:, data: or blob: is blocked
and reported (a self-contained view makes none). Uses Debian's /usr/bin/chromium through
Playwright; never downloads a browser. Never point it at a build of texts that must not enter the
project (the dev texts): the pictures would carry their content.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

CHROME_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]
STATES = ("overview", "focus", "table", "time")
FRAMES = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))"


def _wait(page, expr: str, timeout_s: float = 60.0) -> None:
    # polled from here: the page's CSP forbids the eval that wait_for_function needs
    end = time.monotonic() + timeout_s
    while not page.evaluate(f"() => !!({expr})"):
        if time.monotonic() > end:
            raise TimeoutError(expr)
        time.sleep(0.03)


def _top_speaker(page) -> int | None:
    made = page.evaluate("JSON.parse(document.getElementById('kg-data').textContent).nodes.map(n => [n.id, n.made])")
    return max(made, key=lambda x: (x[1], -x[0]))[0] if made else None


def _state(page, state: str) -> None:
    if state == "overview":
        return
    top = _top_speaker(page)
    if state == "focus" and top is not None:
        page.evaluate("id => kgView.focus(id)", top)
    elif state == "table" and top is not None:
        page.evaluate("id => kgView.showNode(id)", top)
        page.click("#kg-table-body tr:nth-child(1) td.q")
    elif state == "time":
        days = page.evaluate("JSON.parse(document.getElementById('kg-data').textContent).documents.map(d => d.date).filter(Boolean).sort()")
        if days:
            page.fill("#f-from", days[0])
            page.fill("#f-to", days[0])
            page.uncheck("#f-undated")


def screenshot(html: Path, png: Path, state: str = "overview", width: int = 1600, height: int = 1000,
               chromium: str = "/usr/bin/chromium") -> dict:
    from playwright.sync_api import sync_playwright

    external: list[str] = []
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=CHROME_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)

            def route(r):
                if r.request.url.startswith(("file:", "data:", "blob:")):
                    r.continue_()
                else:
                    external.append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(Path(html).resolve().as_uri())
            _wait(page, "window.kgView && window.kgView.generation > 0")
            _state(page, state)
            page.evaluate(FRAMES)
            page.wait_for_timeout(200)
            png = Path(png)
            png.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(png))
            counts = page.evaluate("({nodes: kgView.nodes, edges: kgView.edges, rows: kgView.rows().length,"
                                   " labels: kgView.labelled.length})")
        finally:
            browser.close()
    return {"png": str(png), "state": state, **counts, "external_requests": external, "errors": errors}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("html", type=Path)
    ap.add_argument("out", type=Path, help="folder for view-<state>.png")
    ap.add_argument("--state", choices=STATES, action="append", help="only these states (repeatable)")
    ap.add_argument("--width", type=int, default=1600)
    ap.add_argument("--height", type=int, default=1000)
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    a = ap.parse_args(argv)
    if not a.html.exists():
        ap.error(f"{a.html} does not exist")
    bad = 0
    for state in a.state or STATES:
        r = screenshot(a.html, a.out / f"view-{state}.png", state, a.width, a.height, a.chromium)
        print(f"{r['png']}: {r['nodes']} nodes, {r['edges']} edges, {r['rows']} table rows, {r['labels']} labels")
        for url in r["external_requests"]:
            print(f"blocked external request: {url}", file=sys.stderr)
        for e in r["errors"]:
            print(f"page error: {e}", file=sys.stderr)
        bad += bool(r["external_requests"] or r["errors"])
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
