"""What a SPARQL query is and whether kgbuild may run it, decided before any parser sees it.

Oxigraph's parser and evaluator recurse once per level of nesting and once per operator of a flat
chain: a query 5,000 parentheses deep, or 10,000 `!` in a row, overflows the stack (SIGSEGV); and
Oxigraph evaluates SERVICE by making the HTTP request itself. So every query goes through
:func:`check` first, which reads it with a tokenizer of SPARQL's lexical grammar (strings, IRIs,
comments, prefixed names, variables and language tags are single tokens, so a word inside them is
never taken for a keyword) and refuses, in one line:

* queries over :data:`MAX_CHARS` characters, nested deeper than :data:`MAX_DEPTH` brackets, or with
  more than :data:`MAX_OPERATORS` operators and keywords (the data rows of VALUES blocks and the
  terms themselves do not count, so long VALUES and IN lists are fine);
* SERVICE in any position (also SERVICE SILENT, in subqueries, lower case), unless allowed;
* SPARQL Update (:class:`QueryRefused` with status 403).

Whatever the tokenizer cannot read (a stray character, an unterminated string) stays in the token
stream as single characters, so a keyword after it is still seen: an odd query is refused or left to
the parser, never let through with a hidden SERVICE.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

MAX_CHARS = 1_000_000
MAX_DEPTH = 64
MAX_OPERATORS = 4_000

_PN_CHARS_BASE = "A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D" \
                 "\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF"
_PN_CHARS_U = _PN_CHARS_BASE + "_"
_PN_CHARS = _PN_CHARS_U + "\\-0-9\u00B7\u0300-\u036F\u203F-\u2040"
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_PN_PREFIX = f"[{_PN_CHARS_BASE}](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?"
_PN_LOCAL = f"(?:[{_PN_CHARS_U}:0-9]|{_PLX})(?:(?:[{_PN_CHARS}.:]|{_PLX})*(?:[{_PN_CHARS}:]|{_PLX}))?"

# a prefixed name's local part that needs no escapes (what kgbuild writes for IRIs it shows)
PLAIN_LOCAL_NAME = re.compile(f"[{_PN_CHARS_U}0-9](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?")

# One alternative per token kind; order matters where two could start at the same character.
_TOKEN = re.compile(
    r"""
    (?P<ws>[ \t\r\n]+)
  | (?P<comment>\#[^\r\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'(?:[^'\\\r\n]|\\.)*'|"(?:[^"\\\r\n]|\\.)*")
  | (?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)
  | (?P<var>[?$][""" + _PN_CHARS_U + r"""0-9][""" + _PN_CHARS_U + r"""0-9\u00B7\u0300-\u036F\u203F-\u2040]*)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<bnode>_:[""" + _PN_CHARS_U + r"""0-9](?:[""" + _PN_CHARS + r""".]*[""" + _PN_CHARS + r"""])?)
  | (?P<pname>(?:""" + _PN_PREFIX + r""")?:(?:""" + _PN_LOCAL + r""")?)
  | (?P<number>[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<open>[({\[])
  | (?P<close>[)}\]])
  | (?P<op>\^\^|\|\||&&|!=|<=|>=|[=<>!+\-*/|^.;,?])
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

_QUERY_FORMS = {"SELECT": "select", "ASK": "ask", "CONSTRUCT": "construct", "DESCRIBE": "describe"}
_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
_TERM_KINDS = {"string", "iri", "var", "lang", "bnode", "pname", "number"}


class QueryRefused(ValueError):
    """A query kgbuild will not run; `status` is the HTTP answer (400, or 403 for updates)."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class QueryShape:
    """What the tokens say about a query (the parser has the last word on its syntax)."""

    form: str              # select, ask, construct, describe, update, or unknown
    has_dataset: bool      # FROM / FROM NAMED clauses
    uses_service: bool
    depth: int             # deepest bracket nesting
    operators: int         # operators and keywords outside the data of VALUES blocks

    @property
    def gives_graph(self) -> bool:
        """True for CONSTRUCT and DESCRIBE (an RDF graph), False for SELECT and ASK (results)."""
        return self.form in ("construct", "describe")


def inspect(query: str) -> QueryShape:
    """Tokenize `query` (any length: callers check MAX_CHARS first) and describe it. Short
    queries are remembered (clients repeat theirs); long ones are not, to bound the memory."""
    return _inspect_short(query) if len(query) <= 4096 else _inspect(query)


@lru_cache(maxsize=1024)
def _inspect_short(query: str) -> QueryShape:
    return _inspect(query)


def _inspect(query: str) -> QueryShape:
    form = "unknown"
    has_dataset = uses_service = False
    depth = max_depth = operators = 0
    values_pending = False          # VALUES seen, its data block not yet opened
    data_depth = -1                 # depth of the open VALUES data block, -1 outside one
    for m in _TOKEN.finditer(query):
        kind = m.lastgroup
        if kind in ("ws", "comment"):
            continue
        text = m.group()
        if kind == "open":
            depth += 1
            max_depth = max(max_depth, depth)
            if values_pending and text == "{":
                values_pending, data_depth = False, depth
                operators += 1
                continue
        elif kind == "close":
            depth = max(0, depth - 1)
            if depth == data_depth - 1:
                data_depth = -1
                operators += 1
                continue
        if data_depth != -1:
            continue                # a value of a VALUES row, or the brackets around one
        if kind == "word":
            word = text.upper()
            if word == "SERVICE":
                uses_service = True
            elif word in _UPDATE_WORDS:
                form = "update"
            elif word in _QUERY_FORMS and form == "unknown":
                form = _QUERY_FORMS[word]
            elif word == "FROM" and depth == 0:
                has_dataset = True
            elif word == "VALUES":
                values_pending = True
        if kind not in _TERM_KINDS and text != ",":
            operators += 1
    return QueryShape(form, has_dataset, uses_service, max_depth, operators)


def check(query: str, allow_service: bool = False, service_hint: str = "") -> QueryShape:
    """The shape of `query`, or QueryRefused (one line) when kgbuild must not run it.
    `service_hint` ends the message that refuses SERVICE (e.g. how to allow it)."""
    if len(query) > MAX_CHARS:
        raise QueryRefused(f"query too long: {len(query):,} characters (at most {MAX_CHARS:,})")
    shape = inspect(query)
    if shape.form == "update":
        raise QueryRefused("SPARQL Update is not allowed: the store is read-only", 403)
    if shape.depth > MAX_DEPTH:
        raise QueryRefused(f"query too deeply nested: {shape.depth:,} levels of brackets (at most {MAX_DEPTH})")
    if shape.operators > MAX_OPERATORS:
        raise QueryRefused(f"query too complex: {shape.operators:,} operators and keywords (at most "
                           f"{MAX_OPERATORS:,}; long lists of values fit in a VALUES block)")
    if shape.uses_service and not allow_service:
        raise QueryRefused("SERVICE is not allowed: kgbuild makes no outbound requests" + service_hint)
    return shape
