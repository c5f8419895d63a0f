"""Document model: which parts of a text are prose (markup.py) and how prose splits into sentences and words (segment.py)."""
