"""A real mail server (Dovecot) and real network faults for the tests and benchmarks."""
