"""The words on each page of a delivery PDF, read with the standard library only, so the
kit's single-file verifier can compare the numbers the PDF states with the log's.

Qt writes every page's text as glyph numbers in a font of its own (``<0012> Tj``), each font
with a ToUnicode map from glyph to character; streams are deflated. This reads that much of
PDF and no more: objects, their streams, each page's fonts and content. A PDF written by
anything else may read as no text at all, which the verifier reports as such; and
``read_pdf`` also names what Qt never writes but an edit would: a second revision appended,
compressed object streams, text in plain strings or arrays, a page of several streams.
"""

import re
import zlib
from dataclasses import dataclass

_OBJECT = re.compile(rb"(\d+)\s+0\s+obj\b(.*?)\bendobj", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\n?endstream", re.S)
_REF = rb"\s+(\d+)\s+0\s+R"
_HEX = re.compile(rb"<([0-9A-Fa-f\s]*)>")
_TEXT_OP = re.compile(rb"/(\S+)\s+[-\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|(BT|ET|Td|TD|T\*|Tm)\b")


def _objects(data: bytes) -> dict[int, bytes]:
    return {int(m.group(1)): m.group(2) for m in _OBJECT.finditer(data)}


def _stream(body: bytes) -> bytes:
    found = _STREAM.search(body)
    if not found:
        return b""
    raw = found.group(1)
    if b"/FlateDecode" not in body[: found.start()]:
        return raw
    try:
        return zlib.decompressobj().decompress(raw)
    except zlib.error:
        return b""


def _cmap(text: bytes) -> dict[int, str]:
    """Glyph number to characters, from a ToUnicode CMap's bfchar and bfrange sections."""
    out: dict[int, str] = {}

    def chars(hexa: bytes) -> str:
        raw = bytes.fromhex(hexa.decode())
        return raw.decode("utf-16-be", "replace")

    for section in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
        pairs = _HEX.findall(section)
        for src, dst in zip(pairs[::2], pairs[1::2], strict=False):
            out[int(src, 16)] = chars(dst)
    for section in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
        for line in re.finditer(rb"<(\w+)>\s*<(\w+)>\s*(\[[^\]]*\]|<\w+>)", section):
            lo, hi, dst = int(line.group(1), 16), int(line.group(2), 16), line.group(3)
            if not 0 <= hi - lo < 0x10000:
                raise ValueError("a ToUnicode range wider than a font")
            if dst.startswith(b"["):
                for i, each in enumerate(_HEX.findall(dst)):
                    out[lo + i] = chars(each)
            else:
                first = bytes.fromhex(dst[1:-1].decode())
                base = int.from_bytes(first, "big")
                for i in range(hi - lo + 1):
                    out[lo + i] = chars((base + i).to_bytes(len(first), "big").hex().encode())
    return out


def _fonts(objects: dict[int, bytes], page: bytes) -> dict[bytes, dict[int, str]]:
    """The page's font names and their glyph maps."""
    resources = page
    found = re.search(rb"/Resources" + _REF, page)
    if found:
        resources = objects.get(int(found.group(1)), b"")
    fonts = re.search(rb"/Font\s*<<(.*?)>>", resources, re.S)
    if not fonts:
        found = re.search(rb"/Font" + _REF, resources)
        fonts_body = objects.get(int(found.group(1)), b"") if found else b""
    else:
        fonts_body = fonts.group(1)
    out: dict[bytes, dict[int, str]] = {}
    for name, number in re.findall(rb"/(\S+?)" + _REF, fonts_body):
        font = objects.get(int(number), b"")
        to_unicode = re.search(rb"/ToUnicode" + _REF, font)
        cmap = _stream(objects.get(int(to_unicode.group(1)), b"")) if to_unicode else b""
        out[name] = _cmap(cmap)
    return out


def _page_text(content: bytes, fonts: dict[bytes, dict[int, str]]) -> str:
    words: list[str] = []
    glyphs: dict[int, str] = {}
    for m in _TEXT_OP.finditer(content):
        if m.group(1) is not None:
            glyphs = fonts.get(m.group(1), {})
        elif m.group(2) is not None:
            hexa = m.group(2)
            for i in range(0, len(hexa) - 3, 4):
                words.append(glyphs.get(int(hexa[i : i + 4], 16), ""))
        elif m.group(3) in (b"BT", b"ET", b"T*", b"Tm"):
            words.append(" ")
    return re.sub(r"\s+", " ", "".join(words)).strip()


@dataclass(frozen=True)
class Reading:
    pages: list[str]  # the text of every page, in the order Qt writes the page objects
    unlike_qt: list[str]  # what Qt's writer never makes, each in a few words (empty: none)


def read_pdf(data: bytes) -> Reading:
    """The words of every page, and what in the file an edit made rather than Qt, in one
    pass over its objects (a delivery PDF of 15,000 signers is some 30 MB)."""
    unlike = []
    if data.count(b"startxref") != 1:
        unlike.append("a revision appended")
    if b"/ObjStm" in data or re.search(rb"\b\d+\s+[1-9]\d*\s+obj\b", data):
        unlike.append("objects Qt does not write")
    objects = _objects(data)
    pages, plain_text, split = [], False, False
    for _number, body in sorted(objects.items()):
        if not re.search(rb"/Type\s*/Page\b", body):
            continue
        contents = re.search(rb"/Contents" + _REF, body)
        if not contents:
            split = True
            continue
        content = _stream(objects.get(int(contents.group(1)), b""))
        plain_text = plain_text or bool(re.search(rb"\)\s*(Tj|')|\]\s*TJ", content))
        pages.append(_page_text(content, _fonts(objects, body)))
    if plain_text:
        unlike.append("text not written as Qt writes it")
    if split:
        unlike.append("a page whose content is not one stream")
    return Reading(pages, unlike)
