"""Archives: many articles in a store on disk, read a selection at a time.

:func:`ingest` parses, attributes speakers and tags topics of an archive (a folder, a CSV,
JSONL or Parquet file, a DataFrame) into a partitioned Parquet store in bounded memory, on
this machine or on a Dask cluster, adding only new articles when run again.
:func:`open_store` gives the sentence table of a selection (dates, sources, sections,
speakers, topics...), pushed down to the files. For stores too large to open whole, the
counts here run partition by partition and equal the in-memory ones:
:func:`term_frequencies`, :func:`keyness`, :func:`speaker_summary`, :func:`topics_summary`.
"""

from ._counts import keyness, speaker_summary, term_frequencies, topics_summary
from ._ingest import IngestResult, ingest
from ._open import open_store
from ._store import StoreError, is_store

__all__ = [
    "IngestResult",
    "StoreError",
    "ingest",
    "is_store",
    "keyness",
    "open_store",
    "speaker_summary",
    "term_frequencies",
    "topics_summary",
]
