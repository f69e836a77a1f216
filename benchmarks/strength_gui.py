"""What the user waits for the strength meter's first answer, with and without preloading.

Run: ``.venv/bin/python benchmarks/strength_gui.py [--rounds N]``. Each round is a fresh
interpreter (the word lists are loaded once per process). Printed per mode (median):

- ``preload``: :func:`start_background_loading` right after the first paint, as the app
  does; how long the background loading takes (``background_ms``; of that, the worker's
  own figures ``word_lists_ms`` and ``keyring_ms`` from its log line), and the first check
  once it is done;
- ``cold``: no preloading; the first check pays the loading itself.

The first check is timed from ``set_password`` to the ``evaluated`` signal with no
debounce delay, so the figure is the worker's cost plus the signal's way back.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ROUND = r"""
import json, logging, sys, time
from PySide6.QtCore import QEventLoop, QThreadPool
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("first page")
label.show()
QTest.qWaitForWindowExposed(label)
painted = time.perf_counter()
pool = QThreadPool()
figures = {"zxcvbn_before_paint": "zxcvbn" in sys.modules}
if sys.argv[1] == "preload":
    from wizard.gui.background import start_background_loading
    class Figures(logging.Handler):  # the worker logs "word lists %.0f ms, keyring %.0f ms"
        def emit(self, record):
            if record.msg.startswith("background loading"):
                figures["word_lists_ms"], figures["keyring_ms"] = record.args
    logging.getLogger("wizard.gui.background").addHandler(Figures())
    logging.getLogger("wizard.gui.background").setLevel(logging.INFO)
    done = []
    loop = QEventLoop()
    loading = start_background_loading(pool)
    loading.finished.connect(lambda: (done.append(time.perf_counter()), loop.quit()))
    loop.exec()  # as in the application: waiting in the event loop releases the GIL
    figures["background_ms"] = (done[0] - painted) * 1000
from wizard.gui.widgets.strength_meter import StrengthMeter
meter = StrengthMeter(pool, delay_ms=0)
answers = []
loop = QEventLoop()
meter.evaluated.connect(lambda result: (answers.append(time.perf_counter()), loop.quit()))
start = time.perf_counter()
meter.set_password("Zonnebloem-2024")
loop.exec()
figures["first_check_ms"] = (answers[0] - start) * 1000
pool.waitForDone()
print(json.dumps(figures))
"""


def one_round(mode: str) -> dict[str, float]:
    environment = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", ROUND, mode],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
        cwd=ROOT,
    )
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    for mode in ("preload", "cold"):
        rounds = [one_round(mode) for _ in range(args.rounds)]
        keys = [key for key in rounds[0] if key != "zxcvbn_before_paint"]
        parts = [f"{key} {statistics.median(r[key] for r in rounds):.1f}" for key in keys]
        loaded_early = any(r["zxcvbn_before_paint"] for r in rounds)
        print(f"{mode}: " + ", ".join(parts) + f" (zxcvbn loaded before paint: {loaded_early})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
