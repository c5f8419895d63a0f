"""Files in, suggestions and fixes out: `cloze check` and `cloze fix`.

formats.py   reading and writing plain text, Markdown, reStructuredText, LaTeX and .docx
files.py     discovery (globs, .gitignore), input checks, atomic writes with backups
runner.py    batching across files, worker processes, progress, Ctrl+C, the summary
output.py    text / JSON / diff reporters (SARIF lives in assistant/serialize/sarif.py)
cli.py       the click commands
bench.py     `cloze bench batch`: end-to-end words/s on the dev corpus split into files
"""
