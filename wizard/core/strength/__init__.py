"""The password meter: zxcvbn's ideas with Dutch/French/German words, AZERTY/QWERTZ walks and
the user's own data."""
