"""Reference answers: the straightforward pandas code each answer in ``lib/analyze`` must match.

``lib/analyze`` keeps one implementation per question, the one that counts the ``CorpusIndex``'s
integer codes. The plainer code it replaced lives on here, string comparisons and group-bys over
the view's frames, so that ``tests/unit/analyze/test_corpus_index.py`` can hold the two to the same
frames on the seeds and on generated corpora. Nothing in ``lib/`` imports these.
"""
