"""The Qt layer: pages that ask and show; all logic lives in ``wizard.core``."""
