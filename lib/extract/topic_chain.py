"""What each sentence leaves the next to refer to, read only when a later sentence asks for it.

A sentence naming no company may still be about one: "the company", 其, a Chinese sentence that drops
its subject, a figure of the report in focus (``lib.extract.events``). Which company that is depends on
the sentence before: its companies, its text and its subject (a ``Topic``). So every sentence hands a
topic to the next, and most of the cost of attribution is spent working it out for sentences that hold
no date, only for the sake of a later one.

``TopicChain`` puts that work off. A sentence holding no date is kept aside; its topic is worked out
when a later sentence asks for it (one naming no company of its own), and never when a sentence naming
its own actor comes first, which leaves a topic of its own whatever came before. Asked, the chain reads
the kept sentences from the last one naming its own actor, in order, as it would have read them one
by one, so the topics are the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from lib.extract.attribution import Attributor
from lib.extract.attribution_cues import cue_alternation
from lib.extract.attribution_pairs import Named
from lib.extract.company_in_focus import context_company
from lib.extract.focus_continuations import takes_up_the_company
from lib.extract.gazetteer import EntityMatch
from lib.extract.model_codes import opens_with_a_model_code
from lib.extract.own_subjects import opens_without_subject
from lib.extract.results_headings import is_a_results_heading
from lib.parse.script import to_simplified
from lib.rules import builtin_rules


class Sentence(Protocol):
    """A sentence as the events step reads it (``lib.extract.events.SentenceSpan``): its start in the article
    and its text."""

    start: int
    text: str


# A colon closes a full sentence too: the lead-in "小红书发布的报告给了我们启发：" is about its company.
SENTENCE_CLOSE = re.compile(r"[。！？!?；;:：.…][”」』\"')）]*\s*$")


# How far apart, start to start, two names told together may be.
_TOGETHER = 50
# The words that join them: the coordinator rows of lib/rules/clause_cues.csv ("and", "&", "，", 、, 和, 与, 以及), by
# which the Attributor pairs a clause's dates with its companies too; traditional text (與) is read simplified.
_COORDINATOR = cue_alternation(cue for kind, cue in builtin_rules().clause_cues if kind == "coordinator")


@dataclass(frozen=True)
class Topic:
    """What a sentence leaves the next: its companies (named, else referred to), its text, and what "it"
    or 其 stands for: a company, or the sentence and the companies it names, whose subject is found only
    when a pronoun asks for it."""

    companies: list[str]
    text: str
    subject: str | tuple[str, list[tuple[int, str]]]


NO_TOPIC = Topic([], "", "")


@dataclass(frozen=True)
class Actors:
    """A sentence's mentions less the names that only qualify its actor, and the companies left."""

    mentions: list[EntityMatch]
    named: list[str]
    only_venues: bool


@dataclass(frozen=True)
class ArticleFocus:
    """What a sentence referring to a company may stand for besides the sentence before: the article's
    main company, the company its figures are about, and the main company when mentioned more often than any other
    (``lib.extract.company_in_focus``)."""

    main: str
    focused: str
    leading: str = ""


def actors_of(sentence: Sentence, mentions: list[EntityMatch], dates: Sequence[tuple[int, int]],
              attributor: Attributor | None) -> Actors:
    """The mentions of ``sentence`` that may act, given its date spans (``dates``, offsets in the sentence)."""
    # The company mentions as offsets in the sentence, made once for both questions below.
    companies = named_in(sentence, mentions) if mentions and attributor is not None else []
    only_venues = bool(mentions) and attributor is not None and attributor.names_only_venues(sentence.text, companies)
    if only_venues:
        # Only a venue is named ("the firm raised $4.4 billion in an IPO on the NYSE"): the firm
        # that lists or files is referred to, as in a sentence naming no company.
        mentions = [m for m in mentions if not m.company]
    elif mentions and attributor is not None and attributor.names_no_actor(sentence.text, companies, dates):
        # "The Tencent-backed company", "the app topped the App Store", "beat the LSEG consensus": the names
        # only qualify what the sentence refers to, which is the actor.
        mentions = [m for m in mentions if not m.company]
    elif mentions and attributor is not None and attributor.names_only_channels(sentence.text, companies):
        # "作家今日在臉書粉專直言": the platform a post went out on is no actor; the poster is, named as no company.
        mentions = [m for m in mentions if not m.company]
    named = list(dict.fromkeys(m.company for m in mentions if m.company)) if mentions else []
    return Actors(mentions, named, only_venues)


def context_of(sentence: Sentence, actors: Actors, dates: Sequence[tuple[int, int]], before: Topic,
               opening: bool, reported: bool, focus: ArticleFocus, attributor: Attributor | None,
               compared: bool = False) -> list[str]:
    """The company ``sentence`` refers to without naming it, given the topic ``before`` it; [] for none.

    ``opening``: no full sentence was read before it; ``reported``: its date names the period a results
    report is about; ``compared``: one of its dates is what a figure is set against ("from 111.3 million in
    Q2 2018").
    """
    mentions, main = actors.mentions, focus.main
    # Whether a sentence refers to a company matters only for a date or for the next sentence.
    if actors.named or attributor is None or not (dates or before.companies or opening):
        return []
    if dates and is_a_results_heading(sentence.text):
        # A results release's heading ("2019 Second Quarter Highlights", 二零二一年第三季业绩摘要) is a label,
        # about no one.
        return []
    context: list[str] = []
    text = sentence.text
    if (opening and dates and not mentions and SENTENCE_CLOSE.search(text)
            and attributor.continues_topic(text) and opens_without_subject(text)):
        # A Chinese article may open with its subject dropped ("3月，连跑三地签下投资。"):
        # the subject is what the whole article is about. A headline or byline (no
        # closing punctuation) is no such sentence.
        context = [main] if main else []
    elif (attributor.refers_to_a_company(text, dates)
          or (_may_continue_topic(mentions, before)
              and (attributor.continues_topic(text)
                   or attributor.takes_up_the_sentence_before(text, dates)
                   or opens_with_a_model_code(text)))):
        if before.subject and attributor.refers_by_pronoun(text):
            context = [before.subject if isinstance(before.subject, str) else attributor.subject(*before.subject)]
        else:
            context = context_company(before.companies, main)
    elif reported and not mentions and not attributor.names_its_own_subject(text):
        # "Vehicle deliveries for the quarter were 23,520", "本季度收入549亿元": a figure told by the
        # period a results report is about goes on with the report, whose company it is.
        context = context_company(before.companies, main)
    elif focus.focused and not mentions and attributor.tells_a_figure(
            text, compared and focus.focused in before.companies):
        # "This year's tally was 33% higher than last year's": a figure of the report or sales event
        # an article is about, told without a name, is its company's; never in an article about several. So is
        # an amount set against a period going on from a sentence about that company ("Total orders rose 33% to
        # 147.8 million from 111.3 million in Q2 2018"), not from a market's ("That number was up 10% from March").
        context = [focus.focused]
    elif (dates and (taken := _taken_up(before, focus, attributor)) and _may_continue_topic(mentions, before)
          and takes_up_the_company(text, dates, attributor)):
        # "Microsoft asked its engineers in China to relocate. The decision gave them until June 7 to choose.":
        # English takes up by a definite noun what it told of the company an article is about (a Chinese
        # sentence that may go on continues the topic above).
        context = taken
    if actors.only_venues and not context:
        # Someone lists or files on the venue: the company the story is about.
        context = context_company(before.companies, main)
    return context


def topic_after(sentence: Sentence, actors: Actors, context: list[str], attributor: Attributor | None) -> Topic:
    """The topic ``sentence`` leaves the next, given its actors and the company it refers to."""
    if actors.named and attributor is not None:
        subject = (sentence.text, [(m.start - sentence.start, m.company) for m in actors.mentions if m.company])
    else:
        subject = context[0] if context else ""
    return Topic(actors.named or context, sentence.text, subject)


def _taken_up(before: Topic, focus: ArticleFocus, attributor: Attributor) -> list[str]:
    """The companies a definite noun may take up after ``before``: the article's focused company when the sentence
    before was about it alone, else the one company the sentence before referred to without naming it, else the
    several it told of together ("NetEase and Blizzard have not come to terms. The 15-year deal expires on January 23,
    2023."), else the company the article mentions most, ahead of any other,
    when it was the subject of the sentence before, another firm named there as a party to its news ("Zhipu AI has
    received a 500 million yuan investment from state-owned Huafa Group. This investment follows … a separate
    capital raise earlier this month"); [] for none."""
    if focus.focused and before.companies == [focus.focused]:
        return [focus.focused]
    if isinstance(before.subject, str) and before.subject and before.companies == [before.subject]:
        # The sentence before referred to one company without naming it ("The stocks of Asia's most valuable company,
        # already listed on the NYSE, …"): what the definite noun takes up was told of that company.
        return [before.subject]
    together = told_together(before)
    if together or not focus.leading or isinstance(before.subject, str):
        return together
    return [focus.leading] if attributor.subject(*before.subject) == focus.leading else []


def told_together(before: Topic) -> list[str]:
    """The companies the sentence before named together, each within a few words of the one before it and joined
    to it ("NetEase and Activision Blizzard", "a deal between Blizzard and its former operator, NetEase", "NIO, XPeng
    and Li Auto"): what a definite noun then takes up is theirs. [] when it named none so: names far apart
    ("Huawei's chip … the US Nvidia H20 export ban") are told of apart."""
    if len(before.companies) < 2 or isinstance(before.subject, str):
        return []
    text, named = before.subject
    simplified = to_simplified(text)  # as long as ``text``: the offsets hold
    mentions = sorted(named)
    run = mentions[:1]
    for earlier, later in zip(mentions, mentions[1:], strict=False):
        if later[0] - earlier[0] <= _TOGETHER and _COORDINATOR.search(simplified, earlier[0], later[0]) is not None:
            run.append(later)
            continue
        if len({company for _, company in run}) > 1:
            break
        run = [later]
    companies = list(dict.fromkeys(company for _, company in run))
    return companies if len(companies) > 1 else []


def named_in(sentence: Sentence, mentions: Sequence[EntityMatch]) -> list[Named]:
    """The company mentions of ``sentence``, offsets in the sentence."""
    return [Named(m.start - sentence.start, m.end - sentence.start, m.company) for m in mentions if m.company]


class TopicChain:
    """The topic after the sentences read so far, worked out for the dateless ones only when asked."""

    def __init__(self, focus: ArticleFocus, attributor: Attributor | None) -> None:
        self._focus, self._attributor = focus, attributor
        self._known = NO_TOPIC  # the topic after the last sentence worked out
        # The dateless sentences after it, not worked out yet: each with its mentions and whether it opens.
        self._kept: list[tuple[Sentence, list[EntityMatch], bool]] = []

    def keep(self, sentence: Sentence, mentions: list[EntityMatch], opening: bool) -> None:
        """Put off a sentence holding no date (``opening``: no full sentence was read before it)."""
        self._kept.append((sentence, mentions, opening))

    def set(self, topic: Topic) -> None:
        """The topic after a sentence worked out by the caller; what was kept before it is no longer asked for."""
        self._known = topic
        self._kept = []

    def current(self) -> Topic:
        """The topic after the last sentence given, the kept ones worked out as if read one by one."""
        if not self._kept:
            return self._known
        first, actors = self._last_own_actor()
        topic = self._known
        for sentence, mentions, opening in self._kept[first:]:
            if _is_a_sub_heading(sentence, mentions, opening, topic):
                actors = None
                continue
            if actors is None:
                actors = actors_of(sentence, mentions, (), self._attributor)
            context = context_of(sentence, actors, (), topic, opening, False, self._focus, self._attributor)
            topic = topic_after(sentence, actors, context, self._attributor)
            actors = None
        self.set(topic)
        return topic

    def _last_own_actor(self) -> tuple[int, Actors | None]:
        """Where to start working out the kept sentences: the last naming an actor of its own, whose topic
        owes nothing to those before it, and its actors; else the first, with its actors still unknown."""
        for index in range(len(self._kept) - 1, -1, -1):
            sentence, mentions, _ = self._kept[index]
            if any(m.company for m in mentions):
                actors = actors_of(sentence, mentions, (), self._attributor)
                if actors.named:
                    return index, actors
        return 0, None


def _is_a_sub_heading(sentence: Sentence, mentions: Sequence[EntityMatch], opening: bool, before: Topic) -> bool:
    """Whether a dateless line naming no one, with no closing punctuation, stands between full sentences of the
    body (a sub-heading, "多方美國資本入股", "Domestic Sales Reflect Seasonal Disruption", or a caption): a label of
    what follows, so the story goes on past it with the topic before it, as it would without it. A headline or
    byline opens the article (``opening``) and carries no topic."""
    return (not opening and not mentions and SENTENCE_CLOSE.search(sentence.text) is None
            and SENTENCE_CLOSE.search(before.text) is not None)


def _may_continue_topic(mentions: Sequence[EntityMatch], before: Topic) -> bool:
    """Whether a sentence naming nothing of its own (no company, person, outlet or regulator) follows
    a full sentence about a company: a headline or byline (no closing punctuation) carries no topic."""
    return bool(before.companies) and not mentions and SENTENCE_CLOSE.search(before.text) is not None
