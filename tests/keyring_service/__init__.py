"""A real Secret Service (private D-Bus session + gnome-keyring) for keyring tests.

Register the pytest plugin ``tests.keyring_service.fixture`` (``pytest_plugins`` in
``tests/conftest.py``, or ``-p tests.keyring_service.fixture``) to get its fixtures.
"""
