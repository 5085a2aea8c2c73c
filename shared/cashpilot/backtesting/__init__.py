"""Forecast back-tests: account histories (synthetic and real) and the harness that replays them."""
