"""The Clerk's Inbox Agent: section 3 of the council's Communication and Social Media Policy, run in the Clerk's
inbox."""

__version__ = "0.1.0"
