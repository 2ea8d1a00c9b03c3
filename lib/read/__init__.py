"""Reading: a corpus folder and the web into raw documents, and nothing written back.

``folder`` scans a folder (safely: size limits, symlinks kept inside) and decodes its files;
``metadata_csv`` reads the folder's ``metadata.csv``; ``fetch`` downloads one address under the
guards that keep a server from being turned against its own network.
"""
