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
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import reduce
from itertools import accumulate

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
_BUILT: weakref.WeakKeyDictionary[Vault, LiveIndex] = weakref.WeakKeyDictionary()
_TERMS = "temp.member_terms"  # the full-text index's terms, one row for each time a member's text holds one
_ROWS = "temp.member_term_rows"  # the same terms, each with how many members' texts hold it


def _upper(token: str) -> str:
    """The first text after every text that starts with ``token``."""
    return token[:-1] + chr(ord(token[-1]) + 1)


@dataclass
class SearchIndex:
    """``ids[place]`` is the member at that place in name order, ``rank[id]`` its place (-1: none).

    ``text`` holds each member's folded search text as ``" words…\\n"`` in name order, ``starts[place]`` where
    it begins; ``flags[place]`` is the status (high four bits) and scope bits; ``cells[place]`` the current
    cell (0: none), ``org_names`` the organisations' names. Which members hold a word comes from the full-text
    index's list of terms when a search first needs it (kept as bits for the common words)."""

    version: str
    seq: int  # the audit log's last entry when built
    ids: array[int]
    rank: array[int]
    text: str
    starts: array[int]
    flags: bytes
    cells: array[int]
    by_cell: dict[int, array[int]]
    org_names: dict[int, str]
    _masks: dict[tuple[object, ...], tuple[bytes, int]] = field(default_factory=dict)
    _mask_ints: dict[tuple[object, ...], int] = field(default_factory=dict)
    _word_bits: dict[str, int] = field(default_factory=dict)
    _tokens: OrderedDict[str, int] = field(default_factory=OrderedDict)
    _terms: OrderedDict[str, list[tuple[str, int]]] = field(default_factory=OrderedDict)

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
            picked = self.flags.translate(flag_table(statuses, scope))
            found = self._masks[key] = (picked, picked.count(1))
        return found

    def segment(self, place: int) -> str:
        return self.text[self.starts[place] : self.starts[place + 1]]

    def _words(self, vault: Vault, token: str) -> list[tuple[str, int]]:
        """The words starting with ``token`` (not all digits) and in how many members' texts each is."""
        found = self._terms.get(token)
        if found is None:
            sql = f"SELECT term, doc FROM {_ROWS} WHERE term >= ? AND term < ?"
            found = self._terms[token] = [(str(t), int(n)) for t, n in vault.conn.execute(sql, (token, _upper(token)))]
            while len(self._terms) > TOKENS_KEPT:
                self._terms.popitem(last=False)
        return found

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
        rarest: tuple[int, str] | None = None
        for t in tokens:
            if t.isdigit():  # digit words are many (every CCCD): their places are asked for at once
                places = digits[t] = self._places(vault, t)
                if places is not None and (best is None or len(places) < best[0]):
                    best = (len(places), places)
            else:
                count = sum(n for _, n in self._words(vault, t))
                rarest = (count, t) if rarest is None or count < rarest[0] else rarest
        if rarest is not None and rarest[0] <= RARE and (best is None or rarest[0] < best[0]):
            best = (rarest[0], self._places(vault, rarest[1]) or [])
        if best is not None and best[0] <= RARE:
            found = sorted({p for p in best[1] if p >= start})
            return _take((p for p in found if passes(p)), want)
        # Otherwise one bit per member for each word typed (and filter), and'ed together: the matches are
        # the bits left, read in name order; digits matching too many members are tested on their rows.
        words = [self._token_bits(vault, t) for t in tokens if not t.isdigit()]
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

    def _token_bits(self, vault: Vault, token: str) -> int:
        """Bit ``place`` set for each member with a word starting with ``token`` (kept for the next search)."""
        found = self._tokens.get(token)
        if found is not None:
            self._tokens.move_to_end(token)
            return found
        bits, few = 0, []
        for word, count in self._words(vault, token):
            if count >= RARE:  # a common word's bits are kept on their own: many tokens start it
                word_bits = self._word_bits.get(word)
                if word_bits is None:
                    word_bits = self._word_bits[word] = _bits(self._term_places(vault, word), self.size)
                bits |= word_bits
            else:
                few.extend(self._term_places(vault, word))
        if few:
            bits |= _bits(few, self.size)
        self._tokens[token] = bits
        while len(self._tokens) > TOKENS_KEPT:
            self._tokens.popitem(last=False)
        return bits

    def _term_places(self, vault: Vault, term: str) -> list[int]:
        """The places of the members whose text holds ``term`` (members added since the build have none)."""
        rank, top = self.rank, len(self.rank)
        rows = vault.conn.execute(f"SELECT doc FROM {_TERMS} WHERE term = ?", (term,))
        return [rank[r[0]] for r in rows if r[0] < top and rank[r[0]] >= 0]

    def _mask_bits(self, statuses: Sequence[Status] | None, scope: str, mask: bytes) -> int:
        key = (tuple(statuses or ()), scope)
        found = self._mask_ints.get(key)
        if found is None:
            # One character '0' or '1' per place, read as a binary number (place 0 the lowest bit).
            found = self._mask_ints[key] = int(mask.translate(_DIGIT01)[::-1] or b"0", 2)
        return found

    def _places(self, vault: Vault, token: str) -> list[int] | None:
        """The places of members with a word starting with ``token``, or None when more than ``RARE``."""
        sql = f"SELECT doc FROM {_TERMS} WHERE term >= ? AND term < ? LIMIT ?"
        rows = vault.conn.execute(sql, (token, _upper(token), RARE + 1)).fetchall()
        if len(rows) > RARE:
            return None
        rank, top = self.rank, len(self.rank)
        return [rank[r[0]] for r in rows if r[0] < top and rank[r[0]] >= 0]

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


def flag_table(statuses: Sequence[Status] | None, scope: str) -> bytes:
    """For each flags byte, 1 when a member with those flags passes the status and scope filters."""
    codes = {_STATUSES.index(s) for s in statuses} if statuses else set(range(len(_STATUSES)))
    test = _SCOPE_TEST[scope]
    return bytes(1 if (b >> 4) in codes and test(b & 15) else 0 for b in range(256))


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


OVERLAY_MAX = 200  # members changed since the index was built that are looked up apart; past that, built again
# What the audit entries since the build tell: an entry for a member or one of their registrations puts that
# member in the overlay; one for an organisation reads the names of the cells again; these kinds never write
# members, assignments, registrations or organisations (the index stays); any other kind builds it again.
_UNRELATED = frozenset(
    {
        "card",
        "case",
        "dispatch",
        "external_org",
        "file",
        "library_doc",
        "profile",
        "province_figures",
        "received_dispatch",
        "rule_set",
        "setting",
        "signer",
        "user",
        "vault",
        "year",
    }
)

Key = tuple[int, int, int]  # where a match stands: (base place, 1, 0), or (base place it precedes, 0, n) if fresh


@dataclass(frozen=True)
class Fresh:
    """A member changed since the base was built: the base place it now precedes and its search data."""

    anchor: int
    member_id: int
    segment: str
    flags: int
    cell: int


@dataclass
class LiveIndex:
    """The base index and the members changed since it was built (their base places hidden, their current
    data in ``fresh``, in name order), so that one edit does not build the whole index again."""

    base: SearchIndex
    version: str
    seq: int
    changed: frozenset[int] = frozenset()
    fresh: list[Fresh] = field(default_factory=list)
    hidden: frozenset[int] = frozenset()  # base places of changed members
    names: dict[int, str] | None = None  # the organisations' names when read again since the build
    _fresh_at: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._fresh_at = {f.member_id: n for n, f in enumerate(self.fresh)}

    @property
    def org_names(self) -> dict[int, str]:
        return self.names if self.names is not None else self.base.org_names

    def key_after(self, member_id: int) -> Key | None:
        """Where a member stands (None when the index does not hold them)."""
        n = self._fresh_at.get(member_id)
        if n is not None:
            return (self.fresh[n].anchor, 0, n)
        if member_id in self.changed:
            return None
        place = self.base.place_after(member_id)
        return None if place is None else (place - 1, 1, 0)

    def cell_of(self, member_id: int) -> int | None:
        n = self._fresh_at.get(member_id)
        if n is not None:
            return self.fresh[n].cell or None
        return self.base.cells[self.base.rank[member_id]] or None

    def matches(
        self,
        vault: Vault,
        tokens: Sequence[str],
        statuses: Sequence[Status] | None,
        scope: str,
        cell_id: int | None,
        after: Key | None,
        want: int,
    ) -> list[int]:
        """The ids of at most ``want`` matching members in name order, from right after ``after``."""
        start = 0 if after is None else after[0] + after[1]
        places = self.base.matches(vault, tokens, statuses, scope, cell_id, start, want + len(self.hidden))
        ids = self.base.ids
        if not self.fresh and not self.hidden:
            return [ids[p] for p in places[:want]]
        keyed: list[tuple[Key, int]] = [((p, 1, 0), ids[p]) for p in places if p not in self.hidden]
        table = flag_table(statuses, scope)
        needles = [" " + t for t in tokens]
        for n, f in enumerate(self.fresh):
            key = (f.anchor, 0, n)
            if after is not None and key <= after:
                continue
            if table[f.flags] and (cell_id is None or f.cell == cell_id) and all(x in f.segment for x in needles):
                keyed.append((key, f.member_id))
        keyed.sort()
        return [member_id for _, member_id in keyed[:want]]


def _version(vault: Vault) -> tuple[str, int]:
    row = vault.conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    seq = int(vault.conn.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0])
    return (str(row[0]) if row else "", seq)


def search_index(vault: Vault) -> LiveIndex:
    """The current index of ``vault``'s members: the one built before with the members changed since
    looked up apart, or built now when the vault changed more than that."""
    version, seq = _version(vault)
    with _LOCK:
        live = _BUILT.get(vault)
        if live is not None and live.version == version:
            return live
        since = _changed_since(vault, live.seq) if live is not None else None
        if live is not None and since is not None and len(live.changed | since[0]) <= OVERLAY_MAX:
            names = _org_names(vault) if since[1] else live.names
            live = _BUILT[vault] = _overlay(vault, live.base, version, seq, live.changed | since[0], names)
            return live
        _BUILT.pop(vault, None)  # the old one goes before the new one is built (memory)
        base = _build(vault, version, seq)
        live = _BUILT[vault] = LiveIndex(base, version, seq)
        return live


def _changed_since(vault: Vault, seq: int) -> tuple[frozenset[int], bool] | None:
    """The members changed after audit entry ``seq`` and whether organisations changed; None when something
    else changed too, or too much."""
    sql = "SELECT entity, entity_id FROM audit WHERE seq > ? LIMIT ?"
    rows = vault.conn.execute(sql, (seq, 4 * OVERLAY_MAX + 1)).fetchall()
    if len(rows) > 4 * OVERLAY_MAX:
        return None
    changed, orgs = set(), False
    for entity, entity_id in rows:
        if entity == "member":
            changed.add(int(entity_id))
        elif entity == "registration":
            sql = "SELECT member_id FROM registrations WHERE id = ?"
            changed.update(int(r[0]) for r in vault.conn.execute(sql, (int(entity_id),)))
        elif entity == "org":
            orgs = True
        elif entity not in _UNRELATED:
            return None
    return frozenset(changed), orgs


def _org_names(vault: Vault) -> dict[int, str]:
    return {int(r[0]): str(r[1]) for r in vault.conn.execute("SELECT id, name FROM orgs")}


def _overlay(
    vault: Vault, base: SearchIndex, version: str, seq: int, changed: frozenset[int], names: dict[int, str] | None
) -> LiveIndex:
    conn = vault.conn
    hidden = frozenset(int(base.rank[i]) for i in changed if 0 <= i < len(base.rank) and base.rank[i] >= 0)
    codes = {s.value: i << 4 for i, s in enumerate(_STATUSES)}
    found: list[tuple[tuple[int, str, int], Fresh]] = []
    for member_id in sorted(changed):
        row = conn.execute("SELECT sort_key, search_text, status FROM members WHERE id = ?", (member_id,)).fetchone()
        if row is None:  # deleted: only hidden
            continue
        sort_key, search_text, status = row
        flags, cell = codes[status], 0
        for org_id, current in conn.execute(
            "SELECT org_id, valid_to IS NULL FROM assignments WHERE member_id = ?", (member_id,)
        ):
            flags |= ASSIGNED
            cell = org_id if current else cell
        for ended, category in conn.execute(
            "SELECT ended_on, category FROM registrations WHERE member_id = ?", (member_id,)
        ):
            flags |= REGISTERED | ((OPEN | (EXEMPT if category != "normal" else 0)) if ended is None else 0)
        # The first member after it in name order that the base holds unchanged: it stands right before them.
        anchor = base.size
        later = conn.execute(
            "SELECT id FROM members INDEXED BY members_search WHERE (sort_key, id) > (?, ?) ORDER BY sort_key, id",
            (sort_key, member_id),
        )
        for (other,) in later:
            if other not in changed and other < len(base.rank) and base.rank[other] >= 0:
                anchor = int(base.rank[other])
                break
        fresh = Fresh(anchor, member_id, f" {search_text}\n", flags, cell)
        found.append(((anchor, sort_key, member_id), fresh))
    found.sort(key=lambda f: f[0])
    return LiveIndex(base, version, seq, changed, [f for _, f in found], hidden, names)


def _build(vault: Vault, version: str, seq: int) -> SearchIndex:
    conn = vault.conn
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {_TERMS} USING fts5vocab(main, member_fts, 'instance')")
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {_ROWS} USING fts5vocab(main, member_fts, 'row')")
    top = int(conn.execute("SELECT coalesce(max(id), 0) FROM members").fetchone()[0])
    # The name index holds status and search text too (schema step 13): one walk of it, no table row read.
    in_order = conn.execute(
        "SELECT id, status, search_text FROM members INDEXED BY members_search ORDER BY sort_key, id"
    )
    ids, flags, segments = array("i"), bytearray(), []
    codes = {s.value: i << 4 for i, s in enumerate(_STATUSES)}
    for member_id, status, search_text in in_order:
        ids.append(member_id)
        flags.append(codes[status])
        segments.append(f" {search_text}\n")
    rank = array("i", [-1]) * (top + 1)
    for place, member_id in enumerate(ids):
        rank[member_id] = place
    n = len(ids)
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
    org_names = _org_names(vault)
    return SearchIndex(version, seq, ids, rank, text, starts, bytes(flags), cells, by_cell, org_names)
