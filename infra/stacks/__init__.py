"""One module per stack, split by lifecycle (see infra/app.py)."""
