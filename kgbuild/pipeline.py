"""The kgbuild spaCy pipeline: tokenizer, sentences, entities, statements, as spaCy components.

    nlp = make_pipeline()
    doc = nlp(text)
    doc._.kg_entities     # {key: EntityRecord}
    doc._.kg_statements   # [StatementRecord]

Each component is registered with @Language.factory and configured through nlp's config.
"""
from __future__ import annotations

import gc
import logging

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .extract.mentions.one_of import one_of_candidates
from .extract.mentions.possessed_roles import possessed_role_candidates
from .extract.mentions.related_appositions import family_names_after_relation_nouns
from .extract.mentions.quoted_guesses import without_quoted_guesses
from .extract.mentions.unread_subjects import without_unread_subject_guesses
from .extract.mentions.base import BY_FIRST_TOKEN, BY_START
from .extract.mentions.towns import town_candidates
from .extract.mentions.amma_topics import amma_topic_candidates
from .extract.mentions import (Candidate, apposed_name_candidates, kana_qad_candidates, gazetteer_candidates, given_name_candidates, group_candidates,
                               led_by_candidates, nationality_candidates, ner_candidates, org_candidates,
                               names_a_place_of_the_article, outlet_candidates, place_head_candidates, point_back_to_places,
                               bare_heads_as_places, propagate, select,
                               side_candidates, slot_name_candidates, states_named_by_their_kind, subject_slot_candidates,
                               title_candidates)
from .extract.groups import assign_group_keys
from .extract.mentions.holders import holder_candidates
from .extract.mentions.titled_bodies import titled_body_candidates
from .extract.mentions.unnamed_bodies import unnamed_body_candidates
from .extract.mentions.coordinated import coordinated_person_candidates
from .extract.mentions.holder_after_body import holder_after_body_candidates
from .extract.mentions.name_tails import body_words_closing_names, found_names_to_boundary
from .extract.mentions.ner_name_tails import names_the_ner_reads_on
from .extract.mentions.bylines import without_byline_people
from .extract.mentions.generations import generation_suffixed_names
from .extract.mentions.place_given_names import place_words_opening_names
from .extract.mentions.hyphenated import join_hyphenated_names
from .extract.mentions.keys import MentionKeys
from .extract.mentions.sources import first_definite_sources
from .extract.nicknames import nicknamed
from .extract.body_nicknames import nicknamed_bodies
from .extract.resolve import cluster, to_entity
from .extract.mentions.pronoun_titles import pronoun_title_roles
from .extract.words import ner_ents, text_of, tokens_of
from .extract.attribution import find_statements
from .records import EntityRecord
from .tokenizer import blank_arabic

log = logging.getLogger(__name__)

for _name, _default in (("kg_entities", None), ("kg_candidates", None), ("kg_key_of", None),
                        ("kg_bare_titles", None), ("kg_statements", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

def _ner_model_present() -> bool:
    from .ner import MODEL_DIR
    if (MODEL_DIR / "config.cfg").exists():
        return True
    log.warning("no trained NER model at %s: gazetteers and patterns only", MODEL_DIR)
    return False


SENT_END = {".", "!", "؟", "?", "…"}


ABBREVIATION_PART = 3   # letters at most in each part of a dotted abbreviation ("سي.أن.أن", "إتش.إس.بي.سي")


def _letters(word: str, most: int) -> bool:
    return 0 < len(word) <= most and word.isalpha()


def abbreviation_dots(texts: list[str], starts: list[int]) -> list[int]:
    """The full stops that end no sentence: those written inside an abbreviation between short
    letter groups with no space ("سي.أن.أن", "أ.ف.ب", "ق.م"), and the one that closes a dotted era
    abbreviation after a number ("عام 300 ق.م. على"). A dotted agency tag at a sentence end ("وكالة
    أ.ف.ب. وقال") keeps its stop, and so does a one-letter era or title ("عام 300 م. وقال", "د."):
    either as often ends its sentence (merging them lost statements on held-out text)."""
    n = len(texts)

    def glued(k: int) -> bool:   # token k+1 follows token k with no space between
        return starts[k] + len(texts[k]) == starts[k + 1]

    out: list[int] = []
    for k in (k for k, t in enumerate(texts) if t == "."):
        if k == 0 or k + 1 >= n:
            continue
        before, after = texts[k - 1], texts[k + 1]
        if not _letters(before, ABBREVIATION_PART) or not glued(k - 1):
            continue
        if glued(k):
            if _letters(after, ABBREVIATION_PART):
                out.append(k)   # inside: "سي.أن"
            continue
        if after.isspace() or not after.strip():
            continue   # a stop before a line break ends its sentence as usual
        first = k - 1   # the first letter group of the abbreviation the stop closes
        while first >= 2 and texts[first - 1] == "." and glued(first - 1) and glued(first - 2) \
                and _letters(texts[first - 2], ABBREVIATION_PART):
            first -= 2
        standing_alone = first == 0 or not glued(first - 1)
        if first < k - 1 and standing_alone and first >= 1 and texts[first - 1].isdigit():
            out.append(k)   # "300 ق.م. على"
    return out


@Language.factory("kg_sentences")
class SentenceSplitter:
    """Sentence ends at . ! ? ؟ and at every line break (news paragraphs are sentences or more)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        toks = tokens_of(doc)   # read once here, kept for the later stages
        ends = [text in SENT_END or (space and "\n" in text) for text, space in zip(toks.texts, toks.spaces)]
        dots = abbreviation_dots(toks.texts, toks.starts)
        for k in dots:
            ends[k] = False
        doc.user_data["kg_abbreviation_dots"] = dots   # the attribution stages read them as no stop either
        # a sentence opens the text and follows each end; the flags made in a list and written in one array
        # write (setting is_sent_start token by token costs a scan of the Doc each time, and so does
        # writing a numpy array item by item, if less)
        starts = [1] + [1 if end else -1 for end in ends[:-1]]
        if len(doc):
            doc.from_array([SENT_START], numpy.array(starts, dtype="int32").reshape(-1, 1).astype("uint64"))
            # the bounds of the sentences just set, kept for words.sentence_bounds (the stages ask them of each Doc
            # several times; each time an array read of the flags written here)
            firsts = [k for k, flag in enumerate(starts) if flag == 1]
            doc.user_data["kg_sentence_bounds"] = tuple(zip(firsts, firsts[1:] + [len(doc)]))
        return doc


@Language.factory("kg_entities", default_config={"use_ner": True})
class EntityFinder:
    """Entity mentions from every source, resolved to one EntityRecord per referent."""

    def __init__(self, nlp: Language, name: str, use_ner: bool) -> None:
        self.name = name
        # the trained NER runs inside this pipeline (make_pipeline builds on the model) and leaves
        # doc.ents; a pipeline without it asks the shipped model separately
        self.in_pipeline = "ner" in nlp.pipe_names
        self.use_ner = use_ner and (self.in_pipeline or _ner_model_present())

    def __call__(self, doc: Doc) -> Doc:
        # (the gazetteer first: it reads the known names at every word one may open, and keeps them for the
        # finders after it, the title finder among them)
        known = gazetteer_candidates(doc)
        people, bare = title_candidates(doc)
        cands: list[Candidate] = known + people + org_candidates(doc) + \
            place_head_candidates(doc) + group_candidates(doc) + subject_slot_candidates(doc) + \
            led_by_candidates(doc) + outlet_candidates(doc) + slot_name_candidates(doc) + side_candidates(doc) + \
            given_name_candidates(doc) + nationality_candidates(doc) + apposed_name_candidates(doc) + \
            kana_qad_candidates(doc) + one_of_candidates(doc) + possessed_role_candidates(doc) + \
            town_candidates(doc) + amma_topic_candidates(doc)
        if self.use_ner:
            if self.in_pipeline:
                # (the character spans of the NER's entities read off words.ner_ents, which the name finders
                # read too: doc.ents builds a Span per entity each time it is read)
                toks = tokens_of(doc)
                spans = [(toks.starts[s], toks.starts[e - 1] + len(toks.texts[e - 1]), label)
                         for s, e, label in ner_ents(doc)]
            else:
                from .ner import ner_spans
                spans = ner_spans(doc)
            cands += ner_candidates(doc, spans)
            # "نفت فرار الملك": a one-word speaker guess of the speech slot the NER reads as no name is no name
            cands = without_unread_subject_guesses(doc, cands, spans)
        # "جان-لوك فلان", "فلان علان-فستان": a person's name in pieces at a tight hyphen is one name
        chosen = join_hyphenated_names(doc, select(doc, cands))
        # "فلان، المعروف باسم «الصقر»": the nickname is a mention of the person, found again where it recurs
        chosen = nicknamed(doc, chosen)
        # "الجماعة المعروفة محليا باسم «X»": the name a body no finder named goes by is an organization
        chosen = nicknamed_bodies(doc, chosen)
        # "فلان، رفيق علان في ...": the relation noun of an aside is no given name of a third person
        chosen = family_names_after_relation_nouns(doc, chosen)
        # "«الناس خائفون»": a one-word NER guess seen only inside quotations names nothing the article means
        chosen = without_quoted_guesses(doc, chosen)
        # "المدينة – فلان علان" under the headline: the reporter who wrote the report, no person of the story
        chosen = without_byline_people(text_of(doc), chosen)
        # "الأمين العام للتجمع الديمقراطي فلان علان": a title holder's name right after the body another finder named
        chosen = sorted(chosen + holder_after_body_candidates(doc, chosen), key=BY_FIRST_TOKEN)
        # "وقال فلان علان لاو، أستاذ": the family name an untitled finder left off, before a clear boundary
        # "الوزيرة صوفيا علانوفا إن": a given name spelled like a place's one-word name, before a transcribed family
        # name, right after a title holder's description
        chosen = place_words_opening_names(doc, chosen)
        chosen = found_names_to_boundary(doc, chosen)
        # "وأعلنت الوزيرة فلانة ظاهر": a family name the word tests stopped before, which the NER reads in the name
        chosen = names_the_ner_reads_on(doc, chosen)
        # "رئيس الوزراء فلان علان أوتشا.": a family name spelled like a body's one-word name, written once, closes the name
        chosen = body_words_closing_names(doc, chosen)
        # "فلان علان الابن": the word that tells a namesake son from his father ends the name, another person's
        chosen = generation_suffixed_names(doc, chosen)
        # names joined by و to a person's name found so far ("فلان الفلاني وعلان العلاني") join the
        # list before propagation, so that each is found again where it recurs
        chosen = propagate(doc, sorted(chosen + coordinated_person_candidates(doc, chosen), key=BY_FIRST_TOKEN))
        chosen = sorted(chosen + first_definite_sources(doc, chosen), key=BY_FIRST_TOKEN)
        # names inside chosen names ("حكومة نيروبي") are entities of the article, not mentions to attribute
        all_inner = [i for c in chosen for i in c.inner]
        point_back_to_places(doc, chosen + all_inner)
        # (but a country or region inside a body's name is a word of the name, no entity of the article)
        inner = [i for c in chosen for i in c.inner if names_a_place_of_the_article(doc, c, i)]
        bare_heads_as_places(doc, chosen)
        chosen = sorted(chosen + states_named_by_their_kind(doc, chosen), key=BY_FIRST_TOKEN)
        assign_group_keys(chosen, doc)
        entities: dict[str, EntityRecord] = {}
        key_of = MentionKeys()
        for members in cluster(chosen + inner):
            ent = to_entity(members)
            if ent.key in entities:
                old = entities[ent.key]
                old.forms |= ent.forms
                old.mentions = sorted(old.mentions + ent.mentions, key=BY_START)
            else:
                entities[ent.key] = ent
            for c in members:
                key_of[c] = ent.key
        # "وقالت الوزارة ... وأكد المتحدث باسمها فلان": the body or country a title's pronoun takes back
        pronoun_title_roles(doc, chosen, key_of, entities)
        # unnamed holders of a country's office ("السفير الأمريكي"): groups a speaker search may take when no
        # name resolves the title; bodies named only by a class noun ("المكتب الإعلامي"): organizations it may
        # take when nothing named resolves the noun; those no statement takes are dropped with the article's record
        # a bare "الوزارة" after a minister's title ("وزير الصحة التونسي"): the ministry it names, kept the same way
        for holder in holder_candidates(doc, bare, entities) + unnamed_body_candidates(doc, chosen + all_inner) \
                + titled_body_candidates(doc, chosen):
            ent = to_entity([holder])
            ent.key = holder.key or ent.key   # (an organization's key is made from its label otherwise)
            if ent.key in entities:
                entities[ent.key].forms |= ent.forms
                entities[ent.key].mentions.extend(ent.mentions)
            else:
                entities[ent.key] = ent
            key_of[holder] = ent.key
        doc._.kg_candidates = chosen
        doc._.kg_key_of = key_of
        doc._.kg_entities = entities
        doc._.kg_bare_titles = bare
        return doc


@Language.factory("kg_statements")
class StatementExtractor:
    """Statements (speaker, cue, content, targets, intermediaries, stance) from the entities found."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        ext = doc._   # (each doc._ builds an Underscore: read once for the five extension attributes)
        ext.kg_statements = find_statements(doc, ext.kg_candidates, ext.kg_key_of, ext.kg_entities, ext.kg_bare_titles)
        return doc


def make_pipeline(use_ner: bool = True) -> Language:
    """kgbuild's pipeline: the shipped NER model (tokenizer, tok2vec, ner) with kgbuild's components
    added, or kgbuild's tokenizer alone when use_ner is off or the model is missing."""
    if use_ner and _ner_model_present():
        import spacy

        from .ner import MODEL_DIR
        nlp = spacy.load(MODEL_DIR)
    else:
        nlp = blank_arabic()
    nlp.add_pipe("kg_sentences")
    nlp.add_pipe("kg_entities", config={"use_ner": use_ner})
    nlp.add_pipe("kg_statements")
    # the model's weights and tables live as long as the process: frozen, they leave the scans of every
    # later full collection (each a scan of all live objects); unfrozen first, so that the garbage of a
    # pipeline made before (tests and builds make several in one process) is collected, not kept for good
    gc.unfreeze()
    gc.collect()
    gc.freeze()
    return nlp
