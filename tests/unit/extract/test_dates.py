"""Date expressions in English and Chinese sentences resolve to the periods their words state."""

from __future__ import annotations

from datetime import date

import pytest

from lib.extract.dates import DateMatch, find_dates
from lib.extract.dates_cue_patterns import cue_patterns
from lib.periods import Period, parse_iso_period
from lib.rules import load_rules

FUTURE_CUES = cue_patterns(load_rules().future_cues)


def _found(sentence: str, published_iso: str | None, cues=FUTURE_CUES, **kwargs) -> list[tuple]:
    published = parse_iso_period(published_iso) if published_iso else None
    return [
        (match.text, match.period.start.isoformat(), match.period.precision)
        for match in find_dates(sentence, published, cues, **kwargs)
    ]


SEED_ROWS = [
    # 000, published 2023-05
    (
        "According to a May 6 report by 36Kr, Xiaohongshu, a Chinese lifestyle sharing platform, has "
        "assembled a dedicated team for large model development since March.",
        "2023-05",
        [("May 6", "2023-05-06", "day"), ("March", "2023-03-01", "month")],
    ),
    (
        "He previously served as the head of Xiaohongshu’s intelligent multimedia algorithm team for a year.",
        "2023-05",
        [],
    ),
    (
        "In April 2023, the company launched an AI creation app called “Trik,” which centers around "
        "AI-powered painting.",
        "2023-05",
        [("April 2023", "2023-04-01", "month")],
    ),
    (
        "Xiaohongshu has a compelling reason to invest in large models, with a diverse and rich community "
        "containing hundreds of millions of pictures.",
        "2023-05",
        [],
    ),
    # 001, published 2023-05
    ("🚀 $100M in #USDE# Rewards Up for Grabs!", "2023-05", []),
    ("🔥 Hold #USDE# and Enjoy up to 29% APR, Settled Daily with No Staking Required!", "2023-05", []),
    ("💰 Exclusive Bonus for New Users: 100,000,000 #PEPE# !", "2023-05", []),
    ("👉 Join Now: https://www.gate.io/campaigns/190-usde-100-m", "2023-05", []),
    (
        "⏰ Event Duration: Dec 03, 02:00 - Dec 23, 00:00 (UTC)",
        "2023-05",
        [("Dec 03", "2022-12-03", "day"), ("Dec 23", "2022-12-23", "day")],
    ),
    (
        "Up to now, at least more than 30 AI large-scale models have appeared in China, and the large-scale "
        "model competition has officially started.",
        "2023-05",
        [],
    ),
    (
        "At the Xiaohongshu WILL Business Conference held in February this year, Xiaohongshu COO Conan said "
        "in an interview with the media that the content form will change.",
        "2023-05",
        [("February this year", "2023-02-01", "month")],
    ),
    (
        "Leading Internet companies such as Ali, Baidu, Tencent, 360, and ByteDance continue to surface.",
        "2023-05",
        [],
    ),
    (
        "In the context of stricter regulation, Xiaohongshu, which has 260 million monthly active users, "
        "wants to participate in the large-scale model layout.",
        "2023-05",
        [],
    ),
    (
        "Lu Shihan, a technology Internet blogger with nearly 3.278 million followers, once talked about it.",
        "2023-05",
        [],
    ),
    (
        "In addition to layout technology, in March this year, Xiaohongshu upgraded the live broadcast "
        "business from a secondary department under the Community Department to a new independent department.",
        "2023-05",
        [("March this year", "2023-03-01", "month")],
    ),
    (
        "However, with the arrival of this turning point, Xiaohongshu spent 9 years swinging between the "
        "contradictory state of \"community atmosphere or commercialization\".",
        "2023-05",
        [],
    ),
    (
        "This also indirectly caused the valuation of Xiaohongshu in the private equity market to drop by "
        "nearly half, from US$20 billion in 2021 to US$10 billion to US$16 billion in 2022.",
        "2023-05",
        [("2021", "2021-01-01", "year"), ("2022", "2022-01-01", "year")],
    ),
    # 002, published 2025-01-16
    ("01/16 2025 563", "2025-01-16", [("01/16 2025", "2025-01-16", "day")]),
    (
        'January 19th is the final effective date of the US TikTok "sell or ban" order.',
        "2025-01-16",
        [("January 19th", "2025-01-19", "day")],
    ),
    (
        "Last week, there was still no sign of a turnaround in TikTok's arguments before the US Supreme Court.",
        "2025-01-16",
        [("Last week", "2025-01-06", "week")],
    ),
    (
        "The Wall Street Journal revealed that over the past few days, a large number of video clips have "
        "appeared on TikTok.",
        "2025-01-16",
        [],
    ),
    (
        "Xiaohongshu also underwent product revisions last year, such as revising the video playback interface.",
        "2025-01-16",
        [("last year", "2024-01-01", "year")],
    ),
    (
        "TikTok has 170 million users in the US and has developed a mature business model and marketing system.",
        "2025-01-16",
        [],
    ),
    (
        "Xiaohongshu officially reports a monthly active user base of 300 million, while according to Sensor "
        "Tower data, Xiaohongshu had about 1.3 million mobile users in the US in December last year.",
        "2025-01-16",
        [("December last year", "2024-12-01", "month")],
    ),
    (
        "Over the past two years, large models have been a battle that internet companies cannot afford to lose.",
        "2025-01-16",
        [],
    ),
    (
        'Its most well-known product to date is the independent lifestyle search product "DianDian", '
        "launched in 2024.",
        "2025-01-16",
        [("2024", "2024-01-01", "year")],
    ),
    (
        'It will prompt that "the number of question characters is limited to below 500 words".',
        "2025-01-16",
        [],
    ),
    (
        "Last July, at the World Artificial Intelligence Conference, Wang Xiaobo, Xiaohongshu's Vice President "
        "of Technology, shared Xiaohongshu's exploration in the field of large models.",
        "2025-01-16",
        [("Last July", "2024-07-01", "month")],
    ),
    (
        'In 2023, Xiaohongshu developed its own large model base "Xiaodigua", AI painting product "Trik", and '
        'AI conversation product "Davinic" (Da Vinci).',
        "2025-01-16",
        [("2023", "2023-01-01", "year")],
    ),
    (
        "Unfortunately, both AI application products disappeared in 2024, with Trik being taken down due to "
        "copyright issues.",
        "2025-01-16",
        [("2024", "2024-01-01", "year")],
    ),
    (
        "At the end of 2024, Xiaohongshu welcomed its new Chief Strategy Officer, Dai Lidan.",
        "2025-01-16",
        [("the end of 2024", "2024-10-01", "quarter")],
    ),
    (
        "Relying on the support of its parent company Meta, Instagram will enhance more AI capabilities by 2025.",
        "2025-01-16",
        [("2025", "2025-01-01", "year")],
    ),
    (
        "During Meta's third-quarter earnings call in 2024, Zuckerberg also mentioned that a new content "
        "category would be added in the future.",
        "2025-01-16",
        [("third-quarter earnings call in 2024", "2024-07-01", "quarter")],
    ),
    (
        "Adam Mosseri, head of Instagram, demonstrated the AI features to be launched in 2025.",
        "2025-01-16",
        [("2025", "2025-01-01", "year")],
    ),
    (
        "The AI capabilities behind all of this on Instagram come from Meta's Movie Gen AI model, a video AI "
        "project that Meta announced last year.",
        "2025-01-16",
        [("last year", "2024-01-01", "year")],
    ),
    # 003, published 2023-08
    (
        'In the past month, the topic of "Xiaohongshu stealing user works to train its own AI model" has been '
        "continuously fermenting.",
        "2023-08",
        [],
    ),
    (
        'The incident was triggered by a freelance artist named "Xueyu" who accused Xiaohongshu officials on '
        "July 30 of taking works without the knowledge of the users to train AI.",
        "2023-08",
        [("July 30", "2023-07-30", "day")],
    ),
    (
        "According to 36Kr, Xiaohongshu has been preparing an independent big model team since March.",
        "2023-08",
        [("March", "2023-03-01", "month")],
    ),
    (
        'In April of this year, Xiaohongshu quietly launched an AI drawing application called "Trik." In July, '
        'Xiaohongshu launched graffiti and the "Now" function.',
        "2023-08",
        [("April of this year", "2023-04-01", "month"), ("July", "2023-07-01", "month")],
    ),
    (
        "In January of this year, foreign artists collectively sued Stability AI, DeviantArt, and Midjourney.",
        "2023-08",
        [("January of this year", "2023-01-01", "month")],
    ),
    (
        'Xiaohongshu\'s behavior is clearly inconsistent with the "Interim Measures for the Administration of '
        'Generative Artificial Intelligence Services" that officially took effect on August 15.',
        "2023-08",
        [("August 15", "2023-08-15", "day")],
    ),
    (
        'According to the "Measures," Article 4 of Chapter 1 states, "Respect intellectual property rights."',
        "2023-08",
        [],
    ),
    (
        "In fact, the public opinion storm surrounding Miaoya Camera from the outbreak to the official apology "
        "took almost only 1 day.",
        "2023-08",
        [],
    ),
    (
        "Although it is also a startup company, it has 200 million monthly active users and a valuation of "
        "over 20 billion US dollars, making it a super unicorn.",
        "2023-08",
        [],
    ),
    (
        "Since August 1st, users have protested Xiaohongshu's use of artists' works to train AI.",
        "2023-08",
        [("August 1st", "2023-08-01", "day")],
    ),
    (
        "Compared to the major uproar caused by global artists boycotting AI painting events at the end of last "
        "year, the current user resistance on Xiaohongshu has not had a significant impact.",
        "2023-08",
        [("the end of last year", "2022-10-01", "quarter")],
    ),
    # 004, published 2024-02
    (
        "Liang Rubo, who took over as CEO from co-founder Zhang Yiming in 2021, set three goals for ByteDance "
        "in relation to GenAI this quarter:",
        "2024-02",
        [("2021", "2021-01-01", "year"), ("this quarter", "2024-01-01", "quarter")],
    ),
    (
        "ByteDance’s website lists more than 300 job openings related to GenAI, including more than 100 related "
        "to large language models (LLM).",
        "2024-02",
        [],
    ),
    (
        "The company recently hired Jiang Lu, who was a key contributor to Google’s VideoPoet, an LLM designed "
        "for video generation and unveiled late last year.",
        "2024-02",
        [("late last year", "2023-10-01", "quarter")],
    ),
    (
        "ByteDance is “secretly” working on several artificial intelligence products, Chinese media outlet "
        "Jiemian reported Wednesday.",
        "2024-02",
        [],
    ),
    (
        "The company launched its chatbots Doubao and Cici AI in the second half of last year, after rivals "
        "Baidu and Alibaba Group Holding had already launched their services in March and April.",
        "2024-02",
        [
            ("the second half of last year", "2023-07-01", "half"),
            ("March", "2023-03-01", "month"),
            ("April", "2023-04-01", "month"),
        ],
    ),
    (
        "After OpenAI launched the Sora video generator in mid-February, ByteDance said its in-house video "
        "motion control tool Boximator is still in its infancy.",
        "2024-02",
        [("mid-February", "2024-02-01", "month")],
    ),
    (
        "Founder Zhang has devoted most of his energy to AI in the past year, Jiemian reported.",
        "2024-02",
        [],
    ),
    (
        "In early February, executive Kelly Zhang stepped down from her role as CEO of Douyin to devote more "
        "time to CapCut.",
        "2024-02",
        [("early February", "2024-02-01", "month")],
    ),
    (
        "A sense of urgency pervaded the company after CEO Liang chided employees in January for being too slow "
        "to react to the emergence of new technologies.",
        "2024-02",
        [("January", "2024-01-01", "month")],
    ),
    (
        "He said ByteDance employees did not talk about ChatGPT, which was released in November 2022, until "
        "the following year.",
        "2024-02",
        [("November 2022", "2022-11-01", "month"), ("the following year", "2023-01-01", "year")],
    ),
    (
        "Apple CEO Tim Cook said Wednesday that the U.S. giant will release its plans by the end of the year "
        "on how it will use GenAI.",
        "2024-02",
        [("the end of the year", "2024-10-01", "quarter")],
    ),
]

ENGLISH_ROWS = [
    ("It was published on May 6, 2023.", "2024-02", [("May 6, 2023", "2023-05-06", "day")]),
    ("The filing is dated 2023-05-06.", None, [("2023-05-06", "2023-05-06", "day")]),
    ("Revised on 5/7/2023 and again on 6 May 2024.", "2024-02",
     [("5/7/2023", "2023-05-07", "day"), ("6 May 2024", "2024-05-06", "day")]),
    ("Jan. 5, 2024 marked the launch.", "2024-02", [("Jan. 5, 2024", "2024-01-05", "day")]),
    ("Users may leave the platform, and they march on Washington.", "2024-02", []),
    ("The May Fourth Movement shaped modern China.", "2024-02", []),
    ("March on Washington drew thousands.", "2024-02", []),
    ("Since May, users have complained.", "2024-02", [("May", "2023-05-01", "month")]),
    ("The platform has 2,024 users and US$2023 in cash; 2023 users joined.", "2024-02", []),
    ("ByteDance was valued at $2024 billion, and around 2020 people came.", "2024-02", []),
    ("He joined in the 1990s and left in the 2010s.", "2024-02", []),
    ("Revenue in Q3 2024 and H2 2023 beat estimates.", "2024-02",
     [("Q3 2024", "2024-07-01", "quarter"), ("H2 2023", "2023-07-01", "half")]),
    ("The first half of 2024 looks weak.", "2024-02", [("The first half of 2024", "2024-01-01", "half")]),
    ("The third quarter of 2024 was strong.", "2024-02", [("The third quarter of 2024", "2024-07-01", "quarter")]),
    ("Growth slowed in mid-2023 and in early 2024.", "2024-02",
     [("mid-2023", "2023-01-01", "year"), ("early 2024", "2024-01-01", "quarter")]),
    ("Last month, ByteDance rolled out Doubao.", "2024-02", [("Last month", "2024-01-01", "month")]),
    ("Last month, ByteDance rolled out Doubao.", "2024", []),
    ("Last week the app was updated.", "2024-02", []),
    ("Alibaba said yesterday it would spin off its cloud unit.", "2025-01-16", [("yesterday", "2025-01-15", "day")]),
    ("TikTok went dark on Sunday, and last Friday the court ruled.", "2025-01-16",
     [("Sunday", "2025-01-12", "day"), ("last Friday", "2025-01-10", "day")]),
    ("Tim Cook said Wednesday that Apple is ready.", "2024-02-29", [("Wednesday", "2024-02-28", "day")]),
    ("Sales rose in the fourth quarter of last year.", "2024-02",
     [("the fourth quarter of last year", "2023-10-01", "quarter")]),
    # A relative year right after a quarter or half needs no "of", as after a month ("March last year"): one period,
    # not the part and the year apart (http://www.szdaily.com, 2024-06-20: "in the first quarter this year, up … from
    # 8% in the same period a year earlier"), as 去年四季度 and 今年上半年 are.
    ("Sales rose in the fourth quarter last year.", "2024-02",
     [("the fourth quarter last year", "2023-10-01", "quarter")]),
    ("Its share rose to 17% in the first quarter this year, up from 8% in the same period a year earlier.",
     "2024-06-20", [("the first quarter this year", "2024-01-01", "quarter"),
                    ("the same period a year earlier", "2023-01-01", "quarter")]),
    ("Sales will recover in the second half next year.", "2024-02",
     [("the second half next year", "2025-07-01", "half")]),
    ("Sales fell in the first half this year.", "2024-08", [("the first half this year", "2024-01-01", "half")]),
    ("The launch came in the third quarter.", "2024-02", [("the third quarter", "2023-07-01", "quarter")]),
    ("ChatGPT was released in November 2022.", None, [("November 2022", "2022-11-01", "month")]),
    ("Doubao launched in August, followed by Cici in September and October.", "2024-02",
     [("August", "2023-08-01", "month"), ("September", "2023-09-01", "month"),
      ("October", "2023-10-01", "month")]),
    ("From 2021 to 2023, revenue tripled.", "2024-02",
     [("2021", "2021-01-01", "year"), ("2023", "2023-01-01", "year")]),
    ("Next year the company plans to list.", "2024-02", [("Next year", "2025-01-01", "year")]),
    ("Apple's year-end review matters.", "2024-02", [("year-end", "2024-10-01", "quarter")]),
    ("It started on March 3rd and ended on the 15th of April.", "2023-05",
     [("March 3rd", "2023-03-03", "day"), ("the 15th of April", "2023-04-15", "day")]),
    ("The rules take effect next July.", "2024-07-15", [("next July", "2025-07-01", "month")]),
    ("Meta reported strong results last July.", "2024-07-15", [("last July", "2023-07-01", "month")]),
    ("Meta reported strong results last July.", "2024", []),
    ("The draft was issued on April 11, 2023, and comments are due by May 10.", "2023-04",
     [("April 11, 2023", "2023-04-11", "day"), ("May 10", "2023-05-10", "day")]),
    ("The app had 2023 downloads by the end of March.", "2024-02", [("the end of March", "2023-03-01", "month")]),
    ("2023 saw users flock to Xiaohongshu.", "2024-02", [("2023", "2023-01-01", "year")]),
]

CHINESE_ROWS = [
    ("小红书于2023年5月6日发布公告。", "2023-05", [("2023年5月6日", "2023-05-06", "day")]),
    ("2023年4月，小红书上线Trik。", "2023-05", [("2023年4月", "2023-04-01", "month")]),
    ("2024年，字节跳动加大AI投入。", "2024-02", [("2024年", "2024-01-01", "year")]),
    ("字节跳动去年7月推出豆包。", "2024-02", [("去年7月", "2023-07-01", "month")]),
    ("今年3月，百度发布新模型。", "2024-02", [("今年3月", "2024-03-01", "month")]),
    ("去年，小红书月活达到3亿。", "2024-02", [("去年", "2023-01-01", "year")]),
    ("今年，抖音电商继续增长。", "2024-02", [("今年", "2024-01-01", "year")]),
    ("明年，公司计划上市。", "2024-02", [("明年", "2025-01-01", "year")]),
    ("去年年底，抖音电商GMV突破2万亿元。", "2024-02", [("去年年底", "2023-10-01", "quarter")]),
    ("去年四季度，销量增长。", "2024-02", [("去年四季度", "2023-10-01", "quarter")]),
    ("今年一季度份额升至17%，去年同期为8%。", "2024-06-20",
     [("今年一季度", "2024-01-01", "quarter"), ("去年同期", "2023-01-01", "quarter")]),
    ("明年下半年，销量将回升。", "2024-02", [("明年下半年", "2025-07-01", "half")]),
    ("上个月，阿里巴巴发布通义千问2.0。", "2024-02", [("上个月", "2024-01-01", "month")]),
    ("本季度，腾讯重点投入混元大模型。", "2024-02", [("本季度", "2024-01-01", "quarter")]),
    ("1月19日，TikTok禁令将正式生效。", "2025-01-16", [("1月19日", "2025-01-19", "day")]),
    # Three days after publication, nothing telling it as past: the coming one (the press writes 去年 else);
    # 了 tells it as past, so it is last year's.
    ("1月19日，TikTok发布声明。", "2025-01-16", [("1月19日", "2025-01-19", "day")]),
    ("1月19日，TikTok发布了声明。", "2025-01-16", [("1月19日", "2024-01-19", "day")]),
    ("《生成式人工智能服务管理暂行办法》于8月15日起施行。", "2023-08", [("8月15日", "2023-08-15", "day")]),
    ("3月，小红书成立大模型团队。", "2023-05", [("3月", "2023-03-01", "month")]),
    ("2024年下半年，快手可灵上线。", "2024-02", [("2024年下半年", "2024-07-01", "half")]),
    ("2023年第三季度，拼多多营收688亿元。", "2023-12", [("2023年第三季度", "2023-07-01", "quarter")]),
    ("2023年中国AI市场规模达到2000亿元。", "2024-02", [("2023年", "2023-01-01", "year")]),
    ("2024年初，OpenAI发布Sora。", "2024-02", [("2024年初", "2024-01-01", "quarter")]),
    ("2024年底，小红书迎来新的首席战略官。", "2025-01-16", [("2024年底", "2024-10-01", "quarter")]),
    ("上周三，小红书下载量登顶。", "2025-01-16", [("上周三", "2025-01-08", "day")]),
    ("周一下午，TikTok用户涌入小红书。", "2025-01-16", [("周一", "2025-01-13", "day")]),
    ("周一围出席了活动。", "2025-01-16", []),
    # a market move or its cause right after a bare weekday: a reporter's date, no given name
    ("台积电ADR周四收盘回吐0.8%，但周四随美股科技股整体拉回。", "2026-01-30",
     [("周四", "2026-01-29", "day"), ("周四", "2026-01-29", "day")]),
    ("特朗普周一签署行政令，腾讯周三推出新模型。", "2026-01-30",
     [("周一", "2026-01-26", "day"), ("周三", "2026-01-28", "day")]),
    ("阿里巴巴港股周五涨3%，周一跌2%，周二盘中回升。", "2026-01-30",
     [("周五", "2026-01-30", "day"), ("周一", "2026-01-26", "day"), ("周二", "2026-01-27", "day")]),
    # a pronoun subject after a bare weekday: no given name goes on with a pronoun
    ("周一其港股股价随之大跌，截至周一下午3:00，跌幅已超过11.7%。", "2024-01-16",
     [("周一", "2024-01-15", "day"), ("周一", "2024-01-15", "day")]),
    ("周三该公司宣布裁员。", "2024-01-19", [("周三", "2024-01-17", "day")]),
    ("周四这家电商巨头公布了财报。", "2024-01-19", [("周四", "2024-01-18", "day")]),
    ("周五他在发布会上表示，小米汽车下月交付。", "2024-01-19",
     [("周五", "2024-01-19", "day"), ("下月", "2024-02-01", "month")]),
    ("昨天，小红书紧急招聘英语审核员。", "2025-01-16", [("昨天", "2025-01-15", "day")]),
    ("长达2000年的历史影响至今。", "2024-02", []),
    ("小红书拥有2000万用户，营收2023亿元。", "2024-02", []),
    ("二〇二三年十二月三十一日，公司发布年报。", "2024-02", [("二〇二三年十二月三十一日", "2023-12-31", "day")]),
    ("３月份，快手发布了财报。", "2024-02", [("３月份", "2023-03-01", "month")]),
    ("五月天演唱会门票售罄。", "2024-02", []),
    ("今年初，字节跳动启动AI项目。", "2024-02", [("今年初", "2024-01-01", "quarter")]),
    ("2023年Q3，腾讯营收增长。", "2024-02", [("2023年Q3", "2023-07-01", "quarter")]),
    ("2024年5月中旬，字节跳动发布豆包大模型。", "2024-06", [("2024年5月中旬", "2024-05-01", "month")]),
    ("小红书拥有超过3亿月活跃用户，覆盖200多个国家。", "2024-02", []),
    ("今年5月6日，小红书发布公告。", "2024-02", [("今年5月6日", "2024-05-06", "day")]),
    ("2023年上半年，小红书实现盈利。", "2024-02", [("2023年上半年", "2023-01-01", "half")]),
    ("本周一，腾讯发布混元大模型。", "2025-01-16", [("本周一", "2025-01-13", "day")]),
    ("本周一，腾讯发布混元大模型。", "2025-01", []),
]

TABLE = SEED_ROWS + ENGLISH_ROWS + CHINESE_ROWS


def test_table_is_large_enough():
    assert len(TABLE) >= 80
    assert len(CHINESE_ROWS) >= 20


@pytest.mark.parametrize(("sentence", "published_iso", "expected"), TABLE)
def test_dates_in_sentence(sentence, published_iso, expected):
    assert _found(sentence, published_iso) == expected


def _only(sentence: str, published_iso: str | None, **kwargs) -> DateMatch:
    published = parse_iso_period(published_iso) if published_iso else None
    matches = find_dates(sentence, published, FUTURE_CUES, **kwargs)
    assert len(matches) == 1, matches
    return matches[0]


def test_qualifiers_and_relative_flags():
    assert _only("In mid-February it launched.", "2024-02").qualifier == "mid"
    assert _only("In early February it launched.", "2024-02").qualifier == "early"
    assert _only("It was unveiled late last year.", "2024-02").qualifier == "late"
    assert _only("At the end of 2024, he joined.", "2025-01-16").qualifier == "end"
    assert _only("去年年底，抖音电商GMV突破2万亿元。", "2024-02").qualifier == "end"
    assert _only("In April 2023, Trik launched.", "2023-05").relative is False
    assert _only("In April of this year, Trik launched.", "2023-08").relative is True
    assert _only("In April 2023, Trik launched.", "2023-05").qualifier == ""


def test_next_day_chains_from_an_earlier_day_in_the_same_text():
    text = "The artist accused Xiaohongshu on July 30. The next day, the user detailed the evidence."
    assert _found(text, "2023-08") == [("July 30", "2023-07-30", "day"), ("The next day", "2023-07-31", "day")]


def test_next_day_chains_from_the_anchor_across_sentences():
    anchor = Period(date(2023, 7, 30), "day")
    found = _found("The next day, the user detailed the evidence.", "2023-08", anchor=anchor)
    assert found == [("The next day", "2023-07-31", "day")]
    assert _found("次日，该用户公布证据。", "2023-08", anchor=anchor) == [("次日", "2023-07-31", "day")]


def test_next_day_without_an_earlier_day_is_dropped():
    assert _found("The next day, the user detailed the evidence.", "2023-08") == []
    month_anchor = Period(date(2023, 7, 1), "month")
    assert _found("The following day, he resigned.", "2023-08", anchor=month_anchor) == []


def test_earlier_day_in_text_wins_over_anchor():
    anchor = Period(date(2023, 1, 1), "day")
    found = _found("7月30日，画师指控小红书。次日，该用户公布证据。", "2023-08", anchor=anchor)
    assert found == [("7月30日", "2023-07-30", "day"), ("次日", "2023-07-31", "day")]


def test_future_cue_moves_a_year_less_date_ahead():
    sentence = "January 19th is the final effective date of the US TikTok ban."
    assert _found(sentence, "2025-01-16") == [("January 19th", "2025-01-19", "day")]
    assert _found(sentence, "2025-01-16", cues=None) == [("January 19th", "2024-01-19", "day")]


def test_future_cues_are_word_bounded_and_case_insensitive():
    will, soon = cue_patterns(["will"]), cue_patterns(["即将于"])
    assert _found("Meta WILL ship it on August 15.", "2023-09", cues=will) == [("August 15", "2024-08-15", "day")]
    assert _found("Goodwill grew on August 15.", "2023-09", cues=will) == [("August 15", "2023-08-15", "day")]
    assert _found("新规即将于8月15日实施", "2023-09", cues=soon) == [("8月15日", "2024-08-15", "day")]


def test_without_publication_only_absolute_dates_are_returned():
    sentence = "In April 2023 the app launched; in March, last year and on May 6 it grew, and 去年7月 too."
    assert _found(sentence, None) == [("April 2023", "2023-04-01", "month")]


def test_matches_do_not_overlap_and_quote_the_text():
    sentence = "In the second half of last year and December last year, 2023年第三季度 and 2024年5月6日 mattered."
    matches = find_dates(sentence, parse_iso_period("2024-02"), FUTURE_CUES)
    assert [m.text for m in matches] == ["the second half of last year", "December last year", "2023年第三季度",
                                         "2024年5月6日"]
    for match in matches:
        assert sentence[match.start : match.end] == match.text
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:], strict=False))


def test_cue_table_without_its_required_character_holds_no_cue():
    import re

    from lib.extract.dates_candidate_reader import CandidateReader, CueTable, ReaderGroup

    table = CueTable(cased=(("年", "年"),), patterns=(("digit", re.compile(r"[0-9]")),),
                     requires=re.compile(r"[\u4e00-\u9fff0-9]"))
    group = ReaderGroup([CandidateReader([], table)])
    assert group.present("in 2024") == {(0, "digit")}
    assert group.present("2024年") == {(0, "年"), (0, "digit")}
    assert group.present("no date here") == set()
    with pytest.raises(ValueError):
        CueTable(cased=(("month", "May"),), requires=re.compile(r"[0-9]"))


def test_candidate_reader_runs_a_pattern_only_when_its_cues_are_present():
    import re

    from lib.extract.dates_candidate_reader import CandidateReader, CueTable
    from lib.extract.dates_spec import Shift

    table = CueTable(cased=(("week", "week"),))
    reader = CandidateReader([(re.compile(r"next (week|month)"), lambda m, _: Shift(m[1], 1), ("week",))], table)
    assert [(c.start, c.end, c.spec) for c in reader("see you next week")] == [(8, 17, Shift("week", 1))]
    assert reader("see you next month") == []  # "week" is absent, so the pattern never runs
    assert [c.spec for c in reader("next month, then next week")] == [Shift("month", 1), Shift("week", 1)]


# Class (issue 9): Western-style typesetting puts spaces between Chinese and digits ("2025 年 3 月",
# "15 日", "第 3 季度"), and full-width digits stand for ASCII ones; spans never end on a space.
SPACED_ROWS = [
    ("CNN 在 15 日的报道中写道，小红书下载量激增。", "2025-01-17", [("15 日", "2025-01-15", "day")]),
    ("MiniMax 于 1 月 9 日在港交所上市。", "2026-01-20", [("1 月 9 日", "2026-01-09", "day")]),
    ("2025 年 3 月，阿里发布 QwQ。", "2025-04-02", [("2025 年 3 月", "2025-03-01", "month")]),
    ("2024 年 3 月 下旬，腾讯发布混元。", "2025-04-02", [("2024 年 3 月 下旬", "2024-03-01", "month")]),
    ("小米 SU7 将于 3 月 底开启交付。", "2024-02-20", [("3 月 底", "2024-03-01", "month")]),
    ("2025年 第 3 季度，京东营收增长。", "2025-12-02", [("2025年 第 3 季度", "2025-07-01", "quarter")]),
    ("2025 年，腾讯加大投入。", "2025-12-02", [("2025 年", "2025-01-01", "year")]),
    ("MiniMax 计划于 2026 年初上市。", "2025-12-02", [("2026 年初", "2026-01-01", "quarter")]),
    ("去年 7 月，百度发布文心。", "2025-03-10", [("去年 7 月", "2024-07-01", "month")]),
    ("１月９日，MiniMax上市。", "2026-01-20", [("１月９日", "2026-01-09", "day")]),
    ("２０２５年３月５日，阿里发布新模型。", "2025-04-02", [("２０２５年３月５日", "2025-03-05", "day")]),
    ("Zhipu listed on January ８.", "2026-01-20", [("January ８", "2026-01-08", "day")]),
    ("路透社 14 日援引知情人士称，小紅書新用戶超過 70 萬。", "2025-01-17", [("14 日", "2025-01-14", "day")]),
    ("MiniMax 於 1 月 9 日在港交所上市。", "2026-01-20", [("1 月 9 日", "2026-01-09", "day")]),
    ("2025 年 3 月，阿里發布 QwQ。", "2025-04-02", [("2025 年 3 月", "2025-03-01", "month")]),
    ("台積電 2024 年第 4 季營收創新高。", "2025-04-02", [("2024 年第 4 季", "2024-10-01", "quarter")]),
    ("１月９日，MiniMax在港交所掛牌。", "2026-01-20", [("１月９日", "2026-01-09", "day")]),
]


@pytest.mark.parametrize(("sentence", "published_iso", "expected"), SPACED_ROWS)
def test_spaced_and_full_width_chinese_dates(sentence, published_iso, expected):
    from lib.parse.script import to_simplified
    assert _found(to_simplified(sentence), published_iso) == [
        (to_simplified(text), start, precision) for text, start, precision in expected]


# Class (issue 9): ways the press writes a stated period that the readers lacked: two-digit years
# ("July ’23", "3Q24", "1H24", "FY24"), a year run into its half or quarter ("2024上半年",
# "2024Q3"), fiscal years ("2024财年"), Taiwan's calendar ("民國113年"), a day range sharing its 日
# ("3月12-14日"), and a weekday followed by the date it falls on ("Tuesday, Jan. 7").
WRITTEN_FORMS_ROWS = [
    ("Temu launched in the U.S. in September ’22 and Europe in July ’23.", "2024-03-12",
     [("September ’22", "2022-09-01", "month"), ("July ’23", "2023-07-01", "month")]),
    ("Alibaba's 3Q24 revenue rose 5%.", "2025-03-12", [("3Q24", "2024-07-01", "quarter")]),
    ("Tencent's 1H24 profit doubled.", "2025-03-12", [("1H24", "2024-01-01", "half")]),
    ("Baidu's Q3 '24 results beat forecasts.", "2025-03-12", [("Q3 '24", "2024-07-01", "quarter")]),
    ("Meituan expects FY24 sales to grow.", "2025-03-12", [("FY24", "2024-01-01", "year")]),
    ("July 23 was the launch date of Kimi.", "2025-03-12", [("July 23", "2024-07-23", "day")]),
    ("Baidu said on Tuesday, Jan. 7, that Ernie would be free.", "2025-03-12",
     [("Tuesday, Jan. 7", "2025-01-07", "day")]),
    ("Baidu said on Monday, Jan. 7, that Ernie would be free.", "2025-03-12",
     [("Monday", "2025-03-10", "day"), ("Jan. 7", "2025-01-07", "day")]),
    ("阿里巴巴2024上半年营收增长。", "2025-03-12", [("2024上半年", "2024-01-01", "half")]),
    ("腾讯2024Q3营收增长。", "2025-03-12", [("2024Q3", "2024-07-01", "quarter")]),
    ("小米2024财年第三季度营收增长。", "2025-03-12", [("2024财年第三季度", "2024-07-01", "quarter")]),
    ("世界人工智能大会于2024年7月4-6日在上海举行。", "2025-03-12",
     [("2024年7月4", "2024-07-04", "day"), ("6日", "2024-07-06", "day")]),
    ("周二（1月7日），百度宣布文心一言免费。", "2025-03-12", [("周二（1月7日）", "2025-01-07", "day")]),
    ("台積電2024上半年營收增長。", "2025-03-12", [("2024上半年", "2024-01-01", "half")]),
    # The two-digit year before its quarter or half, as brokers' notes write it ("25Q3", "24H2"); not inside a
    # model code or a version number, nor a percentage.
    ("Meituan's 25Q3 operating loss widened.", "2025-12-03", [("25Q3", "2025-07-01", "quarter")]),
    ("Analysts expect 24H2 margins to recover.", "2025-03-12", [("24H2", "2024-07-01", "half")]),
    ("25Q3公司经营亏损为197.6亿元人民币。", "2025-12-03", [("25Q3", "2025-07-01", "quarter")]),
    ("预计25Q3闪购单量增速约为30%。", "2025-12-03", [("25Q3", "2025-07-01", "quarter")]),
    ("白酒行业24H2基金持仓占比下降。", "2025-03-12", [("24H2", "2024-07-01", "half")]),
    ("美團25Q3經調整淨虧損為160.1億元。", "2025-12-03", [("25Q3", "2025-07-01", "quarter")]),
    # The same with the whole year, as results tables and English digests of them write it.
    ("Tencent reported 2025Q3 revenue of 192.9 billion yuan.", "2025-11-20", [("2025Q3", "2025-07-01", "quarter")]),
    ("Xiaomi's 2024H2 smartphone shipments beat forecasts.", "2025-03-18", [("2024H2", "2024-07-01", "half")]),
    ("腾讯2025Q3营收1929亿元。", "2025-11-20", [("2025Q3", "2025-07-01", "quarter")]),
    ("騰訊2025Q3營收1929億元。", "2025-11-20", [("2025Q3", "2025-07-01", "quarter")]),
    ("The A2025Q3 board ships with firmware 2025Q3X.", "2025-11-20", []),
    ("订单号12025Q3已发货。", "2025-11-20", []),
    ("摩通預期小米25H1毛利率回升。", "2025-03-12", [("25H1", "2025-01-01", "half")]),
    ("The A25Q3 chip ships in volumes.", "2025-03-12", []),
    ("新款A25Q3芯片开始量产。", "2025-03-12", []),
    ("固件版本3.25Q1已推送。", "2025-03-12", []),
    ("經濟部民國113年3月5日公告。", "2025-03-12", [("民国113年3月5日", "2024-03-05", "day")]),
    ("世界人工智慧大會於2024年7月4至6日在上海舉行。", "2025-03-12",
     [("2024年7月4", "2024-07-04", "day"), ("6日", "2024-07-06", "day")]),
]


@pytest.mark.parametrize(("sentence", "published_iso", "expected"), WRITTEN_FORMS_ROWS)
def test_written_forms_of_stated_periods(sentence, published_iso, expected):
    from lib.parse.script import to_simplified
    assert _found(to_simplified(sentence), published_iso) == [
        (to_simplified(text), start, precision) for text, start, precision in expected]
