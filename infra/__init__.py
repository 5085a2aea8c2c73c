"""CashPilot infrastructure as code (AWS CDK). Entry point: `python -m infra.app`."""
