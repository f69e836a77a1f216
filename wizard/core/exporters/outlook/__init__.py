"""Outlook: detection through the registry, the optional PRF import, and its own
dialogs as a step-by-step guide."""
