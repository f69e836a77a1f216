"""Evolution: the .source key files of evolution-data-server, and the password in the
Secret Service under Evolution's own schema."""
