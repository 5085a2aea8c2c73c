"""Words banks use: header names per role, status words, debit/credit indicators.

Header names are compared after `normalise_header`: accents dropped, lower case, punctuation to spaces,
a currency annotation ("Amount (GBP)", "Betrag (€)", "Saldo in CHF", "Débit euros") removed and returned
separately. Languages: English, German, Dutch, French, Spanish, Portuguese, plus the Italian, Polish and
Czech words our fixtures needed. A name that is not listed is not a problem: the column's values decide.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from cashpilot.domain.money import CURRENCIES
from cashpilot.domain.statements.model import Role
from cashpilot.domain.statements.numbers import SYMBOL_CURRENCY

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_PAREN = re.compile(r"[(\[]([^)\]]*)[)\]]")
_CURRENCY_WORDS = {"euro": "EUR", "euros": "EUR", "eur": "EUR", "dollars": "USD", "reais": "BRL",
                   "zloty": "PLN", "pln": "PLN", "franken": "CHF", "francs": "CHF"}
_CODES_LOWER = {c.lower(): c for c in CURRENCIES}


def fold(text: str) -> str:
    """Lower case without accents: 'Débit' -> 'debit', 'Zahlungsempfänger' -> 'zahlungsempfanger'."""
    text = unicodedata.normalize("NFKD", text.casefold().replace("ł", "l").replace("ø", "o"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class HeaderName:
    key: str  # normalised words: "betrag", "amount", "zahlungsempfanger in"
    currency: str | None  # from an annotation such as "(EUR)", "(€)", "in CHF"


def normalise_header(name: str) -> HeaderName:
    text = name.strip().strip("\ufeff\u200b").strip()
    currency = None
    foreign = ""
    for inner in _PAREN.findall(text):
        code = _currency_token(inner.strip())
        if code:
            currency = code
        elif any(w in fold(inner) for w in ("foreign", "original", "fremd", "local")):
            foreign = " foreign"  # "Amount (Foreign Currency)" is not an amount in the account's currency
    text = _PAREN.sub(" ", text) + foreign
    words = _NON_ALNUM.sub(" ", fold(text)).split()
    # "Saldo in CHF", "Débit euros", "Amount EUR": a trailing currency word annotates the name.
    if len(words) > 1:
        code = _CODES_LOWER.get(words[-1]) or _CURRENCY_WORDS.get(words[-1])
        if code:
            currency = currency or code
            words.pop()
            if len(words) > 1 and words[-1] in ("in", "en", "em", "w", "v", "im"):
                words.pop()
    if currency is None:
        for symbol in ("R$", "€", "£", "zł", "Kč"):
            if symbol in name:
                currency = SYMBOL_CURRENCY[symbol]
                break
    return HeaderName(" ".join(words), currency)


def _currency_token(text: str) -> str | None:
    if text.upper() in CURRENCIES and len(text) == 3:
        return text.upper()
    if text in SYMBOL_CURRENCY:
        return SYMBOL_CURRENCY[text]
    folded = fold(text)
    return _CURRENCY_WORDS.get(folded)


# Role, rank (lower = preferred when several columns claim a single role), names.
_HEADER_TABLE: tuple[tuple[Role, int, str], ...] = (
    (Role.DATE, 1, """transaction date|trans date|trans dt|transaction dt|date operation|date de l operation|
        date d operation|date de operation|fecha operacion|f operacion|fecha de operacion|fecha op|
        data operacao|data da operacao|data de operacao|data operacji|transactiedatum|started date|trade date|
        umsatzdatum|purchase date|transaktionsdatum|date of transaction|
        data transacao|fecha transaccion|date transaction|operation date|transaktionsdag|transaktionsdatum|
        data transakcji|tapahtumapaiva|ostopaiva|kaupdato|data della transazione|data operazione|
        date de transaction|fecha de la transaccion|data da transacao|tranzakcio datuma"""),
    (Role.DATE, 2, """date|datum|fecha|data|booking date|buchungstag|buchungsdatum|boekdatum|boekingsdatum|
        date comptable|date de comptabilisation|fecha contable|data lancamento|data de lancamento|data mov|
        data movimento|data do movimento|data ksiegowania|datum zauctovani|datum zaustovani|posting date|
        posted date|post date|posted|buchung|date operation bancaire|data contabile|date de l ecriture|
        datum transakce|datum provedeni|bokforingsdag|bokforingsdatum|bokford|dato|bogforingsdato|
        bokforingsdato|kirjauspaiva|
        kirjauspvm|paivays|datum knjizenja|konyveles datuma|data inregistrarii|data rejestracji|
        data ksiegowania operacji|registreringsdato|booking|buchungsdatum valuta|entry date|date posted"""),
    (Role.DATE, 3, """completed date|settlement date|processed date|date completed|fecha de proceso"""),
    (Role.VALUE_DATE, 4, """value date|valuta|valutadatum|wertstellung|wert|wertstellungsdatum|valuta datum|
        rentedatum|date valeur|date de valeur|fecha valor|f valor|fecha de valor|data valor|data valuta|
        datum splatnosti|value dt|valeur|data de valor|valor data|date val|valutadag|valutadato|rentedato|
        arvopaiva|valuuttapaiva|data valutei|erteknap|value day|wertstellung valuta"""),
    (Role.BALANCE, 1, """balance|running balance|running bal|saldo|kontostand|saldo na mutatie|saldo na trn|
        saldo na transactie|solde|saldo contabilistico|saldo contable|saldo po operacji|zustatek|
        ledger balance|book balance|balance after|saldo nach buchung|new balance|saldo atual|saldo actual|
        saldo final|solde apres operation|stand|balance after transaction|running total|saldo dopo|
        bokfort saldo|bogfort saldo|disponibelt belop|saldo etter|saldo efter|egyenleg|sold|zustatek po"""),
    (Role.BALANCE, 2, """available balance|disponible|saldo disponible|saldo disponivel|available|
        verfugbarer betrag|verfugbar|saldo disponibile|solde disponible"""),
    (Role.DEBIT, 1, """debit|debits|debit amount|money out|paid out|withdrawal|withdrawals|withdrawal amount|
        soll|lastschrift|ausgang|ausgange|belastung|debito|debitos|cargo|cargos|saida|saidas|uitgaven|
        wydatki|obciazenia|vydaj|debet|out|spent|amount debit|debit amt|montant debit|debit montant|
        importe cargo|valor debito|charges|payments out|sortie|uitgaande bedrag|af bedrag|addebiti|addebito|
        uscite|dare|outflow|outflows|ut fra konto|ut|uttag|udbetaling|utbetalning|withdrawals amount|
        debit amount usd|amount debited|belastet|nosti|terhelés|terheles"""),
    (Role.CREDIT, 1, """credit|credits|credit amount|money in|paid in|deposit|deposits|deposit amount|haben|
        gutschrift|eingang|eingange|credito|creditos|abono|abonos|entrada|entradas|ontvangsten|wplywy|
        uznania|prijem|in|received|amount credit|credit amt|montant credit|credit montant|importe abono|
        valor credito|payments in|inkomende bedrag|bij bedrag|accrediti|accredito|entrate|avere|inflow|
        inflows|inn pa konto|inn|insattning|indbetaling|amount credited|jovairas|credit amount usd"""),
    (Role.DIRECTION, 1, """af bij|debit credit|credit debit|d c|dc|c d|dr cr|cr dr|soll haben|s h|
        debet credit|credit debet|sign|direction|sens|indicator|cdtdbtind|credit debit indicator|
        debit credit indicator|balance impact|transaction direction|debit or credit|credit or debit|
        dr cr indicator|mutatie|sens operation|debito credito|cargo abono|d h|czy obciazenie"""),
    (Role.AMOUNT, 1, """amount|betrag|bedrag|montant|importe|valor|montante|kwota|castka|objem|umsatz|
        transaction amount|amount in account currency|montant operation|montant de l operation|
        importe operacion|valor operacao|amt|importo|trans amount|transaction value|bedrag eur|
        value|kwota operacji|castka v mene uctu|suma|betrag eur|montante operacao|amount local|belopp|
        belob|belop|maara|summa|osszeg|suma operatiei|iznos|znesek|tutar|kwota transakcji|total amount|
        transaction amount usd|amount in eur|amount usd|net amount eur|montant eur|umsatz in eur|
        umsatz eur|settled amount|booked amount|billing amount|betrag in eur"""),
    (Role.AMOUNT, 2, """net|net amount|netto|nettobetrag|valor liquido|montant net|importe neto"""),
    (Role.AMOUNT, 3, """gross|gross amount|brutto|bruttobetrag|valor bruto|montant brut|importe bruto"""),
    (Role.AMOUNT, 4, """individual amount|einzelbetrag|montant individuel|importe individual"""),
    (Role.FEE, 1, """fee|fees|total fees|gebuhr|gebuhren|fremde gebuhren|kosten|frais|comision|comisiones|
        taxa|taxas|fee amount|oplata|poplatek|commission"""),
    (Role.CURRENCY, 1, """currency|ccy|curr|wahrung|waehrung|munt|devise|divisa|moeda|mena|waluta|
        currency code|transaction currency code|account currency|iso currency|valuta code|moneda"""),
    (Role.STATUS, 1, """status|state|estado|statut|stav|buchungsstatus|transaction status|situacao|
        situacion|stato|status transakcji|etat|tila|tilstand|buchungsstatus text|transaction state"""),
    (Role.TRANSACTION_ID, 1, """transaction id|transaction no|transaction number|transaction reference|
        transaktions id|transaktionsnummer|transferwise id|id|fitid|identificador|id operace|volgnr|
        transactiereferentie|bank reference|reference number|ref no|ref number|transaction ref|
        referencia de la operacion|numero de operacion|numero operacao|n operacion|numero d operation|
        buchungsreferenz|auftragsnummer|acctsvcrref|unique id|entry id|operation id|id transakcji|
        transactie id|reference id|trans id|txn id|transaction code id"""),
    (Role.PAYER, 1, """payer|payer name|zahlungspflichtige r|zahlungspflichtiger|zahlungspflichtige|
        auftraggeber|ordenante|remitter|originator|debtor|debtor name|from|from name|donneur d ordre|
        nadawca|pagador|emetteur|nome do pagador|name of payer|sender|sender name|absender"""),
    (Role.PAYEE, 1, """name|payee|payee name|merchant|merchant name|counterparty|counter party|
        counterparty name|partner name|beneficiary|beneficiary name|beneficiary originator|
        begunstigter auftraggeber|beguenstigter zahlungspflichtiger|begunstigter zahlungspflichtiger|
        auftraggeber empfanger|empfanger auftraggeber|auftraggeber begunstigter|empfanger|
        zahlungsempfanger in|zahlungsempfanger|naam omschrijving|naam tegenpartij|tegenpartij|naam|nom|
        tiers|beneficiaire|beneficiario|beneficiario ordenante|ordenante beneficiario|contraparte|
        nadawca odbiorca|odbiorca|nazev protiuctu|protistrana|recipient|recipient name|to|to name|
        creditor|creditor name|nome|favorecido|destinatario|counterpart|gegenpartei|other party|
        description of counterparty|nom du tiers|tercero|contrepartie|nombre|nome favorecido|
        counterparty name|namn|navn|saaja maksaja|saaja|maksaja|mottagare|avsandare|modtager|afsender|
        kedvezmenyezett|platitor|beneficiar|ontvanger|tegenpartij naam|empfanger name|partner|
        payee payer|payer payee|partnername|merchant description|nom beneficiaire|naam begunstigde|begunstigde"""),
    (Role.DESCRIPTION, 1, """description|transaction description|transaction details|narrative|
        particulars|beschreibung|omschrijving|libelle|libelle operation|libelle de l operation|
        libelle court|libelle simplifie|libelle long|concepto|descripcion|descricao|descritivo|
        lancamento|historico|opis|popis|text|buchungsinformation|transaction|detail|
        descripcion de la operacion|description de l operation|movimento|designation|
        wording|booking text|transaction text|payment details|transaction narrative|omschrijving 1|
        descricao do movimento|concepto comun|description 1|description1|detalle|intitule|
        descripcion operacion|nazev|opis transakcji|avisierungstext|
        descrizione|descrizione operazione|dettagli|omschrijving transactie|buchungsdetails|beskrivning|
        tekst|text til modtager|forklaring|selite|kuvaus|rubrik|specifikation|megjegyzes|kozlemeny|
        detalii|tranzactie|aciklama|vorgang text|buchungsinformationen|narration|transaction remarks|
        remarks description|details of transaction|transaction particulars|title|titulo|titre|titel"""),
    (Role.MEMO, 1, """memo|notes|note|notes and tags|reference|payment reference|reference text|
        verwendungszweck|mitteilung|zahlungsreferenz|mededelingen|mededeling|betalingskenmerk|remarks|
        remark|observaciones|observacoes|referencia|referencia 1|referencia 2|detail de l ecriture|
        details de l operation|informations complementaires|information complementaire|tytul|
        zprava pro prijemce|poznamka|komentar|item title|subject|purpose|additional information|
        message|zprava|omschrijving 2|omschrijving 3|description 2|description 3|
        description2|description3|verwendungszweck 2|info complementaire|concepto 2|mas datos|
        reference 1|reference 2|motivo|motif|complement|informacion adicional|informacao adicional|
        additional details|tytul operacji|vlastni poznamka|uzivatelska identifikace|descrizione estesa|
        causale descrizione|note aggiuntive|meddelande|viesti|besked|melding|referens|egen notering|
        egen tekst|arkistointitunnus|notes memo|memo notes|label|labels|comment|comments|bemerkung|
        kommentar|opmerking|notitie|remarque|commentaire|comentario|comentarios|observacion"""),
    (Role.TYPE, 1, """type|transaction type|umsatzart|mutatiesoort|code|tipo|tipo de movimiento|
        type operation|type d operation|type de l operation|nature|typ|transaction code|subcategory|
        sub category|product|umsatztyp|buchungsart|art|tipo operacao|tipo de operacion|tipo movimiento|
        categoria operacion|rodzaj operacji|typ transakce|typ operace|transactiecode|booking type|
        transaction kind|kind|mode|mode de paiement|payment type|payment method|method|operation|causale|
        tipologia|vorgang|geschaftsvorfall|buchungsschlussel|transaktionstyp|transaktionstext|
        tapahtumalaji|transaktionstype|transaksjonstype|type of transaction|trans type|tran type"""),
    # Ignored too: a labelled file's answers ("entity", "expected category") and the business its rows belong to.
    # They are no bank's words; read as text they would be joined to the description, which then echoes the
    # answer and no longer matches the file.
    (Role.IGNORE, 1, """iban|bic|account|account number|account no|account name|account |acct|sort code|
        kontonummer|konto|auftragskonto|rekening|tegenrekening|tegenrekening iban bban|iban bban|
        numero de compte|numer konta|cislo uctu|protiucet|kod banky|nazev banky|bankleitzahl|blz|
        card no|card number|card member|cardmember|card|card last four digits|card holder full name|
        mandatsreferenz|mandate reference|glaubiger id|creditor id|machtigingskenmerk|incassant id|
        category|categorie|categoria|kategorie|sous categorie|spending category|category split|emoji|
        address|receipt|time|trade time|timezone|time zone|tag|tags|attachment|ks|vs|ss|email|
        from email address|to email address|shipping address|address status|item id|quantity|
        country code|batch id|sammlerreferenz|lastschrift ursprungsbetrag|auslagenersatz ruecklastschrift|
        anzahl der auftrage|anzahl der schecks|abweichender empfanger|ultimate creditor|ultimate debtor|
        number of transactions|number of cheques|compensation amount|original amount|naam uiteindelijke partij|
        naam initierende partij|bic tegenpartij|reden retour|oorspr bedrag|oorspr munt|koers|provedl|
        upresneni|id pokynu|footnotes|exchange from|exchange to|exchange rate|rate|wechselkurs|taux|
        tipo de cambio|taxa de cambio|kurs|check or slip|check number|cheque number|check|cheque|number|
        receipt id|invoice number|custom number|reference txn id|address line 1|address line 2|
        town city|state province region county|zip postal code|contact phone number|sales tax|
        shipping and handling amount|insurance amount|local amount|local currency|original currency|
        foreign amount|foreign currency|amount in foreign currency|fremdwahrung|betrag in fremdwahrung|
        orig amount|orig currency|original amount currency|creditor identifier|glaeubiger id|
        glaubiger identifikation|creditor id number|mandate id|bank code|bank name|bank|sender iban|
        recipient iban|counterparty iban|partner iban|counterparty account|counter account|
        account holder|account owner|kontoinhaber|titular|titulaire|beneficiary iban|
        kod|bic swift code|bic swift|swift|swift code|agencia|ag origem|agencia origem|balance currency|
        local currency code|merchant category|mcc|location|city|country|ort|land|plz|nr|no|n|
        zip|postcode|tax|vat|invoice|item|receipt number|memo category|card name|document|documento|
        oficina|sucursal|filiale|branch|sequence|seq|volgnummer|line|row|position|pos|exchange|
        reason for return|return reason|extended details|appears on your statement as|city state|
        state province|province|region|county|street|vat amount|vat rate|tax amount|tax rate|vat|mwst|ust|iva|tva|
        radnummer|clearingnummer|produkt|initiator|purchased by|card holder|cardholder|karteninhaber|
        kortnummer|kortinnehavare|afstemt|arkivreference|tilinumero|bic swift|payment method|
        merchant category code|original description|account name|account holder name|customer reference|
        kundenreferenz|end to end reference|
        end to end id|endtoendid|auftraggeberkonto|bankleitzahl auftraggeberkonto|iban auftraggeberkonto|
        variabilni symbol|konstantni symbol|specificky symbol|vs|ks|ss|numer rachunku|rachunek|
        numero conto|iban conto|product type|account type|month|year|week|day|weekday|
        entity|entity name|expected entity|expected counterparty|expected name|expected category|
        true category|gold entity|gold category|business|business id"""),
)

_EXACT: dict[str, tuple[Role, int]] = {}
for _role, _rank, _names in _HEADER_TABLE:
    for _name in _names.split("|"):
        _key = " ".join(_name.split())
        if _key:
            _EXACT.setdefault(_key, (_role, _rank))

# Families the exact table cannot list: numbered text parts, "...iban...", "saldo ..." and so on.
_PATTERNS: tuple[tuple[re.Pattern[str], Role, int], ...] = (
    (re.compile(r"^(omschrijving|description|descricao|descripcion|libelle|beschreibung|concepto|detail|"
                r"details|narrative|verwendungszweck|referencia|reference|text|memo|opis|popis)\s*\d+$"),
     Role.MEMO, 2),
    (re.compile(r".*\b(iban|bic|swift|blz|sort code|account number|kontonummer|rekeningnummer)\b.*"), Role.IGNORE, 2),
    (re.compile(r"^(original|orig|oorspr|local|foreign|instructed|fx)\b.*"), Role.IGNORE, 2),
    (re.compile(r".*\b(exchange|wechselkurs|koers)\b.*"), Role.IGNORE, 2),
    (re.compile(r"^(value|valuta|valor|valeur|wert)\s*(date|datum|fecha|data|dt)?\b.*date.*$"), Role.VALUE_DATE, 4),
    (re.compile(r".*\b(available|disponible|disponivel|verfugbar)\b.*"), Role.BALANCE, 2),
    (re.compile(r"^(saldo|balance|solde|kontostand|zustatek)\b.*"), Role.BALANCE, 1),
    (re.compile(r".*\b(running balance|balance after|saldo na|saldo po|saldo nach)\b.*"), Role.BALANCE, 1),
    (re.compile(r"^(debit|soll|debito|cargo|withdrawal|paid out|money out)\b.*"), Role.DEBIT, 2),
    (re.compile(r"^(credit|haben|credito|abono|deposit|paid in|money in)\b.*"), Role.CREDIT, 2),
    (re.compile(r".*\b(transaction|trans|booking|buchungs|posting|posted)\s*date\b.*"), Role.DATE, 2),
    (re.compile(r".*\bdate\b.*"), Role.DATE, 3),
    (re.compile(r"^(datum|fecha|data)\b.*"), Role.DATE, 3),
    (re.compile(r".*\b(amount|betrag|bedrag|montant|importe|kwota|castka)\b.*"), Role.AMOUNT, 5),
    (re.compile(r".*\b(fee|fees|gebuhr|gebuhren|frais|comision)\b.*"), Role.FEE, 2),
    (re.compile(r".*\b(currency|wahrung|devise|divisa|moeda|munt|waluta)\b.*"), Role.CURRENCY, 2),
    (re.compile(r"^(status|state)\b.*|.*\b(status|state)$"), Role.STATUS, 2),
    (re.compile(r".*\b(category|kategorie|categorie|categoria)\b.*"), Role.IGNORE, 2),
    (re.compile(r".*\b(description|libelle|concepto|descricao|omschrijving)\b.*"), Role.DESCRIPTION, 2),
    (re.compile(r".*\b(reference|referenz|referencia|kenmerk)\b.*"), Role.MEMO, 3),
    (re.compile(r".*\b(name|naam|nom|nombre|nome)\b.*"), Role.PAYEE, 2),
    (re.compile(r".*\b(type|typ|art|tipo)\b.*"), Role.TYPE, 2),
    (re.compile(r".*\bid\b.*"), Role.IGNORE, 3),
)

_FOREIGN = re.compile(r".*\b(foreign|original|orig|oorspr|fremdwahrung|local)\b.*")

# Header words whose meaning depends on the bank; the column's values settle them (see columns.py).
AMBIGUOUS_TEXT = frozenset({"buchungstext", "details", "opis operacji", "info", "reference", "referenz",
                            "referencia", "reference number", "mutatie", "movimiento", "tipo",
                            "transaction", "valuta", "libelle court"})
_AMBIGUOUS_ROLE = {"buchungstext": Role.DESCRIPTION, "details": Role.DESCRIPTION, "opis operacji": Role.DESCRIPTION,
                   "info": Role.MEMO, "movimiento": Role.DESCRIPTION}


def header_role(key: str) -> tuple[Role, int] | None:
    """The role (and rank) a normalised header name claims, or None when the name is unknown."""
    if not key:
        return None
    if _FOREIGN.match(key):
        return Role.IGNORE, 1  # "Amount (Foreign Currency)", "Type Foreign Currency": not the account's money
    found = _AMBIGUOUS_ROLE.get(key) and (_AMBIGUOUS_ROLE[key], 1)
    if found:
        return found
    found = _EXACT.get(key)
    if found:
        return found
    for pattern, role, rank in _PATTERNS:
        if pattern.match(key):
            return role, rank
    return None


# ----- values -------------------------------------------------------------------------------------------

# Direction indicators: -1 money out, +1 money in.
DIRECTION_WORDS = {
    "d": -1, "dr": -1, "db": -1, "deb": -1, "debit": -1, "debet": -1, "dbit": -1, "af": -1, "s": -1,
    "soll": -1, "-": -1, "debito": -1, "cargo": -1, "out": -1, "withdrawal": -1, "paid out": -1,
    "money out": -1, "lastschrift": -1, "belastung": -1, "uitgaand": -1, "ausgang": -1, "obciazenie": -1,
    "vydaj": -1, "saida": -1, "sortie": -1, "outgoing": -1, "outflow": -1, "debito en cuenta": -1,
    "c": 1, "cr": 1, "crd": 1, "credit": 1, "crdt": 1, "bij": 1, "h": 1, "haben": 1, "+": 1, "credito": 1,
    "abono": 1, "in": 1, "deposit": 1, "paid in": 1, "money in": 1, "gutschrift": 1, "inkomend": 1,
    "eingang": 1, "uznanie": 1, "prijem": 1, "entrada": 1, "incoming": 1, "inflow": 1, "credito en cuenta": 1,
}

# Row status words (folded). Anything else in a status column is read as posted, with a warning.
STATUS_POSTED = ("posted", "booked", "completed", "complete", "cleared", "settled", "gebucht", "ausgefuhrt",
                 "geboekt", "verwerkt", "comptabilise", "realise", "execute", "contabilizado", "efectuado",
                 "concluido", "liquidado", "zauctovano", "zaksiegowano", "wykonana", "success", "successful",
                 "succeeded", "done", "paid", "processed", "confirmed", "ok", "finished", "approved", "authorised ok",
                 "umsatz gebucht", "booking", "book", "boeking", "valide", "abgeschlossen", "erledigt",
                 "udfort", "utfort", "genomford", "bokfort", "bokford", "bogfort", "kirjattu", "toteutunut",
                 "refunded", "partially refunded", "cleared posted", "finalizado", "ejecutado")
STATUS_PENDING = ("pending", "vorgemerkt", "vormerkung", "in bearbeitung", "in behandeling", "en attente",
                  "en cours", "pendiente", "pendente", "processing", "in progress", "authorised", "authorized",
                  "authorisation", "authorization", "hold", "on hold", "reserved", "reservation", "reserviert",
                  "nicht gebucht", "niet geboekt", "en proceso", "em processamento", "oczekujaca", "blokada",
                  "pdng", "scheduled", "upcoming", "awaiting", "queued", "started", "created", "in transit",
                  "umsatz vorgemerkt", "unverified", "provisional", "offen", "open", "ausstehend", "venter",
                  "vantar", "reserveret", "reservert", "reserverad", "varaus", "kesken", "odottaa", "prenotato",
                  "in attesa", "in sospeso", "non contabilizzato", "a venir", "a valider", "not booked")
STATUS_FAILED = ("failed", "declined", "reverted", "reversed", "cancelled", "canceled", "rejected", "refused",
                 "abgelehnt", "storniert", "abgebrochen", "fehlgeschlagen", "mislukt", "geweigerd", "geannuleerd",
                 "rechazado", "rechazada", "denegado", "rejeitado", "recusado", "cancelado", "annule",
                 "refuse", "rejete", "echoue", "error", "void", "voided", "denied", "expired", "returned",
                 "bounced", "odrzucona", "anulowana", "zamitnuto", "info", "information", "invalid",
                 "suspended", "blocked", "chargeback denied", "unsuccessful", "afvist", "avvist", "avvisad",
                 "hylatty", "rifiutato", "annullato", "stornato", "storno")

_STATUS_CACHE: dict[str, str | None] = {}


def status_of(text: str) -> str | None:
    """'posted', 'pending', 'failed' for a status cell, None when the word is unknown."""
    cached = _STATUS_CACHE.get(text)
    if cached is not None or text in _STATUS_CACHE:
        return cached
    words = " ".join(_NON_ALNUM.sub(" ", fold(text)).split())
    result = None
    if words:
        # Exact words first; then a contained word, failed before pending before posted ("not booked").
        if words in STATUS_FAILED:
            result = "failed"
        elif words in STATUS_PENDING:
            result = "pending"
        elif words in STATUS_POSTED:
            result = "posted"
        else:
            padded = f" {words} "
            for kind, table in (("failed", STATUS_FAILED), ("pending", STATUS_PENDING), ("posted", STATUS_POSTED)):
                if any(f" {w} " in padded for w in table if len(w) > 3):
                    result = kind
                    break
    if len(_STATUS_CACHE) < 10_000:
        _STATUS_CACHE[text] = result
    return result


def direction_of(text: str) -> int | None:
    key = " ".join(_NON_ALNUM.sub(" ", fold(text)).split()) if text not in ("+", "-") else text
    return DIRECTION_WORDS.get(key)


# Lines that state a balance rather than record a movement ("Opening balance", "Saldo anterior").
BALANCE_LINE = re.compile(
    r"\b(opening balance|closing balance|beginning balance|ending balance|starting balance|final balance|"
    r"balance brought forward|balance carried forward|brought forward|carried forward|"
    r"anfangssaldo|endsaldo|alter kontostand|neuer kontostand|kontostand|saldovortrag|"
    r"beginsaldo|eindsaldo|saldo inicial|saldo final|saldo anterior|"
    r"solde initial|solde final|solde precedent|solde au|nouveau solde|ancien solde|"
    r"saldo poczatkowe|saldo koncowe|pocatecni zustatek|konecny zustatek|saldo total|saldo do dia|"
    r"saldo iniziale|saldo finale|saldo contabile)\b")
# Words of lines that total other lines.
TOTAL_LINE = re.compile(r"^\W*(total|totals|summe|gesamt|totaal|totale|sum|somme|suma|celkem)\b")

# Columns only card exports have (neobank exports with a "card last four digits" column are bank accounts).
CARD_HEADER_WORDS = frozenset({"card member", "cardmember", "card no", "card number", "card account"})
# Words of a card payment row (money into a card account), in English and our other languages.
# Only phrases a card statement uses for money coming in: a bank account's "online payment" is money out.
CARD_PAYMENT = re.compile(
    r"(thank you|payment received|autopay|automatic payment|pago recibido|zahlung erhalten|paiement recu|"
    r"betaling ontvangen|pagamento recebido|payment thank|merci pour votre paiement|vielen dank)")
