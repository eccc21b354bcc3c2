"""Models of this section; filled in by its own issue."""
