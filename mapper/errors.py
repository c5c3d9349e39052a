"""The exception tree. Every error carries where it happened: file, line, record."""

from __future__ import annotations


class MapperError(Exception):
    """Root of mapper's errors; ``where`` names the file, line or record at fault."""

    def __init__(self, message: str, *, where: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class DataError(MapperError, ValueError):
    """Input data is malformed: a bad date, an unreadable row, a broken gazetteer table."""


class GazetteerError(DataError):
    """The gazetteer tables are inconsistent or unreadable."""


class RecordError(DataError):
    """A record (CSV / JSON Lines / GeoJSON row) cannot be read."""


class ReportError(DataError):
    """A report file cannot be read as text."""


class OutputError(MapperError, OSError):
    """An output cannot be written (exists outside out/, unknown format, ...)."""


class OutputRefused(OutputError):
    """Writing was refused as the command asked it: the file exists outside ``out/`` (no
    ``--force``), the path is a folder, or its format is unknown. A usage error: exit 2."""


class GeocoderError(MapperError, RuntimeError):
    """The optional online geocoder failed."""


class ClusterError(MapperError, RuntimeError):
    """Extraction on other processes or a Dask cluster failed: a worker died, the scheduler
    cannot be reached, or a worker cannot see an input file."""
