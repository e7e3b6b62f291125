"""Candidate entity mentions in a Doc, from several general sources, then one non-overlapping set.

Sources, most trusted first: the gazetteer of known entities (lexicon), titles that introduce a
person's name ("وزير الخارجية الروسي سيرغي لافروف"), organization heads with their genitive
chain ("وزارة الخارجية الروسية"), place heads ("منطقة مانجيستاو"), unnamed collective actors
(groups), and the statistical NER. A name found once is then found again wherever it recurs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from spacy.tokens import Doc

from .. import lexicon
from ..text import clean_surface, clitic_variants, normalize
from .words import (text_of, NAME_LINKS, is_arabic_word, is_common, is_function_word, is_name_like, is_punct, is_quote,
                    common_words, function_words, is_inflected_common, is_known_name_word, mostly_common_words,
                    prev_word)

RANK = {"gazetteer": 0, "title": 1, "org": 2, "place_head": 3, "group": 2, "subject": 4, "ner": 5, "propagated": 4}
# words that may stand between a title and the name without being part of either
TITLE_MODIFIERS = lexicon.function_words().title_modifier
# adjectives that name a kind of body, after its name: "الحكومة الليبية المؤقتة", "المؤتمر الوطني العام"
BODY_MODIFIERS = lexicon.function_words().body_modifier
# "المتحدث باسم الرئاسة هو فلان": the pronoun that introduces the title holder's name
NAME_INTRODUCERS = lexicon.function_words().name_introducer
# place head nouns -> whether the head is part of the name ("مطار ألماتي") or not ("مدينة الطائف")
PLACE_HEADS = {**dict.fromkeys(lexicon.function_words().place_head, False),
               **dict.fromkeys(lexicon.function_words().place_head_kept, True)}
STATE_HEADS = lexicon.function_words().state_head
# heads whose name may be an ordinary definite word: "حي الكرامة", "ميدان التحرير", "سد النهضة"
NAMED_BY_WORD = lexicon.function_words().named_by_word_head
LOCATED_HEADS = lexicon.function_words().located_head
# adjectives that follow an organization's name without being part of it
CHAIN_STOP = lexicon.function_words().chain_stop
# "لشؤون اللاجئين": a body's remit, part of its name
REMIT = lexicon.function_words().remit
TYPE_OF_NER = {"PERS": "Person", "PER": "Person", "LOC": "Place", "GPE": "Place", "ORG": "Organization"}


@dataclass
class Candidate:
    i: int                      # first token (the token may carry a clitic)
    j: int                      # one past the last token
    start: int                  # character offsets of the name, clitic excluded
    end: int
    form: str                   # the name as written, clitic excluded
    type: str                   # Person | Organization | Place | Group
    source: str
    key: str | None = None      # lexicon key, when the gazetteer knows the entity
    title: str | None = None    # "وزير الخارجية"
    role_of: str | None = None  # key of the country or organization of the title
    title_i: int | None = None  # first token of the title that introduced this person
    doc_text_before: str = ""   # the token right before the mention, when it is punctuation
    extra_forms: set[str] = field(default_factory=set)

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass
class _TokenInfo:
    blocks: bool                          # white space or punctuation: no phrase runs across it
    norm: str
    readings: list[tuple[int, str, str]]  # (clitic length, stem as written, normalised stem)


def _info(doc: Doc) -> list[_TokenInfo]:
    """Per-token normalised forms and clitic readings, computed once per Doc."""
    info = doc.user_data.get("kg_tokinfo")
    if info is None:
        info = []
        for t in doc:
            blocks = t.is_space or (is_punct(t) and t.text != "-")
            readings = [] if blocks else [(len(c), stem, normalize(stem)) for c, stem in clitic_variants(t.text)]
            info.append(_TokenInfo(blocks, normalize(t.text), readings))
        doc.user_data["kg_tokinfo"] = info
    return info


_FIRSTS: dict[int, tuple[object, dict[str, int]]] = {}


def _firsts(table: dict) -> dict[str, int]:
    """First word of every phrase of a table -> the longest phrase (in words) starting with it."""
    cached = _FIRSTS.get(id(table))
    if cached is None or cached[0] is not table:
        firsts: dict[str, int] = {}
        for phrase in table:
            words = phrase.split()
            if words:
                firsts[words[0]] = max(firsts.get(words[0], 0), len(words))
        cached = _FIRSTS[id(table)] = (table, firsts)
    return cached[1]


def longest_match(doc: Doc, i: int, table: dict, n_max: int = 8) -> tuple[int, str, str, int] | None:
    """The longest phrase of `table` (normalised keys) starting at token i, its first token read with
    or without clitics: (number of tokens, normalised phrase, surface form, clitic length)."""
    info = _info(doc)
    if i >= len(info) or info[i].blocks:
        return None
    firsts = _firsts(table)
    best = None
    for clitic_len, stem, stem_norm in info[i].readings:
        longest = firsts.get(stem_norm)
        if not longest:
            continue
        for n in range(min(longest, n_max), 0, -1):
            if best is not None and n <= best[0]:
                break
            if i + n > len(info) or any(info[q].blocks for q in range(i + 1, i + n)):
                continue
            norm = " ".join([stem_norm] + [info[q].norm for q in range(i + 1, i + n) if info[q].norm])
            if norm in table:
                surface = " ".join([stem] + [doc[q].text for q in range(i + 1, i + n)])
                best = (n, norm, surface, clitic_len)
                break
    return best


def _span_chars(doc: Doc, i: int, j: int, clitic_len: int) -> tuple[int, int]:
    return doc[i].idx + clitic_len, doc[j - 1].idx + len(doc[j - 1].text)


def _surface(doc: Doc, i: int, j: int, stem: str) -> str:
    """The name as written from token i (read as `stem`, its clitic removed) to token j."""
    end = doc[j - 1].idx + len(doc[j - 1].text)
    return clean_surface(stem + text_of(doc)[doc[i].idx + len(doc[i].text):end])


def gazetteer_candidates(doc: Doc) -> list[Candidate]:
    known = lexicon.known_entities()
    n_max = lexicon.max_form_tokens()
    out = []
    for i, tok in enumerate(doc):
        if tok.is_space or not is_arabic_word(tok):
            continue
        hit = longest_match(doc, i, known, n_max)
        if hit is None:
            continue
        n, norm, surface, cl = hit
        ent = known[norm][0]
        j = i + n
        if n == 1 and ent.type == "Place" and _adjectival(doc, i, surface):
            continue  # "العاصمة السعودية": a nationality adjective, not the country
        if ent.type == "Organization" and j + 1 < len(doc) and doc[j].text == "-" \
                and doc[j].idx == doc[j - 1].idx + len(doc[j - 1].text) and is_arabic_word(doc[j + 1]) \
                and doc[j + 1].idx == doc[j].idx + 1:
            s, e = _span_chars(doc, i, j + 2, cl)
            out.append(Candidate(i, j + 2, s, e, clean_surface(surface + "-" + doc[j + 1].text),
                                 "Organization", "gazetteer"))
            continue
        if ent.type == "Organization":
            # "الحكومة الليبية المؤقتة", "المؤتمر الوطني العام الليبي": modifiers and a nationality
            # that follow a known body's name belong to the name as written
            k = j
            while (q := skip_space(doc, k)) < len(doc) and q - j < 3 and (
                    normalize(doc[q].text) in BODY_MODIFIERS or _nisba_country(doc, q)) \
                    and doc[q].text.startswith("ال"):
                k = q + 1
            if k > j:
                surface = clean_surface(surface + text_of(doc)[doc[j - 1].idx + len(doc[j - 1].text):
                                                               doc[k - 1].idx + len(doc[k - 1].text)])
                j = k
        s, e = _span_chars(doc, i, j, cl)
        before = doc[i - 1].text if i > 0 and is_punct(doc[i - 1]) else ""
        out.append(Candidate(i, j, s, e, clean_surface(surface), ent.type, "gazetteer", key=ent.key,
                             doc_text_before=before))
    return out


def _adjectival(doc: Doc, i: int, surface: str) -> bool:
    """A country name shaped like a feminine nisba (السعودية) right after a definite noun is an adjective."""
    if not surface.startswith("ال") or not normalize(surface).endswith("يه") or surface != doc[i].text:
        return False
    p = i - 1
    while p >= 0 and doc[p].is_space:
        p -= 1
    return p >= 0 and doc[p].text.startswith("ال") and not is_function_word(doc[p])


def group_candidates(doc: Doc) -> list[Candidate]:
    table = lexicon.groups()
    out = []
    for i, tok in enumerate(doc):
        if tok.is_space or not is_arabic_word(tok):
            continue
        hit = longest_match(doc, i, table, 4)
        if hit is None:
            continue
        n, norm, surface, cl = hit
        j = i + n
        if normalize(surface).endswith("و"):
            j = _construct_complement(doc, j)  # "مفاوضو الدول الأعضاء": the construct's complement
        j = _group_adjectives(doc, j, definite=surface.startswith("ال"))
        nxt = skip_space(doc, j)
        affiliation = _nisba_country(doc, nxt) if nxt < len(doc) else None
        if affiliation:
            j = nxt + 1
        elif table[norm].kind in SOURCE_KINDS and nxt < len(doc) and normalize(doc[nxt].text) in AFFILIATING:
            # "مسؤولون في هلمند", "قادة في طالبان": unnamed sources tied to a known place or body
            known = _known_at(doc, skip_space(doc, nxt + 1), ("Place", "Organization"))
            if known:
                j, affiliation = known
        s, e = _span_chars(doc, i, j, cl)
        form = clean_surface(surface + text_of(doc)[doc[i + n - 1].idx + len(doc[i + n - 1].text):e])
        out.append(Candidate(i, j, s, e, form, "Group", "group", key="group:" + table[norm].kind,
                             role_of=affiliation))
    return out


# unnamed human sources, which the text ties to a place or body with a preposition
SOURCE_KINDS = frozenset({"officials", "sources", "leaders", "residents", "witnesses", "diplomats", "experts",
                          "critics", "lawmakers", "activists"})
AFFILIATING = lexicon.function_words().affiliating
# endings of relative and plural adjectives: عسكريون، طبية، أمنيين، كبار is no adjective we can tell
ADJECTIVE_ENDINGS = ("يون", "يين", "يه", "يان", "ي")


def _construct_complement(doc: Doc, j: int, limit: int = 2) -> int:
    """End of the definite words (and numbers) that complete a noun in the construct state."""
    for _ in range(limit):
        k = skip_space(doc, j)
        if k >= len(doc) or not (doc[k].text.startswith("ال") or doc[k].like_num) or is_function_word(doc[k]):
            break
        j = k + 1
    return j


def _group_adjectives(doc: Doc, j: int, definite: bool, limit: int = 2) -> int:
    """End of the adjectives after a group noun that agree with it in definiteness ("مسؤولون
    عسكريون", "المصادر الطبية"); country nisbas are left to the affiliation."""
    for _ in range(limit):
        k = skip_space(doc, j)
        if k >= len(doc) or not is_arabic_word(doc[k]) or is_function_word(doc[k]) or _nisba_country(doc, k):
            break
        word = doc[k].text
        norm = normalize(word)
        if word.startswith("ال") != definite or not norm.endswith(ADJECTIVE_ENDINGS) or len(norm) < 4 \
                or norm in lexicon.cues() or _known_at(doc, k, ("Place", "Organization", "Person")):
            break
        j = k + 1
    return j


def match_title(doc: Doc, i: int) -> tuple[int, str] | None:
    """A title starting at token i: (end token, title as written without clitic)."""
    titles = lexicon.titles()
    hit = longest_match(doc, i, titles, 4)
    if hit:
        return i + hit[0], clean_surface(hit[2])
    # dual: رئيسا / وزيرا
    info = _info(doc)
    if i < len(info):
        for _, stem, stem_norm in info[i].readings:
            if stem_norm.endswith("ا") and len(stem_norm) >= 4 and stem_norm[:-1] in titles:
                return i + 1, clean_surface(stem)
    return None


def _nisba_country(doc: Doc, k: int) -> str | None:
    nisba = lexicon.nisba_to_country()
    for norm in (normalize(stem) for _, stem in clitic_variants(doc[k].text)):
        if norm in nisba:
            return nisba[norm]
    return None


def _known_at(doc: Doc, k: int, types: tuple[str, ...]) -> tuple[int, str] | None:
    known = lexicon.known_entities()
    hit = longest_match(doc, k, known, min(lexicon.max_form_tokens(), 4))
    if hit and known[hit[1]][0].type in types:
        return k + hit[0], known[hit[1]][0].key
    return None


def skip_space(doc: Doc, k: int) -> int:
    while k < len(doc) and doc[k].is_space and "\n" not in doc[k].text:
        k += 1
    return k


def title_candidates(doc: Doc) -> tuple[list[Candidate], list[tuple[int, int, str, str | None]]]:
    """Persons introduced by a title, and bare titles (title with no name after it)."""
    people, bare = [], []
    for i, tok in enumerate(doc):
        if tok.is_space:
            continue
        m = match_title(doc, i)
        if not m:
            continue
        k, title = m
        # "رئيسة المفوضية الأوروبية": when the title runs into a known organization, the
        # organization is the title's complement ("رئيسة" of the European Commission)
        for inner in range(i + 1, k):
            known = _known_at(doc, inner, ("Place", "Organization"))
            if known and known[0] > k:
                k, title = inner, clean_surface(text_of(doc)[doc[i].idx:doc[inner - 1].idx + len(doc[inner - 1].text)])
                break
        role_of = None
        # modifiers: nationality adjectives, "باسم <organization>", places and organizations, "السابق"
        for _ in range(6):
            k = skip_space(doc, k)
            if k >= len(doc):
                break
            norm = normalize(doc[k].text)
            country = _nisba_country(doc, k) if doc[k].text.startswith(("ال", "وال")) else None
            if country:
                role_of = role_of or country
                k += 1
                continue
            # "وزيرة الصحة في الحكومة اليمنية": the body the title holder belongs to
            if norm in (normalize("في"), normalize("لدى")):
                inner = _known_at(doc, skip_space(doc, k + 1), ("Place", "Organization"))
                if inner:
                    k, role_of = inner[0], role_of or inner[1]
                    continue
            # "ممثل المنظمة في اليمن ...": a definite body noun is the title's complement
            body_noun = doc[k].text.startswith("ال") and norm[2:] in lexicon.org_heads()
            adjective = doc[k].text.startswith("ال") and (norm.endswith("يه") or (norm.endswith("ي")
                                                                                  and not is_name_like(doc[k])))
            if norm in TITLE_MODIFIERS or body_noun or adjective or norm in NAME_INTRODUCERS:
                k += 1
                continue
            if norm in ("باسم", "عن", normalize("لشؤون"), normalize("للشؤون"), normalize("بشؤون")) or doc[k].text.startswith("باسم"):
                k = skip_space(doc, k + 1)
                known_org = _known_at(doc, k, ("Organization", "Place"))
                if known_org:
                    k, role_of = known_org[0], role_of or known_org[1]
                elif k < len(doc) and normalize(doc[k].text) in lexicon.org_heads():
                    k = _chain(doc, k + 1)
                while k < len(doc) and not doc[k].is_space and (doc[k].text.startswith("ال") or _nisba_country(doc, k)):
                    k += 1
                continue
            known = _known_at(doc, k, ("Place", "Organization"))
            if known:
                k, role_of = known[0], role_of or known[1]
                continue
            # "المتحدث باسم ائتلاف دولة القانون ...", "رئيس حزب العمال ...": a body named by head and chain
            if norm in lexicon.org_heads() and not doc[k].text.startswith("ال"):
                chain_end = _chain(doc, k + 1)
                if chain_end > k + 1:
                    k = chain_end
                    continue
            nested = match_title(doc, k)
            if nested and nested[0] > k:
                k = nested[0]
                continue
            break
        if k < len(doc) and doc[k].text in ("،", ","):
            k = skip_space(doc, k + 1)
        start_name = k
        while k < len(doc) and k - start_name < 4:
            t = doc[k]
            if t.is_space and "\n" not in t.text:
                k += 1
                continue
            prev = normalize(doc[k - 1].text) if k > start_name else ""
            # a later token starting with و is a conjunction ("بوتين ونظيره"), not a name part
            if k > start_name and t.text.startswith("و") and prev not in NAME_LINKS:
                break
            # "توكاييف سلفه": a word with a possessive suffix after the name is not part of it
            if k > start_name and t.text.endswith(("ه", "ها", "هم", "هما")) and not t.text.endswith("له") \
                    and len(t.text) >= 4 and prev not in NAME_LINKS:
                break
            # family names may carry the article (زيد العلي، عبد الفتاح السيسي), first names do not
            # an indefinite nationality word before a name is a name ("تركي المالكي")
            nisba_name = (not t.text.startswith("ال") and _nisba_country(doc, k) is not None
                          and k + 1 < len(doc) and is_name_like(doc[skip_space(doc, k + 1)]))
            if k > start_name and _ends_name(doc, k):
                break
            if (is_name_like(t) or nisba_name) and (not t.text.startswith("ال") or k > start_name):
                k += 1
            elif normalize(t.text) in NAME_LINKS and k + 1 < len(doc):
                k += 1
            else:
                break
        while k > start_name and (doc[k - 1].is_space or normalize(doc[k - 1].text) in NAME_LINKS):
            k -= 1
        if k > start_name:
            k, kunya = _kunya(doc, start_name, k)
            s, e = _span_chars(doc, start_name, k, 0)
            people.append(Candidate(start_name, k, s, e, clean_surface(text_of(doc)[s:e]), "Person", "title",
                                    title=title, role_of=role_of, title_i=i, extra_forms=kunya))
        else:
            bare.append((i, k, title, role_of))
    return people, bare


KUNYA = lexicon.function_words().kunya


def _kunya(doc: Doc, i: int, j: int) -> tuple[int, set[str]]:
    """"محمود عباس أبو مازن": a kunya after a name of two words or more is another name of the
    person, not part of this one: the name ends before it and the kunya is kept as a form."""
    words = [k for k in range(i, j) if not doc[k].is_space]
    for n, k in enumerate(words):
        if n >= 2 and normalize(doc[k].text) in KUNYA and n + 1 < len(words):
            end = words[n - 1] + 1
            return end, {clean_surface(text_of(doc)[doc[k].idx:doc[j - 1].idx + len(doc[j - 1].text)])}
    return j, set()


def _ends_name(doc: Doc, k: int) -> bool:
    """Token k cannot continue the person's name before it: it starts a known organization or place
    ("البابا فرنسيس الأمم المتحدة"), or it is a definite word too common to be a family name
    ("بوروشينكو الإدارة"), or a second definite word that is no nisba ("نوري المالكي المبعد")."""
    t = doc[k]
    if _known_at(doc, k, ("Organization", "Place")) is not None:
        return True
    if not t.text.startswith("ال"):
        return False
    norm = normalize(t.text)
    if norm in mostly_common_words():
        return True
    prev = prev_word(doc, k)
    return prev is not None and doc[prev].text.startswith("ال") and not norm.endswith("ي")


def _nisba(word: str) -> bool:
    """A relative adjective: الإسلامي، الوطنية، الدولي."""
    return normalize(word).endswith(("ي", "يه"))


def _elative(norm: str) -> bool:
    """A definite elative adjective (أفعل): الأوسط، الأعلى، الأكبر."""
    return len(norm) == 6 and norm.startswith("الا")


def _chain(doc: Doc, k: int, limit: int = 5) -> int:
    """End of a definite genitive/adjective chain starting at k: الخارجية الروسية, معاهدة الأمن الجماعي."""
    start = k
    while k < len(doc) and k - start < limit:
        t = doc[k]
        if t.is_space or is_punct(t) or is_function_word(t):
            break
        if normalize(t.text) in CHAIN_STOP or match_title(doc, k):
            break  # "حكومة رئيس الوزراء": a title starts a phrase of its own
        if _nisba_country(doc, k):
            return k + 1  # a nationality adjective closes the name: "وزارة الخارجية القطرية ماجد ..."
        if t.text.startswith("ال"):
            norm = normalize(t.text)
            prev_definite = k > start and doc[k - 1].text.startswith("ال")
            if prev_definite and not (norm.endswith(("ي", "يه", "ه", "ين", "ون", "ات")) or _elative(norm)):
                break  # "جماعة الحوثي التحالف": two definite nouns are two phrases
            if prev_definite and _nisba(doc[k - 1].text) and not _nisba(t.text):
                break  # "منظمة التعاون الإسلامي التصريحات": after a nisba only nisbas follow
            k += 1
            continue
        if t.text.startswith("وال") and k > start and doc[k - 1].text.startswith("ال") \
                and normalize(t.text[1:]) not in function_words() \
                and _known_at(doc, k, ("Place", "Organization", "Person")) is None \
                and normalize(t.text[1:]) not in lexicon.groups():
            k += 1  # "حزب العدالة والتنمية"; but "قوات الأمن والجيش" are two
            break
        if normalize(t.text) in REMIT and k > start:
            # "وكالة الأمم المتحدة لشؤون اللاجئين": the body's remit is part of its name
            nxt = skip_space(doc, k + 1)
            if nxt < len(doc) and doc[nxt].text.startswith("ال") and not is_function_word(doc[nxt]):
                return nxt + 1
            break
        if t.text[0] in "لبك":
            break  # "لغرض", "بهدف": a preposition ends the name
        if k > start and doc[k - 1].text.startswith("ال"):
            break  # "دولة القانون عقيل": a definite noun closes the genitive chain
        nxt = k + 1
        if nxt < len(doc) and doc[nxt].text.startswith("ال") and is_arabic_word(t) and not is_function_word(doc[nxt]):
            k += 1
            continue
        break
    return k


def org_candidates(doc: Doc) -> list[Candidate]:
    heads = lexicon.org_heads()
    out = []
    for i, tok in enumerate(doc):
        if tok.is_space or not is_arabic_word(tok):
            continue
        for clitic, stem in clitic_variants(tok.text):
            norm = normalize(stem)
            if norm not in heads and normalize(stem[2:] if stem.startswith("ال") else "") not in heads:
                continue
            k = i + 1
            k = skip_space(doc, k)
            quoted = k < len(doc) and is_quote(doc[k])
            if quoted:
                k += 1
            definite = stem.startswith("ال")
            if definite:
                # "الحكومة الكازاخستانية": a definite head needs a nationality adjective after it,
                # or a known body it belongs to ("الأمانة العامة لمنظمة معاهدة الأمن الجماعي")
                end = k + 1 if k < len(doc) and _nisba_country(doc, k) else k
                if end == k:
                    q = k
                    # adjectives (nisba-like -ي/-ية, elatives -ى/-ا), not nouns ("البلدين")
                    while q < len(doc) and q - k < 2 and doc[q].text.startswith("ال") and \
                            normalize(doc[q].text).endswith(("ه", "ي", "ا")) and not is_function_word(doc[q]):
                        q += 1
                    owner = _known_at(doc, q, ("Organization",)) if q < len(doc) and doc[q].text[:1] == "ل" else None
                    if owner:
                        end = owner[0]
                    elif q > k and q < len(doc) and normalize(doc[q].text) in REMIT \
                            and skip_space(doc, q + 1) < len(doc) and doc[skip_space(doc, q + 1)].text.startswith("ال"):
                        end = skip_space(doc, q + 1) + 1  # "المفوضية العليا لشؤون اللاجئين"
                    elif q > k and q < len(doc) and doc[q].text.startswith("لل"):
                        # "المفوضية العليا المستقلة للانتخابات", "الهيئة الوطنية للإعلام (الليبية)"
                        end = q + 1
                        if end < len(doc) and _nisba_country(doc, skip_space(doc, end)):
                            end = skip_space(doc, end) + 1
            else:
                end = _chain(doc, k)
            if end == k:
                break
            # an embassy or consulate "في/لدى <country or city>" is named with its place
            if normalize(stem[2:] if definite else stem) in LOCATED_HEADS:
                q = skip_space(doc, end)
                if q < len(doc) and normalize(doc[q].text) in (normalize("في"), normalize("لدى")):
                    place = _known_at(doc, skip_space(doc, q + 1), ("Place",))
                    if place:
                        end = place[0]
            if quoted and end < len(doc) and is_quote(doc[end]):
                end += 1  # the closing quote of "صحيفة "الشروق"" belongs to the name, not to what follows
            s, e = _span_chars(doc, i, end, len(clitic))
            words = [stem] + [t.text for t in doc[i + 1:end] if not t.is_space and not is_quote(t)]
            cand = Candidate(i, end, s, e, clean_surface(" ".join(words)), "Organization", "org")
            if quoted:
                cand.extra_forms.add(clean_surface(" ".join(t.text for t in doc[k:end] if not is_quote(t))))
            out.append(cand)
            break
    return out


def place_head_candidates(doc: Doc) -> list[Candidate]:
    """Places named after a head noun: "مدينة الصخيرات", "منطقة ناو زاد", "حي الكرامة". Where the
    head is no part of the name (مدينة، منطقة) the form with it is recorded too: texts use both."""
    out = []
    for i, tok in enumerate(doc):
        if tok.is_space:
            continue
        for clitic, stem in clitic_variants(tok.text):
            head = normalize(stem)
            keep = PLACE_HEADS.get(head)
            if keep is None:
                continue
            start_name = k = skip_space(doc, i + 1)
            known = _known_at(doc, k, ("Place",)) if k < len(doc) else None
            if known and head in STATE_HEADS:
                break  # "جمهورية روسيا الاتحادية" is Russia: the gazetteer's
            if known:
                k = known[0]  # "إقليم كاتالونيا أرتور ماس": the known place ends the name
            else:
                while k < len(doc) and k - start_name < 3 and _place_name_word(doc, k, k == start_name, head) \
                        and not (doc[k].text.endswith(("ه", "ها", "هم")) and not doc[k].text.endswith("له")):
                    k += 1
            if k > start_name:
                s, e = _span_chars(doc, i, k, len(clitic))
                with_head = _surface(doc, i, k, stem)
                bare = clean_surface(text_of(doc)[doc[start_name].idx:e])
                if keep:  # "مطار ألماتي" is not ألماتي: the head stays, the bare name is no form of it
                    cand = Candidate(i, k, s, e, with_head, "Place", "place_head")
                else:
                    s = doc[start_name].idx
                    cand = Candidate(start_name, k, s, e, bare, "Place", "place_head", extra_forms={with_head})
                out.append(cand)
            break
    return out


def _place_name_word(doc: Doc, k: int, first: bool, head: str) -> bool:
    """A word of a place's name after its head: a name, or for streets and quarters ("حي الكرامة")
    one definite word; the article only on the first word."""
    t = doc[k]
    definite = t.text.startswith("ال")
    if not first and (definite or doc[k - 1].text.startswith("ال")):
        return False  # a definite word closes the name: "حي الزهور شرق المدينة
    if is_name_like(t):
        return True
    return first and definite and head in NAMED_BY_WORD and is_arabic_word(t) and not is_function_word(t)


SLOT_END = lexicon.function_words().slot_end


def _given_name_word(tok) -> bool:
    """An ordinary word that may be a given name: Arabic, no article, no function word,
    cue or title."""
    norm = normalize(tok.text)
    return is_arabic_word(tok) and not tok.text.startswith("ال") and len(norm) >= 3 \
        and not is_function_word(tok) and norm not in lexicon.cues() and norm not in lexicon.titles() \
        and norm not in lexicon.groups() and not is_inflected_common(norm, tok.text)


def subject_slot_candidates(doc: Doc) -> list[Candidate]:
    """Unknown names in the subject slot of a speech verb: "وأشار أزعور إلى أن", "قال غروسي، ...".

    Arabic news puts the speaker right after the verb; one to three name-like words there, closed
    by a complementizer, a preposition or punctuation, are taken as a person's name.
    """
    cues = lexicon.cues()
    out = []
    for i, tok in enumerate(doc):
        if tok.is_space:
            continue
        norm = normalize(tok.text)
        if not any(normalize(tok.text[len(p):]) in cues for p in ("", "و", "ف") if tok.text.startswith(p)):
            continue
        if norm in cues and cues[norm].kind in ("noun", "via"):
            continue
        if norm.endswith("ا"):
            continue  # "رفضا قاطعا": a verbal noun or participle in the accusative has no subject after it
        k = skip_space(doc, i + 1)
        start_name = k
        # "وقال فرج أقعيم": a given name that is an ordinary word, before a rare family name
        nxt = skip_space(doc, k + 1)
        if k < len(doc) and nxt < len(doc) and _given_name_word(doc[k]) and is_name_like(doc[nxt]) \
                and normalize(doc[nxt].text) not in mostly_common_words() and not doc[nxt].text.startswith("ال"):
            k = nxt
        while k < len(doc) and k - start_name < 3 and is_name_like(doc[k]) and not doc[k].text.startswith("ال") \
                and not is_quote(doc[k]) and not (k > start_name and doc[k].text.startswith("و")) \
                and _known_at(doc, k, ("Person", "Place", "Organization")) is None:
            k = skip_space(doc, k + 1) if k + 1 < len(doc) and doc[k + 1].is_space and "\n" not in doc[k + 1].text else k + 1
        while k > start_name and doc[k - 1].is_space:
            k -= 1
        if k == start_name:
            continue
        after = skip_space(doc, k)
        closed = after >= len(doc) or is_punct(doc[after]) or normalize(doc[after].text) in SLOT_END \
            or normalize(doc[after].text) in lexicon.function_words().aside_opener \
            or doc[after].text.startswith(("لل", "بال"))
        # "ويقول معارضوه": a plural noun with a pronoun in the subject slot is a collective actor
        word = doc[start_name].text
        if k - start_name == 1 and word.endswith(("وه", "وها", "وهم")) and len(word) >= 5 and closed:
            s_, e_ = _span_chars(doc, start_name, k, 0)
            out.append(Candidate(start_name, k, s_, e_, clean_surface(word), "Group", "subject",
                                 key="group:" + normalize(word)))
            continue
        # "معارضوه", "أنصارها": a noun with a possessive suffix is no name; "تكتلاً": an indefinite
        # accusative is the verb's object
        suffixed = doc[k - 1].text.endswith(("ه", "ها", "هم", "هما")) and not doc[k - 1].text.endswith("له")
        suffixed = suffixed or any(t.text.endswith(("ًا", "اً")) for t in doc[start_name:k])
        if closed and not suffixed and (k - start_name > 1 or len(normalize(doc[start_name].text)) >= 3):
            s, e = _span_chars(doc, start_name, k, 0)
            out.append(Candidate(start_name, k, s, e, clean_surface(text_of(doc)[s:e]), "Person", "subject"))
    return out


def ner_candidates(doc: Doc, spans: list[tuple[int, int, str]]) -> list[Candidate]:
    known = lexicon.known_entities()
    out = []
    for start, end, label in spans:
        type_ = TYPE_OF_NER.get(label)
        if type_ is None:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        i, j = span.start, span.end
        # drop leading titles and function words, trailing punctuation
        while i < j and (match_title(doc, i) or is_function_word(doc[i]) or is_punct(doc[i])):
            i = match_title(doc, i)[0] if match_title(doc, i) else i + 1
        while j > i and (is_punct(doc[j - 1]) or doc[j - 1].is_space or is_function_word(doc[j - 1])):
            j -= 1
        kunya: set[str] = set()
        if type_ == "Person":
            # "بيوتر بوروشينكو الإدارة", "حسن الجوار": the name ends where a name cannot go on
            j = next((k for k in range(i + 1, j) if _ends_name(doc, k)), j)
            j, kunya = _kunya(doc, i, j)
        if j <= i or not any(is_name_like(t) for t in doc[i:j]):
            continue
        if j - i == 1 and normalize(doc[i].text) in mostly_common_words():
            continue  # one ordinary word ("الصحراء", "ساحلي")
        clitic_len, stem_used = _ner_clitic(doc, i, j)
        s, e = _span_chars(doc, i, j, clitic_len)
        form = _surface(doc, i, j, stem_used)
        if len(normalize(form)) < 3:
            continue
        if j - i == 1 and doc[i].text.endswith(("ه", "ها", "هم", "هما")) and not doc[i].text.endswith("له") \
                and normalize(form) not in known:
            continue  # "تياره": a noun with a possessive suffix
        if j - i == 1 and type_ == "Place" and _adjectival(doc, i, doc[i].text):
            continue  # "العاصمة السعودية"
        out.append(Candidate(i, j, s, e, form, type_, "ner", extra_forms=kunya))
    return out


def _ner_clitic(doc: Doc, i: int, j: int) -> tuple[int, str]:
    """The proclitic the NER left on a name's first word (ANERcorp tags "ونايفة" whole): stripped
    when the lexicon knows the rest, the article follows it, the rest is a common head ("بحي
    الكرامة"), or a conjunction joins the name to a list ("والموصل وصلاح الدين"); kept when the
    whole word is a name ANERcorp knows ("وليد") or the rest is no word ("ويكيليكس")."""
    known = lexicon.known_entities()
    word = doc[i].text
    if normalize(word) in known:
        return 0, word
    for clitic, stem in clitic_variants(word)[1:]:
        rest = normalize(" ".join([stem] + [t.text for t in doc[i + 1:j]]))
        stem_norm = normalize(stem)
        if rest in known or (stem.startswith("ال") and clitic):
            return len(clitic), stem
        # ANERcorp tags names with their clitics ("وصلاح"): the word is a name there only if its
        # stem is not one too
        whole_is_name = is_known_name_word(normalize(word)) and not is_known_name_word(stem_norm)
        if clitic in ("و", "ب", "ل") and len(stem_norm) >= 2 and not whole_is_name \
                and (stem_norm in common_words() or (clitic == "و" and len(stem_norm) >= 3
                                                     and stem_norm[0] not in "اوي")):
            return len(clitic), stem
    return 0, word


def select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longer first, then the more trusted source."""
    groups_at = {c.i: c for c in cands if c.type == "Group"}
    for c in cands:
        g = groups_at.get(c.i)
        if c.source == "org" and g is not None and g.j <= c.j:
            c.type, c.key, c.source, c.role_of = "Group", g.key, "group", g.role_of
    # "وتجمع المتظاهرون": a head noun that is also a verb, with a group after it, is no organization
    cands = [c for c in cands if not (c.source == "org" and any(k in groups_at for k in (c.i + 1, c.i + 2)
                                                                 if k < c.j))]
    # a known body's name is not lengthened by a pattern with words that are not part of names
    # ("تنظيم داعش المتشدد"): a pattern wins only with a nationality or a complement (للـ) more
    known_at = {c.i: c for c in cands if c.source == "gazetteer" and c.type == "Organization"}
    cands = [c for c in cands if not (c.source == "org" and c.i in known_at and known_at[c.i].j < c.j
                                      and not _adds_name_words(c, known_at[c.i]))]
    # the statistical NER only fills gaps: it never overrides a name the other sources found
    primary = [c for c in cands if c.source not in ("ner", "subject")]
    chosen = _appositions(sorted(_non_overlapping(primary), key=lambda c: c.i))
    taken = {k for c in chosen for k in range(c.i, c.j)}
    for c in _non_overlapping([c for c in cands if c.source in ("ner", "subject")]):
        if not any(k in taken for k in range(c.i, c.j)):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.i)


def _adds_name_words(longer: Candidate, known: Candidate) -> bool:
    rest = longer.form.split()[len(known.form.split()):]
    return all(w.startswith("لل") or _nisba(w) for w in rest)


def _appositions(chosen: list[Candidate]) -> list[Candidate]:
    """"وكالة الأنباء السورية سانا": a described organization followed by its known name is one."""
    out: list[Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        # "وكالة الأنباء العراقية واع" or "... (واع)"
        gap = c.i - prev.j if prev is not None else -1
        if prev is not None and prev.source == "org" and c.source == "gazetteer" and c.type == "Organization" \
                and (gap == 0 or (gap == 1 and c.doc_text_before == "(")):
            c.extra_forms |= {prev.form} | prev.extra_forms
            c.i, c.start = prev.i, prev.start
            out[-1] = c
            continue
        out.append(c)
    return out


def _non_overlapping(cands: list[Candidate]) -> list[Candidate]:
    chosen: list[Candidate] = []
    taken: dict[int, Candidate] = {}
    for c in sorted(cands, key=lambda c: (-(c.j - c.i), RANK[c.source], c.i)):
        clash = [taken[k] for k in range(c.i, c.j) if k in taken]
        if clash:
            winner = clash[0]
            # the same person from a title pattern and from the gazetteer: keep what each knows
            if c.title and winner.type == "Person" and winner.title is None:
                winner.title, winner.role_of, winner.title_i = c.title, c.role_of, c.title_i
            if winner.i == c.i and winner.j == c.j:
                winner.key = winner.key or c.key
                winner.extra_forms |= c.extra_forms  # "مدينة الطائف" for the gazetteer's الطائف
            continue
        chosen.append(c)
        for k in range(c.i, c.j):
            taken[k] = c
    return chosen


def propagate(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Find again every name already found: a name recognised once is the same name elsewhere."""
    forms: dict[str, Candidate] = {}
    # names from the trusted sources first: their forms and types win over the NER's guesses
    for c in sorted(chosen, key=lambda c: c.source in ("ner", "subject")):
        if c.type == "Group":
            continue
        forms.setdefault(normalize(c.form), c)
        toks = c.form.split()
        if c.type == "Person" and len(toks) >= 2 and len(normalize(toks[-1])) >= 3:
            last = normalize(toks[-1])
            # a family name the lexicon or a title vouches for may be a common word too (المعلم)
            trusted = c.source in ("gazetteer", "title") and not is_function_word(doc[c.j - 1])
            if last not in forms and (is_name_like(doc[c.j - 1]) or trusted):
                forms[last] = c
    # the statistical NER only fills gaps: a name found by a trusted source, found again, wins
    guesses = [c for c in chosen if c.source == "ner" and c.j - c.i == 1]
    chosen = [c for c in chosen if not (c.source == "ner" and c.j - c.i == 1)]
    taken = {k for c in chosen for k in range(c.i, c.j)}
    extra = []
    for i, tok in enumerate(doc):
        if i in taken or tok.is_space or not is_arabic_word(tok):
            continue
        hit = longest_match(doc, i, forms)
        if hit is None:
            continue
        n, norm, surface, cl = hit
        src = forms[norm]
        if any(k in taken for k in range(i, i + n)) or (n == 1 and src.type == "Place" and _adjectival(doc, i, surface)):
            continue
        s, e = _span_chars(doc, i, i + n, cl)
        extra.append(Candidate(i, i + n, s, e, clean_surface(surface), src.type, "propagated", key=src.key))
        taken.update(range(i, i + n))
    kept = [c for c in guesses if not any(k in taken for k in range(c.i, c.j))]
    return sorted(chosen + extra + kept, key=lambda c: c.i)
