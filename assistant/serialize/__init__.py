"""One serializer per output format, shared by every front end (server, batch CLI).

Front ends never build suggestion JSON by hand: they call `json.check_response`
(our API), `languagetool.check_response` (LanguageTool v2) or the SARIF writer,
so offsets and field names stay identical everywhere.
"""
