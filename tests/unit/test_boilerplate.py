from cashpilot.domain.boilerplate import MIN_LINES, StatementVocabulary

# An invented Dutch-style statement: a two-letter channel code in front of many different counterparties.
DUTCH = [
    "bg Kwekerij De Boer Factuur 29106",
    "bg Kwekerij De Boer Factuur 40497",
    "bg Bloemsierkunst Anja Factuur VL07506",
    "bg Legmeer Vastgoed B.V. Huur hal maart",
    "bg Legmeer Vastgoed B.V. Huur hal april",
    "bg Rozenkwekerij Van Dijk V.O.F. fact 3525",
    "bg Belastingdienst Betalingskenmerk 5972 6192",
    "ei Transportbedrijf Hoogendoorn B.V. Factuur 075968",
    "ei Eneco Zakelijk Termijnbedrag 095798286",
    "ei Interpolis Schade Polisnr 70.44.128",
    "ei Vitens Water voorschot 80279929",
    "ei Transportbedrijf Hoogendoorn B.V. Factuur 234614",
    "db Kosten Rabo TotaalPakket maart",
    "cb Batch salarissen januari 5 posten",
]

# An invented Spanish-style statement: a three-word phrase in front of each payee.
SPANISH = [
    "TRANSFERENCIA REALIZADA A JAMES O'CONNOR CONCEPTO FACTURA 40/2026 CLASES",
    "TRANSFERENCIA REALIZADA A JAMES O'CONNOR CONCEPTO FACTURA 77/2026 CLASES",
    "TRANSFERENCIA REALIZADA A INMUEBLES RUZAFA SL CONCEPTO ALQUILER ABRIL",
    "TRANSFERENCIA REALIZADA A INMUEBLES RUZAFA SL CONCEPTO ALQUILER MAYO",
    "TRANSFERENCIA REALIZADA A ELENA SORIANO PUCHOL CONCEPTO DIVIDENDO 2025",
    "TRANSFERENCIA REALIZADA A LIBRERIA PARIS VALENCIA CONCEPTO LIBROS",
    "TRANSFERENCIA REALIZADA A GESTORIA MORA CONCEPTO HONORARIOS",
    "TRANSFERENCIA RECIBIDA DE LAURA MARTINEZ CONCEPTO CURSO",
    "TRANSFERENCIA RECIBIDA DE PABLO RUIZ CONCEPTO CURSO",
    "RECIBO IBERDROLA CLIENTES REF 1234",
    "RECIBO MOVISTAR REF 9876",
    "COMPRA TARJETA MERCADONA VALENCIA",
]


def test_strips_a_channel_code_printed_before_many_counterparties():
    vocabulary = StatementVocabulary.learn(DUTCH)
    assert vocabulary.refine("bg Kwekerij De Boer", DUTCH[0]) == "Kwekerij De Boer"
    assert vocabulary.refine("ei Transportbedrijf Hoogendoorn B.V", DUTCH[7]) == "Transportbedrijf Hoogendoorn B.V"


def test_strips_a_whole_phrase_ending_in_a_word_that_introduces_many_names():
    vocabulary = StatementVocabulary.learn(SPANISH)
    assert vocabulary.refine("Realizada a James O'Connor", SPANISH[0]) == "James O'Connor"
    assert vocabulary.refine("Realizada a Inmuebles Ruzafa SL", SPANISH[2]) == "Inmuebles Ruzafa SL"


def test_leaves_clean_names_alone_and_ends_a_name_at_a_purpose_word_printed_after_many_names():
    vocabulary = StatementVocabulary.learn(SPANISH)
    assert vocabulary.refine("Inmuebles Ruzafa SL", SPANISH[2]) == "Inmuebles Ruzafa SL"  # a legal form ends many
    # "CONCEPTO" follows six different payees and is followed by their purposes: it starts the purpose
    assert "concepto" in vocabulary.purposes
    assert vocabulary.refine("James O'Connor Concepto", SPANISH[0]) == "James O'Connor"


def test_never_strips_to_empty_and_passes_none_through():
    vocabulary = StatementVocabulary.learn(DUTCH)
    assert vocabulary.refine("bg", "bg 4417") == "bg"  # nothing in the line to recover the name from
    assert vocabulary.refine("bg 4417", "bg 4417 ei") == "bg 4417"
    assert vocabulary.refine(None, "bg") is None
    assert vocabulary.refine("", "bg") == ""


def test_codes_go_only_together_with_boilerplate():
    lines = [f"MERCURY CARD ••4417 {shop}" for shop in ("JOBBER", "KWIK TRIP", "FACEBOOK", "THE HOME DEPOT", "MENARDS")]
    lines += [f"DEPOSIT FROM {payer}" for payer in ("CEDAR RIDGE", "NORTHMARK", "OAK HILL", "KAREN OLSON")]
    lines += ["7 ELEVEN 1234 MINNEAPOLIS MN", "7 ELEVEN 5678 MINNEAPOLIS MN", "ALLY PAYMT", "ALLY PAYMT"]
    vocabulary = StatementVocabulary.learn(lines)
    assert vocabulary.refine("Mercury Card ••4417 Jobber", lines[0]) == "Jobber"
    assert vocabulary.refine("Deposit from Northmark", lines[6]) == "Northmark"
    assert vocabulary.refine("7 Eleven", lines[9]) == "7 Eleven"


def test_small_statements_change_nothing():
    vocabulary = StatementVocabulary.learn(DUTCH[: MIN_LINES - 1])
    assert vocabulary.refine("bg Kwekerij De Boer", DUTCH[0]) == "bg Kwekerij De Boer"


def test_a_word_shared_by_a_few_real_names_is_not_boilerplate():
    lines = [
        "CARD PURCHASE DELTA DENTAL OF MN",
        "CARD PURCHASE DELTA DENTAL OF MN",
        "CARD PURCHASE DELTA AIR LINES",
        "CARD PURCHASE DELTA AIR LINES",
        "CARD PURCHASE DELTA AIR LINES",
        "CARD PURCHASE SHELL OIL",
        "CARD PURCHASE MENARDS",
        "CARD PURCHASE KWIK TRIP",
        "CARD PURCHASE HOME DEPOT",
        "CARD PURCHASE JOBBER",
        "CARD PURCHASE ALLY",
        "CARD PURCHASE FACEBOOK",
    ]
    vocabulary = StatementVocabulary.learn(lines)
    assert vocabulary.refine("Purchase Delta Dental", lines[0]) == "Delta Dental"
    assert vocabulary.refine("Delta Air Lines", lines[2]) == "Delta Air Lines"


def test_a_dominant_customer_is_not_boilerplate():
    lines = [f"ACME WHOLESALE INV {n} PAYMENT" for n in range(1000, 1006)]  # half the statement, always "WHOLESALE"
    lines += [
        f"bg {name}" for name in ("Kwekerij De Boer", "Bloemsierkunst Anja", "Legmeer", "Eneco", "Vitens", "Rabo")
    ]
    vocabulary = StatementVocabulary.learn(lines)
    assert vocabulary.refine("Acme Wholesale", lines[0]) == "Acme Wholesale"
    assert vocabulary.refine("bg Eneco", lines[9]) == "Eneco"


def test_legal_forms_ending_many_names_do_not_pull_the_name_into_boilerplate():
    # "GMBH" is followed by many different words, but it is also preceded by many: it ends names, starts none. It
    # stands late in its lines too, so it is no leading word at all.
    names = ["Hausverwaltung Krueger"] * 4 + ["Acme", "Zeta Logistik", "Beta Druck", "Gamma Pack", "Delta Versand"] * 2
    words = ["MIETE", "RECHNUNG", "KAUTION", "STROM", "PORTO", "DRUCK", "LIZENZ", "WARTUNG", "VERSAND", "BERATUNG"]
    lines = [f"SEPA-LASTSCHRIFT {name} GMBH {word}" for name, word in zip(names, [*words, "ABO", "GEBUEHR", "X", "Y"])]
    vocabulary = StatementVocabulary.learn(lines)
    assert "gmbh" not in vocabulary.leading
    assert not {"hausverwaltung", "krueger"} & vocabulary.leading
    assert vocabulary.refine("Hausverwaltung Krueger GmbH", lines[0]) == "Hausverwaltung Krueger GmbH"


# An invented US-style statement: a card product name and mask printed in front of each shop.
CARD_LINES = [f"VANTAGE CARD ••9021 {shop}" for shop in ("CORNER HARDWARE", "PIXEL ADS", "CORNER HARDWARE",
                                                            "THE FUEL STOP", "GREENLEAF NURSERY", "PIXEL ADS")]
CARD_LINES += [f"DEBIT CARD PURCHASE - {shop}" for shop in ("CORNER HARDWARE", "BLUE MOON DINER", "PIXEL ADS") * 6]
CARD_LINES += ["Zelle money received from Dana Whitfield", "Zelle money sent to Oakline Rentals"]


def test_a_word_always_followed_by_the_same_word_then_by_many_names_heads_a_phrase():
    vocabulary = StatementVocabulary.learn(CARD_LINES)
    assert "vantage" in vocabulary.leading
    assert "card" not in vocabulary.leading  # "card" alone is followed mostly by "purchase"


def test_a_name_that_is_all_boilerplate_is_recovered_from_the_line():
    vocabulary = StatementVocabulary.learn(CARD_LINES)
    assert vocabulary.refine("Vantage", CARD_LINES[0]) == "Corner Hardware"
    assert vocabulary.refine("Vantage", CARD_LINES[3]) == "Fuel Stop"  # "THE" is a stop word, not a name
    assert vocabulary.refine("Vantage ••9021", CARD_LINES[4]) == "Greenleaf Nursery"  # codes go with boilerplate


def test_no_recovery_without_a_plausible_name_or_for_long_names_and_known_vendors():
    vocabulary = StatementVocabulary.learn(CARD_LINES)
    assert vocabulary.refine("Vantage", "VANTAGE CARD ••9021 AB 7731") == "Vantage"  # no word of three letters
    assert vocabulary.refine("Vantage", "VANTAGE CARD ••9021 PAYMENT THANK YOU") == "Vantage"  # stop words only
    assert vocabulary.refine("Vantage Vantage Vantage", CARD_LINES[0]) == "Vantage Vantage Vantage"
    stripe_lines = [line.replace("VANTAGE", "STRIPE") for line in CARD_LINES]
    assert StatementVocabulary.learn(stripe_lines).refine("Stripe", stripe_lines[0]) == "Stripe"


def test_a_town_printed_after_many_merchants_is_learned_and_dropped():
    from cashpilot.domain.boilerplate import trailing_places, without_place

    names = ["Polen Surfboards Ericeira", "Tasca do Ze Ericeira", "Decathlon Mafra", "Harlow & Finch",
             "Harlow and Finch", "Lyon Taxi Services", "Acme Services", "Mehta Digital Ltd", "Beta Ltd"]
    places = trailing_places((name, f"COMPRA 4471 {name.upper()}") for name in names)
    assert places == {"ericeira"}  # "Finch" ends one name spelt two ways; "Services" and "Ltd" end names anyway
    # a word that is not the line's last (a reference follows) is no town, nor one that would merge two names
    assert trailing_places((n, f"ACH DEBIT {n.upper()} 12345678") for n in names) == frozenset()
    merging = ["North Blue Fabrication", "North Blue Millwork", "Oak Fabrication", "Pine Millwork"]
    assert trailing_places((n, f"POS {n.upper()}") for n in merging) == frozenset()
    assert without_place("Tasca do Ze Ericeira", places) == "Tasca do Ze"
    assert without_place("Ericeira", places) == "Ericeira"  # never to nothing


def test_type_codes_glued_to_the_first_word_are_boilerplate():
    lines = ["VDP-IRISH RAIL", "VDP-BOOKMANAGER", "VDC-BEWLEYS GRAFTON", "VDC-EUROGIANT", "*INET ARGOSY LIBRARIES",
             "*INET KILBRIDE PROPERTY RENT SEP", "*INET KILBRIDE PROPERTY RENT OCT",
             "*INET KILBRIDE PROPERTY RENT NOV", "*INET GARDNERS BOOKS", "*MOBI NIAMH GALLAGHER", "*MOBI SAVINGS",
             "LODGEMENT RATHMINES", "FEE-QTR TO 30/11"]
    vocabulary = StatementVocabulary.learn(lines)
    assert {"vdp", "vdc", "inet", "mobi"} <= vocabulary.leading
    assert not {"kilbride", "property", "rent"} & vocabulary.leading  # months change, the purpose before them stays
    assert vocabulary.refine("Vdp-Irish Rail", lines[0]) == "Irish Rail"
    assert vocabulary.refine("Inet Kilbride Property", lines[5]) == "Kilbride Property"


# An invented UK statement whose bank cuts names at 18 characters ("PENTLAND VETERINAR", "BANCHORY HAULAGE L"),
# with the town printed whole on another line.
CUT_AT_18 = [
    "BGC COLLEGE OF ABERDEE REF 44120",
    "BGC COLLEGE OF ABERDEE REF 44871",
    "DD ABERDEEN CITY COUNCIL 7730215",
    "DEB GRANITE FRAMES ABE CD 4471",
    "FPO HARBOUR ACCOUNTANC 8821 INV",
    "FPO PENTLAND VETERINAR 4471 FEES",
    "SO BANCHORY HAULAGE L RENT",
    "DEB TESCO STORES 3297 CD 4471",
    "DEB BOOTS 1123 CD 4471",
    "FPI J ROBERTSON THANKS 12OCT",
    "FPI M STEWART SESSION 14OCT",
    "DD OCTOPUS ENERGY 4471203",
    "BGC NORTH SEA FABRICATION REF 77",
    "FPO HIGHLAND FIRTH ALE INV 4471",
]


def test_learns_the_width_a_bank_cuts_names_at():
    assert StatementVocabulary.learn(CUT_AT_18).width == 18
    assert StatementVocabulary.learn(SPANISH).width is None  # whole names, no common cut
    assert StatementVocabulary.learn(CUT_AT_18[:4]).width is None  # too few lines to tell


def test_completes_a_name_cut_at_the_learned_width():
    vocabulary = StatementVocabulary.learn(CUT_AT_18)
    # a town printed whole elsewhere in the statement, tied into the name
    assert vocabulary.refine("College of Aberdee", "BGC COLLEGE OF ABERDEE REF 44120") == "College of Aberdeen"
    # a merchant's town after its name, cut: its place, not its name
    assert vocabulary.refine("Granite Frames Abe", "DEB GRANITE FRAMES ABE CD 4471") == "Granite Frames"


def test_leaves_names_that_only_happen_to_fill_the_width():
    vocabulary = StatementVocabulary.learn(CUT_AT_18)
    # eighteen characters, but whole: a real short word that starts no common business word or town of the statement
    assert vocabulary.refine("Highland Firth Ale", "FPO HIGHLAND FIRTH ALE INV 4471") == "Highland Firth Ale"
    assert vocabulary.refine("North Sea Fabrication", "BGC NORTH SEA FABRICATION REF 77") == "North Sea Fabrication"
    # shorter than the width: not cut, whatever its last word starts
    assert vocabulary.refine("Octopus Energy", "DD OCTOPUS ENERGY 4471203") == "Octopus Energy"
    # without a learned width nothing is completed
    unlearned = StatementVocabulary()
    assert unlearned.refine("College of Aberdee", "BGC COLLEGE OF ABERDEE REF 44120") == "College of Aberdee"


def test_a_persons_surname_at_the_learned_width_is_not_completed():
    vocabulary = StatementVocabulary.learn(CUT_AT_18)
    # "Baker" starts "Bakery", and the name fills the 18 characters: a person's surname all the same
    assert vocabulary.refine("Margaret Ann Baker", "FPI MARGARET ANN BAKER REF 4471") == "Margaret Ann Baker"
    assert vocabulary.refine("K Baker", "FPI K BAKER REF 4471") == "K Baker"
    # the same word after a business's name is its cut "Bakery"
    assert vocabulary.refine("Kelsoe Towne Baker", "DEB KELSOE TOWNE BAKER CD 4471") == "Kelsoe Towne Bakery"


def test_one_names_own_lines_ending_in_a_word_make_no_town():
    from cashpilot.domain.boilerplate import trailing_places

    # "Bindery" ends the lines of one payer only ("... FERGUSON BINDERY"), and another name without ending its line
    lines = [("Morrison Grieve Ferguson Bindery", "SO MORRISON GRIEVE FERGUSON BINDERY"),
             ("Morrison Grieve Ferguson Bindery", "SO MORRISON GRIEVE FERGUSON BINDERY"),
             ("Northern Bindery", "FPO NORTHERN BINDERY M PRESS 4471")]
    assert trailing_places(lines) == frozenset()
    # a town ends the lines of different merchants
    towns = [("Polen Surfboards Ericeira", "COMPRA 4471 POLEN SURFBOARDS ERICEIRA"),
             ("Tasca do Ze Ericeira", "COMPRA 4471 TASCA DO ZE ERICEIRA")]
    assert trailing_places(towns) == {"ericeira"}


# An invented Italian statement: whole phrases open the lines, and their single words ("a", "di") are too common to
# count as the bank's on their own.
ITALIAN = [
    "BONIFICO ONWEB A FAVORE DI AGRIMACCHINE VALPOLICELLA IBAN IT97T0503411750000000012345",
    "BONIFICO ONWEB A FAVORE DI MAGAZZINI BERTOLDI IBAN IT03M0306917629082108964621",
    "BONIFICO ONWEB A FAVORE DI CANTINA ZORZI IBAN IT95B0306917561054685831636",
    "BONIFICO ONWEB A FAVORE DI VIVAI BONETTI IBAN IT58A0311110442528592830084",
    "BONIFICO ONWEB A FAVORE DI CANTINA ZORZI IBAN IT95B0306917561054685831636",
    "COMPRA CARTA 4471 DEL 10/06/25 13:16 PRESSO MACELLERIA ZANETTI",
    "COMPRA CARTA 4471 DEL 15/06/25 10:43 PRESSO FERRAMENTA ROSSI",
    "COMPRA CARTA 0386 DEL 20/06/25 12:36 PRESSO PANIFICIO BIANCHI",
    "COMPRA CARTA 4471 DEL 19/06/25 20:20 PRESSO ENOTECA VERDI",
    "COMPRA CARTA 4471 DEL 21/06/25 20:20 PRESSO ENOTECA VERDI",
    "CANONE MENSILE CONTO MAGGIO",
    "CANONE MENSILE CONTO GIUGNO",
]


def test_a_whole_phrase_that_opens_many_lines_before_many_names_is_the_banks():
    vocabulary = StatementVocabulary.learn(ITALIAN)
    assert vocabulary.refine("Onweb a Favore di Cantina Zorzi", ITALIAN[2]) == "Cantina Zorzi"
    assert vocabulary.refine("Compra Carta Presso Ferramenta Rossi", ITALIAN[6]) == "Ferramenta Rossi"
    # the phrase's words elsewhere are left alone
    assert vocabulary.refine("Canone Mensile Conto", ITALIAN[10]) == "Canone Mensile Conto"


def test_a_common_business_word_cut_short_is_written_out_with_no_width_learned():
    vocabulary = StatementVocabulary.learn(["x"])  # too short a statement to learn anything
    assert vocabulary.refine("Harwell Tax & Accountin", "WEB BILL PAYMENT HARWELL TAX & ACCOUNTIN CONF# 4397") == (
        "Harwell Tax & Accounting")
    assert vocabulary.refine("Patriot Softwar", "ACH Debit PATRIOT SOFTWAR PAYROLL 1921281595") == "Patriot Software"
    # a word that only lacks an inflection, a person, a name printed in mixed case: as printed
    assert vocabulary.refine("Harborview Motor", "ACH Credit HARBORVIEW MOTOR AP PMT 6256") == "Harborview Motor"
    assert vocabulary.refine("John Baker", "FPS JOHN BAKER 4471") == "John Baker"
    assert vocabulary.refine("Ascentium Capit", "Ascentium Capit lease") == "Ascentium Capit"
    # "Y" is an inflection only of a word that stands alone without it ("BREWER"), not of a cut ("COMPAN")
    assert vocabulary.refine("Bristol Waste Compan", "DIRECT DEBIT BRISTOL WASTE COMPAN BWC985757") == (
        "Bristol Waste Company")
    assert vocabulary.refine("Hilltop Brewer", "CARD 4829 HILLTOP BREWER BRISTOL GB") == "Hilltop Brewer"


def test_a_word_printed_after_many_names_still_ends_a_name_that_the_iban_closes():
    # Slovak transfers: "POISTOVNA" (insurer) and "KOSICE" follow several payees, but each time right before the
    # IBAN, where the registered name ends: they are the names' own words, not a purpose.
    lines = [
        "Odoslaná platba SEPA pre: SOCIALNA POISTOVNA SK6581800000009082848342 /VS4289450492/SS/KS3558",
        "Odoslaná platba SEPA pre: DOVERA ZDRAVOTNA POISTOVNA A.S. SK0402000000006326013373 /VS642682266",
        "Odoslaná platba SEPA pre: VSEOBECNA ZDRAVOTNA POISTOVNA SK6081800000001804690791 /VS0667396457",
        "Kredit. platba SEPA od: KOOPERATIVA POISTOVNA A.S. VIG SK2111000000006282880440 /VS3136470030",
        "Odoslaná platba SEPA pre: MESTO KOSICE SK4602000000002624352646 /VS1747370092/SS/KS0558 dan",
        "Odoslaná platba SEPA pre: DANOVY URAD KOSICE SK7781800000002696145608 /VS7003642493/SS/KS",
        "Transakcia kartou 4405 77** **** 5561 16.09.2025 OBI KOSICE, KOSICE, SVK",
        "Transakcia kartou 4405 77** **** 5561 03.10.2025 BILLA KOSICE, KOSICE, SVK",
        "Transakcia kartou 4405 77** **** 5561 05.10.2025 SHELL KOSICE, KOSICE, SVK",
    ] * 2
    vocabulary = StatementVocabulary.learn(lines)
    assert vocabulary.refine("Socialna Poistovna", lines[0]) == "Socialna Poistovna"
    assert vocabulary.refine("Mesto Kosice", lines[4]) == "Mesto Kosice"


# An invented Ulster Bank-style statement: "D/D" lines, and people printed with initials.
ULSTER = [
    "D/D ALDERMORE BANK PLC 356843066", "D/D ALDERMORE BANK PLC 356843067", "D/D LAND & PROPERTY SE RATES 775967880",
    "D/D NORTHERN IRELAND W 7604366735", "D/D BT GROUP PLC 449120", "D/D SSE AIRTRICITY 1120934",
    "D/D HISCOX 99812", "BAC MR D WYLIE INV 2212 FP 02/04/26 1539 283693044735023064",
    "BAC K BEATTIE BEATTIE FUNERAL FP 24/03/26 1728 762920679616277382",
    "DPC K STEWART WAGES FEB FP 27/02/26 2139 VIA BANKLINE", "DPC M GILMORE ORGANIST FP 25/03/26 1645 VIA BANKLINE",
    "DPC LAGAN VALLEY COFFI INV 61389 FP 20/02/26 1902 VIA BANKLINE",
]

# An invented pool-service statement: customers' memos follow a Zelle reference, after many different names.
POOL = [
    "ZELLE FROM JENNIFER OKAFOR REF G7O69VDW9A POOL SVC", "ZELLE FROM BRIAN T NGUYEN REF U98WOQMNEY POOL SERVICE",
    "ZELLE FROM MARGARET HOLLIS REF MGNNK0ZEOS POOL CLEANUP", "ZELLE FROM DANA REYES REF UZS7KGVETT POOL JULY",
    "ZELLE FROM OMAR FADEL REF Q2LKD0PZ1E POOL SERVICE", "ZELLE FROM PAT GREENE REF 7HHW2QK0LM POOL SVC",
    "DEBIT CARD PURCHASE 07/08 SUPERIOR POOL PROD TEMPE AZ CARD ENDING IN 4417",
    "DEBIT CARD PURCHASE 07/19 SUPERIOR POOL PROD TEMPE AZ CARD ENDING IN 4417",
    "DEBIT CARD PURCHASE 07/21 SCP DISTRIBUTORS MESA AZ CARD ENDING IN 4417",
    "ACH WITHDRAWAL SRP ELECTRIC 7733105730 PPD", "ACH WITHDRAWAL PROGRESSIVE INS 7651383665 PPD",
    "ACH DEPOSIT RED MOUNTAIN COM VENDOR PMT 1873750030 CCD",
]


def test_a_persons_initial_is_not_the_one_letter_code_of_the_banks_layout():
    vocabulary = StatementVocabulary.learn(ULSTER)
    assert "d" not in vocabulary.leading  # "D/D" is a channel the extractor knows; one letter is more often an initial
    assert vocabulary.refine("D Wylie", ULSTER[7]) == "D Wylie"
    assert vocabulary.refine("K Stewart", ULSTER[9]) == "K Stewart"


def test_a_memo_printed_after_a_reference_is_no_purpose_inside_a_name():
    vocabulary = StatementVocabulary.learn(POOL)
    assert "pool" not in vocabulary.purposes
    assert vocabulary.refine("Superior Pool Products", POOL[6]) == "Superior Pool Products"


# An invented e-money statement: customers' payments carry the business's own name ("ASHBY SWEEPS") after theirs, and
# the owner's drawings go to "Thomas Ashby"; Unity-style lines print a customer's initial first ("S AKHTAR").
SWEEP = [
    "Payment received - GREENWOOD M - ASHBY SWEEP", "Payment received - WOLDS RETREATS LTD - ASHBY SWEEPS INV 1125",
    "Payment received - HOLLY COTTAGE - ASHBY SWEEP 2 FLUES", "Payment received - MR C OREILLY - ASHBY SWEEPS",
    "Payment received - THE MINSTER ARMS - ASHBY SWEEP INV 1108", "Payment sent - Thomas Ashby - DRAWINGS",
    "Payment sent - Thomas Ashby - DRAWINGS", "Payment sent - Liam Dobson - WAGES NOV",
    "FPS RECEIPT S AKHTAR DONATION", "FPS RECEIPT J PATEL ROOM HIRE", "FPS RECEIPT S OKAFOR BUFFET",
    "FPS RECEIPT A MURRAY ROOM HIRE", "FPS RECEIPT S BYRNE DONATION", "FPS RECEIPT K SHAW ROOM HIRE",
]


def test_a_given_name_is_never_cut_from_its_surname_and_an_initial_is_never_the_banks():
    vocabulary = StatementVocabulary.learn(SWEEP)
    assert "ashby" in vocabulary.purposes  # printed after many customers' names
    assert vocabulary.refine("Thomas Ashby", SWEEP[5]) == "Thomas Ashby"
    assert vocabulary.refine("Wolds Retreats", SWEEP[1]) == "Wolds Retreats"
    assert "s" not in vocabulary.leading
    assert vocabulary.refine("S Akhtar", SWEEP[8]) == "S Akhtar"


# An invented Reliance-style statement: the town the business is in is printed before "GBR" on card lines, and first
# in some suppliers' names; "TAX" follows many names as a purpose, but "TAX & ACC" is part of one.
NARROWBOAT = [
    "VISA DEBIT TESCO STORES 2931  DAVENTRY GBR 22APR26 ****2207", "VISA DEBIT SHELL DAVENTRY  DAVENTRY GBR 11MAY26",
    "VISA DEBIT BRAUNSTON MARINA L DAVENTRY GBR 01APR26 ****5930",
    "FASTER PAYMENT OUT DAVENTRY LINEN SER REF INV 54188",
    "FASTER PAYMENT OUT DAVENTRY TAX & ACC REF YE ACCOUNTS 2025", "CASH PAID IN POST OFFICE DAVENTRY",
    "FASTER PAYMENT OUT DAVENTRY LINEN SER REF INV 54490", "DIRECT DEBIT HMRC VAT REF 123456789",
    "PREAUTH DEBIT AR DFA SALES TAX 434857226 CCD", "PREAUTH DEBIT ACME SUPPLY TAX 434857227 CCD",
    "PREAUTH DEBIT ZETA LTD TAX 434857228 CCD", "PREAUTH DEBIT OMEGA PLC TAX 434857229 CCD",
    "PREAUTH DEBIT DELTA INC TAX 434857230 CCD",
]


def test_a_town_printed_before_a_country_code_is_no_word_of_the_bank():
    vocabulary = StatementVocabulary.learn(NARROWBOAT)
    assert "daventry" not in vocabulary.leading
    assert vocabulary.refine("Daventry Linen Services", NARROWBOAT[3]) == "Daventry Linen Services"
    assert "tax" in vocabulary.purposes
    assert vocabulary.refine("Daventry Tax & Acc", NARROWBOAT[4]).startswith("Daventry Tax & Acc")


def test_saint_and_single_letters_are_never_purposes():
    lines = [
        "Bonifico SEPA Italia Ben: CASEIFICIO SOCIALE SAN GEMINIANO IBAN: IT57Y0538783679000964417",
        "Bonifico SEPA Italia Ben: PARROCCHIA SAN PIETRO Causale: offerta", "Bonifico SEPA Italia Ben: BAR SAN MARCO",
        "Bonifico SEPA Italia Ben: HOTEL SAN LUCA Causale: camere", "Bonifico SEPA Italia Ben: FORNO SAN ROCCO",
        "Bonifico SEPA Italia Ben: ROSSI E FIGLI", "Bonifico SEPA Italia Ben: BIANCHI E FIGLI",
        "Bonifico SEPA Italia Ben: VERDI E C", "Bonifico SEPA Italia Ben: NERI E SOCI",
        "Bonifico SEPA Italia Ben: GALLI E BIANCO", "Bonifico SEPA Italia Ben: CONTI E PARTNERS",
        "Bonifico SEPA Italia Ben: MARINO E FIGLI",
    ]
    vocabulary = StatementVocabulary.learn(lines)
    assert "san" not in vocabulary.purposes and "e" not in vocabulary.purposes
    assert vocabulary.refine("Caseificio Sociale San Geminiano", lines[0]) == "Caseificio Sociale San Geminiano"
