"""Render a timeline HTML page in headless Chromium and save it as a PNG (the README picture).

Usage: python scripts/screenshot.py timeline.html timeline.png [--width 1400]

Uses Playwright for Python with the system's Chromium (`/usr/bin/chromium` or the first
Chromium on PATH); nothing is downloaded. Waits until plotly.js has drawn the plot (the page
marks its plot element when done) before taking the picture.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from timeline.render.html import READY_ATTRIBUTE

#: Flags for headless Chromium in containers and CI, where there is no sandbox or GPU.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def screenshot(html: Path, png: Path, *, width: int = 1400) -> None:
    from playwright.sync_api import sync_playwright

    browser_path = chromium_path()
    if browser_path is None:
        raise SystemExit("screenshot: no Chromium found on PATH (apt-get install chromium)")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=browser_path, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": 800})
            page.goto(html.resolve().as_uri())
            page.wait_for_selector(f"[{READY_ATTRIBUTE}]", state="attached", timeout=60_000)
            page.screenshot(path=str(png), full_page=True)
        finally:
            browser.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html", type=Path, help="timeline HTML page to render")
    parser.add_argument("png", type=Path, help="PNG file to write")
    parser.add_argument("--width", type=int, default=1400, help="viewport width in pixels")
    args = parser.parse_args(argv)
    if not args.html.is_file():
        print(f"{args.html}: no such file", file=sys.stderr)
        return 2
    screenshot(args.html, args.png, width=args.width)
    print(args.png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
