"""The password meter: zxcvbn's ideas with Dutch/French words, AZERTY and the user's own data."""
