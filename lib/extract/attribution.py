"""Which companies an event's date belongs to: its clause's, or the context's.

A sentence is split into clauses at the boundary cues of ``lib/rules/clause_cues.csv`` (", after",
", while", "；", 随后 …), and after a cause's connective ("because", 原因是: a date right after it opens
the cause, and is the cause's company's, not the effect's). A date takes the companies named in its own
clause; when its clause names none, those of the nearest clause that does (the earlier one on a tie: a
subject usually comes first). A clause that lists as many companies as dates, both as coordinated
lists ("Baidu and Alibaba … in March and April"), pairs them respectively: Baidu in March, Alibaba in
April; so does one where each date follows its own company ("WeChat from September 20 and TikTok from
November 12"). The pairing of one clause's dates and companies is ``attribution_pairs``.

A sentence that names no company but refers to one ("the company", "it", 该公司, 其; the words of
``lib/rules/company_references.txt``) takes its company from the context: the company of the
sentence before, else the article's most mentioned company. "The company" is one company, so when
the sentence before names several, the article's main company is taken if it is among them, else
the first named. Whether a sentence names a subject of its own (another firm, a market, a country), which
keeps the context's company out, is answered by ``own_subjects``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.extract.attribution_bystanders import Bystanders
from lib.extract.attribution_cues import cue_alternation, possessive_days_as_the
from lib.extract.attribution_pairs import Named, nearest_with_companies, paired_companies
from lib.extract.attribution_segments import opens_with_segment, segment_pattern
from lib.extract.cited_sources import CitedSources
from lib.extract.dates_comparisons import tells_a_figure as tells_an_amount
from lib.extract.focus_figures import FocusFigures
from lib.extract.government_subjects import GovernmentSubjects
from lib.extract.own_subjects import OwnSubjects
from lib.extract.pattern_literals import WordGate
from lib.extract.pronoun_subjects import subject_company
from lib.extract.sentence_openings import closing_speaker, full_width_commas, past_leading_adverbial
from lib.extract.sentence_openings import figure_openings as _figure_openings
from lib.parse.script import to_simplified
from lib.text_script import HAN_CHARACTER as _HAN

# The longest a coordinating gap may be ("， and " at most); longer gaps are prose.
_MAX_GAP = 8
# A clause holding nothing but its date, after at most this many letters (早在, 截至, "In"), is
# a fronted time adverbial of the clause after it.
_MAX_FRONTED = 2
_LETTERS = re.compile(r"[\W_\d]+")


class Attributor:
    """Clause and reference rules, compiled once; ``__getstate__`` ships only the rule lines."""

    def __init__(self, clause_cues: Sequence[tuple[str, str]], references: Sequence[str]) -> None:
        self._cues, self._references = tuple(clause_cues), tuple(references)
        self._boundary = cue_alternation(cue for kind, cue in clause_cues if kind == "boundary")
        self._cause = cue_alternation(cue for kind, cue in clause_cues if kind == "cause")
        self._coordinator = cue_alternation(cue for kind, cue in clause_cues if kind == "coordinator")
        self._bystanders, self._sources = Bystanders(clause_cues), CitedSources(clause_cues)
        self._refers = cue_alternation(word.removeprefix("~") for word in references
                                       if not word.startswith(("!", "-", "^", "@", "+", "%", "=", "&")))
        # "the * company" tried at every "the" costs ~20 µs a sentence: one pass for the words first.
        self._refers_gate = WordGate(self._refers) if self._refers is not None else None
        self._pronoun = cue_alternation(word[1:] for word in references if word.startswith("~") and word[1:])
        self._adverbial = cue_alternation(cue for kind, cue in clause_cues if kind == "adverbial")
        self._takes_up = cue_alternation(word[1:] for word in references if word.startswith("+") and word[1:])
        self._refers_first = cue_alternation(word[1:] for word in references if word.startswith("^") and word[1:])
        self._segment = segment_pattern(cue_alternation(word[1:] for word in references if word.startswith("%")))
        self._regulator = cue_alternation(word[1:] for word in references if word.startswith("@")
                                          and not word.startswith(("@^", "@>", "@~", "@<")) and word[1:])
        self._governments = GovernmentSubjects(references)
        self._subjects = OwnSubjects(references, self._refers)
        self._not_refers = cue_alternation(word[1:] for word in references if word.startswith("!") and word[1:])
        self._figures = FocusFigures(references)
        self._group = cue_alternation(word[1:] for word in references if word.startswith("&") and word[1:])

    def __getstate__(self) -> dict:
        return {"cues": self._cues, "references": self._references}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["cues"], state["references"])

    def clauses(self, sentence: str) -> list[tuple[int, int]]:
        """The ``(start, end)`` of each non-empty clause, in order, covering the sentence."""
        text = full_width_commas(to_simplified(sentence))
        # A cause's clause starts after its connective: a date right after "because" or 原因是 opens the cause.
        cuts = sorted({0, len(sentence), *_cuts(self._boundary, text, "start"), *_cuts(self._cause, text, "end")})
        return [(start, end) for start, end in zip(cuts, cuts[1:], strict=False) if sentence[start:end].strip()]

    def continues_topic(self, sentence: str) -> bool:
        """Whether a sentence may go on about the sentence before's company without naming it.

        Chinese drops a subject that continues the topic ("华为发布了新机。12日起正式开售。") where
        English says "it"; so a Chinese sentence can, unless it names a subject of its own that is
        another firm ("其他厂商", "竞争对手": the ``-`` lines of the references file), or opens with one
        ("今年2月，世界学会了一个新词": the ``-^`` lines, subjects only as the first word after a date).
        """
        return _HAN.search(sentence) is not None and not self.names_its_own_subject(sentence)

    def names_its_own_subject(self, sentence: str) -> bool:
        """Whether ``sentence`` names a subject other than the article's company (``OwnSubjects.named_in``)."""
        return self._subjects.named_in(sentence)

    def has_its_own_subject_at(self, sentence: str, at: int) -> bool:
        """Whether a subject of its own stands at offset ``at`` of ``sentence`` (``OwnSubjects.stands_at``)."""
        return self._subjects.stands_at(sentence, at)

    def tells_a_figure(self, sentence: str, compared: bool = False) -> bool:
        """Whether ``sentence`` tells a company's figure (``lib.extract.focus_figures``), no subject's of its own;
        ``compared``: one of its dates is what a figure is set against, so any amount it tells is a figure. Not
        ``dates_comparisons.tells_a_figure`` (imported as ``tells_an_amount``): any amount, whoever's."""
        figure = self._figures.tells(to_simplified(sentence), compared and tells_an_amount(sentence))
        return figure and not self.names_its_own_subject(sentence)

    def refers_to_a_company(self, sentence: str, dates: Sequence[tuple[int, int]] = ()) -> bool:
        """Whether ``sentence`` refers to a company by a word such as "the company" or 该公司.

        The ``^`` words ("Revenue", 营收) refer as the first words, also after a source and a period
        ("According to LSEG, Q2 revenue …", "第三季度营收…"; ``dates``: the date spans in the sentence).
        So does a segment as the first words ("增值服务业务第二季的收入…", the ``%`` nouns:
        ``attribution_segments``). A sentence whose company noun a name owns ("Edison's company",
        爱迪生的公司) is about that name's company, not the article's.
        """
        if self._refers is None and self._refers_first is None and self._segment is None:
            return False
        text = to_simplified(sentence)
        openings = self._first_word_openings(text, dates)
        # Blanked first: "Monthly active users of China's AI apps" opens with a market's count, not a company's.
        blanked = self._without_non_references(text)
        if self._refers_first is not None and any(self._refers_first.match(blanked, at) for at in openings):
            return True
        if opens_with_segment(text, openings, self._segment, self._subjects.anywhere, self._adverbial):
            return True
        text = possessive_days_as_the(blanked)
        return (self._refers is not None and self._refers_gate.may_match(text)
                and self._refers.search(text) is not None and not self._subjects.owned_by_a_name(text))

    def takes_up_the_sentence_before(self, sentence: str, dates: Sequence[tuple[int, int]] = ()) -> bool:
        """Whether ``sentence``'s first words take up the sentence before's figure ("That's up 96% from a
        year ago", 这一数字; the ``+`` words): it goes on about the company before, only when there is one.
        So does its closing speaker, a person of that company ("…, CEO Li Xiang said during an earnings call",
        "…, he added"): the words spoken are the company's, as after "He said" opening the sentence."""
        if self._takes_up is None:
            return False
        text = to_simplified(sentence)
        speaker = closing_speaker(text)
        openings = self._first_word_openings(text, dates) | ({speaker} if speaker is not None else set())
        return any(self._takes_up.match(text, at) for at in openings)

    def _first_word_openings(self, text: str, dates: Sequence[tuple[int, int]]) -> set[int]:
        """Where ``text``'s (simplified) first words may start: its figure openings, and past a leading
        adverbial ("With demand recovering, our segments …"), which leaves the subject to the words after it."""
        past = past_leading_adverbial(full_width_commas(text), self._adverbial)
        return _figure_openings(text, dates) | ({past} if past is not None else set())

    def refers_by_pronoun(self, sentence: str) -> bool:
        """Whether every reference word of ``sentence`` is a pronoun ("it", 其): it stands for the
        subject before (``lib.extract.pronoun_subjects``), where "the company" is the article's."""
        if self._refers is None or self._pronoun is None:
            return False
        text = self._without_non_references(to_simplified(sentence))
        found = [match.group() for match in self._refers.finditer(text)]
        return bool(found) and all(self._pronoun.fullmatch(word) for word in found)

    def _without_non_references(self, text: str) -> str:
        """``text`` with the words that hold a reference word but are none (其中, 子公司) blanked, same length."""
        if self._not_refers is None:
            return text
        return self._not_refers.sub(lambda match: " " * len(match.group()), text)

    def subject(self, sentence: str, named: Sequence[tuple[int, str]]) -> str:
        """The company that is ``sentence``'s subject among its ``named`` ``(offset, company)``."""
        return subject_company(sentence, named, self._adverbial)

    def refers_to_a_group_of_firms(self, sentence: str) -> bool:
        """Whether ``sentence`` refers to firms as a group by a class noun ("major tech firms", 中国企业, 各平台业者;
        the ``&`` lines of the references file). Stocks as a group are no shareholders: 游戏股东, 科技股东."""
        if self._group is None:
            return False
        text = to_simplified(sentence)
        return any(not (match.group().endswith("股") and text.startswith("东", match.end()))
                   for match in self._group.finditer(text))

    def refers_to_a_regulator(self, sentence: str, dates: Sequence[tuple[int, int]] = ()) -> bool:
        """Whether ``sentence`` refers to a regulator, a government or a court, or to its act, without naming
        it ("Authorities collected …", 监管部门, "Regulations introduced last year …"), or opens with a
        government named by its country acting ("This week, China pushed back"; ``dates``: the date spans)."""
        text = to_simplified(sentence)
        return ((self._regulator is not None and self._regulator.search(text) is not None)
                or self._governments.acts_at(text, self._first_word_openings(text, dates), dates))

    def companies_of_dates(self, sentence: str, dates: Sequence[tuple[int, int]],
                           named: Sequence[Named]) -> list[list[str]]:
        """The companies of each date span in ``sentence`` (offsets in the sentence).

        Companies keep the order in which the sentence first names them.
        """
        named = self.actors(sentence, named)
        order = list(dict.fromkeys(n.company for n in named))
        clauses = self.clauses(sentence) or [(0, len(sentence))]
        in_clause = [[n for n in named if start <= n.start < end] for start, end in clauses]
        in_clause, lenders = self._sources.own_and_lent(to_simplified(sentence), in_clause)
        dates_in = [[d for d in dates if start <= d[0] < end] for start, end in clauses]
        result = []
        for date in dates:
            index = next((i for i, (start, end) in enumerate(clauses) if start <= date[0] < end), 0)
            paired = paired_companies(sentence, dates_in[index], in_clause[index], self._coordinates)
            if paired is not None and (company := paired[dates_in[index].index(date)]) is not None:
                result.append([company])
                continue
            start, end = clauses[index]
            fronted = (len(_LETTERS.sub("", sentence[start:date[0]])) <= _MAX_FRONTED
                       and not _LETTERS.sub("", sentence[date[1]:end]))
            candidates = [*lenders[:index], in_clause[index], *lenders[index + 1:]]
            nearest = nearest_with_companies(index, candidates, later_first=fronted)
            found = {n.company for n in candidates[nearest]} if nearest is not None else set()
            result.append([company for company in order if company in found])
        return result

    def actors(self, sentence: str, named: Sequence[Named]) -> list[Named]:
        """The names that may own a date (``Bystanders.actors``)."""
        return self._bystanders.actors(to_simplified(sentence), named)

    def names_only_venues(self, sentence: str, named: Sequence[Named]) -> bool:
        """Whether every name of ``named`` is a venue where another acts ("the firm raised $4.4 billion
        in an IPO on the NYSE"): the actor is referred to, not named."""
        return bool(named) and len(self._bystanders.venue_places(to_simplified(sentence), named)) == len(named)

    def names_only_channels(self, sentence: str, named: Sequence[Named]) -> bool:
        """Whether every name of ``named`` is a platform a post goes out on ("作家在臉書粉專直言"): no actor named."""
        return self._bystanders.names_only_channels(to_simplified(sentence), named)

    def names_no_actor(self, sentence: str, named: Sequence[Named], dates: Sequence[tuple[int, int]]) -> bool:
        """Whether ``sentence`` refers to a company, naming others only as likenesses, venues or sources; not by
        pronouns alone, which may stand for such a name ("TSMC expects its fab to …")."""
        text = to_simplified(sentence)
        places = self._bystanders.venue_places(text, named)
        bystanders = (n in places or self._bystanders.is_likeness(text, n)
                      or self._sources.is_cited(text, n.start, n.end) for n in named)
        return (bool(named) and all(bystanders) and self.refers_to_a_company(sentence, dates)
                and not self.refers_by_pronoun(sentence))

    def _coordinates(self, gap: str) -> bool:
        if len(gap) > _MAX_GAP or self._coordinator is None:
            return False
        return not self._coordinator.sub("", to_simplified(gap)).strip()


def _cuts(cues: re.Pattern | None, text: str, edge: str) -> list[int]:
    """Where each match of ``cues`` in ``text`` starts or ends (``edge``)."""
    return [] if cues is None else [getattr(match, edge)() for match in cues.finditer(text)]


