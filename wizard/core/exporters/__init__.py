"""Mail-client exporters, found by name so new clients slot in without touching callers.

``make_exporter("thunderbird", env)`` gives an object following
:class:`wizard.core.exporters.base.Exporter`. Each client lives in its own module and is
imported only when asked for.
"""

from __future__ import annotations

import importlib

from wizard.core.exporters.base import Environment, Exporter

# name -> "module:class"; Apple Mail, Outlook, Evolution and autoconfig join here later.
_REGISTRY = {
    "thunderbird": "wizard.core.exporters.thunderbird:ThunderbirdExporter",
}


def exporter_names() -> tuple[str, ...]:
    """Every client the wizard can configure, in display order."""
    return tuple(_REGISTRY)


def make_exporter(name: str, env: Environment) -> Exporter:
    """The exporter for ``name``; KeyError for an unknown client."""
    module_name, _, class_name = _REGISTRY[name].partition(":")
    exporter: Exporter = getattr(importlib.import_module(module_name), class_name)(env)
    return exporter


__all__ = ["Environment", "Exporter", "exporter_names", "make_exporter"]
