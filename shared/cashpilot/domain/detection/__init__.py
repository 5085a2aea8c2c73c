"""Detection: pure rules that read a business's figures and say what needs the owner's attention.

`model` holds the types every rule shares (the context a rule reads, the finding it returns, the
thresholds scaled by the safety mode); each rule lives in its own module under `rules/`; `anomalies`
scores single transactions against their robust baselines. Nothing here touches the database: the
service (`services/detect.py`) loads a `DetectionContext` and stores the findings as alerts.
"""
