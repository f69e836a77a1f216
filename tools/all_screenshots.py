"""Every page of the README's screenshots, in every language, in one command.

    .venv/bin/python tools/all_screenshots.py [--out docs/screenshots] [--lang nl fr ...]

Runs the program's own ``--screenshots`` (the pages that need no server) and each
tool that needs a real part: the suite's Dovecot (connection test, round trip), a
Thunderbird profile in a temporary home (export, done, doctor), relays on loopback
(relay search), the strength meter. Each runs in its own process, offscreen, so one
failing tool does not hide the others: the exit code is 1 if any failed. Needs what
``python3 dev.py test`` installs (Dovecot).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wizard.core.language import Language  # noqa: E402

TOOLS = (
    "account_screenshots.py",
    "connection_screenshots.py",
    "relay_screenshots.py",
    "export_screenshots.py",
    "doctor_screenshots.py",
)


def commands(out: Path, languages: list[str]) -> list[list[str]]:
    """The program's own renderer once per language, then every tool."""
    python = sys.executable
    own = [
        [python, "-m", "wizard", "--screenshots", str(out), "--lang", language]
        for language in languages
    ]
    tools = []
    for tool in TOOLS:
        lang_options = (
            ["--lang", *languages]
            if tool in {"connection_screenshots.py", "relay_screenshots.py"}
            else [item for language in languages for item in ("--lang", language)]
        )
        tools.append([python, str(ROOT / "tools" / tool), "--out", str(out), *lang_options])
    return own + tools


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--lang",
        nargs="+",
        choices=[lang.value for lang in Language],
        default=[lang.value for lang in Language],
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    failed = []
    for command in commands(args.out, args.lang):
        name = " ".join(Path(part).name for part in command[1:4])
        began = time.monotonic()
        result = subprocess.run(command, cwd=ROOT, env=environment, check=False)
        print(f"== {name}: exit {result.returncode} in {time.monotonic() - began:.0f} s")
        if result.returncode != 0:
            failed.append(name)
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
