"""The live connection test: one chain of steps per server, verified TLS, stable codes."""
