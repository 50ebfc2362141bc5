"""Exporters: turn a Chronology into files other tools and reports consume."""
