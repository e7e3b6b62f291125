"""The media types SPARQL answers come in: which one a request gets, and the bytes of the answer.

SELECT and ASK give SPARQL results (JSON, XML, CSV, TSV); CONSTRUCT and DESCRIBE give an RDF graph
(Turtle, N-Triples, RDF/XML, JSON-LD). A request chooses with its Accept header (q-values and
wildcards, as HTTP says) or with a `format` parameter (`json`, `xml`, `csv`, `tsv`, `turtle`,
`ntriples`, `rdfxml`, `jsonld`, or a media type), which wins when it fits the query form: clients
such as SPARQLWrapper send both. When nothing in Accept can be given, :func:`negotiate` returns None
and the caller answers 406 with :func:`supported` in the message.
"""
from __future__ import annotations

import pyoxigraph as ox

JSON_RESULTS = "application/sparql-results+json"
TURTLE = "text/turtle"

RESULT_TYPES: dict[str, ox.QueryResultsFormat] = {
    JSON_RESULTS: ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    TURTLE: ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
# other names clients use for the same types
_RESULT_ALIASES = {
    "application/json": JSON_RESULTS, "text/javascript": JSON_RESULTS, "application/javascript": JSON_RESULTS,
    "application/xml": "application/sparql-results+xml", "text/xml": "application/sparql-results+xml",
    "text/tsv": "text/tab-separated-values",
}
_GRAPH_ALIASES = {
    "application/turtle": TURTLE, "application/x-turtle": TURTLE,
    "text/n3": TURTLE, "text/rdf+n3": TURTLE, "application/n3": TURTLE,   # Turtle is N3
    "application/json": "application/ld+json", "application/x-json+ld": "application/ld+json",
    "application/xml": "application/rdf+xml", "text/xml": "application/rdf+xml",
}
# wildcards: (SELECT/ASK, CONSTRUCT/DESCRIBE)
_WILDCARDS = {
    "*/*": (JSON_RESULTS, TURTLE),
    "application/*": (JSON_RESULTS, "application/n-triples"),
    "text/*": ("text/csv", TURTLE),
}
# the format= parameter: (SELECT/ASK, CONSTRUCT/DESCRIBE); None where it does not fit the form
_FORMAT_NAMES: dict[str, tuple[str | None, str | None]] = {
    "json": (JSON_RESULTS, "application/ld+json"),
    "xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "csv": ("text/csv", None),
    "tsv": ("text/tab-separated-values", None),
    "turtle": (None, TURTLE), "ttl": (None, TURTLE), "n3": (None, TURTLE),
    "ntriples": (None, "application/n-triples"), "nt": (None, "application/n-triples"),
    "n-triples": (None, "application/n-triples"),
    "rdfxml": (None, "application/rdf+xml"), "rdf+xml": (None, "application/rdf+xml"),
    "rdf": (None, "application/rdf+xml"),
    "jsonld": (None, "application/ld+json"), "json-ld": (None, "application/ld+json"),
}


def supported(gives_graph: bool) -> list[str]:
    """The media types a query of this form can be answered in."""
    return list(GRAPH_TYPES if gives_graph else RESULT_TYPES)


def _known(media_type: str, gives_graph: bool) -> str | None:
    table, aliases = (GRAPH_TYPES, _GRAPH_ALIASES) if gives_graph else (RESULT_TYPES, _RESULT_ALIASES)
    if media_type in table:
        return media_type
    return aliases.get(media_type)


def from_format_param(values: list[str], gives_graph: bool) -> str | None:
    """The media type the first usable `format` value names, if any."""
    for value in values:
        v = value.strip().lower()
        if v in _FORMAT_NAMES:
            chosen = _FORMAT_NAMES[v][1 if gives_graph else 0]
        else:
            chosen = _known(v.split(";")[0].strip(), gives_graph)
        if chosen:
            return chosen
    return None


def negotiate(accept: str | None, gives_graph: bool, format_values: list[str] | None = None) -> str | None:
    """The media type to answer in; None when nothing in `accept` can be given (406)."""
    if format_values:
        chosen = from_format_param(format_values, gives_graph)
        if chosen:
            return chosen
    if accept is None or not accept.strip():
        return TURTLE if gives_graph else JSON_RESULTS
    best: str | None = None
    best_key: tuple[float, int, int] = (0.0, 0, 0)
    for i, part in enumerate(accept.split(",")):
        fields = part.split(";")
        media_type = fields[0].strip().lower()
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value.strip())
                except ValueError:
                    q = 0.0
        if not q > 0:                       # q=0 means "not this one"; NaN is no weight either
            continue
        if media_type in _WILDCARDS:
            candidate, specificity = _WILDCARDS[media_type][1 if gives_graph else 0], 0 if media_type == "*/*" else 1
        else:
            candidate, specificity = _known(media_type, gives_graph), 2
        if candidate is None:
            continue
        key = (q, specificity, -i)          # the weightiest, then the most specific, then the first
        if best is None or key > best_key:
            best, best_key = candidate, key
    return best


def content_type(media_type: str) -> str:
    return media_type + "; charset=utf-8" if media_type.startswith("text/") else media_type


def serialize(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, media_type: str,
              prefixes: dict[str, str] | None = None) -> tuple[str, bytes]:
    """(Content-Type, body) of `result` in `media_type`; a type that does not fit the result's form
    (the caller guessed the form wrong) gives that form's default instead."""
    if isinstance(result, ox.QueryTriples):
        if media_type not in GRAPH_TYPES:
            media_type = TURTLE
        fmt = GRAPH_TYPES[media_type]
        use_prefixes = prefixes if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
        body = ox.serialize(result, format=fmt, prefixes=use_prefixes)
    else:
        if media_type not in RESULT_TYPES:
            media_type = JSON_RESULTS
        body = result.serialize(format=RESULT_TYPES[media_type])
    return content_type(media_type), body or b""
