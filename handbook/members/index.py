"""The members' search index held in memory: name order, folded text, status and scope of each member.

Built the first time a search needs it and built again when the vault has changed since (every change moves
the audit chain's head): one pass over the members table, the name index, the assignments and registrations.
It holds what the members page may show anyway, in RAM only; nothing of it is written anywhere.

A search then costs what its matches cost, not the vault: a word (or filter) matching few members is read
whole from its list of places and the matches sorted; common words are sets of bits (one per member, in name
order) and'ed together, and the page is the first bits left; a common start of digits (a CCCD's first
digits) walks the folded text in name order (``str.find`` skips what does not match).
"""

from __future__ import annotations

import operator
import re
import threading
import weakref
from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import reduce
from itertools import accumulate, chain

from handbook.members.model import Status
from handbook.vault.vault import Vault

RARE = 2_000  # a word or filter that matches at most this many members is read whole and its matches sorted
TOKENS_KEPT = 64  # the bits of the last words typed, kept for the next keystrokes (size/8 bytes each)

# Scope bits per member (see repo.Scope): ever in a cell here, ever registered, registered now, exempt now.
ASSIGNED, REGISTERED, OPEN, EXEMPT = 1, 2, 4, 8
_SCOPE_TEST: dict[str, Callable[[int], bool]] = {
    "all": lambda f: True,
    "commune": lambda f: bool(f & ASSIGNED) or not f & REGISTERED,
    "registered": lambda f: bool(f & OPEN),
    "exempt": lambda f: bool(f & EXEMPT),
}
_STATUSES = list(Status)

_LOCK = threading.Lock()
_BUILT: weakref.WeakKeyDictionary[Vault, SearchIndex] = weakref.WeakKeyDictionary()
_TERMS = "temp.member_terms"  # the full-text index's terms and their rows, for digit words (CCCD, card numbers)


@dataclass
class SearchIndex:
    """``ids[place]`` is the member at that place in name order, ``rank[id]`` its place (-1: none).

    ``text`` holds each member's folded search text as ``" words…\\n"`` in name order, ``starts[place]`` where
    it begins; ``flags[place]`` is the status (high four bits) and scope bits; ``cells[place]`` the current
    cell (0: none), ``org_names`` the organisations' names. ``words`` lists the places of each word that is not
    all digits, ``vocab`` those words sorted and ``counts`` the running total of their lengths."""

    version: str
    ids: array[int]
    rank: array[int]
    text: str
    starts: array[int]
    flags: bytes
    cells: array[int]
    by_cell: dict[int, array[int]]
    org_names: dict[int, str]
    words: dict[str, array[int]]
    vocab: list[str]
    counts: list[int]
    _masks: dict[tuple[object, ...], tuple[bytes, int]] = field(default_factory=dict)
    _mask_ints: dict[tuple[object, ...], int] = field(default_factory=dict)
    _word_bits: dict[str, int] = field(default_factory=dict)
    _tokens: OrderedDict[str, int] = field(default_factory=OrderedDict)

    @property
    def size(self) -> int:
        return len(self.ids)

    def place_after(self, member_id: int) -> int | None:
        """The place right behind a member's (None when the member is not in this index)."""
        if 0 <= member_id < len(self.rank) and self.rank[member_id] >= 0:
            return int(self.rank[member_id]) + 1
        return None

    def mask(self, statuses: Sequence[Status] | None, scope: str) -> tuple[bytes, int] | None:
        """One byte per place, 1 where the member passes the status and scope filters, and how many pass."""
        if not statuses and scope == "all":
            return None
        key = (tuple(statuses or ()), scope)
        found = self._masks.get(key)
        if found is None:
            codes = {_STATUSES.index(s) for s in statuses} if statuses else set(range(len(_STATUSES)))
            test = _SCOPE_TEST[scope]
            table = bytes(1 if (b >> 4) in codes and test(b & 15) else 0 for b in range(256))
            picked = self.flags.translate(table)
            found = self._masks[key] = (picked, picked.count(1))
        return found

    def segment(self, place: int) -> str:
        return self.text[self.starts[place] : self.starts[place + 1]]

    def _word_places(self, token: str) -> tuple[int, list[array[int]]]:
        lo = bisect_left(self.vocab, token)
        hi = bisect_left(self.vocab, token + "\U0010ffff")
        return self.counts[hi] - self.counts[lo], [self.words[w] for w in self.vocab[lo:hi]]

    def matches(
        self,
        vault: Vault,
        tokens: Sequence[str],
        statuses: Sequence[Status] | None,
        scope: str,
        cell_id: int | None,
        start: int,
        want: int,
    ) -> list[int]:
        """Places (in name order, from ``start``) of at most ``want`` members whose folded text has a word
        starting with each of the (one or more) tokens and who pass the filters."""
        masked = self.mask(statuses, scope)
        mask = masked[0] if masked else None

        def filters(place: int) -> bool:
            if mask is not None and not mask[place]:
                return False
            return cell_id is None or self.cells[place] == cell_id

        needles = [" " + t for t in tokens]

        def passes(place: int) -> bool:
            if not filters(place):
                return False
            seg = self.segment(place)
            return all(n in seg for n in needles)

        # The smallest source of candidates, when small enough to read whole: the cell, the filters, a token.
        best: tuple[int, Iterable[int]] | None = None
        if cell_id is not None:
            in_cell = self.by_cell.get(cell_id, array("i"))
            best = (len(in_cell), in_cell)
        if masked is not None and masked[1] <= RARE and (best is None or masked[1] < best[0]):
            best = (masked[1], _ones(masked[0]))
        digits: dict[str, list[int] | None] = {}
        for t in tokens:
            if t.isdigit():
                places = digits[t] = self._digit_places(vault, t)
                if places is not None and (best is None or len(places) < best[0]):
                    best = (len(places), places)
            else:
                count, lists = self._word_places(t)
                if best is None or count < best[0]:
                    best = (count, chain.from_iterable(lists))
        if best is not None and best[0] <= RARE:
            found = sorted({p for p in best[1] if p >= start})
            return _take((p for p in found if passes(p)), want)
        # Otherwise one bit per member for each word typed (and filter), and'ed together: the matches are
        # the bits left, read in name order; digits matching too many members are tested on their rows.
        words = [self._token_bits(t) for t in tokens if not t.isdigit()]
        words += [_bits(p, self.size) for p in digits.values() if p is not None]
        dense = [" " + t for t, p in digits.items() if p is None]
        if not words:  # only digits common to many (a CCCD's start): walk the text led by the longest
            lead = max(dense, key=len)
            return self._walk(lead, [d for d in dense if d != lead], filters, start, want)
        both = reduce(operator.and_, words)
        if masked is not None:
            both &= self._mask_bits(statuses, scope, masked[0])
        if cell_id is not None:
            both &= _bits(self.by_cell.get(cell_id, array("i")), self.size)

        def rest(place: int) -> bool:
            seg = self.segment(place)
            return all(d in seg for d in dense)

        return _set_bits(both, self.size, start, want, rest if dense else None)

    def _token_bits(self, token: str) -> int:
        """Bit ``place`` set for each member with a word starting with ``token`` (kept for the next search)."""
        found = self._tokens.get(token)
        if found is not None:
            self._tokens.move_to_end(token)
            return found
        lo = bisect_left(self.vocab, token)
        hi = bisect_left(self.vocab, token + "\U0010ffff")
        bits, few = 0, []
        for word in self.vocab[lo:hi]:
            places = self.words[word]
            if len(places) >= RARE:  # a common word's bits are kept on their own: many tokens start it
                word_bits = self._word_bits.get(word)
                if word_bits is None:
                    word_bits = self._word_bits[word] = _bits(places, self.size)
                bits |= word_bits
            else:
                few.append(places)
        if few:
            bits |= _bits(chain.from_iterable(few), self.size)
        self._tokens[token] = bits
        while len(self._tokens) > TOKENS_KEPT:
            self._tokens.popitem(last=False)
        return bits

    def _mask_bits(self, statuses: Sequence[Status] | None, scope: str, mask: bytes) -> int:
        key = (tuple(statuses or ()), scope)
        found = self._mask_ints.get(key)
        if found is None:
            # One character '0' or '1' per place, read as a binary number (place 0 the lowest bit).
            found = self._mask_ints[key] = int(mask.translate(_DIGIT01)[::-1] or b"0", 2)
        return found

    def _digit_places(self, vault: Vault, token: str) -> list[int] | None:
        """The places of members with a digit word starting with ``token``, or None when more than ``RARE``."""
        upper = token[:-1] + chr(ord(token[-1]) + 1)
        sql = f"SELECT doc FROM {_TERMS} WHERE term >= ? AND term < ? LIMIT ?"
        rows = vault.conn.execute(sql, (token, upper, RARE + 1)).fetchall()
        if len(rows) > RARE:
            return None
        rank = self.rank
        return [rank[r[0]] for r in rows if r[0] < len(rank) and rank[r[0]] >= 0]

    def _walk(self, lead: str, others: list[str], passes: Callable[[int], bool], start: int, want: int) -> list[int]:
        starts, text, out = self.starts, self.text, list[int]()
        pos = starts[start] if start < self.size else len(text)
        find, rfind = text.find, text.rfind
        while len(out) < want:
            at = find(lead, pos)
            if at < 0:
                break
            # The row's bounds from its separators, so that the other words are tested before its place is
            # looked up (most rows the lead finds fail them).
            begin, pos = rfind("\n", 0, at) + 1, find("\n", at) + 1
            for other in others:
                if find(other, begin, pos) < 0:
                    break
            else:
                place = bisect_right(starts, begin) - 1
                if passes(place):
                    out.append(place)
        return out


_DIGIT01 = bytes(48 + (b & 1) for b in range(256))
_NONZERO = re.compile(rb"[^\x00]")
_BITS_OF = [tuple(b for b in range(8) if v >> b & 1) for v in range(256)]


def _bits(places: Iterable[int], size: int) -> int:
    raw = bytearray((size + 7) // 8)
    for p in places:
        raw[p >> 3] |= 1 << (p & 7)
    return int.from_bytes(raw, "little")


def _set_bits(bits: int, size: int, start: int, want: int, test: Callable[[int], bool] | None) -> list[int]:
    """The places of the set bits of ``bits`` from ``start`` on (that pass ``test``), at most ``want``."""
    raw = bits.to_bytes((size + 7) // 8, "little")
    out: list[int] = []
    for found in _NONZERO.finditer(raw, start >> 3):
        at = found.start()
        for b in _BITS_OF[raw[at]]:
            place = (at << 3) | b
            if place >= start and (test is None or test(place)):
                out.append(place)
                if len(out) >= want:
                    return out
    return out


def _ones(mask: bytes) -> list[int]:
    out, at = [], mask.find(1)
    while at >= 0:
        out.append(at)
        at = mask.find(1, at + 1)
    return out


def _take(places: Iterable[int], want: int) -> list[int]:
    out = []
    for p in places:
        out.append(p)
        if len(out) >= want:
            break
    return out


def _version(vault: Vault) -> str:
    row = vault.conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    return str(row[0]) if row else ""


def search_index(vault: Vault) -> SearchIndex:
    """The current index of ``vault``'s members (built now if the vault changed since the last one)."""
    version = _version(vault)
    with _LOCK:
        built = _BUILT.get(vault)
        if built is not None and built.version == version:
            return built
        _BUILT.pop(vault, None)  # the old one goes before the new one is built (memory)
        built = _build(vault, version)
        _BUILT[vault] = built
        return built


def _build(vault: Vault, version: str) -> SearchIndex:
    conn = vault.conn
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {_TERMS} USING fts5vocab(main, member_fts, 'instance')")
    top = int(conn.execute("SELECT coalesce(max(id), 0) FROM members").fetchone()[0])
    in_order = conn.execute("SELECT id FROM members INDEXED BY members_sort ORDER BY sort_key, id")
    ids = array("i", (r[0] for r in in_order))
    rank = array("i", [-1]) * (top + 1)
    for place, member_id in enumerate(ids):
        rank[member_id] = place
    n = len(ids)
    texts: list[str] = [""] * n
    flags = bytearray(n)
    codes = {s.value: i << 4 for i, s in enumerate(_STATUSES)}
    for member_id, search_text, status in conn.execute("SELECT id, search_text, status FROM members NOT INDEXED"):
        place = rank[member_id]
        texts[place] = search_text
        flags[place] = codes[status]
    words: dict[str, array[int]] = {}
    for place, search_text in enumerate(texts):
        for word in search_text.split():
            if not word.isdigit():
                found = words.get(word)
                if found is None:
                    found = words[word] = array("i")
                found.append(place)
    segments = [f" {t}\n" for t in texts]
    del texts
    starts = array("i", accumulate(map(len, segments), initial=0))
    text = "".join(segments)
    del segments
    cells = array("i", bytes(4 * n))
    for member_id, org_id, current in conn.execute("SELECT member_id, org_id, valid_to IS NULL FROM assignments"):
        place = rank[member_id] if member_id <= top else -1
        if place >= 0:
            flags[place] |= ASSIGNED
            if current:
                cells[place] = org_id
    for member_id, ended, category in conn.execute("SELECT member_id, ended_on, category FROM registrations"):
        place = rank[member_id] if member_id <= top else -1
        if place >= 0:
            flags[place] |= REGISTERED
            if ended is None:
                flags[place] |= OPEN | (EXEMPT if category != "normal" else 0)
    by_cell: dict[int, array[int]] = {}
    for place, org_id in enumerate(cells):
        if org_id:
            by_cell.setdefault(org_id, array("i")).append(place)
    vocab = sorted(words)
    counts = list(accumulate((len(words[w]) for w in vocab), initial=0))
    org_names = {int(r[0]): str(r[1]) for r in conn.execute("SELECT id, name FROM orgs")}
    return SearchIndex(version, ids, rank, text, starts, bytes(flags), cells, by_cell, org_names, words, vocab, counts)
