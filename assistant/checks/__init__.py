"""One module per check family.  Each family proposes *sites* (a span plus the
alternatives worth scoring) from cheap signals and the edit head, the engine
scores all sites of all sentences in batched masked-LM passes, and the family
then decides from those scores.  Families never run the model themselves, so
model work stays batched across a whole document.

Rule families (`RULES`) need no model scores: they only have `direct(ctx, sent)`."""
from assistant.checks import agreement, confusion, extra, missing, punctuation, rules, spelling, style, usage, variant

FAMILIES = (spelling, confusion, agreement, missing, extra)
RULES = (rules, usage, variant, punctuation, style)
