"""Date words naming no one period something happens in are dropped before they are placed: a name holding a date
word, a recurring date, a birth date, a weekly schedule's days; every other candidate is kept in its order."""

import pytest

from lib.extract import dates
from lib.extract.dates_candidate_reader import ascii_digits
from lib.extract.dates_festivals import read_festival_dates
from lib.extract.dates_no_happening import happening_dates
from lib.parse.script import to_simplified


def _kept(sentence: str) -> list[str]:
    """The longest kept readings' words, festival names among them as ``dates.find_dates`` reads them: a reader
    proposes "12月" inside "2021年12月" too."""
    text = ascii_digits(to_simplified(sentence))
    spans = {(c.start, c.end) for c in happening_dates(text, dates._READERS(text) + read_festival_dates(text))}
    return [text[s:e] for s, e in spans if not any(o != (s, e) and o[0] <= s and e <= o[1] for o in spans)]


@pytest.mark.parametrize(("sentence", "kept"), [
    # a name holding a date word (lib/rules/not_dates.txt)
    ("Amazon's Black Friday sales rose 8%.", []),
    # Class (T en1817 "rolls out CNY3 billion in Lunar New Year giveaways", "special Chinese New Year buys",
    # U zt1909 "昨（6）日舉行新春開工團拜"; none annotated): a festival qualifying a campaign's gifts, the goods
    # bought for it or a firm's gathering names them, no day, as 春节红包 does; the festival's own day stays
    ("Alibaba rolls out CNY3 billion in Lunar New Year giveaways to promote Qwen.", []),
    ("Users receive a coupon for special Chinese New Year buys on Taobao.", []),
    ("Tencent handed out Spring Festival giveaways worth 1 billion yuan.", []),
    ("鴻海昨（6）日舉行新春開工團拜。", ["昨（6）日"]),
    ("鸿海昨（6）日举行新春开工团拜。", ["昨（6）日"]),
    ("腾讯在春节团拜会上发放红包。", []),
    ("Qwen's outages came during the Lunar New Year holiday.", ["Lunar New Year"]),
    ("腾讯新春期间发放红包。", ["新春"]),
    ("今日头条上线新功能。", []),
    # Class (AN zs3862 今日资本 among a round's investors, J zs801 七夕公园 among sights; neither annotated): a
    # firm or a place named with a day or festival word names no day; the firm's own day stays one
    ("这轮融资由IDG领投，阿里、腾讯、今日资本等老股东跟投。", []),
    ("這輪融資由IDG領投，阿里、騰訊、今日資本等老股東跟投。", []),
    ("IDG led the round, with Alibaba, Tencent and Capital Today following.", []),
    ("今日资本今日宣布完成新基金募集。", ["今日"]),
    ("西安上榜的景点有昆明池七夕公园、大雁塔。", []),
    ("西安上榜的景點有昆明池七夕公園、大雁塔。", []),
    # Class (AM zt3728 "百度有關春節現金紅包活動，則是自1月26日至3月12日…", A zt17 "春節群發祝福"; neither
    # annotated): the cash a festival campaign hands out and greetings sent at the festival, as 春节红包 and
    # 春节祝福; the campaign's days stay
    ("百度有关春节现金红包活动，则是自1月26日起使用文心助手。", ["1月26日"]),
    ("百度有關春節現金紅包活動，則是自1月26日起使用文心助手。", ["1月26日"]),
    ("Baidu's Spring Festival cash red envelope campaign runs from January 26.", ["January 26"]),
    ("她说，春节群发祝福显得不真诚，不如发个支付宝红包。", []),
    ("她說，春節群發祝福顯得不真誠，不如發個支付寶紅包。", []),
    ("She said mass-sent Spring Festival greetings feel insincere, so she sends an Alipay red packet.", []),
    ("阿里7月起开始推动「超级星期六」优惠，美团随后跟进。", ["7月"]),
    ("阿里7月起開始推動「超級星期六」優惠，美團隨後跟進。", ["7月"]),
    # the writer turning to the reader names the time of writing (lib/rules/not_dates.txt)
    ("3家车企3月份的交付量全部公布结束，我们今天就来盘点下3家车企的交付量。", ["3月份"]),
    ("3家車企3月份的交付量全部公佈結束，我們今天就來盤點下3家車企的交付量。", ["3月份"]),
    ("Today let's take stock of the three carmakers' deliveries in 2024.", ["2024"]),
    # Class (AJ zs3455 "他将阿里描述为“生来相信社会美好、相信社会明天的公司”", not annotated): "tomorrow" for the
    # future names no day (lib/rules/not_dates.txt); a day told as tomorrow stays one
    ("他将阿里描述为相信社会明天的公司。", []),
    ("他將阿里描述為相信社會明天的公司。", []),
    ("Alibaba says its platform helps small merchants build a better tomorrow.", []),
    ("阿里巴巴明天将公布财报。", ["明天"]),
    ("Alibaba will report its results tomorrow.", ["tomorrow"]),
    # recurring (lib/rules/recurring_dates.txt)
    ("每年5月10日，阿里巴巴在园区举办集体婚礼。", []),
    ("每年春節，騰訊都會發放紅包。", []),
    ("Alibaba holds a group wedding on its campus every year on May 10.", []),
    # Class (AJ en3428 "Alibaba … announces ever increasing sales on 11th November each year", not annotated): words
    # right after a date make it recur (lib/rules/recurring_dates_after.txt); Chinese says it before (每年的双十一)
    ("Alibaba announces ever increasing sales on 11th November each year; the sky seems the limit.", []),
    ("JD.com holds its shopping festival on June 18 annually.", []),
    ("Alibaba's group wedding takes place on May 10 of every year.", []),
    ("Alibaba holds its sales gala on Singles Day every year.", []),
    ("每年的双十一，阿里巴巴都会公布交易额。", []),
    ("每年的雙十一，阿里巴巴都會公佈交易額。", []),
    # near misses: kept (the recurrence not right after the date, a comma between, another word)
    ("Alibaba said on March 10 that it would hold the wedding every year.", ["March 10"]),
    ("Alibaba's revenue rose in 2024, each year faster than the last.", ["2024"]),
    ("Alibaba's and JD.com's sales on November 11 each exceeded their targets.", ["November 11"]),
    ("阿里巴巴11月11日公布交易额，每年都创新高。", ["11月11日"]),
    ("阿里巴巴11月11日公佈交易額，每年都創新高。", ["11月11日"]),
    # Class (O en1301 "The shopping festival, also known as Double 11", O en1303 "The 11th annual Singles Day — also
    # known as the Double 11", U en1904 "on November 11, also known as Singles' Day"; none annotated): a second name for
    # what the sentence already named (lib/rules/alias_dates.txt)
    ("The shopping festival, also known as Double 11, is China's biggest sales event.", []),
    ("The Chinese version of Black Friday on November 11, also known as Singles' Day, began in 2009.",
     ["November 11", "2009"]),
    ("11月11日，又称双十一，阿里巴巴的交易额创下新高。", ["11月11日"]),
    ("11月11日，又稱雙十一，阿里巴巴的交易額創下新高。", ["11月11日"]),
    # a birth, and the dates inside one (lib/rules/birth_words.csv)
    ("这位出生于1989年的博士，正成为MiniMax的标志性人物。", []),
    ("閆俊傑1989年出生，畢業於中國科學院。", []),
    ("王兴出生在1979年2月18日。", []),
    # the day a photo was taken: a caption's date (lib/rules/photo_words.csv)
    ("這張攝於2025年9月11日的設計圖片中，可以看到青少年們在TikTok標誌前。", []),
    ("这张摄于2025年9月11日的图片中，可以看到字节跳动的标志。", []),
    ("字节跳动北京总部大楼（2024年8月26日摄）。", []),
    ("A TikTok logo is seen in this illustration taken September 11, 2025.", []),
    ("ByteDance's headquarters in a picture taken on August 26, 2024.", []),
    # a weekly schedule's days
    ("所有网络游戏仅可在周五、周六、周日和法定节假日每日20时至21时向未成年人提供1小时服务。", []),
    # Class (AI zt3362 "理想汽車（2015）公布，2月交付26,421輛"; the Hong Kong and Taiwan press's 安踏體育(2020)公佈,
    # 中鋼（2002）公布, 中鋼 (2002-TW) 今 (13) 日公告): a listed firm's code in brackets after its short name, no year
    ("理想汽車（2015）公布，2月交付26,421輛。", ["2月"]),
    ("理想汽车（2015）公布，2月交付26,421辆。", ["2月"]),
    ("安踏體育﹙2020﹚今日中午公布業績。", ["今日"]),
    ("中鋼 (2002-TW) 今 (13) 日公告 9 月營收。", ["今 (13) 日", "9 月"]),
    ("理想汽车-W(2015)涨超3%，成交额22亿港元。", []),
    # Class (J zs801 "2月12日,抖音发布《2019春节大数据报告》", J zs802 "1月6日,抖音发布《2019抖音数据报告》", H zs602
    # "机构IDC 2月发布的《2022中国大模型发展白皮书》显示", X zs2206 "近日,…Trustdata发布了《2020年Q1…报告》";
    # none annotated):
    # a date inside a title's marks names the work when the sentence dates its release otherwise
    ("2月12日，抖音发布《2019春节大数据报告》。", ["2月12日"]),
    ("2月12日，抖音發佈《2019春節大數據報告》。", ["2月12日"]),
    ("机构IDC 2月发布的《2022中国大模型发展白皮书》显示，百度位于第一梯队。", ["2月"]),
    ("機構IDC 2月發布的〈2022中國大模型發展白皮書〉顯示，百度位於第一梯隊。", ["2月"]),
    # near misses: kept (a title alone dated, A zs19 annotated; a date after the title; English titles unmarked)
    ("小红书刚刚发布的《2025十大搜索趋势报告》或许可以给我们些思路。", ["2025"]),
    ("小紅書剛剛發佈的《2025十大搜索趨勢報告》或許可以給我們些思路。", ["2025"]),
    ("抖音《2019抖音数据报告》显示，截至2020年1月5日日活突破4亿。", ["2020年1月5日"]),
    ("IDC's 2022 China Large Model White Paper, released in February, ranked Baidu first.", ["2022", "February"]),
    ("Douyin's \"2019 Data Report\" was published on January 6.", ["2019", "January 6"]),
    # Class (split S zs1705, annotated; M zt1101, M zt1104, AC zt2716, G zt505, not): a season in a launch event's name
    # is part of the name when the sentence dates the event otherwise, the event's season when nothing else does
    ("華為25日在深圳舉行秋季全場景新品發布會。", ["25日"]),
    ("华为秋季全场景新品发布会25日举办。", ["25日"]),
    ("Apple公司昨日舉行春季發布會。", ["昨日"]),
    ("在小米春季新品发布会上，雷军宣布造车。", ["春季"]),
    ("在小米春季新品發布會上，雷軍宣布造車。", ["春季"]),
    # near misses: kept (a year aside, a year in brackets with 年, a year in brackets after Latin words)
    ("大陸華為公佈今(2020)年上半年銷售收入。", ["今(2020)年上半年"]),
    ("营收较前一（2024）年增长三成。", ["2024"]),
    ("华为（2019年）发布鸿蒙系统。", ["2019年"]),
    ("Huawei launched HarmonyOS at its developer conference (2019) in Dongguan.", ["2019"]),
    # near misses: kept
    ("阿里云每年都会优化组织，此次调整时间为3月。", ["3月"]),
    ("MiniMax诞生于2021年12月。", ["2021年12月"]),
    ("王先生於2020年加入騰訊。", ["2020年"]),
    ("Zhang Yiming was born in 1983 and founded ByteDance in 2012.", ["1983", "2012"]),
    ("1989年出生的闫俊杰于2022年创立MiniMax。", ["2022年"]),
    ("騰訊周五、周六發布新遊戲，節假日照常營業。", ["周五", "周六"]),
    ("Alibaba said on March 10 that it would hold the wedding every year.", ["March 10"]),
    ("The decision ByteDance had taken on March 10 stands.", ["March 10"]),
    ("字节跳动3月1日摄影展开幕。", ["3月1日"]),
    ("阿里巴巴今天就来了个大动作，发布新模型。", ["今天"]),
    ("美团本周六推出超级优惠。", ["本周六"]),
    ("字節跳動3月1日攝影展開幕，照片拍攝地點在北京。", ["3月1日"]),
    # the day itself named once ("known as", no "also"), and a date after the alias's name
    ("Alibaba broke records during the 24-hour shopping event known as Singles Day.", ["Singles Day"]),
    ("Double 11, also known as Singles' Day, ended on November 12 this year.", ["Double 11", "November 12 this year"]),
    ("双十一又称光棍节，今年11月11日阿里巴巴的交易额创新高。", ["双十一", "今年11月11日"]),
])
def test_dates_naming_no_happening_are_dropped(sentence, kept):
    assert sorted(_kept(sentence)) == sorted(kept)
