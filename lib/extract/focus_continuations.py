"""Whether an English sentence naming nothing takes up the company the article is about.

Chinese drops a subject that goes on with the topic ("华为发布了新机。12日起正式开售。",
``Attributor.continues_topic``); English says "it" or "the company" (``company_references.txt``), or
takes up by a definite noun what the sentence before told of the company: "Microsoft asked its engineers
in China to relocate. The decision gave them until June 7 to choose.", "The company ended its exclusive
deals. As of August 23, 2021, the vast majority of these agreements had been terminated." Such a
sentence is the company's only right after a full sentence about the one company the article is about
(``lib.extract.topic_chain``), when its subject opens with "the", "this", "these", "that" or "those"
(also past a fronted date), and nothing in it says otherwise. A bare subject stays no one's ("Prices
of memory were higher in May 2023", "Snow fell across Beijing"): English needs a word that takes up.
It says otherwise when it

- names a subject of its own: a market, an industry, a country, rivals (the ``-`` words of the
  references file), the world as its subject ("In February, the world learned a new word": the ``-^``
  words), a regulator or a government acting, firms as a group ("Chinese tech firms"), or several
  counted or a kind by a number or a code ("The 10 largest banks", "The 5G rollout");
- is about its date itself: "The first half of 2022 was full of challenges", "The nine-day Spring
  Festival (February 15–23) has become a battleground" (a date fronted with a comma, "As of August 23,
  2021, the agreements …", is no subject).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.extract.attribution import Attributor
from lib.extract.number_words_en import NUMBER_WORD

# A subject that takes up what was told before: a definite or demonstrative noun ("The decision", "these
# agreements", "This marks …").
_TAKES_UP = re.compile(r"\s*(?:the|this|these|that|those)\b", re.IGNORECASE)
# A number joined to a unit of time is the length of what the noun names ("The 15-year deal", "the two-year ban",
# "the 90-day pause"): one thing told before, not several counted.
_SPAN = r"[\d,]*-(?:year|month|week|day|hour)s?\b"
# A subject led by a number or a code names several counted or a kind ("The 10 largest banks", "the three
# carriers", "The 5G rollout", "The 2026 edition"), not what was told of the company.
_COUNTED = re.compile(rf"\s*(?:the|these|those)\s+(?:[\w-]*\d|(?:{NUMBER_WORD})\b)(?!{_SPAN})", re.IGNORECASE)
# A word that goes on from the sentence before, or the source of what follows, before the subject: "However, this
# situation …", "But the deal …", "Only the official confirmation on April 10 …", "According to the sources, the
# price …".
_LEADING_CONNECTIVE = re.compile(r"\s*(?:(?:however|meanwhile|moreover|still|yet|also|additionally|furthermore"
                                 r"|in addition|according to [^,]{1,60})\s*,|but|and|so|only|even)\s+", re.IGNORECASE)
# A name the gazetteer does not know, glossed by its initials ("the United States Postal Service (USPS) halted"): a
# subject of its own, not a noun that takes up.
_A_NAME = re.compile(r"\s*[Tt]he\s+(?:[A-Z][\w.&'’-]*\s+){1,6}[(（][A-Z]{2,}[)）]")
# A body that is no business, as the subject's noun ("This research lab was founded in 2016", "the institute"): one
# of its own, not what was told of the company (the references file leaves "lab" out of a company's nouns too).
_ANOTHER_BODY = re.compile(r"\s*(?:the|this|these|that|those)\s+(?:[\w'’-]+\s+){0,3}?(?:labs?|laborator(?:y|ies)"
                           r"|institutes?|universit(?:y|ies)|academy|association|foundation|agency)\b", re.IGNORECASE)
# A date fronted before the subject: a preposition or two, the date, a comma ("In February, ", "As of Jan. 2, ").
_BEFORE_A_FRONTED_DATE = re.compile(r"\s*(?:[A-Za-z]+\s+){0,2}")
_AFTER_A_FRONTED_DATE = re.compile(r"\s*[,，]\s*")
# What may stand before a date that is its sentence's subject: "The", "This", and up to two modifiers
# ("The nine-day", "The first").
_BEFORE_A_SUBJECT_DATE = re.compile(r"\s*(?:(?:the|this)\s+(?:[\w-]+\s+){0,2})?", re.IGNORECASE)
# After the date, a bracketed gloss ("(February 15–23)") is skipped; a comma or a possessive then says the
# date only sets the time or owns the subject ("Monday's 30% drop").
_GLOSS = re.compile(r"\s*[(（][^)）]*[)）]")
_NOT_THE_SUBJECT = re.compile(r"\s*(?:[,，]|['’]s\b)")


def takes_up_the_company(text: str, dates: Sequence[tuple[int, int]], attributor: Attributor) -> bool:
    """Whether ``text`` (a sentence naming no company, person, outlet or regulator; ``dates``: its date
    spans, not empty) takes up what the sentence before told of its company, and says nothing of another."""
    first = min(dates)
    start = _subject_start(text, first)
    return (_TAKES_UP.match(text, start) is not None
            and _COUNTED.match(text, start) is None
            and _A_NAME.match(text, start) is None
            and _ANOTHER_BODY.match(text, start) is None
            and not _is_about_its_date(text, first)
            and not attributor.names_its_own_subject(text)
            and not attributor.has_its_own_subject_at(text, start)
            and not attributor.refers_to_a_regulator(text, dates)
            and not attributor.refers_to_a_group_of_firms(text))


def _subject_start(text: str, first: tuple[int, int]) -> int:
    """Where the sentence's subject starts: past a leading connective or source ("However, ", "But ", "According
    to the sources, "), then past its first date (``first``) and a comma when the date is fronted ("In February,
    the world …"), else there."""
    connective = _LEADING_CONNECTIVE.match(text)
    start = connective.end() if connective else 0
    if _BEFORE_A_FRONTED_DATE.fullmatch(text, start, first[0]) is None:
        return start
    comma = _AFTER_A_FRONTED_DATE.match(text, first[1])
    return comma.end() if comma else start


def _is_about_its_date(text: str, first: tuple[int, int]) -> bool:
    """Whether the sentence's first date (``first``) is its subject: only "The"/"This" and a modifier or two
    before it, and neither a comma nor a possessive after it (past a bracketed gloss)."""
    if _BEFORE_A_SUBJECT_DATE.fullmatch(text, 0, first[0]) is None:
        return False
    after = first[1]
    if gloss := _GLOSS.match(text, after):
        after = gloss.end()
    return _NOT_THE_SUBJECT.match(text, after) is None
