"""Properties of the parser over many generated files.

1. Whatever the bytes (random, truncated, shuffled, with junk lines), the parser returns a result or
   raises the clear domain error: never any other exception, never its own internal-error guard.
2. For generated well-formed statements in any supported layout, it never invents or drops a row, and
   every date, amount and description comes back exactly.
"""

from __future__ import annotations

import codecs
import gc
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from cashpilot.domain.statements import ParsedStatement, StatementError, parse_statement
from cashpilot.domain.statements.errors import INTERNAL_ERROR
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "statements"
SAMPLES = sorted(p for p in CORPUS.glob("*/statement.*"))
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def survives(data: bytes, **kwargs) -> ParsedStatement | None:
    """Parse; a StatementError is an acceptable answer, anything else fails the property."""
    try:
        result = parse_statement(data, **kwargs)
    except StatementError as exc:
        assert exc.code != INTERNAL_ERROR, exc.__cause__
        assert exc.message
        return None
    finally:
        assert gc.isenabled()  # the parser pauses the cyclic collector and must always switch it back on
    for row in result.transactions:
        assert type(row.amount) is Decimal and row.amount == row.amount.quantize(Decimal("0.01"))
        assert row.status in ("posted", "pending")
    assert 0.0 <= result.confidence <= 1.0
    result.preview()  # the CLI document must always be buildable
    return result


# ---- 1. anything goes in, a result or a clear error comes out ---------------------------------------------------


@FAST
@given(st.binary(max_size=4096))
def test_random_bytes_give_a_result_or_a_clear_error(data):
    survives(data)


@FAST
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=3000))
def test_random_text_gives_a_result_or_a_clear_error(text):
    survives(text.encode("utf-8"))


@st.composite
def mutated(draw):
    data = SAMPLES[draw(st.integers(0, len(SAMPLES) - 1))].read_bytes()
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["truncate", "cut", "junk", "delimiters", "flip", "duplicate"]))
        n = len(data)
        if kind == "truncate" and n:
            data = data[:draw(st.integers(0, n))]
        elif kind == "cut" and n:
            a = draw(st.integers(0, n))
            data = data[:a] + data[a + draw(st.integers(0, 200)):]
        elif kind == "junk":
            lines = data.split(b"\n")
            at = draw(st.integers(0, len(lines)))
            junk = draw(st.sampled_from([b"", b";;;;", b"Total,,,,", b"\"unterminated,quote", b"<html>",
                                         b"31.12.2024;;;", b"Page 2 of 3", b"\xff\xfe\x00\x00", b"=SUM(A1:A9)"]))
            lines.insert(at, junk)
            data = b"\n".join(lines)
        elif kind == "delimiters":
            table = {b",": b";", b";": b"\t", b"\t": b"|", b"|": b","}
            old = draw(st.sampled_from(list(table)))
            data = data.replace(old, table[old])
        elif kind == "flip" and n:
            at = draw(st.integers(0, n - 1))
            data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1:]
        elif kind == "duplicate" and n:
            a = draw(st.integers(0, n))
            data = data[:a] + data[a:a + 300] + data[a:]
    return data


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(), st.sampled_from([None, "bank", "credit"]))
def test_damaged_real_layouts_give_a_result_or_a_clear_error(data, account_type):
    survives(data, account_type=account_type)


# ---- 2. well-formed statements round-trip exactly ----------------------------------------------------------------

WORDS = ["Coffee", "Rent", "ACME GmbH", "Tesco Stores", "Invoice", "Müller", "Café", "Salary", "Refund", "Hosting",
         "Ref 4711", "Order 12", "Insurance", "Electricity", "Übertrag", "Lohn", "Façade", "AB-123", "Kiosk"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
HEADERS = {  # date, description, amount, debit, credit, indicator, balance, (out word, in word)
    "en": ("Date", "Description", "Amount", "Debit", "Credit", "Debit/Credit", "Balance", ("Debit", "Credit")),
    "de": ("Buchungstag", "Verwendungszweck", "Betrag", "Soll", "Haben", "Soll/Haben", "Saldo", ("S", "H")),
    "fr": ("Date", "Libellé", "Montant", "Débit", "Crédit", "Sens", "Solde", ("Débit", "Crédit")),
    "nl": ("Datum", "Omschrijving", "Bedrag", "Debet", "Credit", "Af Bij", "Saldo", ("Af", "Bij")),
    "es": ("Fecha", "Concepto", "Importe", "Cargo", "Abono", "Cargo/Abono", "Saldo", ("Cargo", "Abono")),
    "pt": ("Data", "Descrição", "Valor", "Débito", "Crédito", "D/C", "Saldo", ("D", "C")),
}
DATE_FORMATS = ["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%m/%d/%Y", "%Y%m%d", "%d-%m-%Y", "%d.%m.%y", "named"]


@dataclass(frozen=True)
class Layout:
    delimiter: str
    decimal: str
    thousands: str
    trim: bool  # write 12.5 and 12 instead of 12.50 and 12.00
    date_format: str
    language: str
    style: str  # signed | debit_credit | indicator
    balance: bool
    header: bool
    preamble: int
    quote_all: bool
    encoding: str
    newline: str


@st.composite
def layouts(draw):
    decimal = draw(st.sampled_from([".", ","]))
    thousands = draw(st.sampled_from(["", ",", " ", "'"] if decimal == "." else ["", ".", " "]))
    style = draw(st.sampled_from(["signed", "debit_credit", "indicator"]))
    header = draw(st.booleans()) if style == "signed" else True
    return Layout(
        delimiter=draw(st.sampled_from([",", ";", "\t", "|"])), decimal=decimal, thousands=thousands,
        trim=draw(st.booleans()), date_format=draw(st.sampled_from(DATE_FORMATS)),
        language=draw(st.sampled_from(sorted(HEADERS))), style=style, balance=draw(st.booleans()), header=header,
        preamble=draw(st.integers(0, 3)) if header else 0, quote_all=draw(st.booleans()),
        encoding=draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"])),
        newline=draw(st.sampled_from(["\n", "\r\n", "\r"])),
    )


@st.composite
def statements(draw):
    layout = draw(layouts())
    n = draw(st.integers(1, 25))
    start = date(2023, 1, 1) + timedelta(days=draw(st.integers(0, 600)))
    # The first row falls on a day above 12, so day-first and month-first files are both decidable.
    day = start.replace(day=draw(st.integers(13, 28)))
    rows = []
    for i in range(n):
        day += timedelta(days=draw(st.integers(0, 4)) if i else 0)
        cents = draw(st.integers(-500_000, 500_000))
        words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3))
        rows.append((day, Decimal(cents) / 100, " ".join(words)))
    if draw(st.booleans()):  # identical rows are separate transactions
        rows.insert(draw(st.integers(0, len(rows))), rows[draw(st.integers(0, len(rows) - 1))])
    if all(amount == amount.to_integral_value() for _, amount, _ in rows):
        rows.append((rows[-1][0], Decimal("12.34"), "Kiosk"))  # one amount that shows its decimal mark
    return layout, rows


def _money(value: Decimal, layout: Layout, unsigned: bool = False) -> str:
    value = abs(value) if unsigned else value
    text = f"{abs(value):,.2f}"
    if layout.trim:
        text = text.rstrip("0").rstrip(".") if "." in text else text
    whole, _, fraction = text.partition(".")
    whole = whole.replace(",", layout.thousands)
    text = whole + (layout.decimal + fraction if fraction else "")
    return ("-" if value < 0 else "") + text


def _date(day: date, fmt: str) -> str:
    return f"{day.day:02d} {MONTHS[day.month - 1]} {day.year}" if fmt == "named" else day.strftime(fmt)


def render(layout: Layout, rows: list[tuple[date, Decimal, str]]) -> bytes:
    h_date, h_text, h_amount, h_debit, h_credit, h_indicator, h_balance, (w_out, w_in) = HEADERS[layout.language]
    columns = [h_date, h_text]
    if layout.style == "signed":
        columns.append(h_amount)
    elif layout.style == "debit_credit":
        columns += [h_debit, h_credit]
    else:
        columns += [h_amount, h_indicator]
    if layout.balance:
        columns.append(h_balance)
    table = []
    balance = Decimal("1000.00")
    for day, amount, text in rows:
        balance += amount
        cells = [_date(day, layout.date_format), text]
        if layout.style == "signed":
            cells.append(_money(amount, layout))
        elif layout.style == "debit_credit":
            cells += [_money(amount, layout, True) if amount < 0 else "",
                      _money(amount, layout, True) if amount >= 0 else ""]
        else:
            cells += [_money(amount, layout, True), w_out if amount < 0 else w_in]
        if layout.balance:
            cells.append(_money(balance, layout))
        table.append(cells)

    def line(cells: list[str]) -> str:
        quoted = ['"' + c.replace('"', '""') + '"' if layout.quote_all or layout.delimiter in c or '"' in c else c
                  for c in cells]
        return layout.delimiter.join(quoted)

    lines = [line(["Account", "DE00 1234 5678"]), line(["Statement", "2023"]), ""][:layout.preamble]
    if layout.header:
        lines.append(line(columns))
    lines += [line(cells) for cells in table]
    text = layout.newline.join(lines) + layout.newline
    if layout.encoding == "utf-16":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    return text.encode(layout.encoding)


# Derandomized: the same 200 layouts on every run, so CI never flakes on a layout found one day by chance
# (explore more locally with a larger max_examples and derandomize=False).
@settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(statements())
def test_well_formed_statements_round_trip_every_row_exactly(generated):
    # Given a statement in a generated layout (delimiter, notation, dates, language, signs, balance...)
    layout, rows = generated
    data = render(layout, rows)

    # When it is parsed (as a bank account: no card-export guesswork)
    result = survives(data, account_type="bank")

    # Then no row is invented or dropped, and each one reads back exactly
    assert result is not None, layout
    assert len(result.transactions) == len(rows), (layout, result.skipped)
    for row, (day, amount, text) in zip(result.transactions, rows, strict=True):
        assert row.amount == amount, layout
        assert row.date == day, layout
        assert row.description == text, layout
    assert not [s for s in result.skipped if s.kind == "invalid"]
