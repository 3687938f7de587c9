<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <location filename="../../gui/app.py" line="131"/>
        <source>The data could not be loaded</source>
        <translation>无法加载数据</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="164"/>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="165"/>
        <source>That action failed, but nothing is lost: you can carry on.</source>
        <translation>刚才的操作没有成功，但没有丢失任何内容，可以继续使用。</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../gui/views/home.py" line="37"/>
        <source>Open and explore →</source>
        <translation>打开探索 →</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../gui/views/catalogue.py" line="14"/>
        <source>One search vs one AI query</source>
        <extracomment>View ids in reading order; gui.views.VIEWS holds the classes in the same order.</extracomment>
        <translation>一次搜索与一次AI问答</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue.py" line="15"/>
        <source>Training GPT-3 = how many households?</source>
        <translation>训练GPT-3 = 多少户家庭？</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue.py" line="16"/>
        <source>Google on AI = a third of the Three Gorges?</source>
        <translation>谷歌全面AI化 = 三分之一个三峡？</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue.py" line="17"/>
        <source>ChatGPT&apos;s day: 500,000 kWh?</source>
        <translation>ChatGPT一天：50万度电？</translation>
    </message>
</context>
<context>
    <name>ChatGptDayView</name>
    <message>
        <location filename="../../gui/views/chatgpt_day.py" line="28"/>
        <source>Does ChatGPT really “eat” 500,000 kWh of electricity a day?</source>
        <translation>ChatGPT一天真的“吃”掉50万度电吗？</translation>
    </message>
    <message>
        <location filename="../../gui/views/chatgpt_day.py" line="40"/>
        <source>Servers</source>
        <translation>服务器数量</translation>
    </message>
    <message>
        <location filename="../../gui/views/chatgpt_day.py" line="40"/>
        <source>servers</source>
        <translation>台</translation>
    </message>
    <message>
        <location filename="../../gui/views/chatgpt_day.py" line="41"/>
        <source>Hours a day at full power</source>
        <translation>每天满功率运行的小时数</translation>
    </message>
    <message>
        <location filename="../../gui/views/chatgpt_day.py" line="41"/>
        <source>h</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../../gui/views/chatgpt_day.py" line="49"/>
        <source>Power of one server</source>
        <translation>每台服务器的功率</translation>
    </message>
    <message>
        <location filename="../../gui/views/chatgpt_day.py" line="56"/>
        <source>The article: %1, rounded to 500,000 kWh (50万度) in its title</source>
        <translation>文章：%1，标题取整为“50万度电”</translation>
    </message>
    <message>
        <location filename="../../gui/views/chatgpt_day.py" line="74"/>
        <source>The article&apos;s figure</source>
        <translation>文章中的数字</translation>
    </message>
    <message>
        <location filename="../../gui/views/chatgpt_day.py" line="75"/>
        <source>Electricity per day (MWh)</source>
        <translation>每天用电量（MWh；1 MWh = 1,000度）</translation>
    </message>
    <message>
        <location filename="../../gui/views/chatgpt_day.py" line="80"/>
        <source>A100 servers (6.5 kW)</source>
        <translation>A100服务器（6.5千瓦）</translation>
    </message>
    <message>
        <location filename="../../gui/views/chatgpt_day.py" line="81"/>
        <source>H100 servers (10.2 kW)</source>
        <translation>H100服务器（10.2千瓦）</translation>
    </message>
    <message>
        <location filename="../../gui/views/chatgpt_day.py" line="82"/>
        <source>B200 servers (14.3 kW)</source>
        <translation>B200服务器（14.3千瓦）</translation>
    </message>
</context>
<context>
    <name>GoogleThreeGorgesView</name>
    <message>
        <location filename="../../gui/views/google_three_gorges.py" line="26"/>
        <source>If Google ran every search on AI, would it use a third of the Three Gorges dam&apos;s output?</source>
        <translation>如果谷歌每次搜索都用AI，会用掉三峡水电站三分之一的发电量吗？</translation>
    </message>
    <message>
        <location filename="../../gui/views/google_three_gorges.py" line="38"/>
        <source>Power of one server (supply side)</source>
        <translation>每台服务器的功率（供给侧）</translation>
    </message>
    <message>
        <location filename="../../gui/views/google_three_gorges.py" line="39"/>
        <source>Searches per day (demand side)</source>
        <translation>每天搜索次数（需求侧）</translation>
    </message>
    <message>
        <location filename="../../gui/views/google_three_gorges.py" line="39"/>
        <source>billion</source>
        <translation>十亿次</translation>
    </message>
    <message>
        <location filename="../../gui/views/google_three_gorges.py" line="43"/>
        <source>Which estimate?</source>
        <translation>采用哪种估算？</translation>
    </message>
    <message>
        <location filename="../../gui/views/google_three_gorges.py" line="72"/>
        <source>Electricity per year (TWh)</source>
        <translation>每年用电量（TWh；1 TWh = 10亿度）</translation>
    </message>
    <message>
        <location filename="../../gui/views/google_three_gorges.py" line="77"/>
        <source>Google on AI: servers (SemiAnalysis)</source>
        <translation>谷歌AI：服务器估算（SemiAnalysis）</translation>
    </message>
    <message>
        <location filename="../../gui/views/google_three_gorges.py" line="78"/>
        <source>Google on AI: servers (New Street Research)</source>
        <translation>谷歌AI：服务器估算（New Street Research）</translation>
    </message>
    <message>
        <location filename="../../gui/views/google_three_gorges.py" line="79"/>
        <source>Google on AI: 3 Wh per search</source>
        <translation>谷歌AI：每次搜索3瓦时</translation>
    </message>
    <message>
        <location filename="../../gui/views/google_three_gorges.py" line="85"/>
        <source>All of Google in 2021</source>
        <translation>谷歌2021年全部用电</translation>
    </message>
    <message>
        <location filename="../../gui/views/google_three_gorges.py" line="86"/>
        <source>Ireland</source>
        <translation>爱尔兰</translation>
    </message>
    <message>
        <location filename="../../gui/views/google_three_gorges.py" line="87"/>
        <source>Three Gorges dam</source>
        <translation>三峡水电站</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../gui/views/home.py" line="77"/>
        <source>How much electricity does AI use?</source>
        <translation>人工智能要用多少电？</translation>
    </message>
    <message>
        <location filename="../../gui/views/home.py" line="80"/>
        <source>The claims of Sanlian Lifeweek&apos;s 2024 interview with Alex de Vries, step by step, with every number&apos;s source. Pick a question.</source>
        <translation>逐步重现《三联生活周刊》2024年对亚历克斯·德弗里斯的采访中的说法，每个数字都注明来源。请选择一个问题。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="143"/>
        <location filename="../../gui/main_window.py" line="144"/>
        <source>AI Energy Calculator</source>
        <translation>AI能耗计算器</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="146"/>
        <source>⌂ Home</source>
        <translation>⌂ 首页</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="147"/>
        <source>‹ Previous</source>
        <translation>‹ 上一个</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="148"/>
        <location filename="../../gui/main_window.py" line="251"/>
        <source>Next ›</source>
        <translation>下一个 ›</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="149"/>
        <location filename="../../gui/main_window.py" line="180"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="153"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="163"/>
        <source>Dataset version %1: %2 figures from %3 sources.</source>
        <translation>数据集版本 %1：%2 个数字，来自 %3 个来源。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="170"/>
        <source>AI Energy Calculator, version %1</source>
        <translation>AI能耗计算器，版本 %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="173"/>
        <source>Built around 袁越, “ChatGPT 一天‘吃’50万度电，AI的尽头是能源？”, Sanlian Lifeweek 2024 issue 18, and A. de Vries, “The growing energy footprint of artificial intelligence”, Joule 7(10), 2023. Every figure shows its source, year and status; see each view&apos;s Sources.</source>
        <translation>依据袁越《ChatGPT 一天“吃”50万度电，AI的尽头是能源？》（《三联生活周刊》2024年第18期）及 A. de Vries《The growing energy footprint of artificial intelligence》（Joule 7(10)，2023）。每个数字都注明来源、年份和可信程度，见各页面的“来源”。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="177"/>
        <source>Free software under the MIT licence. Works offline; it never uses the network.</source>
        <translation>MIT许可的自由软件。离线运行，从不联网。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="251"/>
        <source>Start ›</source>
        <translation>开始 ›</translation>
    </message>
</context>
<context>
    <name>SearchVsAiView</name>
    <message>
        <location filename="../../gui/views/search_vs_ai.py" line="28"/>
        <source>One web search or one AI query: how much electricity, and what if Google used AI for all?</source>
        <translation>一次网页搜索与一次AI问答各用多少电？如果谷歌全部改用AI呢？</translation>
    </message>
    <message>
        <location filename="../../gui/views/search_vs_ai.py" line="36"/>
        <source>Searches per day</source>
        <translation>每天搜索次数</translation>
    </message>
    <message>
        <location filename="../../gui/views/search_vs_ai.py" line="36"/>
        <source>billion</source>
        <translation>十亿次</translation>
    </message>
    <message>
        <location filename="../../gui/views/search_vs_ai.py" line="44"/>
        <source>Energy of one AI query: which estimate?</source>
        <translation>一次AI问答的能耗：采用哪个估计？</translation>
    </message>
    <message>
        <location filename="../../gui/views/search_vs_ai.py" line="51"/>
        <source>%1 for all of Google&apos;s searches</source>
        <translation>谷歌全部搜索合计%1</translation>
    </message>
    <message>
        <location filename="../../gui/views/search_vs_ai.py" line="67"/>
        <source>Electricity per query (Wh)</source>
        <translation>每次查询的用电量（瓦时）</translation>
    </message>
    <message>
        <location filename="../../gui/views/search_vs_ai.py" line="72"/>
        <source>Web search (Google, 2009)</source>
        <translation>网页搜索（谷歌，2009年）</translation>
    </message>
    <message>
        <location filename="../../gui/views/search_vs_ai.py" line="73"/>
        <source>AI query (article, 2023)</source>
        <translation>AI问答（文章，2023年）</translation>
    </message>
    <message>
        <location filename="../../gui/views/search_vs_ai.py" line="74"/>
        <source>ChatGPT request (de Vries, 2023)</source>
        <translation>ChatGPT请求（de Vries，2023年）</translation>
    </message>
    <message>
        <location filename="../../gui/views/search_vs_ai.py" line="75"/>
        <source>GPT-4o query (Epoch AI, 2025)</source>
        <translation>GPT-4o查询（Epoch AI，2025年）</translation>
    </message>
    <message>
        <location filename="../../gui/views/search_vs_ai.py" line="76"/>
        <source>ChatGPT query (Altman, 2025)</source>
        <translation>ChatGPT查询（奥特曼，2025年）</translation>
    </message>
    <message>
        <location filename="../../gui/views/search_vs_ai.py" line="77"/>
        <source>Gemini prompt (Google, 2025)</source>
        <translation>Gemini提示（谷歌，2025年）</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <location filename="../../gui/widgets/steps_panel.py" line="75"/>
        <source>The numbers give %1: the article rounds loosely (%2% off).</source>
        <translation>按数字计算为%1：文章的取整较为宽松（相差%2%）。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/steps_panel.py" line="78"/>
        <source>With the article&apos;s inputs the calculator agrees within its rounding.</source>
        <translation>用文章的输入计算，结果与文章在取整范围内一致。</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/steps_panel.py" line="79"/>
        <source>The article:</source>
        <translation>文章：</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <location filename="../../gui/views/base.py" line="143"/>
        <location filename="../../gui/views/base.py" line="144"/>
        <source>Back to the article&apos;s numbers</source>
        <translation>恢复文章中的数字</translation>
    </message>
    <message>
        <location filename="../../gui/views/base.py" line="149"/>
        <source>Change the inputs</source>
        <translation>调整输入</translation>
    </message>
    <message>
        <location filename="../../gui/views/base.py" line="150"/>
        <source>Compare with</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../gui/views/base.py" line="152"/>
        <source>Household to compare with</source>
        <translation>用来对比的家庭</translation>
    </message>
    <message>
        <location filename="../../gui/views/base.py" line="153"/>
        <source>Place or power station to compare with</source>
        <translation>用来对比的地区或电站</translation>
    </message>
    <message>
        <location filename="../../gui/views/base.py" line="154"/>
        <source>Everyday thing to compare with</source>
        <translation>用来对比的日常用电</translation>
    </message>
    <message>
        <location filename="../../gui/views/base.py" line="157"/>
        <source>How is this calculated?</source>
        <translation>这是怎么算出来的？</translation>
    </message>
    <message>
        <location filename="../../gui/views/base.py" line="158"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>TrainingHouseholdsView</name>
    <message>
        <location filename="../../gui/views/training_households.py" line="30"/>
        <source>Training GPT-3 used as much electricity as how many households use in a year?</source>
        <translation>训练GPT-3的耗电量相当于多少户家庭一年的用电？</translation>
    </message>
    <message>
        <location filename="../../gui/views/training_households.py" line="38"/>
        <source>Electricity to train the model</source>
        <translation>训练模型的耗电量</translation>
    </message>
    <message>
        <location filename="../../gui/views/training_households.py" line="48"/>
        <source>Which model&apos;s training?</source>
        <translation>哪个模型的训练？</translation>
    </message>
    <message>
        <location filename="../../gui/views/training_households.py" line="49"/>
        <source>Whose household?</source>
        <translation>哪里的家庭？</translation>
    </message>
    <message>
        <location filename="../../gui/views/training_households.py" line="74"/>
        <source>Your value</source>
        <translation>你设定的数值</translation>
    </message>
    <message>
        <location filename="../../gui/views/training_households.py" line="75"/>
        <source>Households for a year (logarithmic)</source>
        <translation>相当于多少户家庭一年的用电（对数刻度）</translation>
    </message>
    <message>
        <location filename="../../gui/views/training_households.py" line="87"/>
        <source>GPT-3 (2020)</source>
        <translation>GPT-3（2020年）</translation>
    </message>
    <message>
        <location filename="../../gui/views/training_households.py" line="88"/>
        <source>BLOOM (2022)</source>
        <translation>BLOOM（2022年）</translation>
    </message>
    <message>
        <location filename="../../gui/views/training_households.py" line="89"/>
        <source>Llama 3.1 (2024, GPUs only)</source>
        <translation>Llama 3.1（2024年，仅GPU）</translation>
    </message>
    <message>
        <location filename="../../gui/views/training_households.py" line="90"/>
        <source>GPT-4 (2022, unconfirmed)</source>
        <translation>GPT-4（2022年，未经证实）</translation>
    </message>
</context>
</TS>
