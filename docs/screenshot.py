#!/usr/bin/env python3
"""Screenshot a kgbuild HTML view (kgbuild.viz.write_view) in headless chromium.

    python docs/screenshot.py output/view.html view.png
    python docs/screenshot.py view.html conflict.png --mode conflict --select top --width 1800 --height 1100
    python docs/screenshot.py view.html search.png --search "بوتين" --stance negative

The page is opened from disk (file://); any request that is not file: or data: is blocked and
reported (a self-contained view makes none). Uses Debian's /usr/bin/chromium through Playwright;
never downloads a browser.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

CHROME_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]


def screenshot(html: Path, png: Path, width: int = 1600, height: int = 1000, mode: str = "st",
               select: str | None = None, search: str | None = None, stances: list[str] | None = None,
               chromium: str = "/usr/bin/chromium", full_page: bool = False) -> dict:
    from playwright.sync_api import sync_playwright

    external: list[str] = []
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=CHROME_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height}, device_scale_factor=1)

            def route(r):
                if r.request.url.startswith(("file:", "data:")):
                    r.continue_()
                else:
                    external.append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(Path(html).resolve().as_uri())
            page.wait_for_function("window.kgView !== undefined")
            if mode != "st":
                page.evaluate("m => kgView.setMode(m)", mode)
            if stances:
                for s in ("positive", "negative", "neutral"):
                    if s not in stances:
                        page.uncheck(f"#f-stance-{s}")
            if search:
                page.fill("#f-search", search)
                page.press("#f-search", "Enter")
            if select:
                nodes = page.evaluate("kgView.nodeList()")
                if select == "top":
                    target = nodes[0]["id"] if nodes else None
                    if nodes:
                        made = page.evaluate("Object.fromEntries(JSON.parse(document.getElementById('kg-data').textContent)"
                                             ".nodes.map(n => [n.id, n.made + n.received]))")
                        target = max(nodes, key=lambda n: made.get(n["id"], 0))["id"]
                else:
                    target = next((n["id"] for n in nodes if select in (n["label"], n["en"], n["id"])), None)
                    if target is None:   # else the first label containing it
                        target = next((n["id"] for n in nodes if select in n["label"] or select in (n["en"] or "")), None)
                if target is not None:
                    pt = page.evaluate("id => kgView.nodePoint(id)", target)
                    page.mouse.click(pt["x"], pt["y"])
                    page.mouse.move(pt["x"] + 2, pt["y"] + 2)
                    page.wait_for_timeout(400)
            page.wait_for_timeout(300)
            png = Path(png)
            png.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(png), full_page=full_page)
            counts = page.evaluate("({nodes: kgView.nodes, edges: kgView.edges, mode: kgView.mode})")
        finally:
            browser.close()
    return {"png": str(png), **counts, "external_requests": external, "errors": errors}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("html", type=Path)
    ap.add_argument("png", type=Path)
    ap.add_argument("--width", type=int, default=1600)
    ap.add_argument("--height", type=int, default=1000)
    ap.add_argument("--mode", choices=["st", "congruence", "conflict"], default="st")
    ap.add_argument("--select", help='click a node first: "top" (the most active actor) or a label / English label')
    ap.add_argument("--search", help="type this in the name search")
    ap.add_argument("--stance", action="append", choices=["positive", "negative", "neutral"],
                    help="show only these stances (repeatable)")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--full-page", action="store_true")
    a = ap.parse_args(argv)
    if not a.html.exists():
        ap.error(f"{a.html} does not exist")
    r = screenshot(a.html, a.png, a.width, a.height, a.mode, a.select, a.search, a.stance, a.chromium, a.full_page)
    print(f"{r['png']}: {r['nodes']} nodes, {r['edges']} edges ({r['mode']})")
    for url in r["external_requests"]:
        print(f"blocked external request: {url}", file=sys.stderr)
    for e in r["errors"]:
        print(f"page error: {e}", file=sys.stderr)
    return 1 if r["external_requests"] or r["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
