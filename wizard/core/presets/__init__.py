"""IT staff's preset files: where they are looked for, how they are read and checked,
and how they apply to the provider data and the draft."""
