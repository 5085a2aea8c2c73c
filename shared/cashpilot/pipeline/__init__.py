"""The pipeline's seams: task contracts (contracts.py) and the named errors its state machine
retries on (errors.py). Services do the work; functions/* only adapt events to them."""
