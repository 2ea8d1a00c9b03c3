"""Write a deterministic synthetic news corpus for the scale benchmark.

``write_corpus(root, n, seed)`` writes ``n`` articles of about 4.5 KB (±20%), 60% English and 40%
Chinese, into subfolders of 1,000 files, plus a ``metadata.csv`` (file, title, source, published,
language). Sentences come from news-like templates that name companies, products and people from
the gazetteer (English aliases in English articles, Chinese aliases in Chinese ones), carry dates
in many written forms and event verbs, so the pipeline finds mentions and events as in real news.

Every article is generated from its own ``random.Random`` seeded by (seed, index): the same ``n``
and ``seed`` give byte-identical files, and article ``i`` does not depend on ``n`` (the benchmark
adds "one more article" with ``write_article(root, n, seed)``).
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from lib.rules import load_rules
from lib.text_script import HAN_CHARACTER as _CJK

ARTICLE_BYTES = 4_500
SIZE_SPREAD = (0.8, 1.1)  # target size; the last sentence overshoots by up to a few hundred bytes
FILES_PER_FOLDER = 1_000
EVENT_SHARE = 0.4  # share of sentences that report a dated event; the rest is commentary
OFF_FOCUS_SHARE = 0.1  # share of company, product and person names outside the article's focus
CANONICAL_SHARE = 0.7  # share of names written in their canonical form rather than another alias
METADATA_FIELDS = ("file", "title", "source", "published", "language")
FIRST_DAY, LAST_DAY = date(2022, 1, 1), date(2025, 12, 31)
OUTLETS = {
    "en": ("South China Morning Post", "Reuters", "TechNode", "Pandaily", "KrASIA", "Caixin"),
    "zh": ("36Kr", "Sina Technology", "Jiemian", "LatePost", "Caixin", "Yicai"),
}
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
REGULATORS = ("CAC", "SAMR", "MIIT", "FTC")  # agencies that act (fine, summon), not laws


@dataclass(frozen=True)
class Names:
    """One language's surface forms, grouped by the company they roll up to."""

    companies: dict[str, tuple[str, ...]]  # company -> its aliases, canonical first
    products: dict[str, tuple[str, ...]]  # company -> aliases of its products
    people: dict[str, tuple[str, ...]]  # company -> aliases of its people
    weights: tuple[float, ...]  # how often each company (in ``companies`` order) is an article's focus
    regulators: tuple[str, ...]


@lru_cache(maxsize=1)
def gazetteer_names() -> dict[str, Names]:
    """English and Chinese aliases of the built-in gazetteer, usable verbatim in running text."""
    entries = load_rules().gazetteer
    names = {}
    for language in ("en", "zh"):
        aliases = {e.entity: _aliases(e.aliases, language) for e in entries}
        companies = {e.entity: tuple(aliases[e.entity]) for e in entries if e.kind == "company" and aliases[e.entity]}

        def owned(kind, aliases=aliases, companies=companies):
            grouped: dict[str, list[str]] = {}
            for e in entries:
                if e.kind == kind and e.company in companies:
                    grouped.setdefault(e.company, []).extend(aliases[e.entity])
            return {company: tuple(found) for company, found in grouped.items() if found}

        products, people = owned("product"), owned("person")
        # Firms with many products and people in the gazetteer are the ones the news is about.
        weights = tuple(1.0 + len(products.get(c, ())) + len(people.get(c, ())) for c in companies)
        regulators = tuple(a for e in entries if e.entity in REGULATORS for a in aliases[e.entity])
        names[language] = Names(companies, products, people, weights, regulators)
    return names


def _aliases(aliases: tuple[str, ...], language: str) -> list[str]:
    """Aliases that match without quotes or a list around them, in the article's script; all-digit ones
    left out."""
    plain = [a.lstrip("=") for a in aliases if not a.startswith(('"', "~"))]
    wanted = [a for a in plain if bool(_CJK.search(a)) == (language == "zh")]
    return [a for a in wanted if not a.isdigit()]


# --- dates ----------------------------------------------------------------------------------------

def _date_en(rng: random.Random, published: date) -> str:
    past = published - timedelta(days=rng.randint(1, 700))
    month = MONTHS_EN[past.month - 1]
    forms = (
        f"in {month} {past.year}", f"on {month} {past.day}, {past.year}", f"on {past.day} {month} {past.year}",
        f"on {month} {past.day}", f"in {month}", f"last {month}", "last year", "this year", "earlier this month",
        "last week", "last month", "yesterday", f"in {past.year}", f"in the second half of {past.year}",
        f"in the first quarter of {past.year}", f"in early {past.year}", "late last year",
    )
    return rng.choice(forms)


def _date_zh(rng: random.Random, published: date) -> str:
    past = published - timedelta(days=rng.randint(1, 700))
    forms = (
        f"{past.year}年{past.month}月{past.day}日", f"{past.year}年{past.month}月", f"去年{past.month}月",
        f"今年{min(past.month, published.month)}月", f"{past.month}月{past.day}日", "上个月", "去年年底",
        f"{past.year}年下半年", "昨天", "上周三", f"{past.month}月份", "今年初", f"{past.year}年第一季度",
    )
    return rng.choice(forms)


# --- sentences ------------------------------------------------------------------------------------

EN_EVENTS = (
    "{co} launched {prod}, its new AI assistant, {date}.",
    "{Date}, {pco} released an upgraded version of {prod} with longer context and faster answers.",
    "{co2} sued {co} {date}, accusing it of copying features of {prod}.",
    "{co} invested ${amount} million in {co2} {date}, according to people familiar with the matter.",
    "{co} hired a former {co2} executive {date} to lead its large-model team.",
    "{person}, who oversees strategy at {person_co}, said {date} that the company would double its spending "
    "on computing power.",
    "{co} and {co2} announced a partnership {date} to bring {prod} to more than {amount} million users.",
    "The {reg} fined {co} {date} for collecting personal data without consent.",
    "Shares of {co} rose {pct}% {date} after quarterly revenue beat expectations.",
    "{co} reorganised its cloud unit {date} and laid off about {pct}% of the team.",
    "{Date}, {co} raised ${amount} million in a funding round led by {co2}.",
    "{co} apologised {date} after users complained that {prod} produced misleading answers.",
)
EN_FILLER = (
    "Analysts said competition among Chinese chatbots has intensified as prices fall.",
    "{co} did not respond to a request for comment.",
    "Users on social media were divided over the change, with some praising the speed of the new model.",
    "The market for generative AI tools in China is expected to keep growing quickly.",
    "Rivals including {co} and {co2} are racing to turn their models into paying products.",
    "{person} has repeatedly said that applications, not models, will decide the winners.",
    "Developers said the new pricing makes it cheaper to build agents on top of {prod}.",
    "Investors are watching whether the company can turn its huge user base into revenue.",
    "Industry insiders expect more consolidation among smaller model makers.",
)
EN_TITLES = (
    "{co} bets on {prod} as the AI race heats up",
    "{co2} takes {co} to court over {prod}",
    "{co} and {co2} team up on AI",
    "Inside {pco}'s push to make {prod} a hit",
    "{co} shakes up its AI team",
)
ZH_EVENTS = (
    "{date}，{co}正式发布了{prod}，这是该公司在大模型领域的最新布局。",
    "{pco}{date}推出{prod}新版本，用户数已突破{amount}万。",
    "{date}，{co2}起诉{co}侵犯其著作权，案件已由法院受理。",
    "据知情人士透露，{co}{date}完成新一轮融资，估值超过{amount}亿元。",
    "{person}{date}在内部信中表示，{person_co}将继续加大对人工智能的投入。",
    "{co}与{co2}{date}宣布达成战略合作，双方将在云计算和大模型方面展开合作。",
    "{date}，{reg}就数据安全问题约谈了{co}，并处以罚款。",
    "{co}{date}发布财报，营收同比增长{pct}%。",
    "{date}，{co}宣布组建新的大模型团队，由前{co2}高管负责。",
    "{co}{date}上线了{prod}的海外版本。",
)
ZH_FILLER = (
    "业内人士认为，大模型行业的竞争正在进入下半场。",
    "{co}方面对此未予置评。",
    "有分析师指出，价格战让中小模型公司的日子越来越难过。",
    "不少用户在社交媒体上表示，新版本的回答速度明显提升。",
    "{co}和{co2}都在加快把模型能力变成可以收费的产品。",
    "{person}此前多次公开表示，应用而不是模型才是决定胜负的关键。",
    "开发者表示，更低的调用价格让基于{prod}开发智能体变得更便宜。",
    "投资人更关心的是，庞大的用户规模能否转化为真正的收入。",
)
ZH_TITLES = ("{co}发布{prod}，加码大模型竞赛", "{co2}起诉{co}", "{co}与{co2}达成合作",
             "{pco}押注{prod}", "{co}调整大模型团队")


def _focus(rng: random.Random, names: Names) -> list[str]:
    """The two to four companies an article is about, big firms more often."""
    companies = list(names.companies)
    focus: list[str] = []
    while len(focus) < rng.randint(2, 4):
        company = rng.choices(companies, weights=names.weights)[0]
        if company not in focus:
            focus.append(company)
    return focus


def _company(rng: random.Random, names: Names, focus: list[str]) -> str:
    return rng.choice(focus) if rng.random() >= OFF_FOCUS_SHARE else rng.choice(list(names.companies))


def _alias(rng: random.Random, aliases: tuple[str, ...]) -> str:
    return aliases[0] if rng.random() < CANONICAL_SHARE else rng.choice(aliases)


def _owned(rng: random.Random, names: Names, table: dict[str, tuple[str, ...]], focus: list[str]) -> tuple[str, str]:
    """An alias of a product or person, preferably of a focus company, and that company's alias."""
    candidates = [c for c in focus if c in table] if rng.random() >= OFF_FOCUS_SHARE else []
    company = rng.choice(candidates or list(table))
    return rng.choice(table[company]), _alias(rng, names.companies[company])


def _slots(rng: random.Random, names: Names, language: str, published: date, focus: list[str]) -> dict[str, str]:
    first = _company(rng, names, focus)
    second = _company(rng, names, [c for c in focus if c != first] or focus)
    if second == first:
        second = rng.choice([c for c in names.companies if c != first])
    prod, pco = _owned(rng, names, names.products, focus)
    person, person_co = _owned(rng, names, names.people, focus)
    when = _date_en(rng, published) if language == "en" else _date_zh(rng, published)
    return {"co": _alias(rng, names.companies[first]), "co2": _alias(rng, names.companies[second]),
            "prod": prod, "pco": pco, "person": person, "person_co": person_co, "date": when,
            "Date": when[:1].upper() + when[1:], "reg": rng.choice(names.regulators),
            "amount": str(rng.randint(2, 900)), "pct": str(rng.randint(2, 40))}


def _sentence(rng: random.Random, names: Names, language: str, published: date, focus: list[str]) -> str:
    events, filler = (EN_EVENTS, EN_FILLER) if language == "en" else (ZH_EVENTS, ZH_FILLER)
    template = rng.choice(events if rng.random() < EVENT_SHARE else filler)
    return template.format(**_slots(rng, names, language, published, focus))


def article(index: int, seed: int = 0) -> tuple[str, dict[str, str]]:
    """The text of article ``index`` and its metadata row (without ``file``)."""
    rng = random.Random(seed * 1_000_003 + index)
    language = "zh" if index % 5 in (1, 3) else "en"  # exactly 40% Chinese in every run of five
    names = gazetteer_names()[language]
    published = FIRST_DAY + timedelta(days=rng.randint(0, (LAST_DAY - FIRST_DAY).days))
    focus = _focus(rng, names)
    titles = EN_TITLES if language == "en" else ZH_TITLES
    title = rng.choice(titles).format(**_slots(rng, names, language, published, focus))
    joiner = " " if language == "en" else ""
    target = ARTICLE_BYTES * rng.uniform(*SIZE_SPREAD)
    lines, size = [title], len(title.encode("utf-8")) + 1
    while size < target:
        paragraph = joiner.join(_sentence(rng, names, language, published, focus) for _ in range(rng.randint(2, 4)))
        lines.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 1
    row = {"title": title, "source": rng.choice(OUTLETS[language]),
           "published": published.isoformat(), "language": language}
    return "\n".join(lines) + "\n", row


def article_path(index: int) -> str:
    return f"part_{index // FILES_PER_FOLDER:03d}/article_{index:06d}.txt"


def write_article(root: str | Path, index: int, seed: int = 0) -> str:
    """Write article ``index`` and append its metadata row; returns its relative path."""
    root = Path(root)
    text, row = article(index, seed)
    rel_path = article_path(index)
    (root / rel_path).parent.mkdir(parents=True, exist_ok=True)
    (root / rel_path).write_bytes(text.encode("utf-8"))
    with (root / "metadata.csv").open("a", encoding="utf-8", newline="") as handle:
        handle.write(_csv_rows([{"file": rel_path, **row}], header=False))
    return rel_path


def write_corpus(root: str | Path, n: int, seed: int = 0) -> Path:
    """Write ``n`` articles and ``metadata.csv`` under ``root``; same n and seed, same bytes."""
    root = Path(root)
    rows = []
    for index in range(n):
        text, row = article(index, seed)
        rel_path = article_path(index)
        if index % FILES_PER_FOLDER == 0:
            (root / rel_path).parent.mkdir(parents=True, exist_ok=True)
        (root / rel_path).write_bytes(text.encode("utf-8"))
        rows.append({"file": rel_path, **row})
    (root / "metadata.csv").write_bytes(_csv_rows(rows, header=True).encode("utf-8"))
    return root


def _csv_rows(rows: list[dict[str, str]], header: bool) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=METADATA_FIELDS, lineterminator="\n")
    if header:
        writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()
