"""The domain: the data model, loading with lines, validation and the graph. Imports nothing above it."""
