"""How well classification does on the labelled set (tests/data/labelled_transactions.csv, written
independently of the classifier): each business's rows are imported as a statement and classified
without an LLM, then one correction per counterparty is applied as the owner would.

Bars (issue 5): precision of auto-applied categories >= 95% with coverage >= 60% before any
correction; counterparty names match for >= 90%; after one correction per counterparty, >= 97% of
that counterparty's other transactions are labelled correctly. Run with -s to see the figures.
"""

from __future__ import annotations

import csv
import unicodedata
import uuid
from collections import defaultdict
from pathlib import Path

import pytest
from cashpilot.adapters.db.uow import UnitOfWork
from cashpilot.adapters.workflows import NoWorkflows
from cashpilot.domain.names import normalize_name
from cashpilot.services import classify, corrections, imports
from sqlalchemy import text

from tests.conftest import Api

DATA = Path(__file__).parents[1] / "data"
# The issue's bars. Sets 2-10 do not reach all of them yet (see their floors below and the README): their floors only
# stop them from getting worse; raise them as they improve, and replace them by the bars once they reach them.
# Each later set was written blind (its author read neither the classifier nor the earlier rows) after the previous
# round of work: its first measurement is the honest estimate of how CashPilot does on banks nobody tuned it for.
ISSUE_BARS = {"precision": 0.95, "coverage": 0.60, "names": 0.90, "after_correction": 0.97}
BARS = {
    "labelled_transactions": ISSUE_BARS,
    # Measured 2026-11-21: coverage 63.2%, names 88.8%, after one correction 97.3%.
    # Measured 2026-11-21: coverage 63.9%, names 88.8%, after one correction 97.3%.
    "labelled_transactions_2": {"precision": 0.98, "coverage": 0.63, "names": 0.88, "after_correction": 0.97},
    # Set 3 (TD, Truist, Fifth Third, Monzo, Tide, Commerzbank, BNP, KBC): first contact names 82.4%; now 87.0%.
    "labelled_transactions_3": {"precision": 0.98, "coverage": 0.63, "names": 0.86, "after_correction": 0.98},
    # Set 4 (Huntington, Citizens, Novo, Metro, Virgin Money, AIB, Raiffeisen, Millennium BCP): first contact names
    # 63.3%, coverage 53.7%; now 85.7%, 68.0% (no longer blind: its misses pointed at the national vendors added since).
    "labelled_transactions_4": {"precision": 0.98, "coverage": 0.67, "names": 0.85, "after_correction": 0.97},
    # Set 5 (Regions, KeyBank, M&T, RBS, Co-operative Bank, Postbank, Belfius, BPER): first contact names 54.9%,
    # coverage 51.1%, after one correction 88.9%, precision 96.8%; now 85.8%, 59.0%, 96.0%, 97.7%.
    "labelled_transactions_5": {"precision": 0.97, "coverage": 0.58, "names": 0.85, "after_correction": 0.96},
    # Set 6 (Frost, Bluevine, First Citizens, Bank of Scotland, Danske NI, La Banque Postale, Sabadell, OP): written
    # blind after set 5's round; first contact 2026-11-21: names 72.0% (the code before sets 4-5's rounds: 66.8%),
    # coverage 51.3%, precision 97.1%, after one correction 96.8%. Now names 88.0%, coverage 53.4%, precision 98.6%,
    # after one correction 97.4%.
    "labelled_transactions_6": {"precision": 0.98, "coverage": 0.53, "names": 0.87, "after_correction": 0.97},
    # Set 7 (Comerica, Axos, Relay, TSB, Mettle, Volksbank, Banco BPM, Bank of Ireland): written blind after set 6's
    # second round (cut name fields, person + memo, legal forms); first contact 2026-11-21: names 72.2% (the code
    # before that round: 71.6%), coverage 56.8%, precision 94.7%, after one correction 91.9%. After its rounds and
    # the later ones: names 87.2%, coverage 60.5%, precision 98.8%, after one correction 95.5%; no longer blind.
    "labelled_transactions_7": {"precision": 0.98, "coverage": 0.60, "names": 0.87, "after_correction": 0.95},
    # Set 8 (BMO, Webster, Zions, Allica, Handelsbanken, Erste, BNP Paribas Fortis, Caixa Geral): written blind after
    # set 7's round; first contact 2026-11-21: names 65.1% (the code before set 7's round: 64.4%), coverage 50.2%,
    # precision 93.8%, after one correction 85.9%. After its round and the later ones: names 87.1%, coverage 55.7%,
    # precision 98.2%, after one correction 94.9%.
    "labelled_transactions_8": {"precision": 0.98, "coverage": 0.56, "names": 0.88, "after_correction": 0.94},
    # Set 9 (Hancock Whitney, Associated Bank, First Horizon, Triodos UK, ANNA, LHV, Spuerkeess, Tatra banka): written
    # blind after set 8's round; first contact 2026-11-21: names 67.6%, coverage 49.7%, precision 96.6%, after one
    # correction 92.6%. After its round (bank labels before a colon, SEPA names ending at the IBAN, Central European
    # names, legal forms, bank lines and purposes, national companies, towns before a country code): names 81.4%,
    # coverage 58.5%, precision 98.5%, after one correction 95.2%.
    # Later (the business's profile, app stores and platforms, CEE/Baltic/Nordic vendors and purposes): names 84.2%,
    # coverage 62.6%, precision 98.6%, after one correction 96.3%.
    "labelled_transactions_9": {"precision": 0.98, "coverage": 0.62, "names": 0.84, "after_correction": 0.96},
    # Set 10 (Bank of Hawaii, Synovus, Umpqua, Wise, Zempler, NLB, OTP banka, Swedbank LT): written blind after set 9's
    # round; first contact 2026-11-21 with the code from before this session: names 56.4%, coverage 34.8%, precision
    # 93.5% (with that session's first commit, before any set-10 work: 56.8%, 37.3%, 91.4%). After its round
    # (Slovenian, Croatian and Lithuanian channels, purposes, wage taxes, ISO purpose codes, vendors): names 71.8%,
    # coverage 51.6%, precision 95.7%, after one correction 94.7%.
    # 2026-11-22 (given name + surname + memo, more bank lines and legal forms): names 79.1%, coverage 52.0%,
    # precision 96.0%, after one correction 95.2%.
    "labelled_transactions_10": {"precision": 0.95, "coverage": 0.51, "names": 0.78, "after_correction": 0.95},
    # Set 11 (Commerce Bank, Arvest, Glacier Bank, Countingup, Unity Trust, Crédit Mutuel, Kutxabank, bunq): written
    # blind on 2026-11-22; first contact with the code from the start of that session: names 63.3%, coverage 47.4%,
    # precision 91.3% (with the session's round on the earlier sets, before any set-11 work: 63.0%, 47.4%, 91.3%).
    # After its round (Commerce/Arvest/Glacier/Kutxabank/bunq layouts, more given names, personal and payroll
    # taxes, customs, grants, vehicle finance, fuel and utility vendors; French joint accounts and bare "VIR"):
    # names 74.4%, coverage 54.6%, precision 95.7%, after one correction 93.4%.
    "labelled_transactions_11": {"precision": 0.95, "coverage": 0.54, "names": 0.74, "after_correction": 0.93},
    # Set 12 (BOK Financial, Fulton, Banner, Airwallex, Cumberland BS, DKB, Monte dei Paschi, Novo Banco): written blind
    # on 2026-11-22 after set 11's round; first contact with the code from the start of that session: names 68.7%,
    # coverage 51.3%, precision 97.5%; with the code after set 11's round (before any set-12 work): names 71.7%,
    # coverage 52.2%, precision 97.6%.
    # After its round (payroll-tax and loan vendors and words, Portuguese and Italian channels and purposes, a tax
    # refund booked as less tax, wire fields with "="): names 76.4%, coverage 55.9%, precision 98.5%, after one
    # correction 92.9%.
    "labelled_transactions_12": {"precision": 0.98, "coverage": 0.55, "names": 0.76, "after_correction": 0.92},
    # Set 13 (WaFd, Pinnacle, Old National, Ulster Bank, Cynergy, Eurobank in Greek, Citadele in Latvian, Bank of
    # Valletta): written blind on 2026-11-22; first contact (with this session's CLI and statement fixes, before any
    # set-13 work): names 61.8%, coverage 47.2%, precision 93.7% ("INTERNET BANKING TRANSFER" read as an internet
    # bill). Greek names are written in Greek script, which the extractor does not read. After its round (Old
    # National's ACH fields, Latvian channels and legal forms, a person's account by number as the owner's, cut tax
    # departments): names 72.6%, coverage 52.9%, precision 97.6%, after one correction 87.6%.
    # Then (next session) Greek and Cyrillic read by their Latin letters (Greek channels, memos, legal forms, vendors
    # named as printed), legal forms dropped from names shown, Ulster's initials, inward/outward payments:
    # names 81.3%, coverage 55.2%, precision 96.1%, after one correction 94.3%. Precision fell because AADE and
    # e-EFKA lines are now read: the labeller split identical AADE lines into tax and payroll by amount, and booked
    # the owner's own e-EFKA contributions as drawings (6 rows); 10 more rows are labelled right than before.
    # Later (the owner's own e-EFKA contributions read as drawings, more layouts): names 82.6%, precision 96.9%, after
    # one correction 95.4%.
    "labelled_transactions_13": {"precision": 0.96, "coverage": 0.55, "names": 0.82, "after_correction": 0.95},
    # Sets 14 (Bangor Savings, Nusenda CU, Hampden & Co, Card One Money, DSK Bank in Bulgarian, Bank of Cyprus) and 15
    # (Bangor Savings, FirstBank, Al Rayan, HypoVereinsbank, LCL, Bankinter): written blind on 2026-11-22, ~455 rows
    # each, six businesses; first contact with the code of that session before any work on them: set 14 names
    # 54.9%, coverage 39.3%, precision 95.0%, after one correction 81.8% (Nusenda's ACH lines were read as the
    # account holder's own name, Bulgarian lines not at all); set 15 names 70.0%, coverage 52.9%, precision 97.9%,
    # after one correction 96.6%. After their round (credit-union and Bankinter layouts, surnames first, Bulgarian
    # and Cypriot channels, names and authorities, councils cut to "CO", state offices): set 14 names 78.7%,
    # coverage 51.4%, precision 97.0%, after 94.8%; set 15 names 78.6%, coverage 54.0%, precision 98.0%, after 98.9%.
    # Then (bank-fee phrases, cut utility names, fuel chains, lenders, kinds a correction keeps apart, set 16's round):
    # set 14 81.8% / 57.4% / 97.3% / 94.8%, set 15 83.0% / 59.7% / 98.2% / 98.9%.
    "labelled_transactions_14": {"precision": 0.97, "coverage": 0.57, "names": 0.81, "after_correction": 0.94},
    "labelled_transactions_15": {"precision": 0.98, "coverage": 0.59, "names": 0.82, "after_correction": 0.98},
    # Set 16 (Republic Bank & Trust, Prosperity Bank, OakNorth, Knab, Fineco, Ibercaja): written blind on 2026-11-22
    # after the round on sets 14 and 15; first contact (whole file read as one statement): names 76.5%, coverage
    # 56.8%, precision 94.9%, after one correction 92.6% (the best first contact on names since set 3). After its round
    # (Fineco's card and labelled-transfer lines, PagoPA, Knab's standing orders and PIN payments, Dutch initials, a
    # sole trader's own income tax and social insurance as drawings, Spain's rent withholding as rent): names 84.1%,
    # coverage 58.6%, precision 97.7%, after one correction 96.3%.
    "labelled_transactions_16": {"precision": 0.97, "coverage": 0.58, "names": 0.83, "after_correction": 0.96},
    # Sets 17 (Trustmark, First Interstate, Weatherbys, Nordea in Finnish, Qonto, Banco BPI) and 18 (Simmons, Old
    # Second, Reliance Bank, PTSB, Crelan in Dutch, Slovenská sporiteľňa in Slovak): written blind on 2026-11-22 at the
    # same time, after set 16. First contact (whole file read as one statement): set 18 names 69.1%, coverage 50.7%,
    # precision 96.1%, after one correction 87.6% (Old Second's ACH lines read as the receiver, the business itself);
    # set 17, measured after set 18's round, 72.4% / 52.4% / 95.1% / 92.0% (the session's starting code: 72.4% / 51.9% /
    # 95.0%). After their rounds: set 17 84.5% / 59.1% / 97.4% / 94.7%, set 18 83.1% / 55.3% / 97.2% / 93.3%.
    "labelled_transactions_17": {"precision": 0.97, "coverage": 0.59, "names": 0.84, "after_correction": 0.94},
    "labelled_transactions_18": {"precision": 0.97, "coverage": 0.55, "names": 0.83, "after_correction": 0.93},
}
# Set 1 helped tune the extraction (half of its businesses); set 2 was written afterwards, blind, with other
# banks and businesses: the closer stand-in for data the classifier has never seen.
LABELLED_SETS = sorted(DATA.glob("labelled_transactions*.csv"))
CURRENCY = {"US": "USD", "UK": "GBP", "EU": "EUR"}


def _key(name: str | None) -> str:
    if not name:
        return ""
    folded = unicodedata.normalize("NFKD", name)
    return normalize_name("".join(c for c in folded if not unicodedata.combining(c)))


def _statement(rows: list[dict]) -> bytes:
    lines = ["Date,Description,Amount"]
    for r in rows:
        desc = r["description"].replace('"', '""')
        lines.append(f'{r["date"]},"{desc}",{r["amount"]}')
    return ("\n".join(lines) + "\n").encode()


def _register(client) -> Api:
    email = f"accuracy-{uuid.uuid4().hex[:12]}@example.com"
    r = client.post("/api/v1/auth/register", json={"email": email, "password": "correct horse battery"})
    assert r.status_code == 201, r.text
    body = r.json()
    return Api(client, body["tokens"]["access_token"], body["user"], body["tokens"]["refresh_token"], "")


@pytest.fixture(scope="module", params=LABELLED_SETS, ids=lambda p: p.stem)
def outcome(client, request):
    rows = list(csv.DictReader(request.param.open(encoding="utf-8")))
    by_business: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_business[r["business"]].append(r)
    before, after = [], []
    for business, labelled in sorted(by_business.items()):
        api = _register(client)
        api.create_business(business, CURRENCY[labelled[0]["region"]])
        account = api.create_account("Main")
        business_id = uuid.UUID(api.business_id)
        with UnitOfWork() as uow:
            job = imports.import_file(uow, imports.ImportTarget(business_id, uuid.UUID(api.user["id"])),
                                      account_id=uuid.UUID(account["id"]), filename=f"{business}.csv",
                                      data=_statement(labelled), workflows=NoWorkflows(), confirm_now=True)
            assert job.status == "completed" and job.rows_imported == len(labelled), job.error
        with UnitOfWork(business_id=business_id) as uow:
            classify.classify(uow, business_id, llm=None)
        before += _joined(business_id, labelled)

        # One correction per counterparty: its first transaction, as the owner (category and name).
        tenant = _tenant(api)
        corrected: set[uuid.UUID] = set()
        seen: set[str] = set()
        for got, want in _joined(business_id, labelled):
            name = want["entity"]
            if not name or name in seen:
                continue
            seen.add(name)
            corrected.add(got["id"])
            with UnitOfWork(business_id=business_id, user_id=tenant.user_id) as uow:
                corrections.correct(uow, tenant, got["id"], category_id=_category_id(uow, business_id,
                                                                                      want["category"]),
                                    entity_name=name)
        after += [(g, w) for g, w in _joined(business_id, labelled) if g["id"] not in corrected]
    return {"before": before, "after": after, "bars": BARS[request.param.stem], "set": request.param.stem}


def _tenant(api):
    from cashpilot.domain.roles import Role
    from cashpilot.services.context import Tenant

    return Tenant(uuid.UUID(api.business_id), uuid.UUID(api.user["id"]), Role.OWNER, "EUR", "UTC")


def _category_id(uow, business_id: uuid.UUID, name: str) -> uuid.UUID:
    return uow.session.execute(text("SELECT id FROM categories WHERE business_id = :b AND name = :n"),
                               {"b": business_id, "n": name}).scalar_one()


def _joined(business_id: uuid.UUID, labelled: list[dict]) -> list[tuple[dict, dict]]:
    """Our result for each labelled row, matched by the import's line number (row i is line i + 2)."""
    with UnitOfWork(business_id=business_id) as uow:
        result = uow.session.execute(text("""
            SELECT t.id, (t.metadata->'import'->>'line')::int, e.name, c.name, t.classification_method
              FROM transactions t
              LEFT JOIN entities e ON e.business_id = t.business_id AND e.id = t.entity_id
              LEFT JOIN categories c ON c.business_id = t.business_id AND c.id = t.category_id
             WHERE t.business_id = :b"""), {"b": business_id}).all()
    by_line = {line: {"id": i, "entity": e, "category": c, "method": m} for i, line, e, c, m in result}
    return [(by_line[n + 2], want) for n, want in enumerate(labelled)]


def test_auto_applied_categories_are_precise_and_cover_most_transactions(outcome):
    pairs = outcome["before"]
    applied = [(g, w) for g, w in pairs if g["category"] is not None]
    correct = [(g, w) for g, w in applied if g["category"] == w["category"]]
    precision, coverage = len(correct) / len(applied), len(applied) / len(pairs)
    wrong = sorted({(w["description"][:60], g["category"], w["category"], g["method"]) for g, w in applied
                    if g["category"] != w["category"]})
    print(f"\n{outcome['set']}: {len(pairs)} rows; auto-applied {len(applied)} (coverage {coverage:.1%}), "
          f"precision {precision:.1%}")
    for line in wrong[:40]:
        print("  wrong:", line)
    assert precision >= outcome["bars"]["precision"]
    assert coverage >= outcome["bars"]["coverage"]


def test_counterparty_names_match_the_expected_names(outcome):
    pairs = outcome["before"]
    matched = [(g, w) for g, w in pairs if _key(g["entity"]) == _key(w["entity"])]
    share = len(matched) / len(pairs)
    misses = sorted({(w["description"][:60], g["entity"], w["entity"]) for g, w in pairs
                     if _key(g["entity"]) != _key(w["entity"])})
    print(f"\n{outcome['set']}: counterparty names {share:.1%} of {len(pairs)} match")
    for line in misses[:40]:
        print("  name:", line)
    assert share >= outcome["bars"]["names"]


def test_one_correction_per_counterparty_labels_its_other_transactions(outcome):
    pairs = [(g, w) for g, w in outcome["after"] if w["entity"]]
    right = [(g, w) for g, w in pairs if g["category"] == w["category"]]
    share = len(right) / len(pairs)
    misses = sorted({(w["description"][:60], g["category"], w["category"], g["method"]) for g, w in pairs
                     if g["category"] != w["category"]})
    print(f"\n{outcome['set']}: after one correction per counterparty, {share:.1%} of {len(pairs)} other "
          "transactions right")
    for line in misses[:40]:
        print("  after:", line)
    assert share >= outcome["bars"]["after_correction"]
