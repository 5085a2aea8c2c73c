"""Pure rules: names, money, roles, settings."""

from __future__ import annotations

from decimal import Decimal

import pytest
from cashpilot.domain.business_settings import BusinessSettings, merge_settings
from cashpilot.domain.errors import InvalidInput
from cashpilot.domain.money import to_money
from cashpilot.domain.names import normalize_name
from cashpilot.domain.roles import Permission, Role, allows


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("ACME Ltd.", "acme"),
        ("Acme Limited", "acme"),
        ("  acme   ", "acme"),
        ("Müller GmbH & Co. KG", "muller"),
        ("Ben & Jerry's", "ben and jerry s"),
        ("Société Générale S.A.", "societe generale"),
        ("The Co", "the"),
        ("Co", "co"),  # a name that is only a suffix keeps it
    ],
)
def test_normalize_name(raw, expected):
    assert normalize_name(raw) == expected


def test_to_money_is_exact_or_refuses():
    assert to_money("0.1") + to_money("0.2") == Decimal("0.30")
    assert str(to_money(5)) == "5.00"
    for bad in ("0.001", "NaN", "inf", "1e17", "abc"):
        with pytest.raises(ValueError):
            to_money(bad)
    with pytest.raises(TypeError):
        to_money(0.1)


def test_roles():
    assert allows(Role.OWNER, Permission.MANAGE_MEMBERS)
    assert allows(Role.EDITOR, Permission.WRITE) and not allows(Role.EDITOR, Permission.MANAGE_MEMBERS)
    assert allows(Role.VIEWER, Permission.READ) and not allows(Role.VIEWER, Permission.WRITE)


def test_settings_merge_keeps_unrelated_values_and_validates():
    current = BusinessSettings(payment_terms_days=14).model_dump(mode="json")
    merged = merge_settings(current, {"alert_thresholds": {"late_payment_days": 3}})
    assert merged.payment_terms_days == 14 and merged.alert_thresholds.late_payment_days == 3
    with pytest.raises(InvalidInput) as err:
        merge_settings(current, {"alert_thresholds": {"deficit_probability": 2}})
    assert err.value.code == "invalid_settings"
    assert err.value.details[0]["field"] == "settings.alert_thresholds.deficit_probability"
