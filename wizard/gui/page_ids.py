"""Qt page ids are the core's flow steps, so the flow table and QWizard never disagree."""

from wizard.core.flow import Step as PageId

__all__ = ["PageId"]
