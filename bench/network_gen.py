"""A generated who-said-what network of N actors, as extraction records, for the view's tests and
benchmarks (no extractor involved, so its size and shape do not move when the extractor changes).

    .venv/bin/python bench/network_gen.py 2000 --out /tmp/net2000   # a store + graph.html there

Actors (persons, organizations, places, groups, with made-up Arabic names) fall into communities
of about 25; activity follows a Zipf law (a few actors speak and are spoken about a lot); three
statements in four stay inside the speaker's community. Articles are dated over two months, one
in five undated. Everything comes from random.Random(seed): the same N and seed give the same
records.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kgbuild.build import document_nquads  # noqa: E402
from kgbuild.namespace import SPEECH_ACTS  # noqa: E402
from kgbuild.records import DocumentRecord, EntityRecord, StatementRecord  # noqa: E402

FIRST = ("محمد", "أحمد", "علي", "حسن", "خالد", "سامي", "يوسف", "عمر", "ليلى", "فاطمة", "نادية", "رامي", "طارق",
         "منى", "سعيد", "هشام", "كريم", "زياد", "جمال", "سلمى", "إبراهيم", "مصطفى", "نبيل", "وليد")
FAMILY = ("العلي", "الحسيني", "المصري", "الخطيب", "الزعبي", "النجار", "الحداد", "الشامي", "البغدادي", "العطار",
          "الرفاعي", "القاسم", "السيد", "المالكي", "الجبوري", "الطائي", "الساعدي", "الفارس", "الكردي", "الهاشمي")
ORG_HEAD = ("وزارة", "هيئة", "مجلس", "حزب", "اتحاد", "منظمة", "شركة", "جمعية", "لجنة", "نقابة")
ORG_TAIL = ("الخارجية", "الداخلية", "الدفاع", "الصحة", "التجارة", "العمال", "الشباب", "السلام", "التنمية",
            "الإعلام", "الزراعة", "الطاقة", "العدل", "التعليم", "النقل", "المياه")
PLACES = ("دمشق", "بغداد", "القاهرة", "عمّان", "بيروت", "الرياض", "تونس", "الجزائر", "الرباط", "الخرطوم",
          "صنعاء", "طرابلس", "الدوحة", "مسقط", "المنامة", "الكويت", "أنقرة", "طهران", "موسكو", "باريس")
GROUPS = ("المتظاهرون", "المسلحون", "الطلاب", "المزارعون", "اللاجئون", "العمال", "الأطباء", "المحامون")
WORDS = ("الوضع", "الأمن", "الحوار", "الاتفاق", "الأزمة", "الحكومة", "الشعب", "المفاوضات", "القرار", "الحرب",
         "السلام", "الاقتصاد", "الانتخابات", "المساعدات", "الحدود", "التصعيد", "الهدنة", "الإصلاح")
ACT_STANCE = {"condemn": "negative", "accuse": "negative", "warn": "negative", "reject": "negative",
              "deny": "negative", "praise": "positive", "welcome": "positive", "support": "positive",
              "agree": "positive"}
COMMUNITY = 25


def _actors(rng: random.Random, n: int) -> list[EntityRecord]:
    out: list[EntityRecord] = []
    seen: set[str] = set()
    kinds = ["Person"] * 45 + ["Organization"] * 30 + ["Place"] * 18 + ["Group"] * 7
    while len(out) < n:
        kind = rng.choice(kinds)
        if kind == "Person":
            label = f"{rng.choice(FIRST)} {rng.choice(FIRST)} {rng.choice(FAMILY)}"
        elif kind == "Organization":
            label = f"{rng.choice(ORG_HEAD)} {rng.choice(ORG_TAIL)} {rng.choice(PLACES)}"
        elif kind == "Place":
            label = f"{rng.choice(PLACES)} {rng.choice(('الجديدة', 'الشمالية', 'الكبرى', 'القديمة', ''))}".strip()
        else:
            label = f"{rng.choice(GROUPS)} في {rng.choice(PLACES)}"
        if label in seen:
            label = f"{label} {len(out)}"
        seen.add(label)
        key = f"{kind.lower()}:{label.replace(' ', '_')}"
        out.append(EntityRecord(key=key, type=kind, label=label, forms={label}))
    return out


def records(n_actors: int, seed: int = 1, statements_per_actor: float = 1.6) -> list[DocumentRecord]:
    """Articles whose statements join `n_actors` actors (every actor speaks or is spoken about)."""
    rng = random.Random(seed)
    actors = _actors(rng, n_actors)
    n_comm = max(1, n_actors // COMMUNITY)
    community = [i % n_comm for i in range(n_actors)]
    members: dict[int, list[int]] = {}
    for i, c in enumerate(community):
        members.setdefault(c, []).append(i)
    # Zipf weights: actor i is (i + 1) ** -0.9 as active as the first
    weight = [(i + 1) ** -0.9 for i in range(n_actors)]
    speakers = [i for i, a in enumerate(actors) if a.type != "Place"]
    n_docs = max(3, n_actors // 9)
    docs = [DocumentRecord(doc_id=f"{d:05d}.txt", title=f"خبر رقم {d}: {rng.choice(WORDS)} و{rng.choice(WORDS)}",
                           text="", date=None if rng.random() < 0.2 else f"2022-{1 + (d % 2):02d}-{1 + rng.randrange(28):02d}")
            for d in range(n_docs)]
    cursor = [0] * n_docs
    untouched = set(range(n_actors))

    def say(doc: DocumentRecord, d: int, sp: int, targets: list[int]) -> None:
        act = rng.choice(SPEECH_ACTS)
        stance = ACT_STANCE.get(act) or rng.choice(("positive", "negative", "neutral", "neutral"))
        quote = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 9)))
        pos = cursor[d] + 10
        cursor[d] = pos + len(quote) + 20
        ts = {actors[t].key: rng.choice(("positive", "negative")) for t in targets[1:] if rng.random() < 0.25}
        for i in (sp, *targets):
            doc.entities[actors[i].key] = actors[i]
            untouched.discard(i)
        doc.statements.append(StatementRecord(
            speaker=actors[sp].key, cue="قال", cue_lemma="قال", act=act, stance=stance, quote=quote,
            quote_type=rng.choice(("direct", "indirect")), cue_span=(pos, pos + 3), quote_span=(pos + 5, pos + 5 + len(quote)),
            speaker_span=None, sentence_span=(pos, pos + 6 + len(quote)), sentence_index=pos // 80,
            about=[actors[t].key for t in targets], target_stance=ts))

    for _ in range(int(n_actors * statements_per_actor)):
        sp = rng.choices(speakers, weights=[weight[i] for i in speakers])[0]
        k = rng.choice((0, 1, 1, 1, 2, 2, 3))
        pool = members[community[sp]] if rng.random() < 0.75 else range(n_actors)
        pool = [i for i in pool if i != sp]
        targets = sorted(set(rng.choices(pool, weights=[weight[i] for i in pool], k=k))) if pool else []
        d = rng.randrange(n_docs)
        say(docs[d], d, sp, targets)
    for i in sorted(untouched):       # everyone is in the network: the quiet ones are spoken about once
        sp = rng.choice([j for j in members[community[i]] if j in speakers and j != i] or speakers)
        d = rng.randrange(n_docs)
        say(docs[d], d, sp, [i] if sp != i else [])
    for doc in docs:
        doc.text = "ن" * (cursor[docs.index(doc)] + 50)
    return [d for d in docs if d.statements]


def nquads(n_actors: int, seed: int = 1) -> bytes:
    return b"".join(document_nquads(d) for d in records(n_actors, seed))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("actors", type=int)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True, help="folder for the store and graph.html")
    a = ap.parse_args(argv)
    import pyoxigraph

    from kgbuild.viz import write_view
    a.out.mkdir(parents=True, exist_ok=True)
    store = pyoxigraph.Store(str(a.out / "store"))
    store.bulk_load(nquads(a.actors, a.seed), format=pyoxigraph.RdfFormat.N_QUADS)
    store.flush()
    counts = write_view(store, a.out / "graph.html", max_nodes=a.actors)
    print(f"{a.out / 'graph.html'}: {counts['nodes']} nodes, {counts['edges']} edges")
    return 0


if __name__ == "__main__":
    sys.exit(main())
