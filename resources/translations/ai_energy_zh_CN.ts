<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <location filename="../../gui/app.py" line="373"/>
        <source>The data could not be loaded</source>
        <extracomment>The smallest window the program is laid out for (a 1024x768 projector, less the desktop&apos;s panels).</extracomment>
        <translation>无法加载数据</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="440"/>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="441"/>
        <source>That action failed, but nothing is lost: you can carry on.</source>
        <translation>刚才的操作没有成功，但没有丢失任何内容，可以继续使用。</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../gui/views/home.py" line="70"/>
        <source>Open and explore →</source>
        <extracomment>A card&apos;s narrowest width: three cards, their spacing and the page&apos;s margins fit 1024 pixels less a scroll bar.</extracomment>
        <translation>点击进入 →</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message numerus="yes">
        <location filename="../../gui/views/sources_claims.py" line="145"/>
        <source>%1 figures, %2 sources; %n claim(s) rounded loosely</source>
        <extracomment>The figures table&apos;s id column (core.export.COLUMNS), hidden until the reader asks for it.</extracomment>
        <translation>
            <numerusform>%1项数据、%2个来源；%n处说法取整偏粗</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../gui/views/catalogue.py" line="37"/>
        <source>One search vs one AI query</source>
        <extracomment>View ids in reading order; gui.views.VIEWS holds the classes in the same order. The views the exhibit&apos;s attract loop cycles through: the stories and the quiz, not the tools (glossary, free calculator, sources). The views an exhibit leaves out: the free calculator needs a keyboard a touch screen does not have.</extracomment>
        <translation>一次搜索与一次AI问答</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue.py" line="38"/>
        <source>Training GPT-3 = how many households?</source>
        <translation>训练GPT-3的耗电相当于多少户家庭？</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue.py" line="39"/>
        <source>Google on AI = a third of the Three Gorges?</source>
        <translation>谷歌搜索全用AI：三分之一个三峡？</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue.py" line="40"/>
        <source>How much does ChatGPT use in a day?</source>
        <translation>ChatGPT一天用多少电？</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue.py" line="41"/>
        <source>The global picture</source>
        <translation>全球概况</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue.py" line="42"/>
        <source>Where the electricity comes from</source>
        <translation>电从哪里来</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue.py" line="43"/>
        <source>Efficiency and the Jevons paradox</source>
        <translation>能效与杰文斯悖论</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue.py" line="44"/>
        <source>The energy ladder</source>
        <translation>能耗阶梯</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue.py" line="45"/>
        <source>Quiz: guess first</source>
        <translation>小测验：先猜再看</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue.py" line="46"/>
        <source>Units and terms</source>
        <translation>单位与术语</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue.py" line="47"/>
        <source>Free calculator</source>
        <translation>自己算一算</translation>
    </message>
    <message>
        <location filename="../../gui/views/catalogue.py" line="48"/>
        <source>Sources and claims</source>
        <translation>数据来源与说法核查</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../gui/widgets/chart.py" line="183"/>
        <source>%1 — logarithmic scale</source>
        <extracomment>Chart text size at 100 % (it grows with the reader&apos;s text size). Height of one bar&apos;s row and of the value axis with its title, at 100 %. Values spanning more than this ratio are drawn on a logarithmic axis (unless the reader switches to linear). A bar&apos;s thickness, a lollipop&apos;s stem&apos;s thickness (as shares of a row) and a lollipop&apos;s dot (pixels at 100 %). A log axis labels 10^-3 to 10^6 as plain numbers, smaller and larger powers as &quot;10^-6&quot;, &quot;10^12&quot; (ASCII: the bundled font, the only one a bare kiosk may have, has no raised digits beyond 1, 2 and 3). About how many ticks a linear value axis carries. Half the height of a range whisker&apos;s end caps, as a share of a row. The value axis keeps its range while a reader drags a slider, so it does not jitter (and is not redrawn) at every step: the range is only replaced when the bars and labels outgrow it or need less than 1/RANGE_SLACK of it, and then leaves RANGE_HEADROOM times the room they need. Pixels between a bar&apos;s end and its value label, and around the plot; a bar keeps at least this share of the plot&apos;s width however long its label. The categories may always take this share of the chart&apos;s width, however long the value labels.</extracomment>
        <translation>%1（对数刻度）</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/chart.py" line="217"/>
        <source>Logarithmic scale: %1</source>
        <translation>对数刻度：%1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/chart.py" line="219"/>
        <source>Linear scale: %1</source>
        <translation>线性刻度：%1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/chart.py" line="229"/>
        <source>Logarithmic scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/chart.py" line="232"/>
        <source>Uncheck to draw the values as bars from zero on a linear scale</source>
        <translation>取消勾选，改用从零起画的线性刻度条形图</translation>
    </message>
</context>
<context>
    <name>ChartMenu</name>
    <message>
        <location filename="../../gui/widgets/chart_menu.py" line="95"/>
        <source>Save the chart as PNG…</source>
        <extracomment>A saved PNG&apos;s width in pixels (a slide&apos;s).</extracomment>
        <translation>把图表保存为PNG……</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/chart_menu.py" line="96"/>
        <source>Save the chart as SVG…</source>
        <translation>把图表保存为SVG……</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/chart_menu.py" line="97"/>
        <source>Copy the chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/chart_menu.py" line="98"/>
        <source>Show the values as a table…</source>
        <translation>以表格显示数值……</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/chart_menu.py" line="169"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/chart_menu.py" line="156"/>
        <source>Save as CSV…</source>
        <translation>保存为CSV……</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/chart_menu.py" line="170"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/chart_menu.py" line="200"/>
        <source>The file was not saved</source>
        <translation>文件没有保存</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/chart_menu.py" line="219"/>
        <source>Chart…</source>
        <translation>图表……</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/chart_menu.py" line="220"/>
        <source>Save or copy the chart, or show its values</source>
        <translation>保存或复制图表，或以表格显示数值</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/chart_menu.py" line="222"/>
        <source>Chart: save, copy or show the values as a table</source>
        <translation>图表：保存、复制或以表格显示数值</translation>
    </message>
</context>
<context>
    <name>EnergyLadderView</name>
    <message>
        <location filename="../../gui/views/energy_ladder.py" line="56"/>
        <source>%1 rungs, from %2 to %3</source>
        <extracomment>The longest category label on the chart, in columns (a Chinese character takes two).</extracomment>
        <translation>%1级阶梯：从%2到%3</translation>
    </message>
    <message>
        <location filename="../../gui/views/energy_ladder.py" line="63"/>
        <source>From one web search to the world&apos;s electricity: where does AI stand?</source>
        <translation>从一次网页搜索到全世界的用电：AI处在哪个位置？</translation>
    </message>
    <message>
        <location filename="../../gui/views/energy_ladder.py" line="66"/>
        <source>Rungs of the energy ladder</source>
        <translation>能耗阶梯的各级</translation>
    </message>
    <message>
        <location filename="../../gui/views/energy_ladder.py" line="89"/>
        <source>Energy (Wh): one item, or one year of a yearly or daily use</source>
        <translation>能量（瓦时）：单次的按一次计；按天或按年计的，一律折算成一年的总量</translation>
    </message>
    <message>
        <location filename="../../gui/views/energy_ladder.py" line="149"/>
        <source>%1 = %2 a year</source>
        <extracomment>How many of the list&apos;s rows show when the chart is under it (the list scrolls; the chart shows every rung). Qt&apos;s &quot;no maximum&quot; for a widget&apos;s size.</extracomment>
        <translation>%1，即每年%2</translation>
    </message>
</context>
<context>
    <name>FreeCalculatorView</name>
    <message>
        <location filename="../../gui/views/free_calculator.py" line="90"/>
        <source>Your own numbers, units and 度</source>
        <extracomment>The example the calculator starts with: the article&apos;s own sum for ChatGPT&apos;s day, servers x power x hours, with the servers and power taken from these figures. It reads 560 MWh: 6.5 kW has two significant figures (the steps show three digits, 564 MWh, so that each line&apos;s arithmetic can be followed). The units offered for the result, as (what the list shows, the unit core converts to), in each language.</extracomment>
        <translation>用你自己的数值、单位和“度”来算</translation>
    </message>
    <message>
        <location filename="../../gui/views/free_calculator.py" line="100"/>
        <source>Calculate with the article&apos;s figures, or your own</source>
        <translation>用文章里的数据或你自己的数值来计算</translation>
    </message>
    <message>
        <location filename="../../gui/views/free_calculator.py" line="102"/>
        <source>Type numbers with units (2 Wh, 5 kW, 24 h, TWh/year, 20万度) and dataset ids (start typing: suggestions appear). Use + − × ÷ and brackets.</source>
        <translation>输入带单位的数值，如2瓦时、5千瓦、24小时、20万度（也可以用英文单位符号：2 Wh、5 kW、24 h、TWh/year），以及数据编号（开始输入时会出现提示）。可以使用 + − × ÷ 和括号。</translation>
    </message>
    <message>
        <location filename="../../gui/views/free_calculator.py" line="106"/>
        <location filename="../../gui/views/free_calculator.py" line="109"/>
        <source>Expression</source>
        <translation>算式</translation>
    </message>
    <message>
        <location filename="../../gui/views/free_calculator.py" line="107"/>
        <location filename="../../gui/views/free_calculator.py" line="108"/>
        <source>Show the result as</source>
        <translation>结果显示为</translation>
    </message>
    <message>
        <location filename="../../gui/views/free_calculator.py" line="110"/>
        <source>How is this calculated?</source>
        <translation>这是怎么算出来的？</translation>
    </message>
    <message>
        <location filename="../../gui/views/free_calculator.py" line="149"/>
        <source>Range from the sources: %1</source>
        <translation>来源给出的范围：%1</translation>
    </message>
    <message>
        <location filename="../../gui/views/free_calculator.py" line="163"/>
        <source>Before this change: %1</source>
        <translation>修改前的结果：%1</translation>
    </message>
    <message>
        <location filename="../../gui/views/free_calculator.py" line="185"/>
        <source>as calculated</source>
        <translation>不换算（原始单位）</translation>
    </message>
</context>
<context>
    <name>GlobalPictureView</name>
    <message>
        <location filename="../../gui/views/global_picture.py" line="70"/>
        <source>Split into computing, cooling and other</source>
        <translation>拆分为计算、冷却和其他</translation>
    </message>
    <message>
        <location filename="../../gui/views/global_picture.py" line="142"/>
        <source>Cooling: %1 of a typical data centre (IEA); %2 (de Vries, in the interview); Google&apos;s fleet runs at a PUE of %3, an overhead of %4 of its electricity. The sources disagree.</source>
        <translation>冷却：典型数据中心用电的%1（国际能源署）；采访中德弗里斯说是%2；谷歌数据中心的电能使用效率（PUE）为%3，额外能耗占其用电的%4。各来源说法不一。</translation>
    </message>
    <message>
        <location filename="../../gui/views/global_picture.py" line="162"/>
        <source>computing</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../../gui/views/global_picture.py" line="163"/>
        <source>cooling</source>
        <translation>冷却</translation>
    </message>
    <message>
        <location filename="../../gui/views/global_picture.py" line="164"/>
        <source>other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <location filename="../../gui/views/glossary.py" line="42"/>
        <source>W and Wh, kWh = 度, 万 and 亿, PUE, CO2e</source>
        <translation>瓦与瓦时、千瓦时 = 度、万与亿、PUE、二氧化碳当量</translation>
    </message>
</context>
<context>
    <name>GlossaryView</name>
    <message>
        <location filename="../../gui/views/glossary.py" line="49"/>
        <source>Units and terms</source>
        <translation>单位与术语</translation>
    </message>
</context>
<context>
    <name>GridEmissions</name>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="90"/>
        <source>World average</source>
        <extracomment>The grids on the chart, in its order; the default is China&apos;s (most of the program&apos;s readers). The figures the &quot;what the sources report&quot; and &quot;water and hardware&quot; notes quote, for the sources list. &quot;CO2 equivalent&quot; in Chinese, which a line must not split. Sources the siting argument cites in words (no figure of theirs is charted).</extracomment>
        <translation>全球平均</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="91"/>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="92"/>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="93"/>
        <source>European Union</source>
        <translation>欧盟</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="94"/>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="95"/>
        <source>Ireland</source>
        <translation>爱尔兰</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="96"/>
        <source>Sweden</source>
        <translation>瑞典</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="97"/>
        <source>Netherlands</source>
        <translation>荷兰</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="98"/>
        <source>Iceland, 2023</source>
        <translation>冰岛，2023年</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="105"/>
        <source>Training GPT-3</source>
        <translation>训练GPT-3</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="106"/>
        <source>ChatGPT for a day</source>
        <translation>ChatGPT日常运行</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="107"/>
        <source>Google on AI for a year</source>
        <translation>谷歌搜索全面AI化</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="195"/>
        <source>Training GPT-3: %1 of CO2e on China&apos;s grid, %2 on Sweden&apos;s</source>
        <translation>训练GPT-3：用中国的电排放%1二氧化碳当量，用瑞典的电排放%2</translation>
    </message>
</context>
<context>
    <name>GridEmissionsView</name>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="251"/>
        <source>How much CO2 does AI&apos;s electricity emit? It depends on the grid</source>
        <translation>AI用电会排放多少二氧化碳？这要看电从哪里来</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="253"/>
        <source>Which AI load?</source>
        <translation>哪项AI用电？</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="254"/>
        <source>Which grid?</source>
        <translation>用哪里的电？</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="261"/>
        <source>Compared with everyday emissions</source>
        <translation>与日常排放对比</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="264"/>
        <source>The car&apos;s and the people&apos;s figures count CO2 alone, the electricity&apos;s every greenhouse gas as CO2-equivalent: the counts come out a little higher than a CO2-only comparison would give.</source>
        <translation>汽车和人均的数字只计二氧化碳，用电的数字则把所有温室气体折算为二氧化碳当量，因此这里的车辆数和人数比只按二氧化碳对比时略高一些。</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="268"/>
        <source>How is this calculated?</source>
        <translation>这是怎么算出来的？</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="269"/>
        <source>What the sources themselves report</source>
        <translation>各来源公布的数据</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="270"/>
        <source>Where should data centres go?</source>
        <translation>数据中心应该建在哪里？</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="271"/>
        <source>Water and hardware</source>
        <translation>用水和硬件</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="272"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="294"/>
        <source>%1 on this grid (%2): %3 of CO2e</source>
        <translation>%1，用%2的电：%3二氧化碳当量</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="308"/>
        <source>The same electricity: %1 in %2, %3 in %4, about %5 times as much.</source>
        <translation>同样多的电，在%2排放%1，在%4排放%3，后者约为前者的%5倍。</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="336"/>
        <source>As Patterson et al. report</source>
        <translation>帕特森等的报告值</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="341"/>
        <source>Emissions (t CO2e)</source>
        <translation>排放量（吨二氧化碳当量）</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="342"/>
        <source>Emissions per day (t CO2e)</source>
        <translation>每天排放量（吨二氧化碳当量）</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="343"/>
        <source>Emissions per year (million t CO2e)</source>
        <translation>每年排放量（万吨二氧化碳当量）</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="369"/>
        <source>Patterson et al. report %1 for training GPT-3, on a grid of %2: the calculator gets %3 from the same inputs.</source>
        <translation>帕特森等报告：训练GPT-3排放%1，所用电网的碳排放强度为%2；本计算器用同样的数据也算出%3。</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="376"/>
        <source>Google reports %1 per Gemini prompt (%2 of electricity), counted after its purchases of clean power (market-based) and with the hardware&apos;s share; on this grid (%3) the same electricity alone would emit %4.</source>
        <translation>谷歌报告：Gemini每次问答排放%1（耗电%2）。这一数字按市场法计算，即谷歌购买的清洁电力计为零排放，并计入了硬件分摊的排放。如果用%3的电，仅这些用电本身就会排放%4。</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="385"/>
        <source>Grids are counted in more than one way: the world&apos;s electricity in 2024 was %1 counting its whole life cycle (Ember), %2 counting only the CO2 of power generation (IEA); %3 in 2025 (Ember). China&apos;s official factor for 2023, CO2 only: %4.</source>
        <translation>电网碳排放强度的算法不止一种：按全生命周期计算，2024年全球平均为%1（Ember）；只计发电环节的二氧化碳，则为%2（国际能源署）。Ember的2025年数据为%3。中国官方公布的2023年全国电力平均排放因子只计二氧化碳，为%4。</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="405"/>
        <source>The article: AI&apos;s electricity will slow the world&apos;s cuts in emissions, and renewable power should replace coal first rather than feed new data centres.</source>
        <translation>文章认为：AI的用电会拖慢全球减排；可再生能源应当先用来替代煤电，而不是供给新建的数据中心。</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="410"/>
        <source>The article: data centres can be built where wind and sun are plentiful, such as China&apos;s west.</source>
        <translation>文章认为：数据中心可以建在风能和太阳能丰富的地方，比如中国西部。</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="414"/>
        <source>The Netherlands: Meta&apos;s planned data centre at Zeewolde met opposition; Meta put it on hold in March 2022 and dropped it in July 2022 (DutchNews, 2022).</source>
        <translation>荷兰：Meta计划在泽沃尔德建设的大型数据中心遭到反对，该计划于2022年3月被搁置，同年7月被放弃（DutchNews，2022年）。</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="419"/>
        <source>Sweden: the government proposed in its budget for 2023 to end the energy-tax cut data centres had had since 2017 (Riksdagen, 2022).</source>
        <translation>瑞典：政府在2023年预算案中提出，取消数据中心自2017年起享受的能源税减免（瑞典政府，2022年）。</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="424"/>
        <source>Iceland: %1 of its electricity is hydro power and the rest geothermal; %2 in 2023. Data centres go there for it and for the cool climate (The Irish Times, 2023).</source>
        <translation>冰岛：%1的电力来自水电，其余来自地热，2023年电网碳排放强度仅为%2。吸引数据中心的正是这种清洁电力和凉爽的气候（《爱尔兰时报》，2023年）。</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="131"/>
        <source>Water: %1 per Gemini prompt (Google, 2025); %2 per ChatGPT query (Altman, 2025); %3 evaporated to train GPT-3 (an estimate by Li et al., 2023); Google&apos;s data centres: %4 in 2023.</source>
        <translation>用水：Gemini每次问答耗水%1（谷歌，2025年）；ChatGPT每次问答耗水%2（奥特曼，2025年）；训练GPT-3时，数据中心现场蒸发了%3水（李鹏飞等估算，2023年）；谷歌数据中心2023年的耗水量为%4。</translation>
    </message>
    <message>
        <location filename="../../gui/views/grid_emissions.py" line="136"/>
        <source>Hardware: data-centre servers used to last %1, now %2 (de Vries, in the article): more chips are made, and making them emits too.</source>
        <translation>硬件：数据中心的服务器过去能用%1，现在只能用%2（德弗里斯，见文章），因此需要制造更多芯片，而制造芯片本身也会产生排放。</translation>
    </message>
</context>
<context>
    <name>GuessPanel</name>
    <message>
        <location filename="../../gui/widgets/guess_panel.py" line="108"/>
        <source>Reveal the answer</source>
        <extracomment>Positions on the slider: fine enough that every two-figure value can be reached near the middle.</extracomment>
        <translation>揭晓答案</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/guess_panel.py" line="109"/>
        <source>Guess again</source>
        <translation>再猜一次</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../gui/handout.py" line="69"/>
        <source>%1: twice %2, as every step that uses it doubles too (rounded to the inputs&apos; precision).</source>
        <translation>%1：是%2的两倍，因为用到它的每一步都随之翻倍（按输入数据的精度取整）。</translation>
    </message>
    <message>
        <location filename="../../gui/handout.py" line="101"/>
        <source>The article says “%1”. Work it out from its own inputs: is its rounding fair?</source>
        <translation>文章说“%1”。用文章自己的数据算一算：它的取整合理吗？</translation>
    </message>
    <message>
        <location filename="../../gui/handout.py" line="66"/>
        <source>The calculation gives %1. What would it give if “%2” were twice as large? Use the steps.</source>
        <extracomment>The handout&apos;s body text in pixels of the document (96 per inch): about 10.5 points on paper.</extracomment>
        <translation>计算结果是%1。如果“%2”增加到原来的两倍，结果会是多少？请按计算步骤算一算。</translation>
    </message>
    <message>
        <location filename="../../gui/handout.py" line="84"/>
        <source>Compare the calculation&apos;s result with “%1”: divide one by the other. What do you get?</source>
        <translation>把计算结果和“%1”比一比：用一个除以另一个，得到多少？</translation>
    </message>
    <message>
        <location filename="../../gui/handout.py" line="116"/>
        <source>Use the newer estimate “%1” instead. What does the calculation give now?</source>
        <translation>改用较新的估算“%1”，计算结果会变成多少？</translation>
    </message>
    <message>
        <location filename="../../gui/handout.py" line="226"/>
        <source>%1 times (divide the projection for %2 by the total of %3).</source>
        <translation>%1倍（用%2年的预测值除以%3年的用电量）。</translation>
    </message>
    <message>
        <location filename="../../gui/handout.py" line="275"/>
        <source>Your inputs</source>
        <translation>你的输入</translation>
    </message>
    <message>
        <location filename="../../gui/handout.py" line="276"/>
        <source>The answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../gui/handout.py" line="176"/>
        <source>Compared with</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../gui/handout.py" line="186"/>
        <source>Split into computing, cooling and other: %1</source>
        <translation>拆分为计算、冷却和其他：%1</translation>
    </message>
    <message>
        <location filename="../../gui/handout.py" line="188"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gui/handout.py" line="190"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../gui/handout.py" line="198"/>
        <source>What the sources say</source>
        <translation>各来源的数据</translation>
    </message>
    <message>
        <location filename="../../gui/handout.py" line="219"/>
        <source>Data centres used %1 in %2; the projection for %3 is %4. How many times as much is that?</source>
        <translation>%2年全球数据中心用电%1，%3年的预测为%4。后者是前者的多少倍？</translation>
    </message>
    <message>
        <location filename="../../gui/handout.py" line="246"/>
        <source>Which country on the chart uses about as much electricity in a year as all data centres did in %1?</source>
        <translation>图中哪个国家一年的用电量与%1年全球数据中心的用电量大致相当？</translation>
    </message>
    <message>
        <location filename="../../gui/handout.py" line="256"/>
        <source>The IEA and de Vries give different shares of a data centre&apos;s electricity for cooling. Read the line on cooling: how can both be right?</source>
        <translation>关于冷却占数据中心用电的比例，国际能源署和德弗里斯给出的数字不同。读一读关于冷却的那段说明：为什么两者都可能是对的？</translation>
    </message>
    <message>
        <location filename="../../gui/handout.py" line="261"/>
        <source>They describe different data centres: the IEA a typical one, de Vries older or less efficient ones; Google&apos;s own, at its PUE, spend far less. A share depends on which buildings are counted.</source>
        <translation>它们描述的是不同的数据中心：国际能源署说的是典型数据中心，德弗里斯说的是较老或能效较低的数据中心；谷歌自己的数据中心按其PUE计算，冷却等额外耗电要少得多。比例高低取决于统计的是哪些机房。</translation>
    </message>
    <message>
        <location filename="../../gui/handout.py" line="277"/>
        <source>How is this calculated?</source>
        <translation>这是怎么算出来的？</translation>
    </message>
    <message>
        <location filename="../../gui/handout.py" line="278"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/handout.py" line="279"/>
        <source>Questions for students</source>
        <translation>课堂练习</translation>
    </message>
    <message>
        <location filename="../../gui/handout.py" line="280"/>
        <source>Answer key</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <location filename="../../gui/handout.py" line="302"/>
        <source>Made with the AI Energy Calculator %1, offline. Every figure&apos;s source, year and status is above.</source>
        <translation>本讲义由AI能耗计算器%1离线生成。每项数据的来源、年份和核实情况均已在上文列出。</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../gui/views/home.py" line="149"/>
        <source>How much electricity does AI use?</source>
        <translation>人工智能要用多少电？</translation>
    </message>
    <message>
        <location filename="../../gui/views/home.py" line="152"/>
        <source>The claims of Sanlian Lifeweek&apos;s 2024 interview with Alex de Vries, step by step, with every number&apos;s source. Pick a question.</source>
        <translation>逐条验算《三联生活周刊》2024年阿莱克斯·德弗里斯专访中的说法，每项数据都注明来源。请选择一个问题。</translation>
    </message>
</context>
<context>
    <name>JevonsView</name>
    <message>
        <location filename="../../gui/views/jevons.py" line="187"/>
        <source>If chips get more efficient, will AI use less electricity?</source>
        <extracomment>The chart&apos;s unit in each language: Chinese counts in the article&apos;s 亿度 (its axis says so).</extracomment>
        <translation>芯片更节能了，AI就会少用电吗？</translation>
    </message>
    <message>
        <location filename="../../gui/views/jevons.py" line="190"/>
        <source>In 1865 the economist William Stanley Jevons noticed that Britain burned more coal, not less, after James Watt made steam engines far more efficient: cheaper power made engines worth using everywhere. AI chips may follow the same path. Each generation does more work per kWh, but if the demand for AI work grows faster, total electricity still rises. Move the sliders to see when.</source>
        <translation>1865年，经济学家威廉·斯坦利·杰文斯注意到：瓦特大大提高了蒸汽机的效率之后，英国烧的煤不是更少而是更多了，因为动力变便宜了，蒸汽机被用到了更多地方。AI芯片可能走同样的路：每一代芯片每度电能做更多的计算，但如果AI算力需求增长得更快，总用电量仍会上升。拖动滑块看看什么时候会这样。</translation>
    </message>
    <message>
        <location filename="../../gui/views/jevons.py" line="197"/>
        <source>Growth in demand for AI work per year</source>
        <translation>人工智能算力需求的年增长率</translation>
    </message>
    <message>
        <location filename="../../gui/views/jevons.py" line="198"/>
        <source>Work per kWh, new chip generation against the last</source>
        <translation>新一代芯片每度电的计算量是上一代的几倍</translation>
    </message>
    <message>
        <location filename="../../gui/views/jevons.py" line="198"/>
        <source>×</source>
        <translation>倍</translation>
    </message>
    <message>
        <location filename="../../gui/views/jevons.py" line="199"/>
        <source>Years between chip generations</source>
        <translation>芯片换代间隔（年）</translation>
    </message>
    <message>
        <location filename="../../gui/views/jevons.py" line="199"/>
        <location filename="../../gui/views/jevons.py" line="200"/>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../gui/views/jevons.py" line="200"/>
        <source>Years ahead</source>
        <translation>预测未来几年</translation>
    </message>
    <message>
        <location filename="../../gui/views/jevons.py" line="216"/>
        <source>AI&apos;s own electricity falls only if demand for AI work grows less than %1 a year</source>
        <translation>只有当算力需求的年增长率低于%1时，人工智能自身的用电量才会下降</translation>
    </message>
    <message>
        <location filename="../../gui/views/jevons.py" line="220"/>
        <source>Electricity per year (TWh)</source>
        <translation>每年用电量（亿度）</translation>
    </message>
    <message>
        <location filename="../../gui/views/jevons.py" line="232"/>
        <source>Chips do more work per kWh, and yet total use rises: %1 in %2</source>
        <translation>芯片每度电做的计算更多了，总用电量却仍在上升：%2年将达到%1</translation>
    </message>
    <message>
        <location filename="../../gui/views/jevons.py" line="234"/>
        <source>With these assumptions efficiency wins: total use falls to %1 in %2</source>
        <translation>按这些假设，效率占了上风：总用电量%2年将降至%1</translation>
    </message>
    <message>
        <location filename="../../gui/views/jevons.py" line="236"/>
        <source>With these assumptions total use stays about the same: %1 in %2</source>
        <translation>按这些假设，总用电量基本持平：%2年为%1</translation>
    </message>
    <message>
        <location filename="../../gui/views/jevons.py" line="243"/>
        <source>From %1 in %2 (the world&apos;s data centres, IEA). The IEA projects %3 for %4.</source>
        <translation>起点：%2年全球数据中心用电量为%1（国际能源署）。国际能源署预测%4年为%3。</translation>
    </message>
    <message>
        <location filename="../../gui/views/jevons.py" line="258"/>
        <source>Starting assumptions: leading AI chips do %1 more work per kWh each year (Epoch AI) and new chip generations come %2 apart (NVIDIA until 2024), so each generation does %3 times the work per kWh; this applies to the AI servers&apos; share of data centres (%4, IEA); the rest stays as it was. Demand for AI work grows %5 a year: the growth at which this model meets the IEA&apos;s projection for %6. Change any of them.</source>
        <translation>初始假设：领先的AI芯片每度电的计算量每年提高%1（Epoch AI），芯片每隔%2换代一次（英伟达2024年以前的节奏），因此每一代芯片每度电的计算量是上一代的%3倍；这只适用于数据中心里人工智能服务器所占的部分（%4，国际能源署），其余部分保持不变。算力需求每年增长%5：在这一增长率下，本模型的结果与国际能源署对%6年的预测基本吻合。以上各项都可以修改。</translation>
    </message>
    <message>
        <location filename="../../gui/views/jevons.py" line="289"/>
        <source>Your projection</source>
        <translation>你的预测</translation>
    </message>
    <message>
        <location filename="../../gui/views/jevons.py" line="293"/>
        <source>calculated from your inputs and %1</source>
        <translation>根据你的输入和%1计算</translation>
    </message>
    <message>
        <location filename="../../gui/views/jevons.py" line="298"/>
        <source>IEA projection</source>
        <translation>国际能源署预测</translation>
    </message>
    <message>
        <location filename="../../gui/views/jevons.py" line="304"/>
        <source>Observed (IEA)</source>
        <translation>已有数据（国际能源署估算）</translation>
    </message>
    <message>
        <location filename="../../gui/views/jevons.py" line="356"/>
        <source>%1 in %2, from %3 in %4</source>
        <translation>%2年%1（%4年为%3）</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../gui/kiosk.py" line="160"/>
        <source>Touch the screen to explore, or try the quiz</source>
        <extracomment>The exit status after a staff exit: supervisors (the systemd unit, Windows Shell Launcher) restart the program after any other exit, a crash or a scheduled `quit_after` included, but not after this one.</extracomment>
        <translation>触摸屏幕开始探索，或者做个小测验</translation>
    </message>
    <message>
        <location filename="../../gui/kiosk.py" line="177"/>
        <source>Staff exit</source>
        <translation>工作人员退出</translation>
    </message>
    <message>
        <location filename="../../gui/kiosk.py" line="178"/>
        <source>Type the staff PIN to close the exhibit.</source>
        <translation>请输入工作人员密码以关闭展项。</translation>
    </message>
    <message>
        <location filename="../../gui/kiosk.py" line="182"/>
        <source>Staff PIN</source>
        <translation>工作人员密码</translation>
    </message>
    <message>
        <location filename="../../gui/kiosk.py" line="187"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../gui/kiosk.py" line="189"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../gui/kiosk.py" line="190"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/kiosk.py" line="203"/>
        <source>That PIN is not right. Try again.</source>
        <translation>密码不正确，请重试。</translation>
    </message>
</context>
<context>
    <name>LessonButton</name>
    <message>
        <location filename="../../gui/lesson_button.py" line="43"/>
        <location filename="../../gui/lesson_button.py" line="44"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_button.py" line="45"/>
        <source>Save the inputs of every view as a lesson, or open one</source>
        <translation>把各个视图的输入保存为课程文件，或打开一个课程</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_button.py" line="46"/>
        <source>Open lesson…</source>
        <translation>打开课程……</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_button.py" line="47"/>
        <source>Save lesson…</source>
        <translation>保存课程……</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_button.py" line="48"/>
        <source>My figures…</source>
        <translation>我的数据……</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_button.py" line="49"/>
        <source>Save this story&apos;s handout as PDF…</source>
        <translation>把这个问题的讲义保存为PDF……</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_button.py" line="50"/>
        <source>Print this story&apos;s handout…</source>
        <translation>打印这个问题的讲义……</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_button.py" line="54"/>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_button.py" line="60"/>
        <source>Save lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_button.py" line="69"/>
        <source>This lesson cannot be opened</source>
        <translation>无法打开这个课程</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_button.py" line="78"/>
        <source>The lesson was not saved</source>
        <translation>课程没有保存</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_button.py" line="102"/>
        <source>Save handout</source>
        <translation>保存讲义</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_button.py" line="116"/>
        <source>The handout was not saved</source>
        <translation>讲义没有保存</translation>
    </message>
    <message>
        <location filename="../../gui/lesson_button.py" line="148"/>
        <source>Lessons (*%1 *.toml)</source>
        <translation>课程文件 (*%1 *.toml)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="441"/>
        <location filename="../../gui/main_window.py" line="442"/>
        <source>AI Energy Calculator</source>
        <translation>AI能耗计算器</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="443"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="448"/>
        <source>Theme</source>
        <translation>配色</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="646"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="647"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="443"/>
        <location filename="../../gui/main_window.py" line="483"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="206"/>
        <source>Your own figures were not loaded</source>
        <extracomment>The window&apos;s size on a first start (smaller where the screen is: see fit_to_screen). The text size of presentation mode (F11): the largest the reader can choose. From this text size on, the top bar keeps one row of navigation (arrows for previous and next) and shows the display controls, the lesson menu and About on a second row when asked: in one row they need more than 1024 pixels at 125 %.</extracomment>
        <translation>未能载入你的自定义数据</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="209"/>
        <source>%1

The program runs without them. The file is kept as it is: fix it, or open Lesson &gt; My figures… to enter them again.</source>
        <translation>%1

程序将在没有这些数据的情况下运行。原文件保持不变：你可以修改它，或打开“课程 &gt; 我的数据…”重新输入。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="447"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="449"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="452"/>
        <location filename="../../gui/main_window.py" line="453"/>
        <source>Display</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="454"/>
        <source>Colours, text size and About</source>
        <translation>配色、字号和“关于”</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="455"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="455"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="455"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="466"/>
        <source>Dataset version %1: %2 figures from %3 sources.</source>
        <translation>数据集版本 %1：%2项数据，来自%3个来源。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="472"/>
        <source>AI Energy Calculator, version %1</source>
        <translation>AI能耗计算器，版本 %1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="475"/>
        <source>Built around 袁越, “ChatGPT 一天‘吃’50万度电，AI的尽头是能源？”, Sanlian Lifeweek 2024 issue 18, and A. de Vries, “The growing energy footprint of artificial intelligence”, Joule 7(10), 2023. Every figure shows its source, year and status; see each view&apos;s Sources.</source>
        <translation>依据袁越《ChatGPT 一天“吃”50万度电，AI的尽头是能源？》（《三联生活周刊》2024年第18期）及德弗里斯（A. de Vries）的论文“The growing energy footprint of artificial intelligence”（人工智能日益增长的能源足迹，Joule 7(10)，2023）。每项数据都注明来源、年份和核实情况，见各页面的“来源”。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="479"/>
        <source>Free software under the MIT licence. Works offline; it never uses the network.</source>
        <translation>MIT许可的自由软件。离线运行，从不联网。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="488"/>
        <source>Configuration file: %1
Log: %2</source>
        <translation>配置文件：%1
日志：%2</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="647"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="652"/>
        <source>Present</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="653"/>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="655"/>
        <source>Leave presentation mode (F11)</source>
        <translation>退出演示模式（F11）</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="657"/>
        <source>Full screen with large text, for a classroom (F11)</source>
        <translation>全屏大字，适合课堂投影（F11）</translation>
    </message>
</context>
<context>
    <name>MyFiguresDialog</name>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="48"/>
        <location filename="../../gui/my_figures_dialog.py" line="52"/>
        <source>My figures</source>
        <extracomment>Units a teacher is offered first (any energy, or energy per year, may be typed). The year a new figure starts with.</extracomment>
        <translation>我的数据</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="53"/>
        <source>Add a figure</source>
        <translation>添加数据</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="54"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="60"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="61"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="70"/>
        <source>Your own yardsticks, such as your school&apos;s yearly electricity or your town&apos;s. They appear in every “Compare with” chooser marked (my figure), and in the free calculator by their id. They are saved in %1, never in the program&apos;s dataset.</source>
        <translation>你自己的对比参照，例如学校或所在城镇的年用电量。它们会出现在每个“对比”选择框中，并标有“（我的数据）”；在自由计算器中可以通过编号使用。它们只保存在%1中，不会写入程序自带的数据集。</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="112"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存%1：%2</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="140"/>
        <location filename="../../gui/my_figures_dialog.py" line="179"/>
        <source>approximate (“about”)</source>
        <translation>约数（数值前显示“约”）</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="165"/>
        <source>Name in English</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="166"/>
        <source>Name in Chinese</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="167"/>
        <source>What it is</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="168"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="169"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="170"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="171"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="173"/>
        <source>English plural</source>
        <translation>英文复数</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="174"/>
        <source>Chinese measure word</source>
        <translation>中文量词</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="175"/>
        <source>Id (for the calculator)</source>
        <translation>编号（供计算器调用）</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="192"/>
        <source>A home (counted: “as much as 3 homes use”)</source>
        <translation>家庭（按户数计：“相当于3户家庭的用电量”）</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="193"/>
        <source>A town or city</source>
        <translation>城镇或城市</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="194"/>
        <source>A country or region</source>
        <translation>国家或地区</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="195"/>
        <source>A power station</source>
        <translation>发电站</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="196"/>
        <source>A school, company or building</source>
        <translation>学校、公司或建筑</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="197"/>
        <source>An everyday thing (counted: “12 school days”)</source>
        <translation>日常事物（按个数计：“相当于12个上学日”）</translation>
    </message>
    <message>
        <location filename="../../gui/my_figures_dialog.py" line="212"/>
        <source>(new)</source>
        <translation>（新数据）</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <location filename="../../gui/views/quiz.py" line="70"/>
        <source>Five guesses from the article: how close can you get?</source>
        <translation>文章里的五个数据，你能猜得多准？</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../../gui/views/quiz.py" line="99"/>
        <location filename="../../gui/views/quiz.py" line="115"/>
        <source>See your result</source>
        <translation>查看结果</translation>
    </message>
    <message>
        <location filename="../../gui/views/quiz.py" line="99"/>
        <location filename="../../gui/views/quiz.py" line="115"/>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <location filename="../../gui/views/quiz.py" line="113"/>
        <source>Quiz: five guesses from the article</source>
        <translation>小测验：猜一猜文章里的五个数据</translation>
    </message>
    <message>
        <location filename="../../gui/views/quiz.py" line="116"/>
        <source>Explore the stories</source>
        <translation>去看看详细内容</translation>
    </message>
    <message>
        <location filename="../../gui/views/quiz.py" line="117"/>
        <source>Start again</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location filename="../../gui/views/quiz.py" line="127"/>
        <source>Question %1 of %2</source>
        <translation>第%1题，共%2题</translation>
    </message>
    <message>
        <location filename="../../gui/views/quiz.py" line="151"/>
        <source>You were close (within twice the answer) on %1 of %2 questions.</source>
        <translation>%2道题中，你有%1道猜得比较接近（与答案相差不到两倍）。</translation>
    </message>
</context>
<context>
    <name>SourcesClaimsView</name>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="209"/>
        <source>Where does every number come from, and does the article add up?</source>
        <translation>每项数据从哪里来？文章的算术对得上吗？</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="211"/>
        <source>Search figures: a word, an id, a year, a source…</source>
        <translation>搜索数据：关键词、编号、年份、来源……</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="212"/>
        <source>Search figures</source>
        <translation>搜索数据</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="213"/>
        <source>Show the ids (for typing into the calculator)</source>
        <translation>显示数据编号（可输入计算器）</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="215"/>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="216"/>
        <source>Figures and their sources</source>
        <translation>数据及其来源</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="217"/>
        <source>Export the table as CSV…</source>
        <translation>将表格导出为CSV……</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="218"/>
        <source>Copy the selected source&apos;s address</source>
        <translation>复制所选来源的网址</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="219"/>
        <location filename="../../gui/views/sources_claims.py" line="220"/>
        <source>The article&apos;s claims, checked</source>
        <translation>核对文章的说法</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="251"/>
        <source>Select a figure first.</source>
        <translation>请先选择一项数据。</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="255"/>
        <source>This source has no web address; its title is in the table.</source>
        <translation>这个来源没有网址，表中列有它的标题。</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="258"/>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="263"/>
        <source>Export figures</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="269"/>
        <source>Could not save the file: %1</source>
        <translation>无法保存文件：%1</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="271"/>
        <source>Saved %1 figures to %2</source>
        <translation>已将%1项数据保存到%2</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="275"/>
        <source>%1 of %2 figures</source>
        <translation>共%2项，显示%1项</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="355"/>
        <source>Id</source>
        <extracomment>Column widths at 100 % (they grow with the text size): the figures table&apos;s id, name and value; the claims table&apos;s claim, its figure and the calculator&apos;s result. The other columns&apos; width at 100 %, widened where the column&apos;s title needs more. The search box&apos;s narrowest width at 100 %: room for &quot;Search figures&quot;.</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="356"/>
        <source>Figure</source>
        <translation>数据项</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="357"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="358"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="359"/>
        <source>Status</source>
        <translation>核实情况</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="360"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="361"/>
        <source>Address</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="362"/>
        <source>Article&apos;s wording</source>
        <translation>文章原文</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="363"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="370"/>
        <source>The article says</source>
        <translation>文章的说法</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="371"/>
        <source>Its figure</source>
        <translation>文章的数据</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="372"/>
        <source>The calculator gives</source>
        <translation>计算结果</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="373"/>
        <source>Deviation</source>
        <translation>偏差</translation>
    </message>
    <message>
        <location filename="../../gui/views/sources_claims.py" line="374"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <location filename="../../gui/widgets/steps_panel.py" line="81"/>
        <source>The article:</source>
        <translation>文章：</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <location filename="../../gui/views/base.py" line="272"/>
        <source>Your guess</source>
        <extracomment>A lesson&apos;s choice that starts a story in guess mode (&quot;on&quot;) or not (&quot;off&quot;).</extracomment>
        <translation>你的猜测</translation>
    </message>
    <message>
        <location filename="../../gui/views/base.py" line="395"/>
        <location filename="../../gui/views/base.py" line="396"/>
        <source>Back to the article&apos;s numbers</source>
        <translation>恢复文章中的数据</translation>
    </message>
    <message>
        <location filename="../../gui/views/base.py" line="398"/>
        <source>Guess first</source>
        <translation>先猜一猜</translation>
    </message>
    <message>
        <location filename="../../gui/views/base.py" line="409"/>
        <source>Change the inputs</source>
        <translation>调整输入</translation>
    </message>
    <message>
        <location filename="../../gui/views/base.py" line="410"/>
        <source>Compare with</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../gui/views/base.py" line="412"/>
        <source>Household to compare with</source>
        <translation>用来对比的家庭</translation>
    </message>
    <message>
        <location filename="../../gui/views/base.py" line="413"/>
        <source>Place or power station to compare with</source>
        <translation>用来对比的地区或电站</translation>
    </message>
    <message>
        <location filename="../../gui/views/base.py" line="414"/>
        <source>Everyday thing to compare with</source>
        <translation>用来对比的日常用电</translation>
    </message>
    <message>
        <location filename="../../gui/views/base.py" line="417"/>
        <source>How is this calculated?</source>
        <translation>这是怎么算出来的？</translation>
    </message>
    <message>
        <location filename="../../gui/views/base.py" line="418"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>TermLinks</name>
    <message>
        <location filename="../../gui/widgets/term_links.py" line="47"/>
        <source>Glossary: %1</source>
        <translation>术语表：%1</translation>
    </message>
    <message>
        <location filename="../../gui/widgets/term_links.py" line="65"/>
        <source>Words on this page:</source>
        <translation>本页用到的词：</translation>
    </message>
</context>
</TS>
