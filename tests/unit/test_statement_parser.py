"""The statement parser, one behaviour at a time: what a user would notice in a preview."""

from __future__ import annotations

import codecs
import io
import os
import random
import time
import zipfile
from datetime import date
from decimal import Decimal

import pytest
from cashpilot.domain.errors import InvalidInput
from cashpilot.domain.statements import (
    Overrides,
    Role,
    StatementError,
    occurrence_indexes,
    parse_statement,
)
from cashpilot.domain.statements.numbers import AmountReader

GERMAN = """Buchungstag;Wertstellung;Auftraggeber / Empfänger;Verwendungszweck;Betrag;Saldo
02.01.2024;02.01.2024;REWE Markt;Einkauf;-23,45;976,55
15.01.2024;15.01.2024;ACME GmbH;Rechnung 7;1.500,00;2.476,55
31.01.2024;01.02.2024;Telekom;Mobilfunk;-39,99;2.436,56
"""
US = """Date,Description,Amount
01/02/2024,GROCERY STORE,-23.45
01/15/2024,"ACME, INC. PAYROLL","1,500.00"
01/31/2024,PHONE BILL,-39.99
"""


def parse(text: str, encoding: str = "utf-8", **kwargs):
    return parse_statement(text.encode(encoding), **kwargs)


def amounts(result) -> list[str]:
    return [f"{row.amount:.2f}" for row in result.transactions]


def descriptions(result) -> list[str]:
    return [row.description for row in result.transactions]


# ---- encodings and line endings --------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
def test_a_german_export_reads_the_same_in_every_encoding_banks_use(encoding):
    # Given the same statement saved in another encoding (utf-16 with, -le/-be without a byte order mark)
    result = parse(GERMAN, encoding)

    # Then the umlauts and the amounts come out right
    assert descriptions(result)[0] == "REWE Markt - Einkauf"
    assert amounts(result) == ["-23.45", "1500.00", "-39.99"]
    assert result.transactions[2].description == "Telekom - Mobilfunk"


def test_a_czech_export_in_cp1250_keeps_its_letters():
    text = "Datum;Název protiúčtu;Částka;Zpráva\n2.1.2024;Pražská energetika;-1 250,00;Záloha leden\n" \
           "5.1.2024;Novák s.r.o.;24 200,00;Faktura\n"
    result = parse(text, "cp1250")
    assert result.format.encoding == "cp1250"
    assert descriptions(result) == ["Pražská energetika - Záloha leden", "Novák s.r.o. - Faktura"]


def test_a_french_export_in_cp1252_keeps_its_accents():
    text = "Date;Libellé;Montant\n02/01/2024;Café de la Gare;-4,50\n13/01/2024;Réglement facture;120,00\n"
    result = parse(text, "cp1252")
    assert result.format.encoding == "cp1252"
    assert descriptions(result) == ["Café de la Gare", "Réglement facture"]


@pytest.mark.parametrize(("codepage", "name"), [
    ("cp1250", "Pražská energetika"), ("cp1250", "Dvořák a syn"), ("cp1250", "Żabka Łódź"), ("cp1250", "Sklep Poznań"),
    ("cp1252", "Løn Københavns Kommune"), ("cp1252", "Crème brûlée café"), ("cp1252", "Señor García"),
    ("cp1252", "Müller Straße"), ("cp1252", "Smørrebrød"), ("iso-8859-2", "Świętokrzyska Łąka"),
])
def test_central_and_western_european_code_pages_are_told_apart(codepage, name):
    # Given a one-name statement in a Windows code page (no BOM, not UTF-8)
    text = f"Date;Payee;Amount\n02.01.2024;{name};-1,00\n03.01.2024;Rent;-2,00\n"
    # Then the letters come back as written (both pages spell "Pražská" alike, so only the letters count)
    result = parse(text, codepage)
    assert descriptions(result)[0] == name


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "\r\r\n"])
def test_line_endings_do_not_change_the_rows_or_their_line_numbers(newline):
    result = parse(GERMAN.replace("\n", newline))
    assert amounts(result) == ["-23.45", "1500.00", "-39.99"]
    assert [row.line for row in result.transactions] == [2, 3, 4]


# ---- dialect: delimiters, quoting, ragged rows, preamble, footer, no header -----------------------------------


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_every_common_delimiter_is_recognised(delimiter):
    text = "\n".join(delimiter.join(cells) for cells in [
        ["Date", "Description", "Amount"], ["2024-01-02", "Coffee", "-3.50"], ["2024-01-03", "Salary", "2000.00"],
        ["2024-01-04", "Rent", "-900.00"]]) + "\n"
    result = parse(text)
    assert result.format.decision_value("delimiter") == delimiter
    assert amounts(result) == ["-3.50", "2000.00", "-900.00"]


def test_quoted_cells_may_hold_delimiters_quotes_and_newlines():
    # Given a description spread over three lines, with a comma and doubled quotes inside
    text = 'Date,Description,Amount\n2024-01-02,"PAYPAL *SHOP, INC.\nOrder ""42""\n  Berlin",-10.00\n' \
           '2024-01-03,Rent,-900.00\n'
    result = parse(text)
    # Then it is one row, single-spaced, and the next row keeps its own line number
    assert descriptions(result) == ['PAYPAL *SHOP, INC. Order "42" Berlin', "Rent"]
    assert [row.line for row in result.transactions] == [2, 5]


def test_a_trailing_delimiter_on_every_data_row_is_not_a_column():
    text = "Date;Text;Amount\n02.01.2024;A;-1,00;\n03.01.2024;B;2,00;\n"
    result = parse(text)
    assert amounts(result) == ["-1.00", "2.00"]
    assert [c.name for c in result.format.columns] == ["Date", "Text", "Amount"]


def test_a_trailing_delimiter_on_the_header_only_is_not_a_column():
    text = "Date;Text;Amount;\n02.01.2024;A;-1,00\n03.01.2024;B;2,00\n"
    assert amounts(parse(text)) == ["-1.00", "2.00"]


@pytest.mark.parametrize("preamble", [0, 1, 4, 9])
def test_the_header_is_found_after_any_number_of_preamble_lines(preamble):
    lines = ["Kontoauszug Girokonto;;", "IBAN;DE12 3456;", "", "Saldo;1.234,56 EUR;", "Zeitraum;01.01.-31.01.;",
             "", "Kunde;Max Muster;", "", "Erstellt;heute;"][:preamble]
    result = parse("\n".join(lines + GERMAN.splitlines()) + "\n")
    assert amounts(result) == ["-23.45", "1500.00", "-39.99"]
    assert result.format.header_line == preamble + 1


def test_summary_lines_after_the_table_are_not_transactions_but_are_reported():
    text = GERMAN + "\nSumme Umsätze;;;;1.437,56;\nEndsaldo;;;;;2.436,56\nErstellt am 01.02.2024\n"
    result = parse(text)
    assert amounts(result) == ["-23.45", "1500.00", "-39.99"]
    assert {s.kind for s in result.skipped} == {"summary"}
    assert [s.line for s in result.skipped] == [6, 7, 8]


def test_a_file_without_a_header_row_is_read_from_its_values():
    text = "02/01/2024,TESCO STORES,-23.50\n15/01/2024,CLIENT PAYMENT,4500.00\n31/01/2024,O2 MOBILE,-28.00\n"
    result = parse(text)
    assert result.format.header_line is None
    assert amounts(result) == ["-23.50", "4500.00", "-28.00"]
    assert [row.date for row in result.transactions] == [date(2024, 1, 2), date(2024, 1, 15), date(2024, 1, 31)]
    assert descriptions(result) == ["TESCO STORES", "CLIENT PAYMENT", "O2 MOBILE"]
    assert set(result.transactions[0].raw) == {"column 1", "column 2", "column 3"}


def test_repeated_column_names_stay_apart_in_the_raw_row():
    text = "Fecha;Concepto;Importe;Divisa;Disponible;Divisa\n02/01/2024;Recibo luz;-96,40;EUR;5.103,60;EUR\n"
    row = parse(text).transactions[0]
    assert row.raw == {"Fecha": "02/01/2024", "Concepto": "Recibo luz", "Importe": "-96,40", "Divisa": "EUR",
                       "Disponible": "5.103,60", "Divisa (2)": "EUR"}
    assert row.currency == "EUR"


def test_a_labelled_files_answer_columns_are_not_read_into_the_description():
    # Our evaluation sets (and anyone's labelled export) carry the expected counterparty and category next to the
    # bank's text: the description stays the bank's, so the result still matches the file line for line.
    text = ("region,business,date,amount,description,entity,category\n"
            "US,us-roofing,2025-05-01,-2850.00,BILL PAYMENT MINGO VALLEY COMME CONF# N2U8C5GKX2,"
            "Mingo Valley Commercial Properties,Rent\n"
            "US,us-roofing,2025-05-02,-20.00,AMAZON MKTPL*KE774HK6X,Amazon Marketplace,Supplies & Materials\n")
    result = parse(text)
    assert descriptions(result) == ["BILL PAYMENT MINGO VALLEY COMME CONF# N2U8C5GKX2", "AMAZON MKTPL*KE774HK6X"]
    assert amounts(result) == ["-2850.00", "-20.00"]


def test_an_unquoted_comma_inside_a_description_is_glued_back():
    text = "Date,Description,Amount\n2024-01-02,ACME, INC.,-10.00\n2024-01-03,Rent,-900.00\n2024-01-04,Tea,-2.00\n"
    result = parse(text)
    assert descriptions(result) == ["ACME, INC.", "Rent", "Tea"]
    assert amounts(result) == ["-10.00", "-900.00", "-2.00"]


def test_excel_sep_line_names_the_delimiter():
    result = parse("sep=;\nDate;Text;Amount\n02.01.2024;A,B;-1,00\n")
    assert result.format.decision_value("delimiter") == ";"
    assert descriptions(result) == ["A,B"] and result.transactions[0].line == 3


# ---- column roles ------------------------------------------------------------------------------------------


def test_unsigned_debit_and_credit_columns_become_one_signed_amount():
    text = "Date,Description,Debit,Credit,Balance\n02/01/2024,Rent,900.00,,100.00\n05/01/2024,Client,,1500.00,1600.00\n"
    result = parse(text)
    assert amounts(result) == ["-900.00", "1500.00"]
    assert result.format.decision_value("amount_source") == "debit_credit"


def test_debit_columns_that_are_already_negative_are_not_flipped_twice():
    text = "Buchungstag;Text;Soll;Haben\n02.01.2024;Miete;-900,00;\n05.01.2024;Kunde;;1.500,00\n"
    assert amounts(parse(text)) == ["-900.00", "1500.00"]


@pytest.mark.parametrize(("out_word", "in_word"), [
    ("Debit", "Credit"), ("DBIT", "CRDT"), ("Af", "Bij"), ("S", "H"), ("D", "C"), ("-", "+"), ("DR", "CR"),
    ("Débito", "Crédito"), ("Debet", "Credit"),
])
def test_an_unsigned_amount_takes_its_sign_from_the_indicator_column(out_word, in_word):
    text = f"Date;Description;Amount;Indicator\n02.01.2024;Rent;900,00;{out_word}\n" \
           f"05.01.2024;Client;1.500,00;{in_word}\n06.01.2024;Coffee;3,50;{out_word}\n"
    result = parse(text)
    assert amounts(result) == ["-900.00", "1500.00", "-3.50"]
    assert result.format.decision_value("amount_source") == "direction"


def test_pending_rows_are_transactions_marked_pending_and_failed_rows_are_not_transactions():
    text = "Date,Description,Amount,State\n2024-01-02,Lidl,-23.47,COMPLETED\n2024-01-03,Amazon,-59.99,DECLINED\n" \
           "2024-01-04,Hotel,-212.00,REVERTED\n2024-01-05,Refund,10.00,FAILED\n2024-01-06,Spotify,-10.99,PENDING\n"
    result = parse(text)
    assert [(r.description, r.status) for r in result.transactions] == [("Lidl", "posted"), ("Spotify", "pending")]
    assert [(s.line, s.kind) for s in result.skipped] == [(3, "not_posted"), (4, "not_posted"), (5, "not_posted")]
    assert "DECLINED" in result.skipped[0].reason


def test_the_booking_date_is_the_date_and_the_value_date_is_kept():
    row = parse(GERMAN).transactions[2]
    assert row.date == date(2024, 1, 31) and row.value_date == date(2024, 2, 1)


def test_a_column_of_currency_codes_gives_each_row_its_currency():
    text = "Date,Description,Amount,Currency\n2024-01-02,A,-1.00,EUR\n2024-01-03,B,-2.00,USD\n"
    assert [r.currency for r in parse(text).transactions] == ["EUR", "USD"]


def test_the_banks_transaction_id_is_kept():
    text = "Transaction ID,Date,Description,Amount\ntx_001,2024-01-02,A,-1.00\ntx_002,2024-01-03,B,-2.00\n"
    assert [r.bank_transaction_id for r in parse(text).transactions] == ["tx_001", "tx_002"]


def test_payee_and_memo_are_combined_like_a_person_reads_them():
    text = "Date;Payee;Memo;Amount\n02.01.2024;  ACME   GmbH ;Invoice  7;-1,00\n" \
           "03.01.2024;Tesco;TESCO STORES 12;-2,00\n04.01.2024;Rent;rent;-3,00\n05.01.2024;;Bank fee;-4,00\n"
    assert descriptions(parse(text)) == ["ACME GmbH - Invoice 7", "TESCO STORES 12", "Rent", "Bank fee"]


def test_with_payer_and_payee_columns_the_counterparty_is_the_other_side():
    text = "Datum;Zahlungspflichtige*r;Zahlungsempfänger*in;Verwendungszweck;Betrag\n" \
           "02.01.2024;Ich;Vermieter GmbH;Miete;-900,00\n05.01.2024;Kunde AG;Ich;Rechnung 7;1.500,00\n"
    result = parse(text)
    assert descriptions(result) == ["Vermieter GmbH - Miete", "Kunde AG - Rechnung 7"]
    assert [r.counterparty for r in result.transactions] == ["Vermieter GmbH", "Kunde AG"]


def test_headers_in_an_unknown_language_are_read_from_the_values():
    text = "Kuupäev;Selgitus;Summa EUR\n02.01.2024;Kohvik;-3,50\n15.01.2024;Palk;2.000,00\n"
    result = parse(text)
    assert amounts(result) == ["-3.50", "2000.00"]
    assert descriptions(result) == ["Kohvik", "Palk"]


# ---- dates ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("cells", "expected"), [
    (["2024-01-02", "2024-01-31"], [date(2024, 1, 2), date(2024, 1, 31)]),
    (["2024-01-02T10:12:33Z", "2024-01-31 23:59:59"], [date(2024, 1, 2), date(2024, 1, 31)]),
    (["20240102", "20240131"], [date(2024, 1, 2), date(2024, 1, 31)]),
    (["2.1.2024", "31.1.2024"], [date(2024, 1, 2), date(2024, 1, 31)]),
    (["02/01/24", "31/01/24"], [date(2024, 1, 2), date(2024, 1, 31)]),
    (["1/2/2024", "1/31/2024"], [date(2024, 1, 2), date(2024, 1, 31)]),
    (["02-01-2024", "31-01-2024"], [date(2024, 1, 2), date(2024, 1, 31)]),
    (["02 Jan 2024", "31 Jan 2024"], [date(2024, 1, 2), date(2024, 1, 31)]),
    (["Jan 2, 2024", "Jan 31, 2024"], [date(2024, 1, 2), date(2024, 1, 31)]),
    (["2. März 2024", "31. Dezember 2024"], [date(2024, 3, 2), date(2024, 12, 31)]),
    (["02 févr. 2024", "31 déc. 2024"], [date(2024, 2, 2), date(2024, 12, 31)]),
    (["02-ene-24", "31-dic-24"], [date(2024, 1, 2), date(2024, 12, 31)]),
    (["2 mei 2024", "31 okt 2024"], [date(2024, 5, 2), date(2024, 10, 31)]),
    (["02/fev/2024", "31/out/2024"], [date(2024, 2, 2), date(2024, 10, 31)]),
])
def test_date_formats_are_inferred_from_the_column(cells, expected):
    text = "Date;Text;Amount\n" + "".join(f"{c};row {i};-1,00\n" for i, c in enumerate(cells))
    assert [r.date for r in parse(text).transactions] == expected


def test_one_row_with_a_day_above_12_decides_the_order_for_the_whole_column():
    text = "Date,Text,Amount\n03/04/2024,A,-1.00\n03/05/2024,B,-1.00\n03/25/2024,C,-1.00\n"
    result = parse(text)
    assert [r.date for r in result.transactions] == [date(2024, 3, 4), date(2024, 3, 5), date(2024, 3, 25)]
    assert result.format.decision_value("date_format") == "%m/%d/%Y"


def test_when_no_row_disambiguates_the_order_that_keeps_the_file_sorted_wins():
    text = "Date;Text;Amount\n01.02.2024;A;-1,00\n05.02.2024;B;-1,00\n09.02.2024;C;-1,00\n03.03.2024;D;-1,00\n"
    result = parse(text.replace(".", "/"))
    assert [r.date.month for r in result.transactions] == [2, 2, 2, 3]
    assert result.format.decisions["date_format"].confidence < 1


def test_a_row_with_an_unreadable_date_is_skipped_with_its_reason_and_the_rest_is_kept():
    text = "Date,Text,Amount\n2024-01-02,A,-1.00\n2024-13-45,B,-2.00\n2024-01-04,C,-3.00\n"
    result = parse(text)
    assert amounts(result) == ["-1.00", "-3.00"]
    assert [(s.line, s.kind) for s in result.skipped] == [(3, "invalid")]
    assert "2024-13-45" in result.skipped[0].reason


# ---- numbers --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("mark", "text", "value"), [
    (".", "1,234.56", "1234.56"), (".", "-12.34", "-12.34"), (".", "+12.34", "12.34"), (".", "12.34-", "-12.34"),
    (".", "(12.34)", "-12.34"), (".", "$1,234.56", "1234.56"), (".", "-$5.00", "-5.00"), (".", "USD 12.00", "12.00"),
    (".", "12.5", "12.5"), (".", "12", "12"), (".", "12.34 CR", "12.34"), (".", "12.34 DR", "-12.34"),
    (".", "1'234.50", "1234.50"), (".", "1 234.56", "1234.56"), (".", "\u22127.00", "-7.00"),
    (",", "1.234,56", "1234.56"), (",", "-12,34", "-12.34"), (",", "1 234,56", "1234.56"),
    (",", "1\u00a0234,56", "1234.56"), (",", "12,34 €", "12.34"), (",", "€ -12,34", "-12.34"),
    (",", "R$ 1.234,56", "1234.56"), (",", "-1 234,50 Kč", "-1234.50"), (",", "12,34-", "-12.34"),
    (",", "12,00 zł", "12.00"), (",", '="-4,50"', "-4.50"),
])
def test_amount_notations_are_read_exactly(mark, text, value):
    result = AmountReader(mark).read(text)
    assert not isinstance(result, str), result
    assert result.value == Decimal(value)


@pytest.mark.parametrize(("mark", "text"), [(".", "12,5"), (".", "abc"), (",", "1.234.567.8"), (",", "02.01.2024")])
def test_text_that_is_not_an_amount_in_the_files_notation_is_refused_not_guessed(mark, text):
    assert isinstance(AmountReader(mark).read(text), str)


def test_money_is_decimal_with_two_places_everywhere():
    result = parse(GERMAN)
    for row in result.transactions:
        assert type(row.amount) is Decimal and row.amount.as_tuple().exponent == -2
        assert type(row.balance) is Decimal and row.balance.as_tuple().exponent == -2
    assert result.preview()["transactions"][1]["amount"] == "1500.00"


def test_the_decimal_mark_is_decided_from_the_whole_file():
    # Given "1.234" (a thousand or one-and-a-bit?) next to "12,50" (a decimal comma)
    text = "Datum;Text;Betrag\n02.01.2024;A;1.234\n03.01.2024;B;12,50\n"
    result = parse(text)
    # Then the file's notation decides: 1.234 is a thousand
    assert result.format.decision_value("decimal_mark") == ","
    assert amounts(result) == ["1234.00", "12.50"]


def test_an_amount_with_three_decimals_is_refused_rather_than_rounded():
    text = "Date,Description,Amount\n2024-01-02,A,\"1,234\"\n2024-01-03,B,\"12,50\"\n"
    result = parse(text)
    assert amounts(result) == ["12.50"]
    assert result.skipped[0].line == 2 and "1,234" in result.skipped[0].reason


def test_a_row_with_an_unreadable_amount_is_skipped_with_its_reason():
    text = "Date,Text,Amount\n2024-01-02,A,-1.00\n2024-01-03,B,twelve\n2024-01-04,C,-3.00\n"
    result = parse(text)
    assert amounts(result) == ["-1.00", "-3.00"]
    assert result.skipped[0].line == 3 and "twelve" in result.skipped[0].reason


# ---- sign convention ------------------------------------------------------------------------------------------

CARD = """Date,Description,Amount
01/03/2024,DELTA AIR LINES,512.40
01/05/2024,UBER EATS,38.16
01/09/2024,STAPLES,64.99
01/20/2024,AUTOPAY PAYMENT RECEIVED - THANK YOU,-615.55
01/25/2024,CAFE,4.50
"""


def test_a_card_export_with_positive_charges_is_flipped_so_money_out_is_negative():
    result = parse(CARD, account_type="credit")
    assert amounts(result) == ["-512.40", "-38.16", "-64.99", "615.55", "-4.50"]
    assert result.format.decision_value("sign_convention") == "inverted"


def test_the_thank_you_payment_alone_reveals_a_card_export():
    result = parse(CARD)
    assert amounts(result)[3] == "615.55"
    assert result.format.decision_value("account_type") == "credit"


def test_a_card_export_that_already_writes_charges_negative_is_left_alone():
    text = CARD.replace(",512.40", ",-512.40").replace(",38.16", ",-38.16").replace(",64.99", ",-64.99") \
        .replace(",-615.55", ",615.55").replace(",4.50", ",-4.50")
    assert amounts(parse(text, account_type="credit")) == ["-512.40", "-38.16", "-64.99", "615.55", "-4.50"]


def test_a_bank_account_is_never_flipped_by_guesswork():
    text = CARD.replace("AUTOPAY PAYMENT RECEIVED - THANK YOU", "TRANSFER TO SAVINGS")
    result = parse(text, account_type="bank")
    assert amounts(result)[0] == "512.40"
    assert result.format.decision_value("sign_convention") == "as_is"


def test_a_running_balance_that_moves_against_the_amounts_turns_the_signs_round():
    text = "Date,Description,Amount,Balance\n2024-01-02,Rent,900.00,100.00\n2024-01-05,Client,-1500.00,1600.00\n" \
           "2024-01-06,Coffee,3.50,1596.50\n"
    result = parse(text)
    assert amounts(result) == ["-900.00", "1500.00", "-3.50"]
    assert "balance" in result.format.decisions["sign_convention"].evidence[0]


# ---- running balance --------------------------------------------------------------------------------------------


def test_rows_that_break_the_running_balance_are_reported_by_line():
    text = GERMAN.replace("2.476,55", "2.400,00")
    result = parse(text)
    assert result.format.balance.breaks == (3, 4) or 3 in result.format.balance.breaks
    assert any("running balance" in w for w in result.warnings)
    assert len(result.transactions) == 3  # reported, not dropped


def test_same_day_rows_listed_out_of_order_get_their_booking_order_from_the_balance():
    text = "Date,Description,Amount,Balance\n2024-01-01,Start,10.00,1010.00\n2024-01-02,Tesco,-18.40,991.60\n" \
           "2024-01-02,Client,3000.00,3941.60\n2024-01-02,HMRC,-50.00,941.60\n2024-01-03,Fee,-1.60,3940.00\n"
    result = parse(text)
    assert result.format.balance.breaks == ()
    assert result.format.balance.reordered_days == 1
    by_description = {r.description: r.sequence for r in result.transactions}
    assert by_description["Tesco"] < by_description["HMRC"] < by_description["Client"] < by_description["Fee"]
    assert [r.line for r in result.transactions] == [2, 3, 4, 5, 6]  # still listed in file order


def test_unsigned_amounts_take_their_direction_from_the_running_balance():
    # Given amounts without signs and a type column that does not say debit or credit
    text = "Date,Description,Type,Amount,Balance\n13/01/2024,Opening deposit,Transfer,1000.00,1000.00\n" \
           "14/01/2024,Tesco,Card payment,23.50,976.50\n15/01/2024,Client Ltd,Faster payment,500.00,1476.50\n" \
           "17/01/2024,Rent,Standing order,900.00,576.50\n"
    result = parse(text)
    # Then each step of the balance says which way the money went
    assert amounts(result) == ["1000.00", "-23.50", "500.00", "-900.00"]
    assert result.format.decision_value("amount_source") == "balance_steps"
    assert result.format.balance.breaks == ()


def test_a_statement_with_a_header_and_no_rows_is_an_empty_statement_not_an_error():
    result = parse("Buchungstag;Verwendungszweck;Betrag\n")
    assert result.transactions == ()
    assert result.warnings and result.format.header_line == 1


# ---- overrides and fingerprints --------------------------------------------------------------------------------


def test_the_caller_can_override_column_roles_and_reparse():
    result = parse(GERMAN, overrides=Overrides(columns={"Saldo": Role.IGNORE, "Verwendungszweck": Role.IGNORE}))
    assert all(r.balance is None for r in result.transactions)
    assert descriptions(result)[0] == "REWE Markt"


def test_the_caller_can_override_date_format_decimal_mark_and_sign():
    text = "Date,Text,Amount\n03/04/2024,A,1.500\n05/06/2024,B,2.250\n"
    result = parse(text, overrides=Overrides(date_format="DMY", decimal_mark=",", sign_convention="inverted"))
    assert [r.date for r in result.transactions] == [date(2024, 4, 3), date(2024, 6, 5)]
    assert amounts(result) == ["-1500.00", "-2250.00"]
    assert result.format.decisions["date_format"].source == "override"


def test_the_caller_can_skip_lines_and_name_the_header_line():
    result = parse(GERMAN, overrides=Overrides(skip_lines=frozenset({3}), header_line=1))
    assert amounts(result) == ["-23.45", "-39.99"]
    assert [(s.line, s.kind) for s in result.skipped] == [(3, "override")]


def test_an_override_that_makes_no_sense_is_a_clear_error():
    with pytest.raises(StatementError) as err:
        Overrides.from_dict({"columns": {"Betrag": "money"}})
    assert err.value.code == "invalid_override"
    with pytest.raises(StatementError):
        Overrides.from_dict({"date_format": "whenever"})
    with pytest.raises(StatementError):
        Overrides.from_dict({"colour": "blue"})


def test_next_months_file_has_the_same_shape_and_parses_the_same_way_with_the_saved_decisions():
    # Given January was previewed and confirmed
    january = parse(GERMAN)
    saved = january.format.overrides().to_dict()

    # When February (other rows, a longer preamble) arrives
    february_text = "Umsätze;;\n\n" + GERMAN.replace("01.2024", "02.2024").replace("-23,45", "-99,99")
    february = parse(february_text, overrides=Overrides.from_dict(saved))

    # Then it is recognised as the same shape and read with the same decisions
    assert february.format.shape_fingerprint == january.format.shape_fingerprint
    assert february.format.fingerprint == january.format.fingerprint
    assert amounts(february)[0] == "-99.99"
    assert parse(february_text).format.fingerprint == january.format.fingerprint


def test_a_different_layout_has_a_different_fingerprint():
    assert parse(GERMAN).format.shape_fingerprint != parse(US).format.shape_fingerprint


def test_every_decision_comes_with_confidence_and_evidence():
    result = parse(GERMAN)
    for name, decision in result.format.decisions.items():
        assert 0 <= decision.confidence <= 1, name
        assert decision.evidence, name
    assert all(c.evidence for c in result.format.columns)
    assert 0.9 <= result.confidence <= 1


# ---- duplicates -----------------------------------------------------------------------------------------------


def test_identical_rows_stay_separate_rows_with_their_own_occurrence_index():
    text = "Date,Description,Amount\n2024-01-02,Coffee,-3.50\n2024-01-02,Coffee,-3.50\n2024-01-02,COFFEE ,-3.50\n" \
           "2024-01-03,Coffee,-3.50\n"
    result = parse(text)
    assert len(result.transactions) == 4
    assert occurrence_indexes(result.transactions) == [0, 1, 2, 0]


# ---- OFX and CAMT specifics ----------------------------------------------------------------------------------------


def test_an_ofx_file_with_two_accounts_lists_both():
    one = "<STMTRS><CURDEF>EUR<BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240102<TRNAMT>-1.00<FITID>a" \
          "<NAME>A</STMTTRN></BANKTRANLIST></STMTRS>"
    two = one.replace("EUR", "USD").replace("-1.00", "2.00").replace("<NAME>A", "<NAME>B")
    text = f"OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><BANKMSGSRSV1><STMTTRNRS>{one}</STMTTRNRS><STMTTRNRS>{two}" \
           f"</STMTTRNRS></BANKMSGSRSV1></OFX>"
    result = parse(text)
    assert [(r.amount, r.currency, r.description) for r in result.transactions] == [
        (Decimal("-1.00"), "EUR", "A"), (Decimal("2.00"), "USD", "B")]
    assert result.warnings


def test_a_camt_file_with_a_document_type_declaration_is_refused():
    text = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><Document xmlns="urn:iso:std:iso:20022:tech:' \
           'xsd:camt.053.001.02"><BkToCstmrStmt></BkToCstmrStmt></Document>'
    with pytest.raises(StatementError) as err:
        parse(text)
    assert err.value.code == "not_a_statement"


def test_a_broken_camt_file_is_not_a_statement():
    with pytest.raises(StatementError) as err:
        parse('<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>')
    assert err.value.code == "not_a_statement"


# ---- files that are not statements ---------------------------------------------------------------------------------


def _xlsx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    return buffer.getvalue()


@pytest.mark.parametrize(("data", "code"), [
    (b"", "empty_file"),
    (b"   \r\n\r\n  ", "empty_file"),
    (codecs.BOM_UTF8, "empty_file"),
    (b"\x89PNG\r\n\x1a\n" + os.urandom(200), "binary_file"),
    (b"\xff\xd8\xff\xe0" + os.urandom(200), "binary_file"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary_file"),
    (_xlsx(), "binary_file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "binary_file"),
    (b"<!DOCTYPE html><html><body>Your session expired</body></html>", "not_a_statement"),
    (b'{"transactions": [{"amount": 1}]}', "not_a_statement"),
    (b"Dear customer,\nthank you for banking with us.\nKind regards\n", "not_a_statement"),
    (b"name,email\nJane,jane@example.com\nJohn,john@example.com\n", "not_a_statement"),
])
def test_files_that_are_not_statements_raise_a_clear_domain_error(data, code):
    with pytest.raises(StatementError) as err:
        parse_statement(data)
    assert err.value.code == code
    assert isinstance(err.value, InvalidInput)
    assert err.value.message and "\n" not in err.value.message


def test_an_excel_workbook_is_named_as_such_with_advice():
    with pytest.raises(StatementError) as err:
        parse_statement(_xlsx())
    assert "Excel" in err.value.message and "CSV" in err.value.message


def test_fifty_megabytes_of_garbage_is_refused_within_seconds():
    rng = random.Random(7)
    for data in (rng.randbytes(50 * 1024 * 1024),
                 bytes(rng.choice(b"abcdefghij ,;0123456789\n") for _ in range(1_000_000)) * 50):
        started = time.perf_counter()
        with pytest.raises(StatementError) as err:
            parse_statement(data)
        assert err.value.code in ("binary_file", "not_a_statement")
        assert time.perf_counter() - started < 5


def test_a_file_over_the_size_limit_is_refused_before_parsing():
    with pytest.raises(StatementError) as err:
        parse_statement(b"x" * 2000, max_bytes=1000)
    assert err.value.code == "file_too_large"


def test_a_bug_of_ours_becomes_a_clear_error_not_a_traceback(monkeypatch, caplog):
    from cashpilot.domain.statements import parser

    def broken(*args, **kwargs):
        raise KeyError("oops")

    monkeypatch.setattr(parser, "parse_csv", broken)
    with pytest.raises(StatementError) as err:
        parse(GERMAN)
    assert err.value.code == "statement_internal_error"
    assert "statement parser failed" in caplog.text


def test_signs_written_after_the_amount_both_ways():
    # Some German and Austrian exports write every amount with a trailing sign: "45,99-" and "1.250,00+".
    result = parse("Buchungstag;Empfänger;Betrag\n15.03.2026;Telekom;45,99-\n16.03.2026;Kunde GmbH;1.250,00+\n")
    assert amounts(result) == ["-45.99", "1250.00"]
