"""Thunderbird: profiles.ini, prefs.js, and the account written into a profile."""
