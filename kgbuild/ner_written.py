"""NER training Docs from the team's written articles and their entity gold (eval/written/studied).

The written set's gold lists, per article, its entities as {key, type, name_ar, aliases_ar}; it marks
no spans. Spans are made here by projecting each entity's names onto the article's tokens:

    written_docs(folder, nlp, anercorp_sentences) -> (docs, stats)   one Doc per article with doc.ents set

- the article is tokenised with kgbuild's tokenizer and split into sentences by the pipeline's own
  splitter (kg_sentences), so the Docs look like what the NER sees at run time;
- Person -> PERS, Organization -> ORG, Place -> LOC; Groups name no entity in ANERcorp's scheme and
  stay O;
- names are matched on normalised tokens, longest first, never overlapping; as in ANERcorp, a
  proclitic glued to the name's first word (و ف ب ل ك, ال, "للسودان", "وبيروت") stays inside the
  entity token;
- a name that ANERcorp mostly leaves untagged (a coreference alias such as "المجلس" or "الجيش",
  written in the gold because the article refers to the body by it) is not projected: the model
  must not learn the common noun as a name, nor learn it as O where it names the entity, so its
  tokens are left unannotated (missing); a name behind a title or head noun that ANERcorp leaves
  outside ("الملك X", "دولة X") is placed without it. `anercorp_leads` reads both off the training split;
  an occurrence counts as tagged only where ANERcorp's entity is the name itself, not a longer name it
  begins ("الاتحاد" alone vs "الاتحاد الأوروبي");
- with doubt_single_words, a one-word name that may be a common word (doubtful_single_words: ANERcorp
  writes it untagged and seldom tags it, or it is definite and never tagged there: "سعيد", "المفوضية") is
  left unannotated too; off by default (stop 38: neutral to slightly worse on unseen articles);
- a name with a later word starting with و ("حزب العدالة والتنمية", "X ولد Y", "بوبي واين") is left
  unannotated: the و may be the conjunction or a letter of the word, and as an entity such a name
  would teach the model to run a name on across "و" into a coordinated one ("X وY");
- a name of several words given for an entity of ANOTHER article of the set is also placed (with
  its label, unless the set gives it two): the article's gold lists only its own entities, and a
  full name it mentions in passing must not be learnt as O.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from .text import clitic_variants, normalize

LABEL_OF_TYPE = {"Person": "PERS", "Organization": "ORG", "Place": "LOC"}
GOLD_FILE = "gold.jsonl"
TEXTS_DIR = "texts"
# a name ANERcorp writes this often, untagged more often than tagged, is a common noun there
GENERIC_MIN_UNTAGGED = 3
# a one-word name ANERcorp writes untagged at all is a name there only if tagged this many times as often
UNSURE_TAGGED_RATIO = 3


@dataclass
class ProjectionStats:
    """How much of the gold the projection placed on the texts."""
    docs: int = 0
    entities: int = 0          # entities of a projected type (not Groups)
    entities_found: int = 0    # ... with at least one mention placed
    names: int = 0             # distinct names (name_ar and aliases) of those entities
    names_found: int = 0
    names_generic: int = 0     # left out as common nouns (anercorp_leads)
    names_trimmed: int = 0     # placed without a leading title or head noun (anercorp_leads)
    names_unsure: int = 0      # placed but left unannotated: a later word starts with و (has_inner_waw)
    mentions: int = 0          # entity spans placed
    mentions_other: int = 0    # ... of them names of another article's entities (other_names)
    per_label: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "docs": self.docs, "entities": self.entities, "entities_found": self.entities_found,
            "entity_rate": round(self.entities_found / self.entities, 3) if self.entities else 0.0,
            "names": self.names, "names_found": self.names_found, "names_generic": self.names_generic,
            "names_trimmed": self.names_trimmed, "names_unsure": self.names_unsure,
            "mentions_other": self.mentions_other,
            "name_rate": round(self.names_found / self.names, 3) if self.names else 0.0,
            "mentions": self.mentions, "mentions_per_label": dict(sorted(self.per_label.items())),
        }


def name_norms(nlp: Language, name: str) -> tuple[str, ...]:
    """A name as the normalised forms of its tokens (kgbuild's tokenizer, no spaces)."""
    return tuple(normalize(t.text) or t.text for t in nlp.make_doc(name) if not t.is_space)


def first_word_matches(token_norm: str, name_first: str) -> bool:
    """The token is the name's first word, bare or with proclitics glued before it ("وبيروت", "للسودان",
    and the article before a name written without it)."""
    if token_norm == name_first:
        return True
    stems = {stem for _, stem in clitic_variants(token_norm)}
    return name_first in stems or ("ال" + name_first) in stems


def match_starts(norms: list[str], name: tuple[str, ...]) -> list[int]:
    """Token indices where the name begins in a Doc whose token NORMs are `norms`."""
    n = len(name)
    return [i for i in range(len(norms) - n + 1)
            if first_word_matches(norms[i], name[0]) and list(norms[i + 1:i + n]) == list(name[1:])]


def anercorp_leads(sentences: Iterable[list[tuple[str, str]]], names: Iterable[tuple[str, ...]]) -> dict[tuple[str, ...], int]:
    """How many leading words of each name ANERcorp leaves outside the entity, for the names (as name_norms)
    it writes at least GENERIC_MIN_UNTAGGED times starting untagged, more often than starting tagged: the whole
    name for a common noun ("المجلس", "الجيش"), the title or head noun for a name behind one ("الملك X",
    "دولة X", ANERcorp tags X alone). The lead is the one it writes most often."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in set(names):
        if name:
            by_first.setdefault(name[0], []).append(name)
    leads: dict[tuple[str, ...], dict[int, int]] = {}
    for sent in sentences:
        norms = [normalize(t) or t for t, _ in sent]
        for i, norm in enumerate(norms):
            for name in by_first.get(norm, ()):
                if tuple(norms[i:i + len(name)]) != name:
                    continue
                tags = [tag for _, tag in sent[i:i + len(name)]]
                lead = next((k for k, tag in enumerate(tags) if tag != "O"), len(name))
                if lead < len(name) and _continues_entity(sent, i + len(name)):
                    continue   # the start of a longer entity: says nothing about the name alone
                counts = leads.setdefault(name, {})
                counts[lead] = counts.get(lead, 0) + 1
    out = {}
    for name, counts in leads.items():
        lead, n = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        if lead > 0 and n >= GENERIC_MIN_UNTAGGED and n > counts.get(0, 0):
            out[name] = lead
    return out


def doubtful_single_words(sentences: Iterable[list[tuple[str, str]]], names: Iterable[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The one-word names that may be a common word elsewhere: ANERcorp writes the word (bare) untagged
    and tags it less than UNSURE_TAGGED_RATIO times as often ("سعيد" happy, "لولا" if not, "المعبر" the
    crossing), or the word is definite (ال) and ANERcorp never tags it ("المفوضيه", "التكتل": a body's
    common-noun alias). Where it names the entity it is left unannotated (missing): the model learns from it
    neither a name nor O."""
    singles = {name[0] for name in names if len(name) == 1}
    tagged: dict[str, int] = {}
    untagged: dict[str, int] = {}
    for sent in sentences:
        for token, tag in sent:
            norm = normalize(token) or token
            if norm in singles:
                counts = untagged if tag == "O" else tagged
                counts[norm] = counts.get(norm, 0) + 1
    def doubtful(word: str) -> bool:
        n_tag, n_untag = tagged.get(word, 0), untagged.get(word, 0)
        return (n_untag > 0 and n_tag < UNSURE_TAGGED_RATIO * n_untag) or (word.startswith("ال") and n_tag == 0)
    return {(word,) for word in singles if doubtful(word)}


def _continues_entity(sent: list[tuple[str, str]], k: int) -> bool:
    """Token k of the sentence carries on the entity before it (an I- tag)."""
    return k < len(sent) and sent[k][1].startswith("I-")


def has_inner_waw(name: tuple[str, ...]) -> bool:
    """A word after the first starts with و (conjunction or a letter of the word: unknowable here)."""
    return any(word.startswith("و") for word in name[1:])


def set_sentences(nlp: Language, doc: Doc) -> Doc:
    """Sentence starts as the kgbuild pipeline sets them (kg_sentences)."""
    from .pipeline import SentenceSplitter
    return SentenceSplitter(nlp, "kg_sentences")(doc)


def labelled_names(nlp: Language, entities: list[dict]) -> list[tuple[tuple[str, ...], str, str]]:
    """(name as norms, label, entity key) for every name of every entity of a projected type."""
    out = []
    for ent in entities:
        label = LABEL_OF_TYPE.get(ent.get("type", ""))
        if label is None:
            continue
        for name in [ent.get("name_ar") or ""] + list(ent.get("aliases_ar") or []):
            norms = name_norms(nlp, name)
            if norms:
                out.append((norms, label, ent["key"]))
    return out


Placed = tuple[int, int, str, str, tuple[str, ...]]   # start, end, label, entity key, the name placed


def project_names(doc: Doc, names: list[tuple[tuple[str, ...], str, str]], leads: dict[tuple[str, ...], int],
                  taken: list[bool] | None = None) -> list[Placed]:
    """Non-overlapping (start, end, label, key, name) token spans of the names in doc, longest names first;
    a name's leading words that ANERcorp leaves outside its entities (anercorp_leads) are left out of the span.
    taken: tokens already placed (updated in place)."""
    norms = [t.norm_ for t in doc]
    taken = taken if taken is not None else [False] * len(doc)
    spans = []
    for name, label, key in sorted(names, key=lambda x: (-len(x[0]), -len("".join(x[0])))):
        for i in match_starts(norms, name):
            j = i + len(name)
            if any(taken[i:j]):
                continue
            taken[i:j] = [True] * (j - i)
            spans.append((i + leads.get(name, 0), j, label, key, name))
    return sorted(spans)


OTHER_KEY = ""   # entity key of a name placed from another article's gold
AMBIGUOUS = ""   # label of a name the set gives two labels


def other_names(set_names: list[tuple[tuple[str, ...], str, str]], own: list[tuple[tuple[str, ...], str, str]]
                ) -> list[tuple[tuple[str, ...], str, str]]:
    """The set's names of several words that are not the article's own, one label each (AMBIGUOUS when
    the set gives a name two); a single word may be a common noun elsewhere, so it is not carried over."""
    own_norms = {name for name, _, _ in own}
    labels: dict[tuple[str, ...], set[str]] = {}
    for name, label, _ in set_names:
        if len(name) > 1 and name not in own_norms:
            labels.setdefault(name, set()).add(label)
    return [(name, next(iter(labs)) if len(labs) == 1 else AMBIGUOUS, OTHER_KEY) for name, labs in labels.items()]


def written_doc(nlp: Language, text: str, entities: list[dict], leads: dict[tuple[str, ...], int],
                stats: ProjectionStats | None = None,
                set_names: list[tuple[tuple[str, ...], str, str]] = ()) -> Doc:
    """One article as a training Doc: kgbuild's tokens and sentences, the gold names projected as entities
    (the article's own first, then set_names: the names of the whole set, see other_names)."""
    doc = set_sentences(nlp, nlp.make_doc(text))
    doc.user_data.clear()   # the splitter's token cache: not training data
    names = labelled_names(nlp, entities)
    taken = [False] * len(doc)
    placed = project_names(doc, names, leads, taken)
    placed += project_names(doc, other_names(list(set_names), names), leads, taken)
    # left unannotated (missing), neither entity nor O: a common-noun alias (it names the entity here,
    # but ANERcorp would not tag it), a name with an inner و, a name the set labels twice
    def unsure(p: Placed) -> bool:
        return p[0] == p[1] or has_inner_waw(p[4]) or p[2] == AMBIGUOUS
    spans = [p for p in placed if not unsure(p)]
    missing = [Span(doc, p[1] - len(p[4]), p[1]) for p in placed if unsure(p)]
    doc.set_ents([Span(doc, i, j, label=label) for i, j, label, _, _ in spans], missing=missing, default="outside")
    if stats is not None:
        stats.docs += 1
        stats.entities += len({key for _, _, key in names})
        stats.entities_found += len({key for _, _, _, key, _ in spans if key != OTHER_KEY})
        stats.names += len({(name, key) for name, _, key in names})
        stats.names_generic += len({(name, key) for name, _, key in names if leads.get(name, 0) == len(name)})
        stats.names_trimmed += len({(name, key) for name, _, key in names if 0 < leads.get(name, 0) < len(name)})
        stats.names_found += len({(name, key) for _, _, _, key, name in spans if key != OTHER_KEY})
        stats.names_unsure += len({(name, key) for _, _, _, key, name in placed if key != OTHER_KEY and has_inner_waw(name)})
        stats.mentions += len(spans)
        stats.mentions_other += sum(1 for p in spans if p[3] == OTHER_KEY)
        for _, _, label, _, _ in spans:
            stats.per_label[label] = stats.per_label.get(label, 0) + 1
    return doc


def read_gold(folder: Path) -> list[dict]:
    """The gold records of a written-set folder (one JSON object per article, its file name in "doc")."""
    lines = (Path(folder) / GOLD_FILE).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def written_docs(folder: Path, nlp: Language, anercorp_sentences: Iterable[list[tuple[str, str]]] = (),
                 doubt_single_words: bool = False) -> tuple[list[Doc], dict]:
    """Training Docs of every article of a written-set folder (gold.jsonl + texts/), with projection stats.

    anercorp_sentences: ANERcorp training sentences, to leave out the names that corpus treats as common nouns.
    """
    folder = Path(folder)
    gold = read_gold(folder)
    all_names = [name for rec in gold for name, _, _ in labelled_names(nlp, rec.get("entities", []))]
    anercorp_sentences = list(anercorp_sentences)
    leads = anercorp_leads(anercorp_sentences, all_names)
    if doubt_single_words:
        leads.update({name: 1 for name in doubtful_single_words(anercorp_sentences, all_names)})
    set_names = [n for rec in gold for n in labelled_names(nlp, rec.get("entities", []))]
    stats = ProjectionStats()
    docs = []
    for rec in gold:
        text = (folder / TEXTS_DIR / rec["doc"]).read_text(encoding="utf-8")
        docs.append(written_doc(nlp, text, rec.get("entities", []), leads, stats, set_names))
    return docs, stats.as_dict()
