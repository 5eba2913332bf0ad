"""Take the README's screenshot of the seed map with Debian's Chromium.

The map's scripts come from the npm packages in tests/browser/node_modules
(as in the browser tests); map tiles need the internet and are left out, so
the picture shows the incidents on a blank background.

Run after `make test` has installed the browser assets:
``python scripts/screenshot.py [output/map.html] [docs/seed-map.png]``
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.test_browser import local_copy  # noqa: E402  (same CDN-to-npm mapping as the tests)


def main() -> None:
    page_path = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "output" / "map.html").resolve()
    target = Path(sys.argv[2] if len(sys.argv) > 2 else ROOT / "docs" / "seed-map.png")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_page(viewport={"width": 1100, "height": 720})

        def route(r):
            url = r.request.url
            if url.startswith("file://"):
                return r.continue_()
            local = local_copy(url)
            return r.fulfill(path=str(local)) if local and local.is_file() else r.abort()

        page.route("**/*", route)
        page.goto(page_path.as_uri())
        page.wait_for_selector(".leaflet-marker-icon")
        page.locator(".leaflet-marker-icon[alt='National Penitentiary']").click()
        page.wait_for_selector(".leaflet-popup-content")
        page.wait_for_timeout(400)
        page.screenshot(path=str(target))
        browser.close()
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
