"""kgbuild.extract.groups: an unnamed group is a referent of its own article, or of the one country
the text ties it to; it keeps the label its article gives it and links to its kind."""
from __future__ import annotations

from kgbuild.extract.document import apply_index, extract_document
from kgbuild.extract.resolve import CorpusIndex

# two articles of our own, each with "السلطات" of its own country speaking
NIGER = ("أعلنت السلطات في النيجر حظر التجول في العاصمة نيامي. وقالت السلطات إن الإجراء مؤقت.\n"
         "وقال المتحدث باسم الحكومة إن السلطات ستراجع القرار الأسبوع المقبل.")
PERU = ("قالت السلطات في بيرو إن الفيضانات أجبرت آلاف السكان على مغادرة منازلهم في ليما.\n"
        "وأضافت السلطات أن فرق الإنقاذ تعمل منذ الفجر.")
# a group tied to a country by a nationality adjective, in two articles
TIED_1 = "وقالت قوات الأمن التشادية إنها اعتقلت عشرة مسلحين قرب الحدود."
TIED_2 = "وأعلنت قوات الأمن التشادية أنها أغلقت الطريق الرئيسي إلى نجامينا."


def _groups(nlp, docs: dict[str, str]) -> dict[str, list]:
    index = CorpusIndex()
    out = {}
    for doc_id, text in docs.items():
        rec = apply_index(extract_document(nlp, doc_id, text), index)
        out[doc_id] = [e for e in rec.entities.values() if e.type == "Group"]
    return out


def test_the_authorities_of_two_articles_are_two_entities(nlp):
    groups = _groups(nlp, {"niger.txt": NIGER, "peru.txt": PERU})
    niger = [g for g in groups["niger.txt"] if g.kind == "authorities"]
    peru = [g for g in groups["peru.txt"] if g.kind == "authorities"]
    assert len(niger) == 1 and len(peru) == 1
    assert niger[0].key != peru[0].key
    assert niger[0].label == "السلطات" and peru[0].label == "السلطات"


def test_a_group_tied_to_a_country_is_one_entity_across_articles(nlp):
    groups = _groups(nlp, {"a.txt": TIED_1, "b.txt": TIED_2})
    first = [g for g in groups["a.txt"] if g.kind == "security_forces"]
    second = [g for g in groups["b.txt"] if g.kind == "security_forces"]
    assert first and second and first[0].key == second[0].key
    assert first[0].label == "قوات الأمن التشادية"


def test_groups_link_to_their_kind_in_rdf(nlp):
    from rdflib import Dataset
    from rdflib.namespace import DCTERMS, SKOS

    from kgbuild.rdf import add_document

    index = CorpusIndex()
    ds = Dataset()
    rec = apply_index(extract_document(nlp, "niger.txt", NIGER), index)
    add_document(ds, rec)
    quads = list(ds.quads((None, None, None, None)))
    kinds = {o for _, p, o, _ in quads if p == DCTERMS.type}
    assert kinds, "a group links to its kind"
    labels = {str(o) for s, p, o, _ in quads if s in kinds and p == SKOS.prefLabel}
    assert "authorities" in labels
