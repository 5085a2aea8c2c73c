"""Sign convention: money into the account is positive, whatever the file does.

Debit/credit columns and direction indicators say the direction themselves. A single signed amount
column is taken as it is, except for liability-style card exports that write charges as positive
(Amex, Discover, many card CSVs). Evidence for those, strongest first:

- a running balance that moves against the amounts (then the amounts are the other way round);
- the caller says the account is a credit card and most rows are positive (a card has many charges and
  few payments, so the majority sign is the sign of a charge);
- payments to the card ("PAYMENT - THANK YOU", "AUTOPAY", "PAYMENT RECEIVED") are negative while most
  rows are positive;
- a card-export column ("Card Member", "Card No.") and most rows positive.

"Many small positive rows and a few large negative ones" alone is not enough (a shop's bank account looks
the same): it only lowers the confidence and adds a warning.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from cashpilot.domain.statements.balance import BalanceCheck
from cashpilot.domain.statements.model import Decision
from cashpilot.domain.statements.vocabulary import CARD_PAYMENT


@dataclass(frozen=True, slots=True)
class SignChoice:
    invert: bool  # multiply amounts by -1
    negate_balance: bool  # the balance is an amount owed (it moved with the charges): flip it too
    convention: Decision  # as_is | inverted
    account_type: Decision  # bank | credit | cash | wallet
    warning: str | None = None


def _is_card_payment(text: str) -> bool:
    return bool(CARD_PAYMENT.search(text.casefold()))


def _median(values: list[Decimal]) -> Decimal:
    values = sorted(values)
    return values[len(values) // 2] if values else Decimal(0)


def decide_signs(
    amounts: Sequence[Decimal],
    texts: Callable[[], Sequence[str]],
    *,
    source: str,
    account_type: str | None,
    card_hint: bool,
    balance: BalanceCheck | None,
    forced: str | None,
) -> SignChoice:
    given = account_type
    account = Decision(given, 1.0, ("given by the caller",), "override") if given else None
    balance_sign = balance.sign if balance is not None and balance.confident else None

    if forced is not None:
        invert = forced == "inverted"
        return SignChoice(invert, invert and balance_sign == 1,
                          Decision(forced, 1.0, ("given by the caller",), "override"),
                          account or Decision("credit" if invert else "bank", 0.7, ("from the sign convention",)))

    if balance_sign == -1:
        return SignChoice(True, False,
                          Decision("inverted", 0.97, ("the running balance moves against the amounts",)),
                          account or Decision("bank", 0.7, ("the running balance is an asset balance",)))

    positive = sum(1 for a in amounts if a > 0)
    negative = sum(1 for a in amounts if a < 0)
    mostly_positive = positive > negative
    paid_negative = paid_positive = 0
    if mostly_positive:
        # Only read the texts when they can change the outcome: 100,000 joins are not free.
        payments = [a for a, text in zip(amounts, texts(), strict=False) if text and _is_card_payment(text)]
        paid_negative = sum(1 for a in payments if a < 0)
        paid_positive = sum(1 for a in payments if a > 0)
    moved = "; the running balance moves with them (an amount owed)" if balance_sign == 1 else ""

    if source != "signed":
        what = "debit and credit columns" if source == "debit_credit" else "a debit/credit indicator"
        conf = 0.99 if balance_sign == 1 else 0.95
        return SignChoice(False, False, Decision("as_is", conf, (f"{what} give the direction",)),
                          account or Decision("bank", 0.7, ("default",), "default"))

    if given == "credit":
        if mostly_positive:
            why = f"credit card account and {positive} of {positive + negative} rows are positive (charges)"
            return SignChoice(True, balance_sign == 1, Decision("inverted", 0.9, (why + moved,)), account)  # type: ignore[arg-type]
        why = f"credit card account and {negative} of {positive + negative} rows are negative (charges)"
        return SignChoice(False, False, Decision("as_is", 0.9, (why,)), account)  # type: ignore[arg-type]

    if given is None:
        if mostly_positive and paid_negative and not paid_positive:
            why = (f"payments to the card ({paid_negative} row(s) like 'PAYMENT - THANK YOU') are negative and "
                   f"{positive} of {positive + negative} rows are positive: charges are written positive")
            return SignChoice(True, balance_sign == 1, Decision("inverted", 0.9, (why + moved,)),
                              Decision("credit", 0.85, ("card payments and charges",)))
        if mostly_positive and card_hint:
            why = f"a card export (card column) with {positive} of {positive + negative} rows positive"
            return SignChoice(True, balance_sign == 1, Decision("inverted", 0.8, (why + moved,)),
                              Decision("credit", 0.85, ("card column in the export",)))

    evidence = ["amounts are signed: money in positive, money out negative"]
    confidence = 0.97 if balance_sign == 1 else 0.9
    warning = None
    if given is None and mostly_positive and negative and positive >= 3 * negative:
        pos_median = _median([a for a in amounts if a > 0])
        neg_median = _median([-a for a in amounts if a < 0])
        if neg_median > 2 * pos_median:
            confidence = 0.7
            evidence.append("many small positive rows and a few large negative ones: could be a card export")
            warning = ("Most rows are small positive amounts with a few large negative ones, like a credit card "
                       "export that writes charges as positive. If this is a card, preview with account type "
                       "'credit' (--account-type credit).")
    if paid_positive and not paid_negative and given is None:
        evidence.append("payments to the card are positive")
    if account is None and card_hint:
        account = Decision("credit", 0.7, ("a card column in the export",))
    return SignChoice(False, False, Decision("as_is", confidence, tuple(evidence)),
                      account or Decision("bank", 0.7, ("default",), "default"), warning)
