"""Windows ``.ico`` and macOS ``.icns`` files made from the committed PNG icons.

Both formats may hold PNG images as they are (ICO since Windows Vista, ICNS since
Mac OS X 10.5), so no image library is needed: the files are containers around
``wizard/resources/icons/all2all-setup-<size>.png`` (rendered from the SVG by
``tools/render_icons.py``). They are build products, written under ``build/``.
"""

from __future__ import annotations

import struct
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "wizard" / "resources" / "icons"
ICO_SIZES = (32, 48, 64, 128, 256)
# ICNS element types that hold PNG data, by pixel size.
ICNS_TYPES = {32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08"}


def png(size: int) -> bytes:
    """The committed PNG icon of ``size`` pixels."""
    return (ICONS / f"all2all-setup-{size}.png").read_bytes()


def ico_bytes(sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    """An ICO file: a directory of PNG images (size 256 is written as 0, as ICO wants)."""
    images = [png(size) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    directory = b""
    for size, data in zip(sizes, images, strict=True):
        side = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + directory + b"".join(images)


def icns_bytes() -> bytes:
    """An ICNS file with the PNG images macOS accepts as they are."""
    elements = b"".join(
        kind + struct.pack(">I", 8 + len(png(size))) + png(size)
        for size, kind in sorted(ICNS_TYPES.items())
    )
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def write_icons(folder: Path) -> tuple[Path, Path]:
    """Write ``all2all-setup.ico`` and ``all2all-setup.icns`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    ico = folder / "all2all-setup.ico"
    icns = folder / "all2all-setup.icns"
    ico.write_bytes(ico_bytes())
    icns.write_bytes(icns_bytes())
    return ico, icns


if __name__ == "__main__":  # python packaging/icons.py OUTPUT_FOLDER (the installers' icon)
    import sys

    for written in write_icons(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")):
        print(written)
