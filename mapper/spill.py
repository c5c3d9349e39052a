"""Claims kept on disk while a large export reads them, given back in export order.

A claim takes about a kilobyte as Python objects, so a million of them take gigabytes. A
:class:`Spill` writes each claim as it is read to a temporary file (a few hundred bytes of
:mod:`marshal`), and keeps in memory only its offset and the columns grouping needs
(:class:`mapper.incidents.Columns`, some 150 bytes a claim). Once every claim is in and the
incidents are made, :meth:`Spill.ordered` reads the claims back a chunk at a time in export order
(by start date, undated last, then claim id: :func:`mapper.export.sort_claims`), each with its
incident, for the writers of :mod:`mapper.export`.

>>> spill = Spill()  # doctest: +SKIP
>>> for chunk in chunks_of_claims: spill.add(chunk)  # doctest: +SKIP
>>> incidents, of_claim = group_columns(spill.columns)  # doctest: +SKIP
>>> write(spill.ordered(incidents, of_claim), "claims.gpkg", incidents=incidents)  # doctest: +SKIP
"""

from __future__ import annotations

import dataclasses
import functools
import marshal
import operator
import os
import tempfile
from array import array
from collections.abc import Iterator, Sequence
from datetime import date

import numpy as np

from mapper import export
from mapper.export import Ordered
from mapper.incidents import Columns, Incident
from mapper.model import Claim, DateSpan

_FIELDS = tuple(f.name for f in dataclasses.fields(Claim))
_VALUES = operator.attrgetter(*_FIELDS)
_DATE, _REPORT_DATE = _FIELDS.index("date"), _FIELDS.index("report_date")


def _ordinal(day: date | None) -> int:
    return day.toordinal() if day else 0


def _day(ordinal: int) -> date | None:
    return date.fromordinal(ordinal) if ordinal else None


def pack(claim: Claim) -> bytes:
    """The claim as bytes (its fields in order, dates as ordinals): see :func:`unpack`."""
    values = list(_VALUES(claim))
    d = values[_DATE]
    values[_DATE] = (_ordinal(d.start), _ordinal(d.end), d.precision, d.text)
    values[_REPORT_DATE] = _ordinal(values[_REPORT_DATE])
    return marshal.dumps(tuple(values))


def unpack(data: bytes) -> Claim:
    """The claim :func:`pack` made ``data`` of."""
    values = list(marshal.loads(data))
    values[_DATE] = _span(*values[_DATE])
    values[_REPORT_DATE] = _day(values[_REPORT_DATE])
    return Claim(*values)


@functools.lru_cache(maxsize=4096)
def _span(start: int, end: int, precision: str, text: str) -> DateSpan:
    """A DateSpan (immutable), made once for the many claims that share it."""
    return DateSpan(_day(start), _day(end), precision, text)


class Spill:
    """Claims on disk, in the order they were added, with their grouping columns in memory."""

    def __init__(self) -> None:
        self.columns = Columns()
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close()
        self._offsets = array("q", [0])

    def __len__(self) -> int:
        return len(self.columns)

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._file.close()

    def add(self, claims: Sequence[Claim]) -> None:
        """Append the claims (their incident fields are set when read back)."""
        blobs = list(map(pack, claims))
        self._file.writelines(blobs)
        end = self._offsets[-1]
        for blob in blobs:
            end += len(blob)
            self._offsets.append(end)
        self.columns.add(claims)

    def order(self) -> np.ndarray:
        """The claims' indexes in export order: dated by start date, then undated; each by
        claim id, ties in the order added (as :func:`mapper.export.sort_claims`)."""
        n = len(self)
        by_id = np.argsort(np.array(self.columns.ids, dtype=object), kind="stable")
        id_rank = np.empty(n, dtype=np.int64)
        id_rank[by_id] = np.arange(n)
        start = self.columns.column("start").astype(np.int64)
        undated = np.iinfo(np.int64).max
        return np.lexsort((id_rank, np.where(start > 0, start, undated))) if n else by_id

    def ordered(self, incidents: Sequence[Incident], of_claim: np.ndarray) -> Ordered:
        """The claims in export order, each with its incident (``incidents[of_claim[i]]`` for
        claim ``i``, as :func:`mapper.incidents.group_columns` gives them)."""
        self._file.flush()
        order = self.order()

        def chunks() -> Iterator[list[Claim]]:
            fd, offsets = self._file.fileno(), self._offsets
            size = export.CHUNK_ROWS
            for start in range(0, len(order), size):
                chunk = []
                which = order[start : start + size]
                for i, k in zip(which.tolist(), of_claim[which].tolist(), strict=True):
                    at = offsets[i]
                    claim = unpack(os.pread(fd, offsets[i + 1] - at, at))
                    claim.incident_id, claim.contested = incidents[k].id, incidents[k].contested
                    chunk.append(claim)
                yield chunk

        return Ordered(len(order), chunks)
