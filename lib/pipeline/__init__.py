"""The pipeline: a folder of articles into the corpus's dataframes.

``corpus.build_corpus`` scans the folder, reuses the last snapshot and the parse cache, and sends
the articles that changed through ``article`` (one file into rows: decode, clean, metadata,
sentences, mentions, events, terms) in chunks on a process pool (``batches``, ``worker_pool``).
"""
