"""Whom a phrase with no name of its own refers to: a bare title ("الرئيس"), a bare body noun
("الوزارة"), a statement noun ("البيان"), the author after a statement noun ("بيان لوزارة الخارجية").

    title_words        how titles compare as words (same title, head word, remit)
    title_holders      the person a bare title refers to, named before it or known to the lexicon
    titled_speakers    a bare title's holder named after it, or the last speaker introduced by it
    bodies_and_places  the body or place a bare definite head noun refers to
    spokesmen          whom a spokesman ("المتحدث باسم ...") speaks for
    title_chains       the person a chain of titles introduces
    issuers            who issued what a statement noun or an according-to marker names
    described          the person a definite common noun refers to, the text having described him with it
"""
