"""Stage 3: one module per capability; each reads a Context and returns contract models."""
