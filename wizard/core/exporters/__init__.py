"""Mail-client exporters, found by name so new clients slot in without touching callers.

``make_exporter("thunderbird", env)`` gives an object following
:class:`wizard.core.exporters.base.Exporter`. Each client lives in its own module and is
imported only when asked for.
"""

from __future__ import annotations

import importlib

from wizard.core.exporters.base import Environment, Exporter

# name -> "module:class", in the order the export page lists them. Each exporter's
# detect() answers only on the systems where its program exists.
_REGISTRY = {
    "thunderbird": "wizard.core.exporters.thunderbird.exporter:ThunderbirdExporter",
    "evolution": "wizard.core.exporters.evolution.exporter:EvolutionExporter",
    "outlook": "wizard.core.exporters.outlook.exporter:OutlookExporter",
    "apple-mail": "wizard.core.exporters.apple_mail:AppleMailExporter",
}


# Programs that exist only on some systems; the others run everywhere.
_PLATFORMS = {
    "apple-mail": ("darwin",),
    "evolution": ("linux", "freebsd", "openbsd", "netbsd"),
    "outlook": ("win32",),
}


def exporter_names(platform: str | None = None) -> tuple[str, ...]:
    """Every client the wizard can configure, in display order; with ``platform``
    (``sys.platform``) only those whose program can exist on that system."""
    return tuple(
        name
        for name in _REGISTRY
        if platform is None or name not in _PLATFORMS or platform.startswith(_PLATFORMS[name])
    )


def make_exporter(name: str, env: Environment) -> Exporter:
    """The exporter for ``name``; KeyError for an unknown client."""
    module_name, _, class_name = _REGISTRY[name].partition(":")
    exporter: Exporter = getattr(importlib.import_module(module_name), class_name)(env)
    return exporter


__all__ = ["Environment", "Exporter", "exporter_names", "make_exporter"]
