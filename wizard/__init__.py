"""all2all mail setup wizard: sets up an all2all mail account in the user's mail programs."""

__version__ = "0.1.0"
