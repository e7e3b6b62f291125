"""From candidate mentions to entities: one per referent in a document, one key across documents.

In a document, mentions are merged when the lexicon gives them the same key, when their names fold
to the same string, when a person's short name ends their full name (بوتين / فلاديمير بوتين) or two
spellings of one full name share the family name (مارتن / مارتين), and when an organization is
named with and without its head noun (الخارجية الكينية / وزارة الخارجية الكينية).
Across documents, CorpusIndex applies the same tests to give a referent one key and one label.
"""
from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .. import lexicon
from ..records import EntityRecord, Mention, Role
from ..text import normalize, strip_article
from .groups import GENERIC_INSTITUTIONS, kind_of
from .mentions.base import STATE_INSTITUTIONS
from .words import NAME_LINKS, NAME_TITLES
from .mentions import RANK, Candidate, known_forms
from .mentions.base import BY_START, DESCENT, GOVERNMENT, POLICE, label_key
from .mentions.bodies import PART_HEADS
from .mentions.clubs import NAME_PREFIXES
from .mentions.places import referent_heads


def _toks(form: str) -> list[str]:
    if "-" not in form:
        return normalize(form).split()
    # "ماتيو-إيكامبا": a double family name written with a hyphen is one word of the name, so that
    # "فلان ماتيو-إيكامبا" shortened is that family name, not the given name "ماتيو" and another
    return [w for w in ("-".join(p for p in (normalize(x) for x in word.split("-")) if p)
                        for word in form.split()) if w]


@lru_cache(maxsize=65536)
def similar(a: str, b: str, threshold: float = 0.75) -> bool:
    # the quick ratios are upper bounds of ratio(): most pairs of names fail on them, at less cost
    matcher = difflib.SequenceMatcher(None, a, b)
    return matcher.real_quick_ratio() >= threshold and matcher.quick_ratio() >= threshold \
        and matcher.ratio() >= threshold


def same_person(a: list[str], b: list[str]) -> bool:
    """Two person names (normalised tokens) for one person: same family name, and either one is the
    family name alone or the given names are near-identical spellings."""
    if not a or not b:
        return False
    # "فلان علان الابن" is the namesake son of "فلان علان", not he
    if _namesake_generations(a, b):
        return False
    # "طلال" alone is the father of "الوليد بن طلال", not he
    short, full = (a, b) if len(a) < len(b) else (b, a)
    if len(short) == 1 and any(full[n] in DESCENT and full[n + 1] == short[0] for n in range(len(full) - 1)):
        return False
    # "منصور" alone is the "سالم منصور الكعبي" of the same text
    if (len(a) == 1 and len(b) > 1 and len(a[0]) >= 4 and a[0] in b) or \
            (len(b) == 1 and len(a) > 1 and len(b[0]) >= 4 and b[0] in a):
        return True
    # "كيم" is the "كيم جونغ أون" of the same text: East Asian names put the family name first, and it is
    # often of three letters; not an Arabic given name ("علي" alone is rather another man)
    if (len(a) == 1 and len(b) > 1 and _family_first(a[0], b)) or (len(b) == 1 and len(a) > 1 and _family_first(b[0], a)):
        return True
    # "هاشم" is the "محمدهاشم تقي" of the same text: a name written as one word with its given name
    short, full = (a, b) if len(a) < len(b) else (b, a)
    if len(short) == 1 and len(short[0]) >= 3 and any(len(t) >= len(short[0]) + 3 and t.endswith(short[0])
                                                       for t in full):
        return True
    if _lineage_cut_short(short, full) or _last_name_cut_off(short, full) or _father_with_article(short, full):
        return True
    if _brothers(a, b) or _namesakes_of_two_fathers(a, b) or _sons_of_two_fathers(a, b):
        return False
    if a[-1] != b[-1] and not (len(a[-1]) > 4 and similar(a[-1], b[-1], 0.85)) and not _same_family(a[-1], b[-1]):
        return False
    if len(a) == 1 or len(b) == 1:
        return True

    if a[-1] != b[-1] and len(a) != len(b) and not _same_family(a[-1], b[-1]):
        return False
    # "توماني توري" is "أمادو توماني توري" without the first name; not when the shorter begins with an
    # Arabic given name ("محمد الخالدي" after "أحمد محمد الخالدي" is rather the father)
    short, full = (a, b) if len(a) < len(b) else (b, a)
    if len(short) >= 2 and full[-len(short):] == short and short[0] not in lexicon.given_names():
        return True
    # "سالم الكعبي" is "سالم منصور الكعبي" without the middle name
    if a[-1] == b[-1] and len(a) != len(b) and similar(a[0], b[0], 0.85):
        return True
    given_a, given_b = a[:-1], b[:-1]
    # "عبد الحكيم" and "عبد اللطيف": compound given names opened by one particle differ by what follows it
    if len(given_a) > 1 and len(given_b) > 1 and given_a[0] == given_b[0] and given_a[0] in NAME_LINKS:
        given_a, given_b = given_a[1:], given_b[1:]
    return similar(" ".join(given_a), " ".join(given_b), 0.7)


GENERATION_WORDS = lexicon.function_words().generation_suffix   # "الابن" (Jr.), "الأب" (Sr.)


def _namesake_generations(a: list[str], b: list[str]) -> bool:
    """"فلان علان" and "فلان علان الابن": a name of two words or more and the same name told apart by another
    generation word (son, father, or none) are a father and his namesake son. A lone family name ("علان") may be
    either, and is left to the other tests."""
    def generation(name: list[str]) -> tuple[list[str], str | None]:
        return (name[:-1], name[-1]) if name and name[-1] in GENERATION_WORDS else (name, None)
    (own_a, gen_a), (own_b, gen_b) = generation(a), generation(b)
    return gen_a != gen_b and len(own_a) >= 2 and len(own_b) >= 2


def _lineage_cut_short(short: list[str], full: list[str]) -> bool:
    """"خالد بن راشد" is "خالد بن راشد آل فلان" (or "... بن سالم") of the same text: a name of descent
    written again without the house or grandfather that goes on after a name link."""
    n = len(short)
    return n >= 3 and short[-2] in DESCENT and len(full) > n + 1 and full[:n] == short and full[n] in NAME_LINKS


def _last_name_cut_off(short: list[str], full: list[str]) -> bool:
    """"فلان علان" is "فلان علان فستان" of the same text: a name of two words that opens a full name of one word
    more, the last of the two a family name rather than a given name (a second given name is a father's,
    "أحمد محمد" beside "أحمد محمد فلان" may be another man); not a name of descent (see _lineage_cut_short)."""
    return len(short) >= 2 and len(full) == len(short) + 1 and full[:len(short)] == short \
        and short[-1] not in lexicon.given_names() and not _given_name_alone(short) \
        and not any(t in DESCENT for t in full)


def _known_lineages_written_out(cands: list[Candidate], toks: list[list[str]]) -> list[tuple[int, int]]:
    """"الملك فلان" (a known actor) and "فلان بن علان آل فستان" of the same article: a name of descent the
    lexicon knows ("فلان بن علان") written out with the house or grandfather after it names that actor,
    though the actor's own mention ("الملك فلان", title and all) shares no family name with it. Pairs
    (keyed mention, unkeyed full name) for the one actor of the article whose known name the full name
    goes on from (two such actors: neither)."""
    keyed: dict[str, int] = {}
    for n, c in enumerate(cands):
        if c.type == "Person" and c.key:
            keyed.setdefault(c.key, n)
    if not keyed:
        return []
    out = []
    for n, c in enumerate(cands):
        if c.type != "Person" or c.key or not any(t in DESCENT for t in toks[n]):
            continue
        owners = [m for key, m in keyed.items()
                  if any(_lineage_cut_short(_toks(f), toks[n]) for f in known_forms(key, "Person"))]
        if len(owners) == 1:
            out.append((owners[0], n))
    return out


def _father_with_article(short: list[str], full: list[str]) -> bool:
    """"فلان العلان" is "فلان علان فستان الفلاني" of the same text: a Gulf name written short as the person's own
    name and the father's with the article (as Kuwaiti news names members of the ruling house)."""
    return len(short) == 2 and len(full) >= 3 and short[0] == full[0] and short[1].startswith(DEFINITE) \
        and strip_article(short[1]) == full[1] and not full[1].startswith(DEFINITE)


def _brothers(a: list[str], b: list[str]) -> bool:
    """"طلال بن فهد آل فلان" and "سعد بن فهد آل فلان": two names of descent whose own names before بن differ are
    two people (brothers, cousins), however much of the father's and house's names they share."""
    at_a = next((n for n, t in enumerate(a) if t in DESCENT), 0)
    at_b = next((n for n, t in enumerate(b) if t in DESCENT), 0)
    return at_a > 0 and at_b > 0 and not similar(" ".join(a[:at_a]), " ".join(b[:at_b]), 0.85)


def _father_after_descent(name: list[str]) -> str | None:
    """The father's name after a name's first بن ("عبد الرحمن" of "فلان بن عبد الرحمن آل علان"), written without
    the space a compound name may or may not have ("عبدالرحمن"); None when the name has no بن or nothing after it."""
    at = next((n for n, t in enumerate(name) if t in DESCENT), None)
    if at is None or at + 1 >= len(name):
        return None
    words = name[at + 1:at + 3] if name[at + 1] in NAME_LINKS and at + 2 < len(name) else name[at + 1:at + 2]
    return "".join(words)


def _namesakes_of_two_fathers(a: list[str], b: list[str]) -> bool:
    """"فلان بن سالم آل علان" and "فلان بن جاسم بن راشد آل علان": two names of descent with one own name (or two
    alike, "حمد" / "محمد") and one house but two fathers are two men, cousins or namesakes of the ruling house,
    not one man named with and without his middle names."""
    father_a, father_b = _father_after_descent(a), _father_after_descent(b)
    return father_a is not None and father_b is not None and not similar(father_a, father_b, 0.85)


def _sons_of_two_fathers(a: list[str], b: list[str]) -> bool:
    """"فلان محمد العلاني" and "فلان سالم العلاني": one own name, one house, but two fathers' given names after
    it (a chain of given names, as Gulf and Sudanese names run): two men, however alike the rest is."""
    given = lexicon.given_names()
    return len(a) >= 3 and len(b) >= 3 and a[0] == b[0] and a[1] != b[1] and a[1] in given and b[1] in given \
        and not similar(a[1], b[1], 0.85)


def _family_first(short: str, full: list[str]) -> bool:
    """A one-word name of two or three letters ("لي", "وو", "كيم") that opens a full name and is no Arabic
    given name nor a name particle of two letters ("بو", "دي"); not in an Arabic name built with بن (where "حمد" opens two princes' names)."""
    return len(short) in (2, 3) and full[0] == short and short not in lexicon.given_names() \
        and not (len(short) == 2 and short in NAME_LINKS) and not any(t in DESCENT for t in full)


def part_of(a: list[str], b: list[str]) -> bool:
    """"بعثه الاتحاد الاوروبي" after "الاتحاد الاوروبي": a mission, office or commission of the body (a part's
    head before its definite name in construct), a body of its own."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return bool(short) and len(long_) > len(short) and long_[0] in PART_HEADS and short[0].startswith("ال") \
        and long_[1:len(short) + 1] == short


def same_org(a: list[str], b: list[str]) -> bool:
    """"الخارجيه الروسيه" is "وزاره الخارجيه الروسيه" without its head noun; not a part of a body."""
    return len(a) >= 2 and len(b) >= 2 and (a == b[1:] or b == a[1:]) and not part_of(a, b)


DEFINITE = "ال"
MINISTRY = normalize("وزارة")
AFFAIRS = normalize("الشؤون")


def ministry_without_affairs(toks: list[str]) -> list[str]:
    """"وزاره الشوون الخارجيه X" -> "وزاره الخارجيه X": a ministry whose portfolio is an adjective that
    names it alone (الخارجية، الداخلية) is named with and without the "affairs" it qualifies."""
    if len(toks) >= 3 and toks[0] == MINISTRY and toks[1] == AFFAIRS and toks[2] in lexicon.function_words().portfolio:
        return [toks[0], *toks[2:]]
    return toks


def _same_ministry(a: list[str], b: list[str]) -> bool:
    """"وزاره الشوون الخارجيه X" is "وزاره الخارجيه X" (and bare "وزاره الشوون الخارجيه" the "وزاره الخارجيه X"
    of the article): the same words once "affairs" is left out, or a nationality more; not any two ministries
    of one portfolio, whose nationalities tell them apart."""
    bare_a, bare_b = ministry_without_affairs(a), ministry_without_affairs(b)
    if (bare_a, bare_b) == (a, b):
        return False
    if same_org(bare_a, bare_b):
        return True  # "الخارجيه الجزايريه" in "وزاره الشوون الخارجيه الجزايريه"
    short, long_ = (bare_a, bare_b) if len(bare_a) <= len(bare_b) else (bare_b, bare_a)
    nisba = lexicon.nisba_to_country()
    return long_[:len(short)] == short and all(t in nisba for t in long_[len(short):])


def same_org_in_doc(a: list[str], b: list[str]) -> bool:
    """In one article, "وزاره الداخليه" is the "وزاره الداخليه الكينيه" named there."""
    if _same_ministry(a, b):
        return True
    if len(a) == len(b) == 2 and a[0] == b[0] and a[0] in NAME_PREFIXES and a[1] != b[1]:
        return False  # "دينامو كييف", "دينامو موسكو"; "طيران الخليج", "طيران الامارات": the place is the name
    if same_org(a, b):
        return True
    if part_of(a, b):
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    nisba = lexicon.nisba_to_country()
    if len(short) >= 1 and long_[:len(short)] == short and all(t in nisba for t in long_[len(short):]):
        return True
    # "ارامكو" is "شركه ارامكو السعوديه": the same name without head noun and nationality; but two
    # head nouns name two bodies ("حكومه الاقليم", "برلمان الاقليم")
    heads = lexicon.org_heads()
    two_heads = len(short) >= 2 and short[0] in heads and long_[0] in heads and short[0] != long_[0]
    if _core(short) and _core(short) == _core(long_) and not two_heads and not _states_differ(short, long_):
        return True
    if _same_state_body(a, b) or _same_service_branch(a, b) or _same_person_s_body(a, b) or _head_and_remit(a, b):
        return True
    # "ميليشيا درع الوادي" is "أبطال درع الوادي": a movement named by a head noun and the rest of its name
    movement = lexicon.function_words().movement_head
    by_head, named = (a, b) if a and a[0] in movement else (b, a)
    return len(by_head) >= 3 and by_head[0] in movement and len(named) == len(by_head) \
        and named[1:] == by_head[1:] and named[0] not in lexicon.org_heads()


FOR_THE = "لل"


def _head_and_remit(a: list[str], b: list[str]) -> bool:
    """"اتحاد الشغل" is "الاتحاد العام الفلاني للشغل": a body named short by its head noun in construct with what it
    is for, the adjectives of its full name left out ("لجنة الانتخابات" for "اللجنة الوطنية للانتخابات"); the words
    after the head are the full name's لِـ phrase, read with the article ("للشغل" -> "الشغل")."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(short) < 2 or short[0].startswith(DEFINITE) or short[0] not in lexicon.org_heads() \
            or long_[0] != DEFINITE + short[0]:
        return False
    # "مجلس الأمن" is a body the table knows by that name, not any "المجلس الأعلى للأمن" short
    if " ".join(short) in lexicon.known_entities():
        return False
    remit = short[1:]
    return any(long_[k].startswith(FOR_THE) and [_with_article(w) for w in long_[k:k + len(remit)]] == remit
               for k in range(2, len(long_) - len(remit) + 1))


def _with_article(word: str) -> str:
    """"للشغل" -> "الشغل": a word after the preposition لِـ, whose article it swallowed, with the article again."""
    return DEFINITE + word[len(FOR_THE):] if word.startswith(FOR_THE) else word


def _same_person_s_body(a: list[str], b: list[str]) -> bool:
    """"حكومه فلان" is "حكومه علان فلان": one head noun, and a person named by the family name alone and by
    a given name and the family name."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(short) == 2 and len(long_) == 3 and short[0] == long_[0] and short[0] in lexicon.org_heads() \
        and short[1] == long_[2] and long_[1] in lexicon.given_names()


def _state_of(tok: str) -> str | None:
    """The state a word names: a nationality adjective, or the state's capital (its seat of power)."""
    if tok in lexicon.nisba_to_country():
        return lexicon.nisba_to_country()[tok]
    capital = next((e for e in lexicon.known_entities().get(tok, ()) if e.kind == "capital"), None)
    return capital.country_key if capital else None


def _same_state_body(a: list[str], b: list[str]) -> bool:
    """"حكومه نيروبي" is "الحكومه الكينيه": one head noun, the state named by its capital or its nisba."""
    if len(a) != 2 or len(b) != 2:
        return False
    head_a, head_b = strip_article(a[0]), strip_article(b[0])
    return head_a == head_b and head_a in lexicon.org_heads() and _state_of(a[1]) is not None \
        and _state_of(a[1]) == _state_of(b[1])


SERVICE_BRANCHES = lexicon.function_words().service_branch
ARM = normalize("سلاح")
FORCES = (normalize("القوات"), normalize("قوات"))


def _same_service_branch(a: list[str], b: list[str]) -> bool:
    """"سلاح الجو" is "القوات الجويه" (and "سلاح البحريه" "القوات البحريه"): a service branch named as the
    arm of a noun or as the forces of its adjective, its nationality after either or both."""
    arm, forces = (a, b) if a[:1] == [ARM] else (b, a)
    if len(arm) < 2 or len(forces) < 2 or arm[0] != ARM or forces[0] not in FORCES or forces[1] not in SERVICE_BRANCHES:
        return False
    if arm[1] != forces[1] and arm[1] + "يه" != forces[1]:
        return False
    nisba = lexicon.nisba_to_country()
    rest_a, rest_b = arm[2:], forces[2:]
    return all(t in nisba for t in rest_a + rest_b) and (not rest_a or not rest_b or rest_a == rest_b)


def _states_of_suffix(toks: list[str]) -> set[str]:
    """The states the words _core leaves off a name name (nationalities, or country names used as one)."""
    nisba, known = lexicon.nisba_to_country(), lexicon.known_entities()
    states = set()
    for tok in toks[len(_core(toks)) + (1 if len(toks) > 1 and toks[0] in lexicon.org_heads() else 0):]:
        if tok in nisba:
            states.add(nisba[tok])
        states |= {e.country_key or e.key for e in known.get(tok, ()) if e.type == "Place"}
    return states


def _states_differ(a: list[str], b: list[str]) -> bool:
    """"وزاره الخارجيه الصينيه" and "وزاره الخارجيه الفيتناميه": one body's name with the nationalities of two
    states is the like body of each (an article on two states names both ministries)."""
    states_a, states_b = _states_of_suffix(a), _states_of_suffix(b)
    return bool(states_a) and bool(states_b) and not states_a & states_b


def _core(toks: list[str]) -> list[str]:
    heads, nisba, known = lexicon.org_heads(), lexicon.nisba_to_country(), lexicon.known_entities()
    core = toks[1:] if len(toks) > 1 and toks[0] in heads else list(toks)
    # a nationality at the end, or a country name used as one ("أرامكو السعودية")
    while len(core) > 1 and (core[-1] in nisba or any(e.type == "Place" for e in known.get(core[-1], ()))):
        core = core[:-1]
    return core


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _same_family(a: str, b: str) -> bool:
    """"قباني" and "القباني": one family name written without and with the article (of three letters or more
    without it)."""
    return a != b and min(len(a), len(b)) >= 3 and strip_article(a) == strip_article(b)


def _short_name_ambiguous(short: str, full: list[str], rivals: list[list[str]]) -> bool:
    """Does a one-word name that fits `full` and the rival full names join none of them? It joins the one
    it ends as the family name when no rival ends with it: "فلان" is "جان فلان", not the "فلان نزل" a verb
    after the name made."""
    return not (full[-1] == short and all(r[-1] != short for r in rivals))


def _family_names_of_two_people(a: list[str], b: list[str], full_names: list[list[str]]) -> bool:
    """Two one-word names spelled alike but not the same ("فلانوفيتش" / "فلانيتش"), each the family name of
    its own full name in the article, and the two full names not one person's: two people of alike
    family names, each named alone after being named in full, not one person spelled two ways."""
    if len(a) != 1 or len(b) != 1 or a == b:
        return False
    owners_a = [f for f in full_names if f[-1] == a[0]]
    owners_b = [f for f in full_names if f[-1] == b[0]]
    return bool(owners_a) and bool(owners_b) and not any(same_person(x, y) for x in owners_a for y in owners_b)


def _given_name_alone(name: list[str]) -> bool:
    """A one-word name, or a compound given name opened by a name particle ("عبد العزيز")."""
    return len(name) == 1 or (len(name) == 2 and name[0] in NAME_LINKS)


def _opens_full_name(given: list[str], full: list[str]) -> bool:
    """Does the given name open the full name: its first word, or a compound given name before بن
    ("عبد العزيز" of "عبد العزيز بن فلان"), not the first part of a longer compound?"""
    if len(given) == 1:
        return full[0] == given[0]
    return len(full) > len(given) and full[:len(given)] == given and full[len(given)] in DESCENT


def _first_of_family_first(toks: list[list[str]], short: int, full: int, rivals: list[int],
                           first_at: dict[int, int]) -> bool:
    """"كيم" fits "كيم جونغ أون" and a later "كيم دونغ هو": a family name written first names the one of
    them the article introduces first (the later one is then named in full or by title)."""
    word = toks[short][0]
    if not all(_family_first(word, toks[f]) and toks[f][-1] != word for f in (full, *rivals)):
        return False
    return all(first_at.get(full, 0) < first_at.get(f, 0) for f in rivals)


def _written_before_the_rivals(short: int, full: int, rivals: list[int], first_at: dict[int, int]) -> bool:
    """"فلان" fits "علان فلان" and "فستان فلان": the full name the article gives first, when the short name is
    written before the other is named (after it, or before it in a headline), is the one the reader has met;
    news names a second person of the name in full when it comes to them."""
    return max(first_at.get(full, 0), first_at.get(short, 0)) < min(first_at.get(f, 0) for f in rivals)


def _own_full_name_first(cands: list[Candidate], toks: list[list[str]], short: int, full: int,
                         first_at: dict[int, int]) -> bool:
    """"الزياني" alone keyed to the actor of the table is the "كمال الزياني" the article introduced before
    it, when the article never names that actor in full: a text names a new person in full first."""
    key = cands[short].key
    if first_at.get(full, 0) >= first_at.get(short, 0):
        return False
    return not any(c.key == key and len(t) > 1 for c, t in zip(cands, toks))


def _own_family_names_before_the_actor(cands: list[Candidate], toks: list[list[str]]) -> list[int]:
    """"فلان" alone, which the table knows as an actor's family name, is the "علان فلان" the article named in full
    before it, when the actor's own full name comes only after it (a text names each person in full at first):
    the mentions whose key is to go, so that the actor's later full name does not take them."""
    known = lexicon.entity_by_key()
    out = []
    for n, c in enumerate(cands):
        if c.type != "Person" or not c.key or len(toks[n]) != 1 or c.key not in known:
            continue
        word, key = toks[n][0], c.key
        first = min(x.start for x, t in zip(cands, toks) if x.key == key and t == toks[n])
        own = [t for x, t in zip(cands, toks) if x.type == "Person" and not x.key and len(t) > 1
               and t[-1] == word and x.start < first]
        actor_before = any(x.key == key and len(t) > 1 and x.start < first for x, t in zip(cands, toks))
        if own and not actor_before and not any(len(_toks(f)) > 1 and same_person(_toks(f), t)
                                                for f in known[key].forms for t in own):
            out.append(n)
    return out


def _other_state_nisba(words: list[str], name: list[str], country: str | None) -> bool:
    """Is `words` the lexicon's `name` with nationalities after it, one of a state other than the body's own
    ("الحزب الديمقراطي السنغالي" beside a "الحزب الديمقراطي" the table knows as another country's)?"""
    nisba = lexicon.nisba_to_country()
    rest = words[len(name):]
    return bool(country) and bool(name) and bool(rest) and words[:len(name)] == name \
        and all(w in nisba for w in rest) and any(nisba[w] != country for w in rest)


def _another_state_s_namesake(members: list[Candidate]) -> bool:
    """"الحزب الديمقراطي" clustered with the article's "الحزب الديمقراطي البوتسواني": a name the table gives one
    state's body, named in the article with another state's nationality, is that other state's namesake body;
    the cluster keeps no key of the table's (parties, ministries and councils are named alike in many states)."""
    known = lexicon.entity_by_key()
    keys = {c.key for c in members if c.type == "Organization" and c.key in known}
    if len(keys) != 1:
        return False
    ent = known[keys.pop()]
    if not ent.country_key:
        return False   # (no state's body: no other state's namesake)
    # the nationality may stand in the keyed mention itself, the known name found at its opening
    # (only a name that ends in a nationality may be one: most end in none, and the table's forms are many)
    nisba = lexicon.nisba_to_country()
    named = [words for c in members if c.type == "Organization" and (words := _toks(c.form)) and words[-1] in nisba]
    return any(_other_state_nisba(words, _toks(form), ent.country_key) for form in ent.forms for words in named)


def _parties_named_without_head(cands: list[Candidate], toks: list[list[str]]) -> list[tuple[int, int]]:
    """"فلانكس" alone, taken for a person, after "حزب فلانكس" in the same article: a party or movement named by its
    own name without the head noun, as news does after naming it once in full; not when a person of the
    article bears that name ("حزب فلان" beside "علان فلان" may be named after its leader)."""
    heads = lexicon.org_heads()
    # the word right after the head ("حزب فلانكس اليميني": an adjective may follow the name); the first party so named
    party_names: dict[str, int] = {}
    for n, (c, t) in enumerate(zip(cands, toks)):
        if c.type == "Organization" and len(t) >= 2 and heads.get(t[0]) == "party":
            party_names.setdefault(t[1], n)
    people = {w for c, t in zip(cands, toks) if c.type == "Person" and len(t) > 1 for w in t}
    return [(n, party_names[t[0]]) for n, (c, t) in enumerate(zip(cands, toks))
            if c.type == "Person" and not c.key and len(t) == 1 and t[0] in party_names and t[0] not in people]


def _generic_bodies_of_two_states(cands: list[Candidate], toks: list[list[str]]) -> list[int]:
    """"الحكومة X" and "الحكومة Y" (of states the table has no government of) found as the generic government with
    each state's nationality after it: two states' bodies, not the one of the country in context; the mentions
    whose generic key is to go when the article names the generic body with two states' nationalities."""
    nisba, known = lexicon.nisba_to_country(), lexicon.entity_by_key()
    state_of: dict[int, str] = {}
    for n, c in enumerate(cands):
        if c.type != "Organization" or c.key not in GENERIC_KEYS or c.key not in known:
            continue
        heads = [_toks(f) for f in known[c.key].forms]
        head = max((h for h in heads if toks[n][:len(h)] == h and len(toks[n]) > len(h)), key=len, default=None)
        rest = toks[n][len(head):] if head else []
        if rest and all(w in nisba for w in rest) and len({nisba[w] for w in rest}) == 1:
            state_of[n] = nisba[rest[0]]
    for key in {cands[n].key for n in state_of}:
        if len({s for n, s in state_of.items() if cands[n].key == key}) < 2:
            state_of = {n: s for n, s in state_of.items() if cands[n].key != key}
    return sorted(state_of)


def _generic_beside_a_state_s(a: int, b: int, cands: list[Candidate], of_two_states: set[int]) -> bool:
    """Is one of the two the generic body and the other a state's of an article naming two states' (see above)?"""
    return (a in of_two_states and cands[b].key in GENERIC_KEYS) or (b in of_two_states and cands[a].key in GENERIC_KEYS)


def cluster(cands: list[Candidate]) -> list[list[Candidate]]:
    """The mentions of one article grouped by the entity they name: by key, by the same name, by the
    forms a mention recorded (kunyas, names referring back), then by names that are parts or variants
    of each other."""
    uf = _UnionFind(len(cands))
    toks = [_toks(c.form) for c in cands]
    for n in _own_family_names_before_the_actor(cands, toks):
        cands[n].key = None
    # the bare generic body then folds into the state named last before it (_fold_generic), not into both here
    of_two_states = set(_generic_bodies_of_two_states(cands, toks))
    for n in of_two_states:
        cands[n].key = None
    for n, party in _parties_named_without_head(cands, toks):
        cands[n].type = "Organization"
        uf.union(n, party)
    by_key: dict[str, int] = {}
    by_form: dict[str, int] = {}
    for n, c in enumerate(cands):
        if c.key:
            uf.union(n, by_key.setdefault(c.key, n))
        uf.union(n, by_form.setdefault(" ".join(toks[n]), n))
    # "أبو جلال" found alone is the kunya a fuller mention recorded; "حكومة الإقليم" after "إقليم X" is
    # the "حكومة X" the text names
    for n, c in enumerate(cands):
        for form in (*(c.extra_forms if c.type == "Person" else ()), *c.refers_to):
            other = by_form.get(" ".join(_toks(form)))
            if other is not None and cands[other].type == c.type:
                uf.union(n, other)
    # compare each distinct (type, name, key) once: mentions of one name are already joined
    rep_keys = [(c.type, " ".join(toks[n]), c.key) for n, c in enumerate(cands)]
    reps: dict[tuple[str, str, str | None], int] = {}
    for n, rep_key in enumerate(rep_keys):
        reps.setdefault(rep_key, n)
    order = list(reps.values())
    known = lexicon.entity_by_key()
    full_names = [n for n in order if cands[n].type == "Person" and len(toks[n]) > 1]
    # where each distinct name is first written, for the tie-break of family names written first
    first_at: dict[int, int] = {}
    for c, rep_key in zip(cands, rep_keys):
        rep = reps[rep_key]
        first_at[rep] = min(first_at.get(rep, c.start), c.start)
    dekey: set[int] = set()  # family names alone that name the article's own person, not the table's
    # only names of one type are compared, persons with persons and organizations with organizations: each type's
    # names are paired among themselves (in the same order), not every name with every other (the union keeps the
    # least index of a group as its root, so the groups do not hang on the order of the joins)
    of_type: dict[str, list[int]] = {"Person": [], "Organization": []}
    for n in order:
        if cands[n].type in of_type:
            of_type[cands[n].type].append(n)
    for a, b in ((a, b) for same in of_type.values() for x, a in enumerate(same) for b in same[x + 1:]):
        ca, cb = cands[a], cands[b]
        if ca.key and cb.key and ca.key != cb.key:
            continue
        if ca.type == cb.type == "Person" and same_person(toks[a], toks[b]):
            if _family_names_of_two_people(toks[a], toks[b], [toks[f] for f in full_names]):
                continue
            short, full = (a, b) if len(toks[a]) < len(toks[b]) else (b, a)
            # "غراندي" may be Filippo or Liz: a family name that fits two full names joins neither
            rivals_at = [f for f in full_names if len(toks[short]) == 1 and not same_person(toks[f], toks[full])
                         and same_person(toks[short], toks[f])]
            rivals = [toks[f] for f in rivals_at]
            if rivals and _short_name_ambiguous(toks[short][0], toks[full], rivals) \
                    and not _first_of_family_first(toks, short, full, rivals_at, first_at) \
                    and not _written_before_the_rivals(short, full, rivals_at, first_at):
                continue
            # a known actor's family name does not make "ليز غراندي" that actor
            keyed = cands[short].key if cands[short].key and not cands[full].key else None
            if keyed and keyed in known and not any(
                    len(_toks(f)) > 1 and same_person(_toks(f), toks[full]) for f in known[keyed].forms):
                # (but "ويليام جيمس بيرنز" is the "ويليام بيرنز" the lexicon knows); the family name
                # alone after the article's own full name is that person, not the actor of the table
                if _own_full_name_first(cands, toks, short, full, first_at):
                    dekey.add(short)
                    uf.union(a, b)
                continue
            uf.union(a, b)
        elif ca.type == cb.type == "Organization" and same_org_in_doc(toks[a], toks[b]) \
                and not _generic_beside_a_state_s(a, b, cands, of_two_states):
            uf.union(a, b)
    # "الملك فلان" is the "فلان بن علان آل فلان" of the same article: a royal or religious title with a
    # one-word name names the one full name the article opens with that word (a short given name too)
    for n, c in enumerate(cands):
        if c.type == "Person" and c.title and normalize(c.title) in NAME_TITLES and _given_name_alone(toks[n]):
            fulls = [f for f in full_names if _opens_full_name(toks[n], toks[f])]
            opens = {uf.find(f) for f in fulls}
            if len(opens) == 1:
                uf.union(n, opens.pop())
            elif opens:
                # "الشيخ فلان" after "فلان بن علان" and before a later "فلان بن فستان": the one the reader has met
                first = min(fulls, key=lambda f: first_at.get(f, 0))
                rivals = [f for f in fulls if uf.find(f) != uf.find(first)]
                if _written_before_the_rivals(reps[rep_keys[n]], first, rivals, first_at):
                    uf.union(n, first)
    for short, full in _known_lineages_written_out(cands, toks):
        uf.union(short, full)
    # "صندوق النقد" is the "صندوق النقد الدولي" of the same article when it is the only longer match
    orgs = {" ".join(t) for c, t in zip(cands, toks) if c.type == "Organization"}
    for a, ca in enumerate(cands):
        if ca.type != "Organization" or len(toks[a]) < 2:
            continue
        short = " ".join(toks[a])
        longer = {o for o in orgs if o.startswith(short + " ")}
        if len(longer) == 1:
            target = longer.pop()
            b = next(n for n, t in enumerate(toks) if " ".join(t) == target and cands[n].type == "Organization")
            if not (ca.key and cands[b].key and ca.key != cands[b].key):
                uf.union(a, b)
    for c, rep_key in zip(cands, rep_keys):
        if reps[rep_key] in dekey:
            c.key = None
    groups: dict[int, list[Candidate]] = {}
    for n, c in enumerate(cands):
        groups.setdefault(uf.find(n), []).append(c)
    for members in groups.values():
        if _another_state_s_namesake(members):
            for c in members:
                c.key = None
    # a cluster must not join two different lexicon keys: split by key when that happened
    out = []
    for members in groups.values():
        keys = {c.key for c in members if c.key}
        if len(keys) <= 1:
            out.append(members)
            continue
        for key in sorted(keys):
            out.append([c for c in members if c.key == key])
        rest = [c for c in members if not c.key]
        if rest:
            out[-1].extend(rest)
    return _fold_generic(out)


GENERIC_KEYS = frozenset(GENERIC_INSTITUTIONS)   # (a set: asked of every mention's key, most of which are none)
STATE_INSTITUTION_KEYS = frozenset(STATE_INSTITUTIONS)


def _fold_generic(clusters: list[list[Candidate]]) -> list[list[Candidate]]:
    """Bare "الحكومة" is the government the article named last before it ("الحكومة الليبية ... وقالت
    الحكومة"), or the only one it names; with none, it stays the generic institution."""
    clusters = [part for m in _cabinet_joined(clusters) for part in _named_apart(m)]
    generic = [any(c.key in GENERIC_KEYS for c in m) for m in clusters]   # (asked once per cluster, read twice)
    out = [m for m, g in zip(clusters, generic) if not g]
    for members, g in zip(clusters, generic):
        if not g:
            continue
        # the generic body's whole name opens the specific one's: "الحكومة" -> "الحكومة الليبية", "مجلس النواب"
        # -> "مجلس النواب الأردني"; "مجلس المحافظين" shares the head only, another council
        head = min((_generic_head(c) for c in members), key=len)
        # the institution of the country in context is a state's: not "البرلمان الأوروبي" beside "البرلمان"
        national = [m for m in out if not _international(m)]
        specific = [m for m in national if any(c.type == "Organization" and _toks(c.form)[:len(head)] == head
                                          and len(_toks(c.form)) > len(head) for c in m)]
        # with no body named with the head, one the lexicon knows by a name with it: "الجيش" after
        # "القوات المسلحة الأوكرانية", which is also "الجيش الأوكراني"
        specific = specific or [m for m in national if any(c.type == "Organization" and any(
            _toks(f)[:len(head)] == head and len(_toks(f)) > len(head) for f in known_forms(c.key, "Organization")) for c in m)]
        # with neither, one named as the head of a construct: "حكومة هندوراس ... وقالت الحكومة"
        specific = specific or [m for m in national if any(c.type == "Organization" and _construct_of(_toks(c.form), head)
                                                      for c in m)]
        # the police only: one named for its city, "شرطة <مدينة> ... وقالت الشرطة" (a city keeps its own police force)
        if any(c.key == POLICE for c in members):
            specific = specific or [m for m in national if any(c.type == "Organization" and _city_s(_toks(c.form), head)
                                                          for c in m)]
        # with none of these, the one body the article names as the head of a construct on an owner that is neither
        # a branch nor a place short of a state: "حكومة الإنقاذ الوطني ... وقالت الحكومة", "شرطة الجمهورية ... الشرطة"
        if not specific and any(c.key in (GOVERNMENT, POLICE) for c in members):
            owned = [m for m in national if any(c.type == "Organization" and _owned_construct(_toks(c.form), head)
                                                for c in m)]
            specific = owned if len(owned) == 1 else specific
        # "الحكومة" in an article on one state beside "الحكومة الفرنسية": the home state's, not the foreign one named
        # (the government only: a bare army or police is as often the foreign one the article is about)
        if any(c.key == GOVERNMENT for c in members):
            home = _home_state(clusters)
            specific = [m for m in specific if not _another_state_s(m, home)]
        # with none named by the head, the one body the article names by another name its kind goes by, not another
        # state's: bare "البرلمان" beside "مجلس الشورى <الجنسية>" or "الكونغرس", "الجيش" beside "قوات الدفاع <الجنسية>"
        if not specific:
            home = _home_state(clusters)
            # a body of a state other than the one the article is about is no bare body of its (nor is one of a known
            # state when the article's is not told); an upper chamber named beside is a second legislature's name
            kin = [m for m in national if _same_kind(m, members) and _of_home(m, home)]
            # a chamber's name ("مجلس النواب") is no whole legislature's: only the kind's common noun folds so
            kin = kin if all(_common_noun_of(c) for c in members) else []
            specific = kin if len(kin) == 1 and not _upper_chamber(kin[0]) else specific
        left: list[Candidate] = []
        for c in members:
            before = [(max(x.i for x in m if x.i < c.i), n) for n, m in enumerate(specific)
                      if any(x.i < c.i for x in m)]
            target = specific[max(before)[1]] if before else (specific[0] if len(specific) == 1 else None)
            if target is None:
                left.append(c)
            else:
                c.key = None
                target.append(c)
        if left:
            out.append(left)
    return out


PERIPHRASES = lexicon.function_words().institution_periphrasis
CABINET_NAMES = lexicon.function_words().cabinet_name


# the other names a generic institution's kind goes by (function_words.tsv): a legislature's, the armed forces'
KIND_NAMES = {"org:parliament": lexicon.function_words().legislature_name,
              "org:army": lexicon.function_words().armed_forces_name}


def _same_kind(cluster: list[Candidate], generic: list[Candidate]) -> bool:
    """Is a body named by a name of the generic institution's kind ("مجلس الشورى <الجنسية>", "الكونغرس" for bare
    "البرلمان"), as its whole name or the head of a longer one?"""
    names = [n.split() for c in generic for n in KIND_NAMES.get(c.key or "", ())]
    return any(c.type == "Organization" and _opens_with(c, names) for c in cluster)


UPPER_CHAMBERS = [n.split() for n in lexicon.function_words().upper_chamber]


def _upper_chamber(members: list[Candidate]) -> bool:
    """Is the body named as an upper chamber ("مجلس الشيوخ <الجنسية>")?"""
    return any(_opens_with(c, UPPER_CHAMBERS) for c in members)


def _opens_with(c: Candidate, names: list[list[str]]) -> bool:
    """Does the mention's form open with one of the names (each as its words), as its whole name or the head of a
    longer one?"""
    words = _toks(c.form)
    return any(words[:len(n)] == n for n in names)


def _of_home(members: list[Candidate], home: str | None) -> bool:
    """Is the body the article's home state's own, or one of no state known? With the home state untold, a body named
    with its state's nationality may be the article's, but not one the lexicon knows ("الكونغرس" is one state's)."""
    states = _states_of_body(members)
    return not states or home in states or (home is None and not any(c.key for c in members))


def _common_noun_of(c: Candidate) -> bool:
    """Is the generic body named by its institution's shortest name in the lexicon, the common noun ("البرلمان",
    "الجيش"), or a periphrasis of it, rather than by the name of a part ("مجلس النواب": one chamber)?"""
    names = [_toks(f) for f in known_forms(c.key, "Organization")]
    return bool(names) and _generic_head(c) == min(names, key=len)


def _cabinet_joined(clusters: list[list[Candidate]]) -> list[list[Candidate]]:
    """"مجلس الوزراء" alone (the council of ministers, no state named after it) in an article that also says bare
    "الحكومة" is that government met in council: one body, which then folds as the bare government does."""
    government = [m for m in clusters if any(c.key == GOVERNMENT for c in m)]
    if len(government) != 1:
        return clusters
    cabinets = [m for m in clusters if all(not c.key and c.type == "Organization" and normalize(c.form) in CABINET_NAMES
                                           for c in m)]
    if not cabinets:
        return clusters
    joined = government[0] + [c for m in cabinets for c in m]
    return [joined] + [m for m in clusters if m is not government[0] and not any(m is x for x in cabinets)]


def _generic_head(c: Candidate) -> list[str]:
    """The words a generic institution's mention names it by; a periphrasis ("المؤسسة العسكرية") opens no
    specific body's name, so the institution's shortest name in the lexicon ("الجيش") stands for it."""
    if normalize(c.form) not in PERIPHRASES:
        return _toks(c.form)
    names = [_toks(f) for f in known_forms(c.key, "Organization") if normalize(f) not in PERIPHRASES]
    return min(names, key=len) if names else _toks(c.form)


def _state_of_place(c: Candidate) -> str | None:
    """The state a place mention is or lies in (a country, or the country of a city the lexicon knows)."""
    ent = lexicon.entity_by_key().get(c.key) if c.key else None
    if ent is None or ent.type != "Place":
        return None
    return ent.country_key or (ent.key if ent.kind == "country" else None)


def _home_state(clusters: list[list[Candidate]]) -> str | None:
    """The state an article is about: the one its places name most often, when no other is named as often."""
    counts = Counter(s for m in clusters for c in m if c.type == "Place" and (s := _state_of_place(c)))
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def _states_of_body(members: list[Candidate]) -> set[str]:
    """The states a body's cluster names: its known entity's country, or the nationality after its name."""
    known = lexicon.entity_by_key()
    states = {known[c.key].country_key for c in members if c.key in known and known[c.key].country_key}
    return states | {s for c in members if c.type == "Organization" for s in _states_of_suffix(_toks(c.form))}


def _another_state_s(members: list[Candidate], home: str | None) -> bool:
    """Is the body one of a state other than the article's own (see _home_state)?"""
    states = _states_of_body(members)
    return home is not None and bool(states) and home not in states


def _city_s(words: list[str], head: list[str]) -> bool:
    """Does a longer name open with the generic body's one-word name as the head of a construct whose owner is a city
    the lexicon knows ("شرطة <مدينة>"), every place of that name a city or capital?"""
    if not (len(words) > len(head) == 1 and head[0].startswith(DEFINITE) and words[0] == head[0][len(DEFINITE):]):
        return False
    places = [e for e in lexicon.known_entities().get(" ".join(words[1:]), []) if e.type == "Place"]
    return bool(places) and all(e.kind in ("city", "capital") for e in places)


def _international(members: list[Candidate]) -> bool:
    """Is the body one the lexicon knows as an international one (kind intl_org: "البرلمان الأوروبي")?"""
    known = lexicon.entity_by_key()
    return any(c.key in known and known[c.key].kind == "intl_org" for c in members)


def _construct_of(words: list[str], head: list[str]) -> bool:
    """Does a longer name open with the generic body's one-word name as the head of a construct ("حكومة هندوراس",
    "جيش ميانمار": the head noun without its article, a state as the owner after it)? Not a place short of a state
    ("حكومة الإقليم X" is a region's own, bare "الحكومة" beside it the state's), nor a branch ("شرطة المرور")."""
    if not (len(words) > len(head) == 1 and head[0].startswith(DEFINITE) and words[0] == head[0][len(DEFINITE):]):
        return False
    places = [e for e in lexicon.known_entities().get(" ".join(words[1:]), []) if e.type == "Place"]
    states = {e.key for e in places if e.kind == "country"}
    # "حكومة بنما", "حكومة الكويت": a state named like its capital is the state all the same
    return bool(states) and all(e.kind == "country" or (e.kind == "capital" and e.country_key in states) for e in places)


BRANCH_OWNERS = lexicon.function_words().branch_owner


def _owned_construct(words: list[str], head: list[str]) -> bool:
    """Does a longer name open with the generic body's one-word name as the head of a construct whose owner is no
    branch of it ("شرطة المرور", "حكومة الظل"), no place head ("حكومة الإقليم") and no region the lexicon knows
    ("حكومة كيبيك")? Such a body ("حكومة الإنقاذ الوطني") is the one its bare head stands for."""
    if not (len(words) > len(head) == 1 and head[0].startswith(DEFINITE) and words[0] == head[0][len(DEFINITE):]):
        return False
    owner = words[1:]
    if owner[0] in BRANCH_OWNERS or strip_article(owner[0]) in referent_heads(genitive=True):
        return False
    known = lexicon.known_entities()
    places = [e for form in {" ".join(owner), owner[0]} for e in known.get(form, []) if e.type == "Place"]
    # a city's bare name is the state's too or a city's own force ("شرطة عمان": Oman's, or Amman's as "شرطة كابل")
    return all(e.kind in ("country", "city", "capital") for e in places)


def _named_apart(members: list[Candidate]) -> list[list[Candidate]]:
    """"المحكمة العليا الكينية" clustered with bare "المحكمة العليا" (its name opens the longer one): the body
    named with more words and no key is a state's own, apart from the generic one, which may then fold into it."""
    generic = [c for c in members if c.key in STATE_INSTITUTION_KEYS]
    if not generic:
        return [members]
    head = min((_toks(c.form) for c in generic), key=len)
    named = [c for c in members if not c.key and len(_toks(c.form)) > len(head) and _toks(c.form)[:len(head)] == head]
    rest = [c for c in members if c not in named]
    return [rest, named] if named else [members]


@lru_cache(maxsize=65536)   # (a function of the form alone, asked of the same forms per mention and per entity)
def points_back(form: str) -> bool:
    """"حكومة الإقليم": a name ending in a bare place head noun names a body of the place its own article
    named before; it says nothing about other articles."""
    words = _toks(form)
    return len(words) >= 2 and words[-1].startswith("ال") \
        and words[-1][2:] in referent_heads(genitive=True)


@lru_cache(maxsize=65536)   # (a function of the form alone, asked of the same forms per mention and per entity)
def without_title(form: str) -> str | None:
    """"الملك فيليبي السادس" -> "فيليبي السادس": the name as it stands without its leading title."""
    words = form.split()
    titles = lexicon.titles()
    for n in (3, 2, 1):
        if len(words) > n + 1 and normalize(" ".join(words[:n])) in titles:
            return " ".join(words[n:])
    return None


OFFICIAL = lexicon.function_words().official_adjective


@lru_cache(maxsize=65536)   # (a function of the form alone, asked of the same forms per mention and per entity)
def without_official(form: str) -> str | None:
    """"وكالة فلان للأنباء الرسمية" -> "وكالة فلان للأنباء": a body's name of two words or more that news calls
    "official" after it is the name without that description (the agency, television or gazette of the state)."""
    words = form.split()
    if len(words) >= 3 and normalize(words[-1]) in OFFICIAL:
        return " ".join(words[:-1])
    return None


@lru_cache(maxsize=65536)   # (a function of the form alone, asked of the same forms per mention and per entity)
def without_nationality(form: str) -> str | None:
    """"التجمع الفلاني الفرنسي" -> "التجمع الفلاني": a body's own name of two words or more with the nationality news
    puts after it is the name without it. Not a name any state's body bears ("وزارة الداخلية"), nor one the lexicon
    knows (a namesake of another state); such a bare form links no other article's body (_bare_of_national)."""
    words, nisba = form.split(), lexicon.nisba_to_country()
    n = len(words)
    while n > 2 and normalize(words[n - 1]) in nisba and len(words) - n < 2:
        n -= 1
    bare = " ".join(words[:n])
    if n == len(words) or generic_body_name(bare) or normalize(bare) in lexicon.known_entities():
        return None
    return bare


def _type_of(members: list[Candidate]) -> str:
    best = min(members, key=lambda c: (RANK[c.source], -len(c.form)))
    return best.type


@lru_cache(maxsize=65536)   # (a function of the form alone, asked of the same forms per mention and per entity)
def _titled_full_name(form: str) -> bool:
    """"الشيخ فلان علان": a royal or religious title before a name of two words or more, a form of the
    person the label leaves out (the name alone keys the person across articles)."""
    words = form.split()
    return len(words) >= 3 and normalize(words[0]) in NAME_TITLES


def to_entity(members: list[Candidate]) -> EntityRecord:
    known = lexicon.entity_by_key()
    key = next((c.key for c in members if c.key), None)
    type_ = _type_of(members)
    # a description referring back ("المنظمة الدولية") is a mention of the body, not one of its names
    forms = {c.form for c in members if c.form and not c.described} | {f for c in members for f in c.extra_forms}
    if type_ == "Organization":
        forms |= {bare for f in forms if (bare := without_official(f))}
    if key is None:
        # a name found by a pattern ("هيئة “الرقابة المالية”") may still be one the lexicon knows
        lexical = lexicon.known_entities()
        names = sorted(normalize(f) for f in forms)
        if type_ == "Person":
            # the family name of the article's own full name ("كمال فلان" ... "فلان") does not make the
            # person the actor of the table known by that family name alone
            families = {n.split()[-1] for n in names if len(n.split()) > 1}
            names = [n for n in names if " " in n or n not in families]
        # a generic body folded into a state's own named one ("المحكمة العليا" after "المحكمة العليا الكينية")
        # gives that body no generic key: the lexicon's row is the one of the country in context
        generic = len(names) > 1 and any(n in lexical and lexical[n][0].key in STATE_INSTITUTION_KEYS for n in names)
        key = next((lexical[n][0].key for n in names if n in lexical and lexical[n][0].type == type_
                    and not (generic and lexical[n][0].key in STATE_INSTITUTION_KEYS)
                    and not any(_other_state_nisba(m.split(), n.split(), lexical[n][0].country_key)
                                for m in names)), None)
    if type_ == "Organization":
        # after the key is chosen: the bare name must not take a namesake's key of the lexicon
        forms |= {bare for f in forms if (bare := without_nationality(f))}
    if type_ == "Person":
        forms |= {bare for f in forms if (bare := without_title(f))}
        # "الملك فيصل", "الأمير تشارلز": a royal or religious title with a one-word name is the usual name
        forms |= {f"{c.title} {c.form}" for c in members if c.title and len(c.form.split()) == 1
                  and normalize(c.title) in NAME_TITLES}
    wikidata = label_en = None
    roles: list[Role] = []
    kind = None
    if key and key.startswith("group:"):
        kind = kind_of(key)
        g = lexicon.group_kinds().get(kind)
        # labelled as the article names it ("شيوخ العشائر"), not by its kind; "سكان X" rather than the
        # "سكان المدينة" that refers back to it
        counts = Counter(c.form for c in members if c.form)
        label = max(forms, key=lambda f: (not points_back(f), counts.get(f, 0), len(f), f))
        label_en = g.label_en if g else None
        type_ = "Group"
    elif key and key in known:
        ent = known[key]
        label, label_en, wikidata, type_ = ent.label_ar, ent.label_en, ent.wikidata, ent.type
        roles.extend(Role(title, of) for title, of in ent.roles)
    else:
        # "برلمان الإقليم" named so alone is labelled by the place it refers to ("برلمان X")
        if all(c.refers_to for c in members):
            forms |= {c.refers_to[0] for c in members}
        counts: dict[str, int] = {}
        for c in members:
            name = c.refers_to[0] if c.refers_to else c.form
            counts[name] = counts.get(name, 0) + 1
        label = max(forms, key=lambda f: (not _titled_full_name(f), len(f.split()), counts.get(f, 0), f))
        key = label_key(type_, label)
    for c in members:
        if c.title and all(r.title != c.title for r in roles):
            roles.append(Role(c.title, c.role_of))
    mentions = [Mention(c.start, c.end, c.form, c.form) for c in sorted(members, key=BY_START)]
    return EntityRecord(key=key, type=type_, label=label, forms=forms, mentions=mentions, wikidata=wikidata,
                        label_en=label_en, roles=roles, source=min(members, key=lambda c: RANK[c.source]).source,
                        kind=kind)


def _lone_name(type_: str, form: str) -> bool:
    """"عائشة", "فلان" alone: a person's one-word name is the article's own short name of whom it named (or a given
    name only); in another article it may be anyone of that name, so it links no person across articles (the
    lexicon's actors keep their keys, and a full name still links). So is one word after a name particle ("عبد الله"
    alone, a compound given name; "ولد فلان", "دي فلان", a family name alone)."""
    words = _toks(form)
    return type_ == "Person" and (len(words) == 1 or (len(words) == 2 and words[0] in NAME_LINKS))


def _full_names_disagree(a: list[str], b: list[str]) -> bool:
    """Two persons' full names (two words or more each) of two articles that are not one name: a form they share
    ("دي فلان", a family name) joins them only when the full names agree too; so not when the names are no
    spellings of one name, nor when, word for word, a given name stands against another ("فلان علان دي فستان" /
    "فلانو علتان دي فستان": a first name and a longer one, then two middle names)."""
    if len(a) < 2 or len(b) < 2:
        return False
    if not same_person(a, b):
        return True
    return len(a) == len(b) and any(x != y and not similar(x, y, SPELLING_OF_A_WORD) for x, y in zip(a[:-1], b[:-1]))


# two spellings of one word of a name differ by a letter or two ("كورت" / "كيرت", "فقي" / "فكي")
SPELLING_OF_A_WORD = 0.6


def _generic_form(type_: str, form: str) -> bool:
    """"اللجنه الوطنيه للانتخابات" as a form of "اللجنه الوطنيه للانتخابات في X": the body's name without its
    country says nothing of which country's it is, so it links no other article's body."""
    return type_ == "Organization" and generic_body_name(form)


def _bare_of_national(type_: str, form: str, forms: set[str]) -> bool:
    """"الحزب الديمقراطي" as a form of "الحزب الديمقراطي الغاني": a body's name without the nationality another
    of its forms gives is any state's namesake, so it links no other article's body."""
    if type_ != "Organization":
        return False
    nisba, words = lexicon.nisba_to_country(), _toks(form)
    return any(len(w := _toks(f)) > len(words) and w[:len(words)] == words and all(t in nisba for t in w[len(words):])
               for f in forms)


@lru_cache(maxsize=65536)   # (a function of the form alone, asked of the same forms per mention and per entity)
def generic_body_name(form: str) -> bool:
    """"اللجنه الوطنيه للانتخابات", "وزاره الداخليه", "رياسه الجمهوريه": an organization head noun and words of what
    the body does or of its standing only, no proper name nor state: the like body of any country, so the one of
    another article is another country's (named apart, as groups are)."""
    words = _toks(form)
    heads, function = lexicon.org_heads(), lexicon.function_words().body_function
    return len(words) >= 2 and words[0] in heads and all(w in function for w in words[1:])


@dataclass
class CorpusIndex:
    """Keys and canonical labels of the entities seen so far in a corpus, so that a referent met in
    several documents gets one IRI and one rdfs:label. Holds names only, never documents."""

    label_of: dict[str, str] = field(default_factory=dict)
    by_form: dict[tuple[str, str], str] = field(default_factory=dict)
    # persons by family name, organizations by name without head noun: small buckets to compare
    persons: dict[str, list[tuple[list[str], str]]] = field(default_factory=dict)
    orgs: dict[str, list[tuple[list[str], str]]] = field(default_factory=dict)

    def resolve(self, ent: EntityRecord, scope: str | None = None) -> EntityRecord:
        """`scope`: the article's own suffix, for a body named generically or a person named by one word only, that
        is that article's referent only."""
        if scope and "/" not in ent.key and ent.key not in lexicon.entity_by_key() and not ent.key.startswith("Q") \
                and ((ent.type == "Organization" and generic_body_name(ent.label)) or _lone_name(ent.type, ent.label)):
            ent.key = f"{ent.key}/{scope}"
        # lexicon entities keep their keys: only names the lexicon does not know are matched up
        if ent.key.startswith(("Q", "group:")) or ent.key in self.label_of or ent.key in lexicon.entity_by_key() \
                or "/" in ent.key:
            return self._remember(ent)
        # longest form first; forms of one length alphabetically, not in the set's (hash-seeded) order
        for form in sorted(ent.forms, key=lambda f: (-len(f), f)):
            if points_back(form) or _generic_form(ent.type, form) or _bare_of_national(ent.type, form, ent.forms) \
                    or _lone_name(ent.type, form):
                continue
            hit = self.by_form.get((ent.type, normalize(form)))
            if hit and not (ent.type == "Person" and _full_names_disagree(_toks(ent.label), _toks(self.label_of[hit]))):
                return self._adopt(ent, hit)
        mine = _toks(ent.label)
        if ent.type == "Person" and mine and not _lone_name(ent.type, ent.label):
            hits = {key for toks, key in self.persons.get(mine[-1], [])
                    if same_person(mine, toks) and not _full_names_disagree(mine, toks)}
        elif ent.type == "Organization" and mine:
            pool = self.orgs.get(" ".join(mine), []) + self.orgs.get(" ".join(mine[1:]), [])
            hits = {key for toks, key in pool if same_org(mine, toks)}
        else:
            hits = set()
        if len(hits) == 1:
            return self._adopt(ent, hits.pop())
        return self._remember(ent)

    def _adopt(self, ent: EntityRecord, key: str) -> EntityRecord:
        ent.forms.add(ent.label)
        ent.key, ent.label = key, self.label_of[key]
        return self._remember(ent)

    def _remember(self, ent: EntityRecord) -> EntityRecord:
        if ent.key in self.label_of and not ent.key.startswith("Q"):
            ent.forms.add(ent.label)
            ent.label = self.label_of[ent.key]
        self.label_of.setdefault(ent.key, ent.label)
        if ent.key in GENERIC_KEYS or "/" in ent.key:
            return ent  # generic or one article's: its names say nothing about other articles
        for form in ent.forms | {ent.label}:
            if not points_back(form) and not _generic_form(ent.type, form) \
                    and not _bare_of_national(ent.type, form, ent.forms) and not _lone_name(ent.type, form):
                self.by_form.setdefault((ent.type, normalize(form)), ent.key)
        toks = _toks(ent.label)
        if ent.type == "Person" and toks:
            self.persons.setdefault(toks[-1], []).append((toks, ent.key))
        elif ent.type == "Organization" and len(toks) >= 2:
            self.orgs.setdefault(" ".join(toks[1:]), []).append((toks, ent.key))
            self.orgs.setdefault(" ".join(toks), []).append((toks, ent.key))
        return ent
