"""Where the app's own files (icons) are: beside the source, or inside a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

from poyo_desktop import APP_ID


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def app_icon_files() -> list[Path]:
    """The window icon at every size it is drawn for, smallest first.

    The PNGs of the icon theme (``resources/build-icons.sh``): 16 to 48 px are drawn from
    designs fitted to their pixel grid, sharper than the master SVG scaled down, and a set
    of PNGs spares the app Qt's SVG engine (QtSvg and its icon plugin: ~1 MB of memory).
    """
    theme = resources_dir() / "icons" / "hicolor"
    sizes = sorted((int(folder.name.split("x")[0]), folder) for folder in theme.glob("*x*"))
    return [found for _, folder in sizes if (found := folder / "apps" / f"{APP_ID}.png").is_file()]
