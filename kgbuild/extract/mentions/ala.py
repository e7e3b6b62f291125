"""على written "علي", as many writers spell it: when that word is the preposition and not the given name
Ali (the tests that need no other part of the name finders)."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from ..words import NAMES_LIKE_FUNCTION_WORDS, mostly_common_words, name_like_at, prev_word, tokens_of
from .base import COMPLEMENTIZERS, skip_space


# "إلي", "الي": إلى written with a dotted ي, which tells that the text writes على as "علي" too
FINAL_YA_SPELLINGS = frozenset({"إلي", "الي"})


def _writes_final_alef_as_ya(doc: Doc) -> bool:
    """Does the text write the final ى as ي ("إلي")? Kept per Doc."""
    flag = doc.user_data.get("kg_final_ya")
    if flag is None:
        flag = doc.user_data["kg_final_ya"] = not FINAL_YA_SPELLINGS.isdisjoint(tokens_of(doc).texts)
    return flag


def preposition_spelled_as_name(doc: Doc, k: int) -> bool:
    """Token k is "علي" in a text that writes على so, and no name word follows it ("علي الشعب", "علي
    ان"; but "علي حسن", "علي الصادق" are names)."""
    texts = tokens_of(doc).texts   # (read off the kept list: asked at many name words, doc[k] builds a Token)
    if texts[k] not in NAMES_LIKE_FUNCTION_WORDS or not _writes_final_alef_as_ya(doc):
        return False
    nxt = skip_space(doc, k + 1)
    if nxt >= len(doc) or normalize(texts[nxt]) in mostly_common_words():
        return True
    return not name_like_at(doc, nxt) and not texts[nxt].startswith("ال")  # "علي السويدي" is a name


# "على" as written with its final ى, and "في" written with a dotted ي: a text with both tells ى from ي
ALA_AS_WRITTEN, FI_DOTTED = "على", "في"


def _writes_final_ya_dotted(doc: Doc) -> bool:
    """Does the text write "في" with a dotted ي (not "فى")? Then its final ى is ى, not a ي undotted. Kept per Doc."""
    flag = doc.user_data.get("kg_fi_dotted")
    if flag is None:
        flag = doc.user_data["kg_fi_dotted"] = FI_DOTTED in tokens_of(doc).texts
    return flag


def ala_as_written(doc: Doc, k: int) -> bool:
    """Token k is "على" written with ى in a text that dots its final ي ("في"): the preposition, never the
    name علي ("وافق على الاستقالة" is no person named علي الاستقالة). Texts that write every final ي
    undotted ("فى") may write the name so too."""
    return tokens_of(doc).texts[k] == ALA_AS_WRITTEN and _writes_final_ya_dotted(doc)


def ala_before_that(doc: Doc, k: int) -> bool:
    """Token k is "علي" right before "أن"/"ان" (not "إن"): على spelled with ي and the أن a verb of
    insisting takes after it ("وشدد الوزير علي أن"); a man named علي alone says "إن" after قال."""
    if doc[k].text not in NAMES_LIKE_FUNCTION_WORDS:
        return False
    nxt = skip_space(doc, k + 1)
    return nxt < len(doc) and normalize(doc[nxt].text) in COMPLEMENTIZERS and not doc[nxt].text.startswith("إ")


# verbs that take their clause with أن and never with على أن: قال, and رأى "to deem"
VERBS_WITHOUT_ALA = frozenset({normalize("قال"), normalize("رأى")})
NAME_WORDS_BEFORE_ALA = 4   # how far back from "علي" the verb whose subject the name is may stand


def after_verb_without_ala(doc: Doc, k: int) -> bool:
    """A form of قال or رأى (bare or after و/ف) within the few words before token k: the verb of the name
    there, which never takes على أن."""
    cues = lexicon.cues()
    p: int | None = k
    for _ in range(NAME_WORDS_BEFORE_ALA):
        p = prev_word(doc, p)
        if p is None:
            return False
        norm = normalize(doc[p].text)
        cue = cues.get(norm) or (cues.get(norm[1:]) if norm[:1] in ("و", "ف") else None)
        if cue is not None and normalize(cue.lemma) in VERBS_WITHOUT_ALA:
            return True
    return False
