"""Extractors: small functions over a spaCy Doc, in the style of textacy's extract/ package.

mentions   -> candidate entity mentions (gazetteer, titles, organization heads, groups, NER)
resolve    -> mentions -> one entity per real-world referent, in a document and across documents
attribution -> attributed speech, one module per stage: cues, speakers, content, intermediaries, targets
"""
