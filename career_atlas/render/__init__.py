"""Rendering the graph to Markdown pages, one set per language. No MkDocs here."""
