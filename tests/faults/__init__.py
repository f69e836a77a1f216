"""The fault matrix (docs/reliability.md): what a hostile or unlucky world does to a run."""
