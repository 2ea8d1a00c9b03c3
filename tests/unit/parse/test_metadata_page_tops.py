"""The publication date read from the top of real pages: headline, the page's header lines, first sentence.

Every row is a page top found with the search tool's stored pages (address in the comment above it):
the header lines as the page prints them (a long one cut short), between its headline and its first
body sentence. Headlines and body sentences are shortened; where the stored copy began below the
headline, the headline is a short one written from the article. They are the layouts outlets use,
collected to test the class of header, not single forms: a date line with times, weekdays, outlet
and author names, cue words and separators around its date; "Published" beside "Updated"; wire and
press-release datelines opening the body; and dates at the top that are NOT the publication date
(a photo caption, a report's year, an issue number, related-article dates, a copyright year, an
event in the summary, a year-less date with no year anywhere). None of these pages is in the
real-news evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest

from lib.parse.clean import strip_boilerplate
from lib.parse.metadata import detect_metadata
from lib.rules import builtin_rules

# (headline, header lines, first body sentences, publication date or None)
PAGE_TOPS = [
    # --- English: date lines, bylines, Published/Updated ---
    # https://www.channel4.com/news/377692
    ("How will US TikTok ban actually work?", "24 Apr 2024",
     "President Biden has today approved a law that gives TikTok's Chinese owners a simple choice.",
     date(2024, 4, 24)),
    # https://www.businesslive.co.za/fm/opinion/pattern-recognition/2023-01-19-toby-shapshak-tiktoks-banning-is-now-inevitable/
    ("TOBY SHAPSHAK: TikTok's banning is now inevitable",
     "Opinion / Pattern Recognition\n19 January 2023 - 05:00",
     "TikTok will be banned in the US this year.", date(2023, 1, 19)),
    # https://www.scmp.com/tech/big-tech/article/3163126/tencent-founder-pony-ma-warns-company-replaceable-leaked-speech
    ("Tencent founder Pony Ma warns company is replaceable in leaked speech",
     "Iris Deng\nUpdated: 10:34pm, 12 Jan, 2022",
     "In a speech reported online, the chief executive called Tencent an assistant and connector.",
     date(2022, 1, 12)),
    # https://www.scmp.com/tech/big-tech/article/3178848/tencent-ceo-pony-ma-sparks-fresh-online-discussion-about-chinas
    ("Tencent CEO Pony Ma sparks fresh online discussion about China's economic pain",
     "Iris Deng and Zhou Xin\n\nUpdated: 9:00pm, 23 May, 2022",
     "Pony Ma endorsed to his WeChat contacts an online essay about the economy.", date(2022, 5, 23)),
    # A Washington Post article stored under a newsletter's redirect address,
    # https://email.d.kajabimail.net/c/eJxskMGunCAUhp8GN40GDijXBYs2rUnXfQCDcMaho2DhWDNv3zhzZ9N7l_wf_w_57LaN0a5obva3nUJdKGW85BSp1FtOfncUUqy8QZiUqNAILbgC2WtR4WrDMnpcwl_M9zF4A7xVwKVuoX2nZyha6AC0ejVWLMXOONJ9Q_OMppysd7bQ-5WMJe3Z4af9gn92jE_4ivbpsfbjPH37b-wzcjUXpy5oJxTOacV1i51Vrkf91mnk4EQVDHBQXAolpOo4b0TnlBJaS99PnMueKe6bp7dzvIlI1WKuRFth8iuDgcFwHEdz2HINcaYUt1SocWllMBC6a0xLmu8MhvMhBgOXDAYBJw03Srd6srGewrLUe6ldinPGUhgM1ctgwegxjz6tNkTz4TPZRDzKgkSYsZBgis8P6NJaZXRhCxjp1Nhz_aZ60VYl0FM6SNVWZH4Fwi8_vzOQj-RfAAAA___Svbrj
    ("What the potential TikTok ban means, and what's next for the bill",
     "Updated March 13, 2024 at 1:42 p.m. EDT|Published March 12, 2024 at 7:00 a.m. EDT",
     "TikTok is once again in Congress's crosshairs.", date(2024, 3, 12)),
    # https://justthenews.com/video/government-delays-chinese-tiktok-ban-us-after-legal-challenges
    ("Government delays Chinese TikTok ban in U.S. after legal challenges", "Updated: March 18, 2026 - 10:49am",
     "The Trump administration has raised security concerns over the Chinese owned app.", date(2026, 3, 18)),
    # https://mb.com.ph/2023/11/16/alibaba-shares-dive-more-than-7-after-cloud-service-called-off
    ("Alibaba shares dive more than 7% after cloud service called off", "Published Nov 17, 2023 07:45 am",
     "HONG KONG, China -- Shares in Alibaba tanked more than seven percent at the Hong Kong open Friday.",
     date(2023, 11, 17)),
    # https://www.observerbd.com/news.php?id=413486
    ("Alibaba to break up empire into 6 units as Jack Ma returns home",
     "Published : Friday, 31 March, 2023 at 12:00 AM  Count : 26",
     "Alibaba Group is planning to split into six units, it said on Tuesday.", date(2023, 3, 31)),
    # https://tcitnews.com/baidu-exceeds-earnings-expectations-awaits-approval-for-launching-chatbot-similar-to-chatgpt/
    ("Baidu Exceeds Earnings Expectations, Awaits Approval for Launching Chatbot Similar to ChatGPT",
     "  • May 16, 2023\n  • Thomas Waner\n  • 0",
     "Baidu surpassed revenue and profit estimates in the first quarter.", date(2023, 5, 16)),
    # http://singaporeinfomap.com/info/Huawei-Mate-60-Pro-Now-on-Sale-as-Chinese-Consumers-Frenzy-Builds-Up-2309130002.html
    ("Huawei Mate 60 Pro Now on Sale as Chinese Consumers Frenzy Builds Up", "2023-09-13",
     "Huawei kicked off online sales for its Mate 60 Pro on Sep. 3rd.", date(2023, 9, 13)),
    # https://www.thestar.com.my/authors/?q=%22Celia+Chen%22&pgno=2
    ("QQ, China's 'granddaddy' of social media scene, gains new life by appealing to Gen Z", "12 Sep 2018 | 8:00 PM",
     "In China's fast-changing technology space, new options pop up almost every day.", date(2018, 9, 12)),
    # https://azeesystems.com/2020/09/page/38
    ("Uber for Business introduces a couple of commuting options", "22 Sep 2020",
     "Uber for Business has typically focused on helping companies track their Uber expenses.", date(2020, 9, 22)),
    # https://www.shareandstocks.com/china/
    ("阿里巴巴收天價罰單 是香港一堂「監管」課", "April 16th, 2021|",
     "上周六(4月10日),內地電子商貿巨頭阿里巴巴收到國家市場監管總局的罰單。", date(2021, 4, 16)),
    # http://www.reuters.com/article/markets-hongkong-stocks-close-idUSH9N0O800920140529
    ("Hong Kong shares end down, Tencent big drag",
     "#Financials\nMay 29, 2014 / 8:07 AM / 3 years ago\nReuters Staff\n1 Min Read",
     "HONG KONG, May 29 (Reuters) - Hong Kong shares finished lower on Thursday.", date(2014, 5, 29)),
    # https://in.reuters.com/article/tencent-stocks/tencent-shares-set-to-slide-after-first-quarterly-profit-fall-in-13-years-idINKBN1L104A
    ("Tencent shares set to slide after first quarterly profit fall in 13 years",
     "Technology News\nAugust 16, 2018 / 1:34 AM / Updated 42 minutes ago\nReuters Staff\n1 Min Read",
     "HONG KONG (Reuters) - Shares of Tencent Holdings were set to slide 4.8 percent on Thursday.",
     date(2018, 8, 16)),
    # https://www.marketscreener.com/quote/stock/TENCENT-HOLDINGS-LIMITED-3045861/news/Tencent-chief-causes-stir-with-repost-of-article-on-China-s-economy-40515479/
    ("Tencent chief causes stir with repost of article on China's economy", "05/23/2022 | 06:52am EDT",
     "SHANGHAI (Reuters) - Pony Ma, the low-profile founder of Tencent, created a social media stir.",
     date(2022, 5, 23)),
    # https://menclub.techcommhk.com/lifestyle/24341
    ("禁堂食後外賣單量升35%", "文:MenClub 魏文青\nPOSTED ON 27 Jul 2020",
     "自從政府宣佈禁堂食,相信大家呢排都要不停叫外賣。", date(2020, 7, 27)),
    # --- English: a dateline opening the body (press release, wire, paper) ---
    # http://www.4-traders.com/BAIDU-INC-ADR-8563/news/Baidu-Announces-Second-Quarter-2016-Results-22773529/
    ("Baidu Announces Second Quarter 2016 Results", "",
     "BEIJING, July 28, 2016 /PRNewswire/ -- Baidu, Inc. today announced its unaudited financial results "
     "for the second quarter ended June 30, 2016.", date(2016, 7, 28)),
    # https://www.marketscreener.com/quote/stock/BAIDU-INC-8563/news/Baidu-Announces-Third-Quarter-2016-Results-23291336/
    ("Baidu Announces Third Quarter 2016 Results", "",
     "BEIJING, Oct 27, 2016 /PRNewswire/ -- Baidu, Inc. today announced its unaudited financial results.",
     date(2016, 10, 27)),
    # https://www.dimsumdaily.hk/jack-mas-memo-and-the-uncertain-road-ahead/
    ("Jack Ma's memo and the uncertain road ahead", "",
     "11th April 2024 – (Hong Kong) In a rare disclosure, Jack Ma issued a memo to Alibaba employees.",
     date(2024, 4, 11)),
    # --- English: no publication date at the top ---
    # https://s.nikkei.com/3RpkNOz
    ("Clouds gather over Alibaba's key unit after IPO plans shelved", "CISSY ZHOU, Nikkei staff writer | China",
     "HONG KONG -- When Alibaba Group announced it no longer planned to spin off its cloud unit, it cited chips.",
     None),
    # https://www.independent.co.uk/tech/tiktok-ban-house-vote-us-latest-b2511905.html
    ("TikTok ban: House votes on bill",
     "Election 2024 Trump TikTok (Copyright 2024 The Associated Press. All rights reserved)",
     "The process to launch an official ban on TikTok in the US could begin today.", None),
    # https://techcrunch.com/2018/10/26/chinas-bytedance-leapfrogs-uber-to-becomes-worlds-most-valuable-startup/
    ("China's ByteDance leapfrogs Uber to becomes world's most valuable startup", "",
     "Move aside Uber, China's ByteDance is now the world's highest-valued tech startup.", None),
    # https://ttmnote.com/m/news/1143569498
    ("Alibaba Jumps 3% While Meta Falls 1%", "Tiger Newspress12-10",
     "Alibaba jumped 3% at one time in premarket trading while Meta fell 1%.", None),
    # https://www.scmp.com/business/markets/article/3129231/alibaba-investors-collect-us396-billion-stocks-best-rally-january
    # (an event's date in the summary under the headline, a photo caption's month)
    ("Alibaba investors collect US$39.6 billion in stock's best rally since January as antitrust penalty removes gloom",
     "- Shares of Chinese e-commerce leader rose 6.5 per cent in Hong Kong\n"
     "- Before Monday, stock had lost US$230 billion in value since November 3 when authorities abruptly "
     "suspended Ant Group IPO",
     "An employee exits the Alibaba Group Holding Ltd. headquarters in Hangzhou in January 2021. Photo: Bloomberg",
     None),
    # --- Simplified Chinese: date lines with cue words, outlet, author, place, view counts ---
    # https://cqspb.gov.cn/bm/qjgswj_63979/sy_63980/bmdt_63982/202506/t20250627_14754690.html
    ("记者手记丨从夏季达沃斯论坛看“AI+”时代", "来源:新华网 日期:2025-06-27",
     "24日至26日在国家会展中心(天津)举办的夏季达沃斯论坛正火热进行。", date(2025, 6, 27)),
    # http://zylgz.com/hulianwang/31507.html (the page's date, not the reprinted portal dateline)
    ("华为鸿蒙 OS 手机何时发布?余承东回应:今年先不发布,明年有可能", "时间:2020-08-31 16:44",
     "IT之家8月29日消息 据新浪财经消息,余承东表示今年先不发布这个计划。", date(2020, 8, 31)),
    # https://www.worldometers.cn/lishi/660255.html
    ("华为辟谣6月24日发布操作系统“华为鸿蒙”", "世界历史 2025-05-25 00:57www.worldometers.cn世界历史故事",
     "近日,一则消息在网上引起热议。", date(2025, 5, 25)),
    # https://tianjinsc.cn/default/965024.html
    ("新浪微博开发(上)", "@更新时间:2023-04-12 14:05:58     @阅读 (91)",
     "最近几天一直在学习新浪微博的授权验证。", date(2023, 4, 12)),
    # http://houbohongru.blogspot.com/2023
    ("“莫迪跳舞”视频网上疯传!本人先“感谢”,再警告(图)", "新闻来源: 观察者网 于 2023-11-20 0:23:42",
     "综合印度媒体报道,近日一段视频在网上疯传。", date(2023, 11, 20)),
    # https://www.chinapeace.org.cn/zhkx/202309/091289656.html
    ("中国外交部回应美方调查华为手机芯片", "2023-09-09 18:54:35 编辑:苏哲致 来源:",
     "近日,美国机构对华为最新发布的mate 60 Pro手机进行了拆解。", date(2023, 9, 9)),
    # http://yzaobao.com/mon/dapan/20230920/147205.html
    ("美商务部长:没有证据表明华为能大批量生产先进智能手机",
     "时间:2023-09-20 00:55内容来源:联合早报 版阅读:新闻归类:人物记事",
     "美国商务部长雷蒙多指出,美国没有证据表明华为有能力量产。", date(2023, 9, 20)),
    # http://m.xinhuanet.com/2019-05/17/c_1124509957.htm
    ("新华微评:奋发图强,每一个中国人都有责任", "2019-05-17 20:40:38 来源: 新华网",
     "当美国霸凌主义的大棒挥向华为时,华为随即宣布启用“备胎”芯片。", date(2019, 5, 17)),
    # https://wxredian.com/art?id=e70ab9031b4260abc7990443053d78f2 (a WeChat account's line: account, date, place)
    ("最新周刊导播|竞逐AI 2.0 时代、Robotaxi赶考", "财富   2025-01-06 18:21   北京",
     "“四小龙”谢幕,“六小虎”登场。", date(2025, 1, 6)),
    # http://m.zhitongcaijing.com/content/contentimmediatelydetail.html?immediately_id=5217861
    ("小米集团王化:小米汽车只要出发了 就在赢的路上", "2024年08月20日 20:01",
     "近日,新浪财经与东方证券邀请机构探访小米汽车工厂。", date(2024, 8, 20)),
    # http://www.lmjx.org/psnews/gelsryeu.php?k=kWfy.html (a reprint: its own date, not the dateline's)
    ("“买汽车送北京牌照”? 小米回应", "发布时间:2024-04-28 03:30:46 来源: sp20240428",
     "中新网 2月23日电(中新财经记者 吴家驹)23日,一篇报道引发关注。", date(2024, 4, 28)),
    # http://ketldu.cn/a/615734.html
    ("腾讯回购对股价有影响吗?", "2026-01-21 15:49:56 证券 ketldu",
     "先来聊聊回购这件事儿。", date(2026, 1, 21)),
    # https://tc.8miu.com/read-19753.html
    ("一种场景配置方法、存储介质及终端设备与流程", "专利查询2023-11-14  110",
     "本技术涉及终端设备技术领域。", date(2023, 11, 14)),
    # https://znwx.cn/ai/7tbxfqqg.html
    ("文心一言 vs GPT-4 —— 全面横向比较", "CSDN 2024-07-21 09:01:01 阅读 68",
     "3月15日凌晨,OpenAI发布GPT-4。", date(2024, 7, 21)),
    # http://fcai.cn/news/907.html
    ("ChatGPT行业专题报告:ChatGPT不断突破,AI驶入快车道", "新闻 2023-04-14\n436",
     "ChatGPT 是 AIGC 领域现象级应用。", date(2023, 4, 14)),
    # https://reportify.cn/tags/product?tagValue=%E6%96%87%E5%BF%83%E4%B8%80%E8%A8%80%EF%BC%88%E6%96%87%E5%B0%8F%E8%A8%80%EF%BC%89
    ("字节和百度竞争升级", "华尔街见闻· 2025-06-02 13:26",
     "百度和字节因互动百科数据抓取案再次引发竞争关注。", date(2025, 6, 2)),
    # --- Simplified Chinese: wire and portal datelines opening the body ---
    # http://finance.ce.cn/rolling/201505/07/t20150507_5300627.shtml (year-less; the year from the text)
    ("", "",
     "新华社杭州5月6日电(记者 吕昂 张遥)受市场预测业绩增速放缓影响,阿里巴巴股价近期持续下行。\n"
     "据机构统计显示,阿里巴巴股价2015年以来已累计下跌近25%。", date(2015, 5, 6)),
    # https://cbbcn.com/qiche/9153.html
    ("小米SU7亮相MWC", "",
     "2月28日消息,2024年世界移动通信大会(MWC 2024)日前在西班牙巴塞罗那开幕。", date(2024, 2, 28)),
    # --- Simplified Chinese: no publication date at the top ---
    # http://m.duoshenjin.cn/fzdt/yjdt/2023/0223/254232.html
    ("内地外卖平台美团进军香港市场", "您的位置:首页 >综合 > 产经 >\n【资料图】",
     "【环球时报驻香港特约记者 李雪琪】内地外卖平台美团进军香港市场,在本地开启外卖骑手招募。", None),
    # https://colamg.com/a/zi-jie-tiao-dong-da-mo-xing-shou-xi-de-pei-fang-gao-liu-liang.html
    ("字節跳動大模型,熟悉的配方,搞流量", "作者 | 陳江 來源 | 零壹智庫",
     "字節跳動無疑是當前互聯網平臺的流量之王。", None),
    # https://user.guancha.cn/main/content?id=1564880
    ("价格战 算力战 入口战:大厂AI竞赛进入“三重绞”段", "作者:Colin",
     "3月,字节跳动旗下豆包大模型宣布升级“深度思考”功能。", None),
    # http://m.dhl-kd.com/article/detail/7100/96792.html
    ("大厂AI春节战", "文|張儀", "2023年,大模型橫空出世時,許多人以為這會是一場屬於技術公司的戰爭。", None),
    # http://www.jnsjmc.com/meishan/0908-Ab-0epMIe.html
    ("人工智能成热点 落地应用见成果", "本报记者 李增辉 沈靖然",
     "9月5日至8日,2025世界智能产业博览会在重庆举办。", None),
    # http://jfxmm.com.shayuweb.com/news/690530.html
    ("“人工智能+”行动深入推进", "中经记者 曲忠芳 北京报道",
     "在东方电气集团的生产线上,机器人自主上料、机床自主加工。", None),
    # https://www.ccyt168.com/superx9683553
    ("鸿蒙电脑正式亮相", "来源:环球时报",
     "【环球时报报道 记者 赵觉珵】8日,华为公司在深圳举办鸿蒙电脑技术与生态沟通会。", None),
    # http://1.jixiangqiming.vip/123/8817.html (a report's year in the headline, a date in the first sentence)
    ("澎湃新闻社会责任报告(2024年度)", "目录",
     "澎湃新闻于2014年7月22日正式上线。", None),
    # https://likecs.com/show-307913730.html (related articles' dates)
    ("原文:阿里国际站工作项及平台理解", "相关文章: 2021-11-02 2021-08-13 2021-09-06 2022-12-23",
     "可以参考这篇文章。", None),
    # http://www.senqingzn.com/dy/article/JFR6IM5L05259M1U.html (an issue number)
    ("人工智能影响下新闻机构与平台公司的关系", "2024年第5期\n作者简介",
     "人工智能正在重塑新闻、平台与用户的关系。", None),
    # https://theinitium.com/zh-hans/article/20210422-taiwan-science-park (a photo caption with a full date)
    ("我们摇篮的晶片岛:从海军工厂到科学园区,台湾半导体业前世今生",
     "在台积电创办人张忠谋眼中,台湾晶圆制造优势还有什么秘密武器?\n2016年4月26日台中,矽品精密工业股份有限公司的晶片加工区。",
     "2021 年 4 月 12 日,美国总统拜登坐在白宫的罗斯福厅里,对着摄像头举起了一面晶圆。", None),
    # https://6aiq.com/article/1669284265632
    ("OPPO 对话式 AI 助手小布演进之路",
     "分享嘉宾|杨振宇博士 OPPO 认知计算技术负责人\n编辑整理|田育珍 猿辅导\n出品社区|DataFun",
     "本文将介绍 OPPO 对话式 AI 助手小布的技术演进之路。", None),
    # http://www.topmobs.com/Top/2026/275.html (an empty time field)
    ("腾讯再掷10亿级回购!", "作者:admin 时间: 分类:24小时热搜 阅读:2",
     "1月8日,腾讯在港交所公告,当日回购103.4万股。", None),
    # http://outofmemory.cn/dianzi/13320239.html
    ("小米的最终幻想", "作者 | 尼古拉苏\n\n数据支持 | 勾股大数据",
     "1990年,美国首富比尔盖茨在西雅图买了一块地皮。", None),
    # https://tyye.cn/post_1712844402h2j.html (a year-less date and a relative age)
    ("大模型轻松标注图像", "admin8个月前 (04-15)数码56",
     "随着多模态大模型的发展,新一批模型登场。", None),
    # --- Traditional Chinese: date lines ---
    # http://hkcd.com/content/2021-02/22/content_1250402.html
    ("余承東:華為手機4月陸續升級鴻蒙OS", "2021-02-22 20:42\n來源:香港商報網",
     "2月22日晚間消息,華為今日舉行線上新品發布會。", date(2021, 2, 22)),
    # https://stheadline.com/realtime-china/3270917/ (time before date; published and updated)
    ("華為Mate60 Pro︱美國正調查中國新晶片 外交部:制裁打壓阻不了中國發展",
     "更新時間:16:57 2023-09-08\n發佈時間:16:30 2023-09-08",
     "美國商務部表示,正調查華為手機使用的中國製晶片。", date(2023, 9, 8)),
    # https://www.ftnn.com.tw/news/400341 (published, then modified)
    ("侯友宜:新北有絕佳AI廠商環境", "發布時間:2025/3/7 14:25\n異動時間:2025/3/7 15:46\n記者盧逸峰/新北報導",
     "台積電董事長魏哲家日前宣布美國擴大投資。", date(2025, 3, 7)),
    # https://news.cnyes.com/news/id/6198341
    ("阿里巴巴、螞蟻集團購置港島一號中心", "鉅亨網編譯鍾詠翔 2025-10-21 05:30",
     "正在加速全球化的阿里巴巴,在香港再次投入重金。", date(2025, 10, 21)),
    # https://www.shareandstocks.com/china/ (an HK01 story: author, then "last updated")
    ("雙循環.四|以產業規劃破結構矛盾 港方迎鳳凰涅槃", "撰文:楊瀅瑋最後更新日期:2021-04-13 18:30",
     "香港岌岌可危的產業結構,才是一切危機的根源。", date(2021, 4, 13)),
    # https://ec.ltn.com.tw/article/paper/1721214
    ("黃仁勳：AI工廠新產業將到來 台灣大好機會", "2025/08/23 05:30",
     "〔記者洪友芳／新竹報導〕輝達創辦人暨執行長黃仁勳昨日快閃台灣。", date(2025, 8, 23)),
    # https://pchome.megatime.com.tw/news/cat1/20260129/17696953922464218003.html (a CNA dateline, dated after it)
    ("張忠謀坐輪椅出席餐敘 黃仁勳:精神狀態很好", "中央社記者張建中、鍾榮峰台北29日電 (2026-01-29 22:03:12)",
     "輝達執行長黃仁勳今天抵台,與台積電創辦人張忠謀共進晚餐。", date(2026, 1, 29)),
    # http://ttokpm.com/d/1411489.html
    ("EasyDL上線百度超大規模預訓練模型,模型效果顯著提升",
     "電子設計 ? 來源:電子設計 ? 作者:電子設計 ? 2020-12-08 22:15 ? 次閱讀",
     "深度學習領域,有一個名詞正在被越來越多地關注。", date(2020, 12, 8)),
    # https://storm.mg/article/5056658
    ("確定落腳嘉義!台積電將在嘉科設2座CoWoS先進封裝廠", "2024-03-18 12:43\n\n? 人氣",
     "行政院副院長鄭文燦今(18)日在嘉義縣政府宣布,台積電將在嘉義科學園區設2座先進封裝廠。", date(2024, 3, 18)),
    # https://news.cnyes.com/news/id/6291609
    ("台積電CoWoS月產能將倍增", "2025-12-29",
     "輝達執行長黃仁勳先前來台向台積電等供應鏈要產能。", date(2025, 12, 29)),
    # --- Traditional Chinese: press release and wire datelines opening the body ---
    # http://www.mirge.cn/story/415052-2.shtml
    ("騰訊公佈二零二三年第二季及中期業績", "2023-08-16 19:18",
     "香港2023年8月16日 /美通社/ -- 騰訊控股有限公司今天公佈截至二零二三年六月三十日止第二季業績。",
     date(2023, 8, 16)),
    # https://www.fun-game.online/archives/65170
    ("收入及非國際財務報告準則經營盈利均取得雙位數同比增長", "",
     "香港 2025 年 8 月 13日 / 美通社 / – 騰訊控股有限公司今天公佈第二季未經審核綜合業績。", date(2025, 8, 13)),
    # http://m.155ck.com/news/qiye/220547
    # (an outlet run into its day and 消息, then a comma: a dateline, where '公司2月24日消息称' is a sentence)
    ("小米SU7迎來海外首秀", "",
     "快科技2月28日消息,日前,2024年世界移動通信大會(MWC 2024)在西班牙巴塞羅那舉行。", date(2024, 2, 28)),
    # http://m.jiaoyim.cn/html/2025/xwep_0910/147474.html
    ("延令街道《以產業活水智啟新程》", "",
     "新華社9月8日電,5年來,中國人工智能企業從1400余家增長到超5000家。\n"
     "報告顯示,2025年,中國具身智能市場規模達52.95億元。", date(2025, 9, 8)),
    # --- Traditional Chinese: no publication date at the top ---
    # http://hssesm.cn/c/2020-06-24/2597888.shtml (a year-less dateline, no year in the text)
    ("“新引擎”跑出“加速度”", "新華社天津6月24日電題:“新引擎”跑出“加速度”\n新華社記者劉元旭、毛振華",
     "第四屆世界智能大會6月23日、24日在天津舉行。", None),
    # https://udn.com/news/story/7238/9268554
    ("單季新高 台積Q4財報日賺逾56億", "聯合報／ 記者簡永祥／台北報導",
     "受惠於AI晶片客戶訂單湧入，台積電本季營收可望寫下單季新高。", None),
    # https://udn.com/news/story/7251/8982749 (a photo caption with a day of the month)
    ("台積電先進封裝產能供不應求",
     "經濟日報／ 記者朱子呈/台北即時報導\n晶圓代工龍頭台積電4日早盤股價小漲15元至1,175元。圖／聯合報系資料照片",
     "業界指出，台積電CoWoS先進封裝產能持續供不應求。", None),
    # https://sdctnews.com/%e5%9c%8b%e9%9a%9b/52787
    ("台積電嘉義蓋2座先進封裝廠 首座預計5月動工", "",
     "綜合台媒報導,行政院副院長鄭文燦週一(3月18日)在嘉義縣政府感謝台積電。", None),
    # https://udn.com/news/story/6811/9154870
    ("鴻海：在美建資料中心初期資本支出10~50億美元", "經濟日報／ 編譯易起宇／綜合外電",
     "鴻海集團董事長劉揚偉21日接受彭博電視專訪。", None),
    # https://ec.ltn.com.tw/article/breakingnews/5258552
    ("鴻海楊秋瑾：AI不是泡沫", "",
     "〔記者方韋傑／台北報導〕鴻海執行長楊秋瑾今日在論壇指出，全球AI革命正進入新階段。", None),
    # https://www.worldjournal.com/wj/story/121339/9300617
    ("開了中國電車 再也不想美國車", "中國新聞組／北京31日電",
     "美國通過100%關稅和技術禁令形同禁止中國電動車進口。", None),
    # https://www.worldjournal.com/wj/story/121347/9168639
    ("黃仁勳證實此行訪台見到張忠謀", "記者簡永祥／台北即時報導",
     "輝達執行長黃仁勳今日一早接受媒體訪問。", None),
    # http://www.gzcsmx.com/article/13492517.html
    ("盧偉冰的小米手機高端化", "界面新聞記者 | 伍洋宇\n界面新聞編輯 | 劉方遠",
     "10月15日晚,首銷20天,小米集團總裁盧偉冰在直播間匯報銷量。", None),
    # http://blg686.com/news/article/JSAA4G9I0556BKQP.html
    ("小米SU7事故之後", "本文經授權轉自《晚點LatePost》(ID:postlate)\n文丨陳晶 趙宇 郭瑞嬋\n編輯丨王姍姍 龔方毅",
     "羅復最後一次看到女兒好端端的樣子,來自一段高速路攝像頭的畫面。", None),
    # http://www.digipub.cc/dy/article/KKHH5JTG051481US.html
    ("一封來自美國的“情書”:開了中國電車,再也不想美國車", "網易首頁 > 網易號 > 正文 申請入駐",
     "【文/觀察者網 柳白】“我總會不由自主地想起你。”", None),
    # https://theinitium.com/article/20210422-taiwan-science-park (a date opening the first sentence)
    ("我們搖籃的晶片島", "",
     "2021 年 4 月 12 日,美國總統拜登坐在白宮的羅斯福廳裡,對著攝像頭舉起了一面晶圓。", None),
]


def published_at_the_top(headline: str, header: str, body: str) -> date | None:
    text = "\n\n".join(part for part in (headline, header, body) if part) + "\n"
    _, removed = strip_boilerplate(text, builtin_rules().boilerplate)
    published = detect_metadata(text, removed).published
    assert published is None or published.precision == "day"
    return published.start if published else None


@pytest.mark.parametrize(("headline", "header", "body", "expected"), PAGE_TOPS)
def test_the_publication_date_at_the_top_of_a_real_page(headline, header, body, expected):
    assert published_at_the_top(headline, header, body) == expected
