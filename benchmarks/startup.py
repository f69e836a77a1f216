"""Start-up of the wizard next to a bare QWizard with as many pages, in one run.

Prints time to first paint (process start to the first paint event of the window) and
peak memory (max RSS) at that moment for both, medians over N runs, interleaved so that
machine noise hits both equally, and the ratios. Targets (issue 2): <= 1.15x time,
<= 1.2x memory. It also prints the wizard's peak once every page is built (the wizard
builds the pages after the first one right after painting it), for information.

    .venv/bin/python benchmarks/startup.py [--runs 15] [--instructions]

``--instructions`` also counts the instructions each program executes until its first
paint under valgrind's callgrind (one run each, ~20 s apiece): unlike the wall clock,
that count does not move when the machine is busy, so it settles whether a change made
start-up cheaper. It leaves out waiting for the disk, which both programs share.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wizard.gui.setup_wizard import BUILT_IN_PAGES  # noqa: E402 (needs the path above)

PAGES = len(BUILT_IN_PAGES)

BARE = f"""
import os, sys, time
import resource
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage
app = QApplication(sys.argv[:1])
wizard = QWizard()
for number in range({PAGES}):
    page = QWizardPage()
    page.setTitle(f"Page {{number}}")
    page.setSubTitle("Subtitle")
    QVBoxLayout(page).addWidget(QLabel("Some text"))
    wizard.addPage(page)
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched is wizard:
            wizard.removeEventFilter(self)
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            print(f"first-paint {{time.time():.6f}} peak-kib={{peak}}", flush=True)
            if os.environ.get("ALL2ALL_SETUP_EXIT_AT_PAINT"):
                os._exit(0)
            QTimer.singleShot(0, app.quit)
        return False
wizard.installEventFilter(FirstPaint(wizard))
wizard.show()
app.exec()
"""


def measure(command: list[str], environment: dict[str, str]) -> tuple[float, float, float, float]:
    """Seconds to first paint, peak MiB then, CPU seconds, and the process's final peak MiB.

    CPU time (user + system, until the process quits after building its pages) is far less
    disturbed by other load on the machine than the wall clock, so both are shown.
    """
    started = time.time()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, text=True, env=environment, cwd=ROOT
    ) as process:
        _, status, usage = os.wait4(process.pid, 0)
        output = process.stdout.read() if process.stdout else ""
        process.returncode = os.waitstatus_to_exitcode(status)
    line = next(line for line in output.splitlines() if line.startswith("first-paint"))
    fields = line.split()
    painted = float(fields[1])
    peak_at_paint = int(fields[2].removeprefix("peak-kib=")) / 1024
    cpu = usage.ru_utime + usage.ru_stime
    return painted - started, peak_at_paint, cpu, usage.ru_maxrss / 1024


def instructions(command: list[str], environment: dict[str, str]) -> int:
    """Instructions executed until the first paint, counted by valgrind's callgrind.

    The count does not depend on what else the machine does, so one run of each program
    gives a ratio that holds still, unlike the wall clock on a busy machine. Both
    programs leave with ``os._exit`` right after the first paint, so neither the rest
    of the wizard nor the interpreter's shutdown is counted.
    """
    with tempfile.TemporaryDirectory(prefix="a2a-callgrind-") as folder:
        result = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={folder}/out",
                *command,
            ],
            env=dict(environment, ALL2ALL_SETUP_EXIT_AT_PAINT="1"),
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
    for line in result.stderr.splitlines():
        if "Collected :" in line:
            return int(line.rsplit(":", 1)[1].strip())
    raise RuntimeError(f"callgrind gave no count:\n{result.stderr[-2000:]}")


def main() -> None:
    """Run both programs alternately and print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count instructions to the first paint under valgrind (slow, steady)",
    )
    options = parser.parse_args()
    runs = options.runs
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        ALL2ALL_SETUP_LOG_DIR=tempfile.mkdtemp(prefix="a2a-bench-"),
    )
    # An installed program has its bytecode compiled (pip and PyInstaller do it); this
    # machine sets PYTHONDONTWRITEBYTECODE, so compile once here rather than every run.
    compileall.compile_dir(ROOT / "wizard", quiet=1)
    # Started the way a person's shortcut starts it: the installed entry point.
    launcher = Path(sys.executable).parent / "all2all-setup"
    entry = [str(launcher)] if launcher.exists() else [sys.executable, "-m", "wizard"]
    wizard = [*entry, "--exit-after-first-paint"]
    bare = [sys.executable, "-c", BARE]
    for command in (wizard, bare):  # warm the file cache
        measure(command, environment)
    results: dict[str, list[tuple[float, float, float, float]]] = {"wizard": [], "bare": []}
    for _ in range(runs):
        results["wizard"].append(measure(wizard, environment))
        results["bare"].append(measure(bare, environment))
    medians = {
        name: tuple(statistics.median(run[i] for run in values) for i in range(4))
        for name, values in results.items()
    }
    print(f"runs: {runs} each, interleaved, offscreen platform, load {os.getloadavg()[0]:.2f}")
    for name, (seconds, memory, cpu, final) in medians.items():
        print(
            f"{name:>7}: first paint {seconds * 1000:7.1f} ms   peak memory then "
            f"{memory:6.1f} MiB   all pages built {final:6.1f} MiB   CPU {cpu * 1000:7.1f} ms"
        )
    fastest = {name: min(run[0] for run in values) for name, values in results.items()}
    print(
        f"fastest: wizard {fastest['wizard'] * 1000:.1f} ms, bare {fastest['bare'] * 1000:.1f} ms"
        f" ({fastest['wizard'] / fastest['bare']:.3f}x; least disturbed by other load)"
    )
    wizard_result, bare_result = medians["wizard"], medians["bare"]
    print(
        f"  ratio: time {wizard_result[0] / bare_result[0]:.3f}x (target <= 1.15x)   "
        f"CPU {wizard_result[2] / bare_result[2]:.3f}x   "
        f"memory at first paint {wizard_result[1] / bare_result[1]:.3f}x (target <= 1.2x)"
    )
    print(f"  whole wizard built: {wizard_result[3] / bare_result[3]:.3f}x the bare wizard's peak")
    if options.instructions:
        counts = {
            "wizard": instructions(wizard, environment),
            "bare": instructions(bare, environment),
        }
        print(
            f"instructions to first paint (callgrind): wizard {counts['wizard']:,}, "
            f"bare {counts['bare']:,}: {counts['wizard'] / counts['bare']:.3f}x "
            "(steady under load; target for time <= 1.15x)"
        )


if __name__ == "__main__":
    main()
