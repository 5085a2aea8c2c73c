"""Bytes to text: refuse binaries, find the encoding, normalise line endings.

Banks export in UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text", with or without BOM) and the
code pages of their country: cp1252 in western Europe and the Americas, cp1250 (or ISO-8859-2) in central
Europe. A short cascade decides: BOM, UTF-16 byte pattern, strict UTF-8, then the code page that turns the
non-ASCII bytes into letters those languages actually use, helped by their neighbours ("Løn" is Danish,
"Dvořák" Czech, "año" Spanish, "Poznań" Polish). latin-1 is the last resort (it never fails).
A simple cascade suffices: no detection library is needed for the handful of encodings banks use.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass

from cashpilot.domain.statements.errors import binary_file, empty_file

SNIFF_BYTES = 64 * 1024

# Leading bytes of formats people upload by mistake, with advice for the ones that are close to a statement.
_SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image", ""),
    (b"\xff\xd8\xff", "a JPEG image", ""),
    (b"GIF87a", "a GIF image", ""),
    (b"GIF89a", "a GIF image", ""),
    (b"%PDF-", "a PDF document", "Download the statement as CSV, OFX or CAMT.053 instead."),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an Excel 97-2003 workbook (.xls)",
     "Export the statement as CSV (or save the sheet as CSV) and upload that."),
    (b"\x1f\x8b", "a gzip archive", "Unpack it first."),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "Unpack it first."),
    (b"Rar!\x1a\x07", "a RAR archive", "Unpack it first."),
    (b"BZh", "a bzip2 archive", "Unpack it first."),
    (b"\x7fELF", "a program", ""),
    (b"MZ", "a Windows program", ""),
    (b"II*\x00", "a TIFF image", ""),
    (b"MM\x00*", "a TIFF image", ""),
    (b"{\\rtf", "an RTF document", "Export the statement as CSV instead."),
    (b"SQLite format 3\x00", "an SQLite database", ""),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters that do not occur in text files (TAB, LF, FF, CR, SUB/Ctrl-Z and ESC are allowed).
_ASCII = bytes(range(128))
_CONSONANT = rb"[bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ]"
_VOWEL = rb"[aeiouyAEIOUY\xe1\xe9\xed\xf3\xfa]"
# Letters a byte's neighbours make implausible in one code page (points added to that page's score):
_CONTEXT = (
    # Czech "ř" is followed by a vowel or ends a word; Danish/Norwegian "ø" is often followed by a consonant.
    (re.compile(rb"[\xf8\xd8]" + _CONSONANT), "cp1250", -5),
    # Spanish "ñ" is followed by a vowel ("año"); Polish "ń" ends a word or precedes a consonant ("Poznań").
    (re.compile(rb"\xf1" + _VOWEL), "cp1250", -3),
    (re.compile(rb"\xf1(?:" + _CONSONANT + rb"|[^A-Za-z\x80-\xff])"), "cp1252", -3),
    # "Kč", the Czech crown.
    (re.compile(rb"K\xe8(?![A-Za-z])"), "cp1250", 5),
)
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 26, 27))

# Where cp1252 and cp1250 decode a byte differently, how typical each resulting character is of the
# languages that use the code page (0: never seen in a statement, 3: common).
_CP1252_WEIGHT = {
    "è": 2.5, "ê": 2, "à": 3, "ã": 2, "õ": 1.5, "ñ": 3, "æ": 1.5, "ø": 2, "ì": 0.3, "ù": 0.5, "ò": 0.5,
    "œ": 0.3, "ÿ": 0.1, "Ÿ": 0.1, "¿": 1, "¡": 0.5, "ª": 0.5, "º": 1.5, "¥": 0.3, "³": 0, "¹": 0, "¾": 0,
    "¼": 0, "½": 0.1, "Ã": 0.5, "Ñ": 2, "È": 1, "À": 1, "Ì": 0.1, "Ò": 0.1, "Ø": 0.2, "Ê": 0.5, "Õ": 0.5,
    "ð": 0, "þ": 0, "Ð": 0, "Þ": 0, "ý": 1, "Ý": 0.5, "¦": 0, "¨": 0, "¯": 0, "\u00b8": 0, "\u02c6": 0, "\u02dc": 0,
    "¤": 0.1, "Š": 1, "Œ": 0.1, "Ž": 1, "\u203a": 0.3, "\u2039": 0.3, "ƒ": 0.1, "¬": 0, "®": 0.2, "±": 0.2,
    "Æ": 0.5, "Ù": 0.1, "Å": 1, "å": 2, "Â": 0.5, "â": 2, "Î": 0.2, "î": 1, "Û": 0.1, "û": 1,
    "£": 3, "¢": 0.2, "§": 0.5, "°": 1, "«": 0.5, "»": 0.5, "©": 0.2, "µ": 0.1,
}
_CP1250_WEIGHT = {
    "č": 2.5, "ę": 2, "ŕ": 0.2, "ă": 0.5, "ő": 1, "ń": 2, "ć": 2, "ř": 3, "ě": 3, "ů": 2, "ň": 1.5, "ś": 2,
    "ť": 1, "ź": 1, "ż": 2, "ł": 3, "ą": 3, "ľ": 1, "ĺ": 0.3, "Ł": 3, "Ą": 1, "Ś": 1.5, "Ż": 1, "Č": 2,
    "Ř": 1.5, "Ě": 0.5, "Ů": 0.3, "Ń": 0.3, "Ć": 0.5, "Ę": 0.5, "Ť": 0.3, "Ź": 0.5, "Ő": 0.3, "Ű": 0.3,
    "ű": 1, "Ň": 0.3, "Ď": 0.3, "ď": 1, "Ľ": 0.3, "Ĺ": 0.1, "Ŕ": 0.1, "Ă": 0.2, "ţ": 0.5, "Ţ": 0.1,
    "ş": 0.5, "Ş": 0.2, "ý": 1, "Ý": 0.5, "Š": 1, "Ž": 1, "˘": 0, "\u02db": 0, "˙": 0, "˝": 0,
    "ˇ": 0, "¤": 0.1, "¦": 0, "¨": 0, "¬": 0, "®": 0.2, "±": 0.2, "\u00b8": 0, "»": 0.5, "«": 0.5,
    "Â": 0.2, "â": 0.5, "Î": 0.1, "î": 0.5, "Ô": 0.3, "ô": 1,
}


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str  # line endings normalised to "\n", BOM and NUL removed
    encoding: str
    line_ending: str  # LF | CRLF | CR | CRCRLF | mixed | none
    evidence: tuple[str, ...]


def detect_binary(data: bytes) -> None:
    """Raise `binary_file` for images, archives, spreadsheets and anything else that is not text."""
    head = data[:SNIFF_BYTES]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        if b"xl/" in head[:4096] or (b"[Content_Types].xml" in head[:4096] and b"xl" in head[:8192]):
            raise binary_file("an Excel workbook (.xlsx)",
                              "Export the statement as CSV (or save the sheet as CSV) and upload that.")
        if b"opendocument.spreadsheet" in head[:4096]:
            raise binary_file("an OpenDocument spreadsheet (.ods)", "Save the sheet as CSV and upload that.")
        raise binary_file("a ZIP archive", "Unpack it and upload the statement inside.")
    for signature, kind, advice in _SIGNATURES:
        if head.startswith(signature):
            # "MZ" and "BZh" are also how some words start: only believe them with binary bytes behind.
            if signature in (b"MZ", b"BZh") and not _looks_binary(head):
                continue
            raise binary_file(kind, advice)
    if head[:4] == b"RIFF" and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        raise binary_file("a media file")
    if head[4:8] == b"ftyp":
        raise binary_file("an image or video file")
    if _utf16_order(head) is None and _looks_binary(head):
        raise binary_file("a binary file")


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL))
    return controls > max(2, len(head) // 200)


def _utf16_order(head: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when the bytes look like BOM-less UTF-16 text (every other byte zero)."""
    sample = head[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2]
    odd = sample[1::2]
    even_zero = even.count(0) / len(even)
    odd_zero = odd.count(0) / len(odd)
    if odd_zero > 0.4 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.4 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def decode(data: bytes, encoding: str | None = None) -> DecodedText:
    """Decode a statement file. `encoding` (an override) skips detection; undecodable bytes then become U+FFFD."""
    if not data.strip(b" \t\r\n\x00\x1a\xef\xbb\xbf\xff\xfe"):
        raise empty_file()
    evidence: list[str] = []
    if encoding:
        text = data.decode(encoding, errors="replace")
        if text.startswith("\ufeff"):
            text = text[1:]
        evidence.append(f"encoding {encoding} given by the caller")
        return _finish(text, encoding, evidence)
    for bom, name in _BOMS:
        if data.startswith(bom):
            text = data.decode(name, errors="replace")
            text = text.removeprefix("\ufeff")
            evidence.append(f"byte order mark of {name.replace('-sig', '')}")
            return _finish(text, name, evidence)
    order = _utf16_order(data[:SNIFF_BYTES])
    if order:
        text = data.decode(order, errors="replace")
        evidence.append(f"every other byte is zero: {order} without a byte order mark")
        return _finish(text, order, evidence)
    try:
        text = data.decode("utf-8")
        evidence.append("valid UTF-8" if not data.isascii() else "plain ASCII")
        return _finish(text, "utf-8" if not data.isascii() else "ascii", evidence)
    except UnicodeDecodeError:
        pass
    name, why = _choose_codepage(data)
    evidence.append(why)
    return _finish(data.decode(name, errors="replace"), name, evidence)


_CODE_PAGES = (("cp1252", _CP1252_WEIGHT), ("cp1250", _CP1250_WEIGHT), ("iso-8859-2", _CP1250_WEIGHT))


def _choose_codepage(data: bytes) -> tuple[str, str]:
    counts = Counter(data.translate(None, _ASCII))
    high = bytes(sorted(counts))
    context = [(page, points * len(pattern.findall(data))) for pattern, page, points in _CONTEXT]
    candidates: dict[str, float] = {}
    for name, weights in _CODE_PAGES:
        try:
            high.decode(name)
        except UnicodeDecodeError:
            continue  # a byte this code page does not define: it is not this one
        score = 0.0
        for byte, count in counts.items():
            char = bytes((byte,)).decode(name)
            # Characters the pages share (é, ü, ß ...) score alike and cancel out; only the differing ones
            # (the weight tables) decide. A control character is never what a statement meant.
            weight = -1.0 if not char.isprintable() else weights.get(char, 1.0)
            score += count * weight
        for page, points in context:
            if page == name or (page == "cp1250" and name == "iso-8859-2"):
                score += points
        candidates[name] = score
    if not candidates:
        return "latin-1", "not UTF-8 nor a Windows code page: read as latin-1"
    ranked = sorted(candidates, key=lambda n: (-candidates[n], [p for p, _ in _CODE_PAGES].index(n)))
    best = ranked[0]
    if len(ranked) == 1:
        return best, f"not UTF-8; only {best} defines every byte"
    other = ranked[1]
    return best, (f"not UTF-8; {best} gives more typical letters than {other} "
                  f"({candidates[best]:.0f} vs {candidates[other]:.0f})")


def _finish(text: str, encoding: str, evidence: list[str]) -> DecodedText:
    if "\x00" in text:
        text = text.replace("\x00", "")
    text = text.rstrip("\x1a")  # DOS end-of-file marker
    crcrlf = text.count("\r\r\n")
    crlf = text.count("\r\n") - crcrlf
    cr = text.count("\r") - crlf - 2 * crcrlf
    lf = text.count("\n") - crlf - crcrlf
    kinds = {k: v for k, v in (("CRCRLF", crcrlf), ("CRLF", crlf), ("CR", cr), ("LF", lf)) if v}
    if not kinds:
        ending = "none"
    elif len(kinds) == 1:
        ending = next(iter(kinds))
    else:
        top = max(kinds, key=lambda k: kinds[k])
        # A CRLF file with a few bare LFs inside quoted cells is still a CRLF file.
        ending = top if kinds[top] >= 0.9 * sum(kinds.values()) else "mixed"
    if crcrlf:
        text = text.replace("\r\r\n", "\n")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return DecodedText(text=text, encoding=encoding, line_ending=ending, evidence=tuple(evidence))
