"""Replygem: a local library of customer-reply templates, filled from the customer's own email."""

__version__ = "0.1.0"
