"""Money is Decimal with two places, end to end. Never float."""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

CENT = Decimal("0.01")
# NUMERIC(18, 2): sixteen digits before the point.
MAX_ABS_AMOUNT = Decimal("9999999999999999.99")

# ISO 4217 active codes (2024). Kept in code so validation needs no network or extra package.
CURRENCIES = frozenset(
    """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD
    CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD
    GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT
    LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR
    NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP
    STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG
    XOF XPF YER ZAR ZMW ZWG
    """.split()  # noqa: SIM905 - a table of codes reads better as text
)


def is_currency(code: str) -> bool:
    return code in CURRENCIES


def to_money(value: Decimal | int | str) -> Decimal:
    """Exact conversion to a two-place Decimal; refuses floats and values that would lose cents."""
    if isinstance(value, float):
        raise TypeError("money must not be a float")
    try:
        d = Decimal(value)
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {value!r}") from exc
    if not d.is_finite():
        raise ValueError("amount must be a finite number")
    q = d.quantize(CENT, rounding=ROUND_HALF_EVEN)
    if q != d:
        raise ValueError("amount has more than two decimal places")
    if abs(q) > MAX_ABS_AMOUNT:
        raise ValueError("amount is out of range")
    return q
