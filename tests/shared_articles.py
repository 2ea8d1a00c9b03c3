"""A folder where ByteDance and Alibaba share every article but not their sentences.

Each shared article says one thing about ByteDance (Douyin, short video, livestreaming) and, two
sentences later, another about Alibaba (Taobao, cloud computing), in English, simplified and
traditional Chinese; one article in each language names neither (the baseline). Per article the
sentence between the two passages names no company and neighbours neither of them.
"""

from __future__ import annotations

from pathlib import Path

ARTICLES = {
    "en_shared_1.txt": (
        "ByteDance expanded Douyin with short video livestreaming for teenagers. "
        "The short video feed now adds livestreaming hosts. "
        "Analysts reviewed the numbers. "
        "Markets were calm all week. "
        "Alibaba moved Taobao merchants onto cloud computing servers. "
        "The cloud computing contract covers warehouses in Hangzhou."),
    "en_shared_2.txt": (
        "Alibaba signed a cloud computing deal for Taobao warehouses. "
        "Those warehouses run on cloud computing servers. "
        "Traders were busy. "
        "Prices barely moved. "
        "ByteDance gave Douyin livestreaming hosts a short video editor. "
        "Livestreaming hosts use the short video editor daily."),
    "en_neither.txt": (
        "Regulators met in Beijing to discuss bond markets. "
        "Investors watched bond yields and the weather stayed mild."),
    "zh_shared_1.txt": (
        "字节跳动让抖音上线短视频直播功能。"
        "短视频主播每天直播带货。"
        "分析师回顾了数据。"
        "市场整体平稳。"
        "阿里巴巴把淘宝商家迁移到云计算服务器。"
        "云计算合同覆盖杭州仓库。"),
    "zh_shared_2.txt": (
        "阿里巴巴宣布淘宝仓库使用云计算。"
        "这些仓库运行在云计算服务器上。"
        "交易员很忙碌。"
        "价格变化不大。"
        "字节跳动发布抖音短视频剪辑工具，公司表示超过十亿元投入直播。"
        "直播主播每天使用短视频剪辑工具。"),
    "zh_hant_shared.txt": (
        "字節跳動發布抖音短視頻直播功能，公司表示超過十億元。"
        "短視頻主播每天直播帶貨。"
        "分析師回顧了數據。"
        "市場整體平穩。"
        "阿里巴巴把淘寶商家遷移到雲計算服務器。"
        "雲計算合同覆蓋杭州倉庫。"),
    "zh_neither.txt": (
        "监管机构在北京讨论债券市场。"
        "投资者关注债券收益率，天气温和。"),
}
SHARED = [name for name in ARTICLES if "shared" in name]


def write_shared_articles(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    return folder
