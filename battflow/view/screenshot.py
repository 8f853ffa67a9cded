"""Screenshots of battflow's HTML pages in headless Chromium (Debian's `chromium` package), and a
check that a screenshot shows ARC grids: for tests and docs, not needed to run battflow.

    python -m battflow.view.screenshot storage/runs/quick/report.html /tmp/report.png
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .palette import ARC_COLOURS, rgb

BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def find_browser() -> str | None:
    """The path of a Chromium-like browser on PATH, or None.

    >>> find_browser()
    '/usr/bin/chromium'
    """
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def screenshot(
    page: Path | str, out: Path | str, width: int = 1280, height: int = 2400, timeout_s: int = 60
) -> Path:
    """Render the HTML file `page` in headless Chromium and save a PNG of the top `width` x
    `height` pixels to `out`. RuntimeError when no browser is found or it fails.

    >>> screenshot("storage/runs/quick/report.html", "/tmp/report.png")
    PosixPath('/tmp/report.png')
    """
    browser = find_browser()
    if browser is None:
        raise RuntimeError(f"no browser found ({', '.join(BROWSERS)}): apt-get install chromium")
    out = Path(out).resolve()
    with tempfile.TemporaryDirectory(prefix="battflow-chromium-") as profile:
        command = [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            f"--screenshot={out}",
            Path(page).resolve().as_uri(),
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout_s)
    if done.returncode != 0 or not out.exists():
        raise RuntimeError(f"{browser} failed ({done.returncode}): {done.stderr[-2000:]}")
    return out


def palette_pixels(png: Path | str) -> dict[int, int]:
    """ARC colour -> number of pixels of exactly that colour in the image (colours 1 to 9;
    black is left out, text is black too).

    >>> palette_pixels("/tmp/report.png")[1]  # blue cells
    5120
    """
    from PIL import Image

    image = Image.open(png).convert("RGB")
    counts = {rgb: n for n, rgb in image.getcolors(maxcolors=1 << 24)}
    out = {}
    for colour in range(1, len(ARC_COLOURS)):
        out[colour] = counts.get(rgb(colour), 0)
    return out


def main(argv: list[str] | None = None) -> int:
    """The command line: screenshot a page and count its ARC colours.

    >>> main(["storage/runs/quick/report.html", "/tmp/report.png"])
    0
    """
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m battflow.view.screenshot PAGE.html OUT.png", file=sys.stderr)
        return 2
    out = screenshot(args[0], args[1])
    pixels = palette_pixels(out)
    print(f"{out}: " + ", ".join(f"colour {c}: {n} px" for c, n in pixels.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
