"""Motif Studio: digitise, vectorise, recolour and arrange traditional textile motifs."""

__version__ = "0.1.0"
