//! The Chinese (Simplified) catalogue: one table of (English, Chinese)
//! pairs, keyed by the English text exactly as the code passes it to
//! `Locale::tr` / `Locale::trf` / `Note::new`. Templates keep their `{}`
//! holes; a translation that needs another order numbers them
//! (`{1}年突破{0}`, see `Locale::trf`). Data, not code: a new language is a
//! table like this one plus a `LangInfo`. Looked up through a map built on
//! first use (`super::catalogue`); each key appears once (a test checks).

/// Every Chinese translation, grouped by who uses it.
pub static ZH: &[(&str, &str)] = &[
    // The core: views, story, formatting, the dataset's entity, metric and
    // firm names.
    (" (article)", "（文章）"),
    (" (article, corrected)", "（文章，已更正）"),
    (" (later report)", "（后来的报告）"),
    (" (yours)", "（你的）"),
    ("; ", "；"),
    (", ", "，"),
    ("Already above {} in {}", "{1}年已高于{0}"),
    (
        "Chance of reaching {} ({} samples): {}.",
        "达到{0}的概率（{1}个样本）：{2}。",
    ),
    (
        "China live-stream e-commerce: projected size",
        "中国直播电商：预测规模",
    ),
    ("Does not reach {} by {}", "到{1}年仍未达到{0}"),
    (
        "Douyin: live-stream GMV, your projection",
        "抖音：直播GMV，你的预测",
    ),
    (
        "Each bar: {} with one assumption at the low, then the high end of its range, all others at their medians.",
        "每根条形：{}，其中一个假设先取其区间的低端、再取高端，其余假设均取中位数。",
    ),
    ("Passes {} in {}", "{1}年突破{0}"),
    (
        "The industry does not reach {} by {}.",
        "到{1}年，行业仍未达到{0}。",
    ),
    (
        "The industry is already above {} in {}.",
        "{1}年，行业已高于{0}。",
    ),
    ("The industry passes {} in {}.", "行业在{1}年突破{0}。"),
    ("The level", "目标规模"),
    ("Your assumption", "你的假设"),
    ("Your assumptions: {}", "你的假设：{}"),
    (
        "Your choice (default: the article's trillion level)",
        "你的选择（默认：文章所说的万亿级）",
    ),
    (
        "Your {} gives {} in {}: {}.",
        "你的{0}意味着{2}年达到{1}：{3}。",
    ),
    (
        "above both of the article's forecasts",
        "高于文章的两个预测",
    ),
    (
        "below both of the article's forecasts",
        "低于文章的两个预测",
    ),
    (
        "between the article's two forecasts",
        "介于文章的两个预测之间",
    ),
    ("by {}: {}%", "{}年前：{}%"),
    ("corrected", "已更正"),
    ("range as printed", "按英文译文的区间"),
    ("as printed; corrected: {}", "按英文译文；更正后为{}"),
    ("as printed (corrected: {})", "按英文译文（更正后为{}）"),
    ("within the article's {} forecast", "在文章{}的预测之内"),
    ("{} ({} on {})", "{0}（{2}的{1}）"),
    ("{} growth {} ({})", "{0}{1}年增长（{2}）"),
    ("{} in {}", "{1}年{0}"),
    ("{} a year in {}", "{1}年每年{0}"),
    ("{}: projected GMV", "{}：预测GMV"),
    // A figure's scope (`Scope::text`) and the labels written with it
    // (`tips::scoped_name`); the series names are the same words.
    ("live-stream e-commerce", "直播电商"),
    ("all e-commerce", "全部电商"),
    ("{}, {}", "{}，{}"),
    ("Douyin, live-stream e-commerce", "抖音，直播电商"),
    ("Live-commerce industry", "直播电商行业"),
    ("Douyin, all e-commerce", "抖音，全部电商"),
    ("Kuaishou, all e-commerce", "快手，全部电商"),
    ("Taobao Live", "淘宝直播"),
    ("Industry", "行业"),
    ("Douyin", "抖音"),
    ("Douyin live", "抖音直播"),
    ("Kuaishou", "快手"),
    ("growth", "增长"),
    (
        "Market-size figures from different firms use different definitions, so each firm's figures are a separate series of markers and are never joined into one line.",
        "不同机构的市场规模数据口径不同，因此每家机构的数据是一组单独的标记，从不连成一条线。",
    ),
    (
        "Later reports are markers, one series per firm, never joined; hover or tap one for its source.",
        "后来的报告以标记显示，每家机构一组，从不连线；悬停或点按标记可查看来源。",
    ),
    (
        "No later report gives Douyin's live-only GMV, so there is nothing to set against this projection.",
        "没有后来的报告单独给出抖音的直播GMV，因此无从与这一预测对照。",
    ),
    (
        "Not drawn, being forecasts made at the time rather than outcomes: {}.",
        "未画出（这些是当时的预测，而非实际结果）：{}。",
    ),
    (
        "Not drawn, covering part of a year only: {}. All are listed under Sources.",
        "未画出（只覆盖一年中的一部分）：{}。全部列在“来源”中。",
    ),
    (
        "Not drawn, covering part of a year only: {}.",
        "未画出（只覆盖一年中的一部分）：{}。",
    ),
    (
        "Not drawn, dated before {}, where the charts start: {}.",
        "未画出（早于图表起始的{}年）：{}。",
    ),
    (
        "Kuaishou prospectus (Global Offering, January 2021)",
        "快手招股书（全球发售，2021年1月）",
    ),
    (
        "Kuaishou 2020 annual results (March 2021)",
        "快手2020年全年业绩（2021年3月）",
    ),
    (
        "What happened next: Douyin's all e-commerce GMV (live and not) was over {} in 2020 ({}; {}). No live-only figure for 2020 was found, so the forecasts cannot be checked directly.",
        "后来的情况：2020年抖音全部电商GMV（含直播与非直播）超过{}（{}；{}）。未找到2020年的直播单项数据，因此无法直接检验这些预测。",
    ),
    ("already in {}", "{}年已达到"),
    ("not by {}", "到{}年仍未达到"),
    (
        "Each line is a scenario's point projection: every growth at its median; ranges are not drawn.",
        "每条线是一个情景的点预测：每项增长取中位数；不画区间。",
    ),
    ("Growth span", "增长率区间"),
    ("Key number", "关键数字"),
    (
        "Key numbers of the compared scenarios: {}, years and % as each row says; differences are from the first scenario (in percentage points for growth)",
        "所比较情景的关键数字：单位按各行所示（{}、年份或%）；差值相对于第一个情景（增长率以百分点计）",
    ),
    (
        "Key numbers: {}, years and % as each row says; the last columns give each scenario's difference from the first (percentage points, pp, for growth rates).",
        "关键数字：单位按各行所示（{}、年份或%）；最后几列为各情景与第一个情景之差（增长率以百分点pp计）。",
    ),
    (
        "Level the industry is measured against",
        "衡量行业的目标规模",
    ),
    (
        "Point projections of the compared scenarios",
        "所比较情景的点预测",
    ),
    ("Scenario {}", "情景{}"),
    ("Scenario “{}”: {}", "情景“{}”：{}"),
    (
        "Year the industry reaches the level",
        "行业达到目标规模的年份",
    ),
    ("Year", "年份"),
    ("same year", "同一年"),
    (
        "{} read the article's contradictory figures as corrected, the others as printed.",
        "{}按更正后的数字解读文章中自相矛盾的数据，其他情景按英文译文解读。",
    ),
    ("{} year", "{}年"),
    ("{} years", "{}年"),
    ("{}: % difference vs {}", "{}：相对{}的差异（%）"),
    ("{}: difference vs {}", "{}：相对{}的差值"),
    (
        "{}: growth a year over the scenario's span (%)",
        "{}：情景区间内的年均增长率（%）",
    ),
    (
        "{}: point projection of each scenario",
        "{}：各情景的点预测",
    ),
    (
        "618 peaks on 18 June every year",
        "“618”每年在6月18日达到高峰",
    ),
    ("A star's first Douyin live stream", "明星的首场抖音直播"),
    (
        "China's mid-year online shopping festival, at its peak",
        "中国年中网购节，正值高峰",
    ),
    ("The 618 shopping festival", "“618”购物节"),
    (
        "The article mentions the 2019 festival (Beibeitu's 12 million yuan); 618 peaks on 18 June every year",
        "文章提到了2019年的“618”（贝贝兔的1,200万元）；“618”每年在6月18日达到高峰",
    ),
    ("{} of sales in 3 hours", "3小时销售额{}"),
    ("{} viewers", "{}观看"),
    ("{} (reported by {})", "{}（据{}报道）"),
    ("{}: 618 festival", "{}：“618”购物节"),
    ("{}: star stream", "{}：明星直播"),
    (
        "{}; the date and the streamer (Luo Yonghao) per later reporting",
        "{}；日期和主播（罗永浩）据后来的报道",
    ),
    (
        "Douyin live ×5–6 or ×10–12 in 2020",
        "2020年抖音直播是上一年的5–6倍或10–12倍",
    ),
    ("Douyin live: {}", "抖音直播：{}"),
    (
        "Firms measure the market differently, so each ratio compares the article's forecast with one firm's figure; they are not one series.",
        "各机构对市场的统计口径不同，因此每个比值都是文章的预测与某一家机构数据之比；它们不构成一个序列。",
    ),
    ("Forecast", "预测"),
    (
        "Industry doubles in 2020 (×2 → {})",
        "行业2020年翻番（×2 → {}）",
    ),
    (
        "No live-only figure for 2020 was published.",
        "没有公布2020年的直播单项数据。",
    ),
    (
        "No live-only figure published (see below)",
        "没有公布直播单项数据（见下文）",
    ),
    (
        "No live-only figure published. Douyin's all e-commerce: {} → over {} (×{}).",
        "没有公布直播单项数据。抖音全部电商：{} → 超过{}（×{}）。",
    ),
    ("Period", "时期"),
    ("Reported by", "报告方"),
    ("Reported ÷ forecast", "报告值 ÷ 预测值"),
    ("Reported low", "报告值下限"),
    ("Reported high", "报告值上限"),
    (
        "The article's forecasts against later reports",
        "文章的预测与后来的报告对照",
    ),
    ("the doubling", "翻番预测"),
    ("the trillion level", "万亿级"),
    // The article's printed words, as the story quotes them.
    ("double", "翻番"),
    (
        "The article: China's live-stream e-commerce sold {} in {}, and the statistics it quotes expect it to “{}” in {} and to reach the “{}”.",
        "文章称：{1}年中国直播电商规模达{0}，文章引用的统计预计{3}年将“{2}”，并达到“{4}”。",
    ),
    ("trillion level", "万亿级"),
    ("{} against {} of {}: ×{}", "{0}，对比{1}的{2}：×{3}"),
    (
        "“Trillion level” (no year given): size ÷ 1 trillion",
        "“万亿级”（未给出年份）：规模 ÷ 1万亿",
    ),
    (
        "GMV here is each platform's whole e-commerce GMV (live and not), except Taobao Live's, which is live only. Douyin has called press figures of its GMV inaccurate.",
        "这里的GMV是各平台全部电商的GMV（含直播与非直播），淘宝直播除外（仅为直播）。抖音曾称媒体报道的其GMV数据不准确。",
    ),
    ("Platform", "平台"),
    ("Platforms' GMV by year", "各平台历年GMV"),
    ("Source", "来源"),
    ("the article ({})", "文章（{}）"),
    ("{} · the article", "{} · 文章"),
    ("2019 GMV by platform", "2019年各平台GMV"),
    ("Article's forecast {}", "文章的预测{}"),
    ("Article: 2019 live GMV", "文章：2019年直播GMV"),
    ("Article: 2019 size", "文章：2019年规模"),
    ("Assumption", "假设"),
    (
        "Chance at or above the level by then",
        "届时达到或超过目标规模的概率",
    ),
    (
        "China's live-stream e-commerce: projection, Monte Carlo bands and later reports",
        "中国直播电商：预测、蒙特卡洛区间与后来的报告",
    ),
    ("Douyin live-stream GMV", "抖音直播GMV"),
    ("Later report: {}", "后来的报告：{}"),
    ("Level: {}", "目标规模：{}"),
    ("Multiplier (×)", "倍数（×）"),
    ("Reading", "解读"),
    (
        "Sensitivity of {} (all at medians: {})",
        "{}的敏感性（全部取中位数时：{}）",
    ),
    ("Series", "序列"),
    ("Low", "下限"),
    ("High", "上限"),
    ("Value", "数值"),
    ("Output at low end", "取低端时的结果"),
    ("Output at high end", "取高端时的结果"),
    ("Swing", "摆幅"),
    ("Your multiplier", "你的倍数"),
    ("as printed", "按英文译文"),
    ("corrected (printed {})", "已更正（英文译文为{}）"),
    (
        "the article (\"trillion level\", no year given)",
        "文章（“万亿级”，未给出年份）",
    ),
    ("the article", "文章"),
    ("{}: projection", "{}：预测"),
    (
        "{}: projection, Monte Carlo bands and later reports",
        "{}：预测、蒙特卡洛区间与后来的报告",
    ),
    ("{}, {}: {}", "{}，{}：{}"),
    ("{}, {} ({}): {}", "{}，{}（{}）：{}"),
    ("{}, {} ({}): ", "{}，{}（{}）："),
    (
        "The article (Marketing Newspaper, 2020)",
        "文章（Marketing Newspaper，2020年）",
    ),
    ("confirmed by {} sources", "经{}个来源证实"),
    ("disputed", "有争议"),
    ("single source", "单一来源"),
    ("{} (corrected; printed {})", "{}（已更正；英文译文为{}）"),
    (
        "{} (as printed; corrected: {})",
        "{}（按英文译文；更正后为{}）",
    ),
    (
        "{} (corrected; the article prints {}, {})",
        "{}（已更正；文章英文译文为{}，{}）",
    ),
    (
        "{} (as printed, {}; corrected: {}, where projections start)",
        "{}（按英文译文，{}；更正后为{}，预测从这里开始）",
    ),
    (
        "starts from the corrected {} figure, {} (the article prints {})",
        "从更正后的{}年数字{}开始（文章英文译文为{}）",
    ),
    (
        "starts from the {} figure as printed, {} (corrected: {})",
        "从按英文译文的{}年数字{}开始（更正后为{}）",
    ),
    (
        "which the article's own total for the whole industry, {}, rules out",
        "与文章自己给出的全行业总量{}相矛盾",
    ),
    (
        "{}, {}: corrected to {}; the article prints {}. {}",
        "{}，{}：已更正为{}；文章英文译文为{}。{}",
    ),
    (
        "{}, {}: shown as printed, {}; corrected, {}. {} Projections start from the corrected figure in either reading.",
        "{}，{}：按英文译文显示为{}；更正后为{}。{}无论按哪种读法，预测都从更正后的数字开始。",
    ),
    (
        "{}, {}: shown as printed, {}; corrected, {}. {}",
        "{}，{}：按英文译文显示为{}；更正后为{}。{}",
    ),
    ("more than", "超过"),
    ("over", "超过"),
    ("billion yuan", "十亿元"),
    ("million yuan", "百万元"),
    ("million", "百万"),
    ("billion", "十亿"),
    ("items", "件"),
    ("hours", "小时"),
    (
        "the Douyin star live stream of 1 April 2020",
        "2020年4月1日的抖音明星直播",
    ),
    ("Sales per viewer, {}", "每位观众的销售额：{}"),
    ("Sales per hour, {}", "每小时销售额：{}"),
    (
        "Average price per item sold by Beibeitu, 618 festival 2019",
        "贝贝兔在2019年“618”期间售出商品的平均单价",
    ),
    (
        "Live streams' share of Douyin's e-commerce GMV, 2019",
        "2019年直播在抖音电商GMV中的占比",
    ),
    (
        "Douyin's share of China's live-commerce market, 2019",
        "2019年抖音在中国直播电商市场中的份额",
    ),
    (
        "Kuaishou's share of China's live-commerce market, 2019",
        "2019年快手在中国直播电商市场中的份额",
    ),
    (
        "Live commerce as a share of China's online retail sales, 2019 (two sources with their own definitions)",
        "2019年直播电商占中国网上零售额的比例（两个来源，口径各异）",
    ),
    ("of {}, per {}", "（{}，据{}）"),
    (" (corrected; printed {})", "（已更正；英文译文为{}）"),
    (" (as printed; corrected: {})", "（按英文译文；更正后为{}）"),
    (
        " — both are lower bounds, so the result is neither a lower nor an upper bound",
        "——两者都是下限，因此结果既不是下限也不是上限",
    ),
    ("at least {}", "至少{}"),
    ("at most {}", "至多{}"),
    ("about {}", "约{}"),
    ("downloads", "下载量"),
    ("Nothing was typed.", "没有输入内容。"),
    ("“{}” is not a number.", "“{}”不是数字。"),
    (
        "“{}” could be {} or {}: write the decimal point as “.”, and thousands in groups of three.",
        "“{}”可能是{}，也可能是{}：小数点请用“.”，千位分隔符每三位一组。",
    ),
    ("“{}” must be above zero.", "“{}”必须大于零。"),
    ("the lowest the model takes", "模型允许的最小值"),
    ("the highest the model takes", "模型允许的最大值"),
    ("{} is beyond {}; using {}.", "{}超出了{}；改用{}。"),
    (
        "Write the decimal point as “.”, as in 6.9.",
        "小数点请用“.”，例如6.9。",
    ),
    ("Level", "水平"),
    ("Seed", "随机种子"),
    (
        "“{}” is not a whole number of 0 or more.",
        "“{}”不是大于或等于0的整数。",
    ),
    ("Seed: {}; kept {}", "随机种子：{}；保留{}"),
    ("Sections", "章节"),
    ("Story", "故事"),
    ("Third pole", "第三极"),
    ("Scenario", "情景"),
    ("What happened", "后来怎样"),
    ("Data", "数据"),
    ("Skip to the story", "跳到故事"),
    ("Skip to the charts", "跳到图表"),
    (
        "Sampling the ranges of the assumptions ({} runs), the chance of reaching {} by {} is {}%.",
        "对各项假设的区间抽样（{0}次）后，到{2}年达到{1}的概率为{3}%。",
    ),
    (
        "The chance of reaching {} shows here once the ranges of the assumptions have been sampled.",
        "对各项假设的区间完成抽样后，这里将显示达到{}的概率。",
    ),
    ("kept {}", "保留{}"),
    ("{} ({}) in 2020", "2020年{}（{}）"),
    ("{} 2019's GMV", "2019年GMV的{}"),
    ("{} a year ({})", "每年{}（{}）"),
    ("Industry growth in 2020", "2020年行业增长"),
    ("Industry growth a year, 2021–2022", "2021–2022年行业年增长"),
    ("Industry growth a year, 2023–2030", "2023–2030年行业年增长"),
    (
        "Douyin live-stream GMV in 2020, times 2019's",
        "2020年抖音直播GMV，为2019年的倍数",
    ),
    ("The level the industry is to reach", "行业要达到的规模"),
    (
        "6.8985 yuan per US dollar: the 2019 annual average, National Bureau of Statistics of China, Statistical Communiqué on the 2019 National Economic and Social Development (February 2020)",
        "1美元兑6.8985元人民币：2019年全年平均汇率，国家统计局《2019年国民经济和社会发展统计公报》（2020年2月）",
    ),
    ("China live-stream e-commerce", "中国直播电商"),
    (
        "China live-stream e-commerce (key monitored platforms)",
        "中国直播电商（重点监测平台）",
    ),
    ("China", "中国"),
    ("ByteDance", "字节跳动"),
    ("Beibeitu (Douyin KOL)", "贝贝兔（抖音达人）"),
    (
        "Douyin star live stream, 1 April 2020",
        "2020年4月1日抖音明星直播",
    ),
    ("Luo Yonghao first Douyin live stream", "罗永浩抖音首场直播"),
    (
        "Dong Mingzhu first Douyin live stream",
        "董明珠抖音首场直播",
    ),
    ("Dong Mingzhu Kuaishou live stream", "董明珠快手直播"),
    ("daily active users", "日活跃用户"),
    ("download users", "下载用户"),
    ("duration", "时长"),
    ("e-commerce GMV (total turnover)", "电商GMV（总交易额）"),
    ("e-commerce GMV (total)", "电商GMV（总额）"),
    ("e-commerce GMV", "电商GMV"),
    ("items sold during the 618 festival", "“618”期间售出件数"),
    ("live-stream e-commerce GMV", "直播电商GMV"),
    (
        "live-stream e-commerce GMV growth on 2019",
        "直播电商GMV较2019年的增长",
    ),
    ("market size", "市场规模"),
    ("market size growth on 2019", "市场规模较2019年的增长"),
    (
        "revenue goal, with e-commerce as the 'second curve'",
        "营收目标（以电商为“第二曲线”）",
    ),
    ("sales (turnover)", "销售额"),
    (
        "sales (turnover) during the 618 festival",
        "“618”期间销售额",
    ),
    ("viewers", "观看人数"),
    ("GMV", "GMV"),
    ("live-commerce users", "直播电商用户"),
    ("online retail sales", "网上零售额"),
    ("sales", "销售额"),
    ("transaction volume", "交易额"),
    ("iiMedia Research", "艾媒咨询"),
    ("KPMG and AliResearch", "毕马威和阿里研究院"),
    ("Ministry of Commerce", "商务部"),
    ("100EC (Wangjingshe)", "网经社"),
    ("Qianzhan Industry Research", "前瞻产业研究院"),
    (
        "Askci (China Commercial Industry Research Institute)",
        "中商产业研究院",
    ),
    ("National Bureau of Statistics", "国家统计局"),
    ("Kuaishou investor relations", "快手投资者关系"),
    ("Kuaishou prospectus", "快手招股书"),
    ("Kuaishou results", "快手业绩"),
    ("South China Morning Post", "《南华早报》"),
    ("Xindou data (third party)", "新抖（第三方数据）"),
    ("Douyin data", "抖音数据"),
    ("the article (corrected unit)", "文章（更正单位后）"),
    (
        "LatePost (low) and 36Kr (high; includes product cards)",
        "LatePost（低值）和36氪（高值；含商品卡）",
    ),
    (
        "press reports (Lois in Beijing; Kungfu Data)",
        "媒体报道（Lois in Beijing；Kungfu Data）",
    ),
    ("Alibaba", "阿里巴巴"),
    ("Caixin", "财新"),
    // Notes of the share link, the bounds checks and the session
    // (`locale::Note`); the `{}` holes are values, quoted text or
    // phrases translated on their own.
    ("{}.", "{}。"),
    ("Link: {}", "链接：{}"),
    ("Saved scenario “{}”: {}", "已保存的情景“{}”：{}"),
    ("“{}”: {}", "“{}”：{}"),
    (
        "The exchange rate is not a number; using the default, {} yuan per US dollar.",
        "汇率不是数字；改用默认值，每美元{}元。",
    ),
    (
        "The exchange rate {} is below {}; using {} yuan per US dollar.",
        "汇率{}低于{}；改用每美元{}元。",
    ),
    (
        "The exchange rate {} is above {}; using {} yuan per US dollar.",
        "汇率{}高于{}；改用每美元{}元。",
    ),
    ("{} {} growth", "{}{}年增长倍数"),
    ("{} {} growth, low end,", "{}{}年增长倍数下限"),
    ("{} {} growth, high end,", "{}{}年增长倍数上限"),
    ("{} is not a number; using ×{}", "{}不是数字；改用×{}"),
    ("{} ×{} is below ×{}; using ×{}", "{}×{}低于×{}；改用×{}"),
    ("{} ×{} is above ×{}; using ×{}", "{}×{}高于×{}；改用×{}"),
    (
        "{} {} growth: low end ×{} is above high end ×{}; swapped",
        "{}{}年增长倍数：下限×{}高于上限×{}；已对调",
    ),
    (
        "{} base {} is not a positive amount; using {} ({})",
        "{}基数{}不是正数；改用{}（{}）",
    ),
    ("{} base {} is below {}; using {}", "{}基数{}低于{}；改用{}"),
    ("{} base {} is above {}; using {}", "{}基数{}高于{}；改用{}"),
    (
        "{} growth phases did not cover {}–{} in order; reset to {}",
        "{}的增长阶段未按顺序覆盖{}–{}年；已重置为{}",
    ),
    (
        "{} was missing; using the article's low case",
        "缺少{}；改用文章的低情形",
    ),
    (
        "{} appeared {} times; kept the first",
        "{}出现了{}次；保留第一个",
    ),
    (
        "Level is not a number; using {}",
        "目标规模不是数字；改用{}",
    ),
    ("Level {} is below {}; using {}", "目标规模{}低于{}；改用{}"),
    ("Level {} is above {}; using {}", "目标规模{}高于{}；改用{}"),
    ("{} samples is below {}; using {}", "样本数{}低于{}；改用{}"),
    ("{} samples is above {}; using {}", "样本数{}高于{}；改用{}"),
    (
        "Sensitivity year {} is outside 2020–{}; using 2025",
        "敏感性年份{}不在2020–{}年之间；改用2025年",
    ),
    (
        "Growth span {}–{} is not within 2019–{}; using 2019–2025",
        "增长率区间{}–{}不在2019–{}年之内；改用2019–2025年",
    ),
    (
        "{} more problem in the link is not listed here.",
        "另有{}处问题未在此列出。",
    ),
    (
        "{} more problems in the link are not listed here.",
        "另有{}处问题未在此列出。",
    ),
    ("The version", "版本"),
    ("The preset", "预设"),
    ("The reading", "解读方式"),
    ("The industry chart's scale", "行业图表的刻度"),
    ("The projection explorer's series", "预测浏览器的系列"),
    ("The sensitivity output", "敏感性分析的输出"),
    ("The growth-rate span", "增长率区间"),
    ("The number of samples", "样本数"),
    ("The seed", "随机种子"),
    ("The language", "语言"),
    ("The currency", "货币"),
    ("The exchange rate", "汇率"),
    ("The embedded chart", "嵌入的图表"),
    ("The embedded chart's tabs", "嵌入图表的标签页"),
    ("with its Table and Sources tabs", "附带表格和来源标签页"),
    ("The hidden series of the chart “{}”", "图表“{}”隐藏的系列"),
    (
        "The chart “{}” has no series to hide, so {} was ignored.",
        "图表“{}”没有可隐藏的系列，因此{}已被忽略。",
    ),
    (
        "The chart “{}” has no series {}, so it was ignored.",
        "图表“{}”没有系列{}，因此已被忽略。",
    ),
    (
        "There is no chart “{}” in this app, so its hidden series were ignored.",
        "本应用中没有图表“{}”，因此其隐藏的系列已被忽略。",
    ),
    (
        "There is no chart “{}” in this app, so its hidden series ({} times) were ignored.",
        "本应用中没有图表“{}”，因此其隐藏的系列（{}次）已被忽略。",
    ),
    ("Unknown field “{}” was ignored.", "未知字段“{}”已忽略。"),
    (
        "Unknown field “{}” ({} times) was ignored.",
        "未知字段“{}”（{}次）已忽略。",
    ),
    (
        "The link is {} bytes long; only the first {} were read and the rest was ignored.",
        "链接长{}字节；只读取了前{}字节，其余部分已忽略。",
    ),
    ("one of {}", "{}之一"),
    ("{} growth: {}", "{}增长倍数：{}"),
    ("not a number; using ×{}", "不是数字；改用×{}"),
    ("×{} is below ×{}; using ×{}", "×{}低于×{}；改用×{}"),
    ("×{} is above ×{}; using ×{}", "×{}高于×{}；改用×{}"),
    (
        "not a number; kept the previous value",
        "不是数字；保留原值",
    ),
    ("{} is outside {}; using {}", "{}超出{}的范围；改用{}"),
    ("{}: {}; {}", "{}：{}；{}"),
    ("a number of billion yuan", "以十亿元计的数字"),
    ("a whole number", "整数"),
    ("1 or 0", "1 或 0"),
    ("a whole number from 0 to {}", "0到{}之间的整数"),
    ("log or linear", "对数或线性"),
    ("two years such as 2019-2025", "两个年份，如2019-2025"),
    ("chart, table or sources", "图表、表格或来源"),
    (
        "a number of yuan per US dollar from {} to {}",
        "{}到{}之间的数字（每美元兑人民币元数）",
    ),
    ("{}'s GMV", "{}的GMV"),
    ("{}'s live-stream GMV", "{}的直播GMV"),
    (
        "the whole live-commerce industry's {}",
        "整个直播电商行业的{}",
    ),
    ("the whole e-commerce market's {}", "整个电商市场的{}"),
    ("its all e-commerce GMV of {}", "其全部电商GMV{}"),
    ("{} {} ({}, {})", "{0}{1}（{2}，{3}）"),
    ("as corrected", "按更正后"),
    (
        "{} is above {}, so one of the two figures is wrong.",
        "{}高于{}，因此两个数字中有一个是错的。",
    ),
    (
        "{} is above {}: even its lower end exceeds the total, so one of the two figures is wrong.",
        "{}高于{}：连其下限都超过了总量，因此两个数字中有一个是错的。",
    ),
    (
        " and even its lower end is {} of it, leaving little or nothing for anyone else",
        "，即使其下限也占了总量的{}，几乎没有给其他平台留下空间",
    ),
    (
        "{} reaches above {}, and even its lower end leaves only {} for everyone else, where {} sold at least {}: one of the figures is wrong.",
        "{}超出了{}，即使取其下限，留给其他所有平台的也只有{}，而{}至少卖出了{}：其中必有一个数字是错的。",
    ),
    ("{} ({}, the article)", "{}（{}，文章）"),
    ("{} ({}, later reports)", "{}（{}，后来的报告）"),
    ("{} and {}", "{}和{}"),
    (
        "{}'s forecast \"{}\" ({}) is not dated after the actual figure it builds on, {} ({}): a forecast must look ahead of its base.",
        "{}的预测“{}”（{}）的时间并不晚于其所依据的实际数字{}（{}）：预测必须着眼于基数之后。",
    ),
    // Text drawn on charts: tooltips, legends, crosshair readouts and
    // accessible descriptions.
    // Axes and captions.
    (" (log scale)", "（对数刻度）"),
    ("; {} at zero or below not shown", "；{} 个零或负值未显示"),
    ("×1 = as forecast", "×1 = 与预测相符"),
    // Marks and labels.
    ("Monte Carlo, {}", "蒙特卡洛模拟，{}年"),
    (
        "median {}; 50% within {}; 90% within {}",
        "中位数 {}；50% 区间 {}；90% 区间 {}",
    ),
    ("Your assumptions' ranges, sampled", "按你的假设区间抽样"),
    ("Projection", "预测"),
    ("90% band", "90% 区间"),
    ("The article", "文章"),
    ("Yours", "你的设定"),
    ("Yours {}: {}", "你的设定 {}：{}"),
    ("{}: {} (article)", "{}年：{}（文章）"),
    ("low: {}", "低：{}"),
    ("high: {}", "高：{}"),
    (
        "{} at the low end, {} at the high end",
        "取低端时 {}，取高端时 {}",
    ),
    (
        "Your assumptions; the others at their medians",
        "你的假设；其余取中位数",
    ),
    ("all at medians: {}", "全部取中位数：{}"),
    (
        "Every assumption is a point: give one a range to see what it moves.",
        "每个假设都是单一值：给某个假设设定区间，即可看到它的影响。",
    ),
    // Legends.
    (
        "Projection from your assumptions (filled dot: the article's 2019 figure)",
        "按你的假设预测（实心点：文章的2019年数字）",
    ),
    (
        "Filled marker: confirmed by two or more sources. Hollow: a single source. Hollow with “?”: disputed. A vertical bar: a range. Hover or tap a marker for its source.",
        "实心标记：两个或以上来源证实。空心：单一来源。带“?”的空心：有争议。竖线：区间。将指针悬停或轻触标记可查看来源。",
    ),
    ("Show or hide a series", "显示或隐藏数据系列"),
    ("Scale", "刻度"),
    ("Linear", "线性"),
    ("Logarithmic scale", "对数刻度"),
    // Accessible descriptions.
    ("Line chart", "折线图"),
    ("No data to draw.", "没有可绘制的数据。"),
    ("Line chart, {}–{}, {}", "折线图，{}–{}年，{}"),
    (
        "Projection from {} in {} to {} in {}.",
        "预测从{}（{}年）增至{}（{}年）。",
    ),
    ("It passes {} in {}.", "超过{}的年份：{}年。"),
    ("It starts above {}.", "起点已高于{}。"),
    ("It stays below {} to {}.", "低于{}，直至{}年。"),
    (
        "90% band in {}: {}; 50% band: {}.",
        "{}年的90%区间：{}；50%区间：{}。",
    ),
    ("Later reports: {}.", "后来的报告：{}。"),
    ("Bar chart, {}", "条形图，{}"),
    (
        "From {} in {}, the forecasts for {}: {}. Yours: {} (×{}).",
        "起点{}（{}年），{}年的预测：{}。你的设定：{}（×{}）。",
    ),
    ("Chart of bands, {}–{}, {}", "区间图，{}–{}年，{}"),
    ("Marker chart, {}–{}, {}", "标记图，{}–{}年，{}"),
    (
        "Marker charts side by side, one per platform on one scale, {}–{}, {}",
        "并排的标记图，每个平台一张，刻度相同，{}–{}年，{}",
    ),
    (
        "Dot chart of reported against forecast values",
        "实际值与预测值对比点图",
    ),
    (
        "{}: {} with every assumption at its median.",
        "{}：所有假设取中位数时为{}。",
    ),
    ("Tornado chart, {}", "龙卷风图，{}"),
    (
        "{}: from {} in {} to {} in {}",
        "{}：从{}（{}年）到{}（{}年）",
    ),
    (
        "This chart could not be drawn, but its numbers are still listed under Table and Sources.",
        "无法绘制此图表，但数字仍列在“表格”和“来源”中。",
    ),
    // The Yew components (`ui`), exactly as they pass it to `Locale::tr`.
    // The page.
    ("Live Commerce Explorer", "直播电商数据探索"),
    (
        "In 2020 Douyin (TikTok's Chinese twin) set out to take on Taobao Live and Kuaishou in live-stream shopping. A market article of the time gave the numbers. Here they are as charts, with their sources, and with the growth assumptions in your hands.",
        "2020 年，抖音（TikTok 的中国版）进军直播带货，向淘宝直播和快手发起挑战。当时的一篇市场文章给出了相关数据。这里把这些数据做成了图表，附上出处，增长假设由你来调整。",
    ),
    (
        "The article's figures could not be read, so the explorer cannot start.",
        "无法读取文章中的数据，因此无法启动。",
    ),
    (
        "Some values were ignored or adjusted:",
        "部分数值被忽略或调整：",
    ),
    ("Dismiss", "关闭"),
    ("Who sold what in 2019", "2019 年各平台卖了多少"),
    (
        "Gross merchandise value (GMV) in 2019, {}, {}.",
        "2019 年商品交易总额（GMV），{}，{}。",
    ),
    (
        "with the article's contradictions corrected",
        "已更正文章中前后矛盾之处",
    ),
    ("as printed in the article", "按文章的英文译文"),
    (
        "When does live commerce reach a trillion yuan?",
        "直播电商何时达到万亿元规模？",
    ),
    (
        "When does live commerce reach a trillion yuan ({})?",
        "直播电商何时达到万亿元（{}）规模？",
    ),
    (
        "China's live-stream e-commerce, {}: the article's 2019 size, grown by your assumptions (a fan where they are ranges), and what later reports say.",
        "中国直播电商规模，{}：以文章给出的 2019 年规模为起点，按你的假设增长（假设为区间时显示为扇形），并标出后来报告的数字。",
    ),
    ("Growth in 2020", "2020 年增长"),
    (
        "The article: “expected to double in 2020” (×2).",
        "文章称：“预计 2020 年翻一番”（×2）。",
    ),
    ("Growth a year, 2021–2022", "2021–2022 年每年增长"),
    (
        "The article gives no rate after 2020; its preset reaches the “trillion level”.",
        "文章未给出 2020 年之后的增速；预设值可达到“万亿级”。",
    ),
    ("Growth a year, 2023–2030", "2023–2030 年每年增长"),
    (
        "A slider moves the median; a range keeps its width.",
        "滑块调整的是中位数；区间宽度保持不变。",
    ),
    (" a year", "／年"),
    ("{} median ({}–{}{})", "中位数 {}（{}–{}{}）"),
    ("Reset to the article's assumptions", "恢复文章的假设"),
    ("By {}: {}{}.", "到 {} 年：{}{}。"),
    (
        "; 90% of samples between {} and {}",
        "；90% 的样本介于 {} 与 {} 之间",
    ),
    (
        "How fast can Douyin's live commerce grow?",
        "抖音直播电商能增长多快？",
    ),
    (
        "Douyin live-stream GMV, {}: {} in 2019 and the article's two forecasts for 2020, against your own.",
        "抖音直播 GMV，{}：2019 年为 {}，对比文章对 2020 年的两种预测和你自己的预测。",
    ),
    ("Your multiplier for 2020", "你对 2020 年的增长倍数"),
    (
        "“Five to six times or ten to twelve times compared to last year”, say the article's professionals.",
        "文章中的业内人士称：将是“上一年的五到六倍，或十到十二倍”。",
    ),
    ("Key numbers", "关键数字"),
    (
        "What happened next to the three platforms",
        "三大平台后来的情况",
    ),
    (
        "GMV by year, {}: the article's 2019 figures and later reports, one marker series per platform and publisher.",
        "历年 GMV，{}：文章的 2019 年数据与后来的报告，每个平台和发布机构各为一组标记。",
    ),
    ("Forecasts against what happened", "预测与实际对比"),
    (
        "Each of the article's forecasts, set against what later reports say: reported ÷ forecast, so ×1 means the forecast came true.",
        "文章的每项预测与后来报告的数字对比：报告值 ÷ 预测值，×1 表示预测成真。",
    ),
    ("What the numbers imply", "这些数字意味着什么"),
    (
        "Figures computed from the article's numbers (and, where said, later reports), each with how it was computed.",
        "根据文章数据（注明处也用到后来的报告）计算出的数字，每项都附有计算方法。",
    ),
    (
        "Source: “{}”, {}. Later figures: public reports, each cited in the Sources views.",
        "来源：《{}》，{}。后来的数据：公开报告，均在“来源”视图中注明。",
    ),
    ("Download all the data: ", "下载全部数据："),
    (
        "the article's figures as shipped (JSON)",
        "文章数据原始文件（JSON）",
    ),
    // Language and currency.
    ("Language", "语言"),
    ("Currency", "货币"),
    ("Yuan (CNY)", "人民币（CNY）"),
    ("US dollars (USD)", "美元（USD）"),
    ("Yuan per US dollar", "汇率（元／美元）"),
    ("Back to {}", "恢复为 {}"),
    ("Default: {}", "默认：{}"),
    (
        "Type an exchange rate, such as 6.9.",
        "请输入汇率，例如 6.9。",
    ),
    ("That is not a number.", "这不是一个数字。"),
    ("An exchange rate must be more than 0.", "汇率必须大于 0。"),
    (
        "That rate is outside what the app accepts.",
        "该汇率超出了可接受的范围。",
    ),
    (
        "Use a number from {} to {} yuan per US dollar; still using {}.",
        "请输入 {} 到 {} 之间的数字（元／美元）；仍使用 {}。",
    ),
    // Toolbar.
    ("Scenario tools", "情景工具"),
    ("Undo (Ctrl+Z)", "撤销（Ctrl+Z）"),
    ("Undo", "撤销"),
    (
        "In the table, the arrow keys move between the fields; Tab leaves it.",
        "在表格中，方向键在各输入框之间移动；按 Tab 键离开表格。",
    ),
    ("Restored “{}”.", "已恢复“{}”。"),
    ("Redo (Ctrl+Shift+Z)", "重做（Ctrl+Shift+Z）"),
    ("Redo", "重做"),
    ("Link to this view", "当前视图的链接"),
    ("Copy link", "复制链接"),
    ("Copied.", "已复制。"),
    (
        "The browser did not allow copying: the link is selected, press Ctrl+C.",
        "浏览器不允许复制：链接已选中，请按 Ctrl+C。",
    ),
    ("Projections (CSV)", "预测数据（CSV）"),
    // Story card.
    ("The story, with live numbers", "数字会动的故事"),
    (
        "Drag a blue number sideways or up and down, or focus it and use the arrow keys (Shift: bigger steps, Alt: smaller), or click it to type a value. The charts and every bold figure follow.",
        "左右或上下拖动蓝色数字，或选中后用方向键调整（按住 Shift 步子更大，按住 Alt 更小），也可以点击后直接输入数值。图表和所有加粗的数字都会随之变化。",
    ),
    (
        "Drag, use the arrow keys, or click to type",
        "拖动、使用方向键，或点击输入",
    ),
    (
        "{}: type a value, Enter to apply, Escape to cancel",
        "{}：输入数值，按 Enter 确认，按 Esc 取消",
    ),
    // Lab.
    ("Your scenario", "你的情景"),
    (
        "One set of assumptions drives every chart. Give any growth a range (“a to b”: by default a lognormal whose 90% interval is a–b) and see the spread it makes.",
        "所有图表都由同一组假设驱动。任何增长率都可以设为区间（“a 到 b”：默认为 90% 区间为 a–b 的对数正态分布），看看它带来多大的不确定性。",
    ),
    ("Start from", "起点"),
    ("Article, Douyin live ×5–6", "文章：抖音直播是上一年的5–6倍"),
    (
        "Article, Douyin live ×10–12",
        "文章：抖音直播是上一年的10–12倍",
    ),
    ("What happened next", "后来的实际情况"),
    ("Your own", "自定义"),
    (
        "Base in {} ({}) and growth per phase: a point, or low and high ends of a range",
        "{} 年基数（{}）与各阶段增长：单一数值，或区间的下限和上限",
    ),
    ("Series ", "序列 "),
    ("Base {}", "{} 年基数"),
    ("Typed as", "输入方式"),
    ("{} (a year)", "{}（每年）"),
    ("your value", "你的数值"),
    ("{} growth, {}", "{}增长，{}"),
    ("{} base, {} in {}", "{}基数（{}），{} 年"),
    ("{} growth as", "{}增长的表示方式"),
    (
        "{} base: {}; kept the previous value",
        "{}基数：{}；保留原值",
    ),
    (
        "{} growth: {}; kept the previous value",
        "{}增长：{}；保留原值",
    ),
    ("{}, low end", "{}，下限"),
    ("{}, high end", "{}，上限"),
    ("{}, distribution", "{}，分布"),
    ("lognormal", "对数正态"),
    ("uniform", "均匀"),
    ("triangular", "三角"),
    ("Samples ", "样本数 "),
    ("Seed ", "随机种子 "),
    ("New seed", "换一个种子"),
    ("Starting…", "正在启动…"),
    ("Sampling… {} of {}", "正在抽样… {} / {}"),
    (
        "{} samples, seed {}, in {} ms.",
        "{} 个样本，种子 {}，用时 {} 毫秒。",
    ),
    ("{} samples, seed {}.", "{} 个样本，种子 {}。"),
    ("Projection of any series", "任一序列的预测"),
    ("Which assumption matters most?", "哪个假设影响最大？"),
    ("Output ", "输出 "),
    (" in ", " 年份 "),
    // Key numbers and goal seek.
    ("Growth from ", "增长区间：从 "),
    (" to ", " 到 "),
    (" · level ", " · 目标规模 "),
    (
        "Level: {}; kept the previous value",
        "目标规模：{}；保留原值",
    ),
    (
        "Point projections (each growth at its median), {}–{}",
        "点预测（各增长率取中位数），{}–{}",
    ),
    ("Growth a year (CAGR)", "年均增长（CAGR）"),
    ("Reaches {}", "达到{}"),
    ("Share of the industry, {}", "占行业份额，{}"),
    (
        "Live commerce as a share of China's online retail in {}: {}% (online retail {}; live commerce from your projection).",
        "{} 年直播电商占中国网络零售的比例：{}%（网络零售数据：{}；直播电商数据来自你的预测）。",
    ),
    ("What growth would it take?", "需要多快的增长？"),
    ("For ", "要让 "),
    (" to reach ", " 达到 "),
    (", growth in ", "，增长阶段 "),
    (
        "needs {} a year ({}), the other phases at their medians.",
        "每年需要 {}（{}），其他阶段取中位数。",
    ),
    ("No answer: {}.", "无解：{}。"),
    ("Apply this growth", "应用这个增长率"),
    // Saved scenarios and compare.
    ("Your scenarios", "你保存的情景"),
    (
        "Save the assumptions on screen under a name, come back to them later in this browser, or compare two to four side by side. Files exported here can be imported in any browser.",
        "给当前的假设起个名字保存下来，之后可在本浏览器中再次打开，也可以选两到四个并排比较。在这里导出的文件可以在任何浏览器中导入。",
    ),
    ("Name", "名称"),
    (
        "e.g. Douyin ×8, slower after 2022",
        "例如：抖音 ×8，2022 年后放缓",
    ),
    ("Save current assumptions", "保存当前假设"),
    ("No saved scenarios yet.", "还没有保存的情景。"),
    ("Load", "载入"),
    ("Rename", "重命名"),
    ("Duplicate", "复制"),
    ("Delete", "删除"),
    ("Export", "导出"),
    ("New name", "新名称"),
    ("Cancel", "取消"),
    ("Export all (JSON)", "全部导出（JSON）"),
    ("Import a scenarios file: ", "导入情景文件："),
    (
        "Tick two to four scenarios to compare them.",
        "勾选两到四个情景进行比较。",
    ),
    ("Saved as “{}”.", "已保存为“{}”。"),
    ("Duplicated as “{}”.", "已复制为“{}”。"),
    ("Deleted “{}”.", "已删除“{}”。"),
    ("Renamed to “{}”.", "已重命名为“{}”。"),
    ("Imported 1 scenario from “{}”.", "已从“{}”导入 1 个情景。"),
    (
        "Imported {} scenarios from “{}”.",
        "已导入 {} 个情景，来自“{}”。",
    ),
    ("Comparing {}", "比较 {}"),
    (
        "The comparison could not be made, because the dataset lacks a figure it needs.",
        "无法进行比较，因为数据集缺少所需的一个数字。",
    ),
    ("Download the exact numbers (CSV)", "下载精确数字（CSV）"),
    // Sources view.
    ("Correction: {}", "更正：{}"),
    ("link", "链接"),
    ("no link given", "未提供链接"),
    (
        "A figure this chart uses is missing from the dataset.",
        "此图表使用的一个数字不在数据集中。",
    ),
    // The panic screen.
    ("Something went wrong", "出错了"),
    (
        "The explorer stopped because of an internal error;",
        "由于内部错误，页面已停止运行；",
    ),
    ("reload the page", "重新加载页面"),
    (" to start again.", "以重新开始。"),
    // Theme toggle and embed mode (src/ui/theme.rs, src/ui/embed.rs).
    ("Colours:", "配色："),
    ("Auto", "自动"),
    ("Light", "浅色"),
    ("Dark", "深色"),
    ("Embed", "嵌入"),
    ("Copy embed code", "复制嵌入代码"),
    ("Embed code", "嵌入代码"),
    (
        "The browser did not allow copying: the code is selected, press Ctrl+C.",
        "浏览器不允许复制：代码已选中，请按 Ctrl+C。",
    ),
    ("Live Commerce Explorer ↗", "直播电商数据探索 ↗"),
    ("Live Commerce Explorer: {}", "直播电商数据探索：{}"),
    (
        "This chart has nothing to show for this scenario.",
        "在此情景下，此图表没有可显示的内容。",
    ),
    ("Chart", "图表"),
    ("Table", "表格"),
    ("Sources", "来源"),
    // The name of a chart's Chart / Table / Sources tab list.
    ("View", "视图"),
    ("Where the article contradicts itself", "文章自相矛盾之处"),
    (
        "Where other sources disagree with the article",
        "其他来源与文章不一致之处",
    ),
    ("Show the article's figures", "文章数字的显示方式"),
    ("printed {}; corrected {}. ", "英文译文为{}；更正为{}。"),
    (
        "Download this chart (PNG, 2×)",
        "下载此图（PNG，2 倍分辨率）",
    ),
    (
        " The PNG could not be made, so show the chart and try again.",
        "无法生成PNG，请显示图表后再试。",
    ),
    (
        "The story could not be written, but the charts below still show the numbers.",
        "无法生成文章复述，但下面的图表仍显示这些数字。",
    ),
    (
        "% of the live-commerce industry",
        "占直播电商行业的比例（%）",
    ),
    ("{} of the industry", "占行业的{}"),
    ("Your assumptions at their medians", "你的假设（取中位数）"),
    ("{} (90% band {})", "{}（90% 区间 {}）"),
    ("100%: the whole industry", "100%：整个行业"),
    (
        "A share above 100% means the assumptions disagree: a platform larger than the whole industry.",
        "份额超过100%说明假设相互矛盾：某个平台比整个行业还大。",
    ),
    ("Will Douyin be the third pole?", "抖音会成为第三极吗？"),
    (
        "Each platform's share of China's live-stream e-commerce, from your assumptions, with the Monte Carlo's 50% and 90% bands and later reports' shares where they can be compared.",
        "各平台在中国直播电商中的份额：来自你的假设，附蒙特卡洛50%与90%区间，以及可比的后续报道份额。",
    ),
    ("Share (point projection)", "份额（点预测）"),
    (
        "Each platform's share of China's live-stream e-commerce (percent)",
        "各平台在中国直播电商中的份额（%）",
    ),
    (
        "{}: later reports give all e-commerce GMV, not live-stream GMV, so no share of the live-commerce industry is drawn.",
        "{}：后续报道给出的是全部电商GMV而非直播GMV，因此不绘制其在直播电商行业中的份额。",
    ),
    (
        "Shares are of the whole live-commerce industry as the scenario projects it; a share above 100% means the assumptions contradict each other.",
        "份额以情景预测的整个直播电商行业为分母；超过100%说明假设相互矛盾。",
    ),
    ("{} ÷ {}", "{} ÷ {}"),
    ("{} of {} ({})", "{}（占{}；{}）"),
    // Exports that stand alone (issue 16, point 8).
    ("Units: {}", "单位：{}"),
    ("Source: {}", "来源：{}"),
    ("Source: your own assumptions", "来源：你自己的假设"),
    (
        "reported ÷ forecast (×1 = as forecast)",
        "报告值 ÷ 预测值（×1 = 与预测相符）",
    ),
    // Words for readers (issue 16 point 10): notices and errors as one
    // sentence each, with no file names or internal ids.
    ("The tab of the chart “{}”", "图表“{}”的标签页"),
    (
        "{} field name in the link is not valid text, so it was ignored.",
        "链接中有{}个字段名不是有效文本，因此已忽略。",
    ),
    (
        "{} field names in the link are not valid text, so they were ignored.",
        "链接中有{}个字段名不是有效文本，因此已忽略。",
    ),
    (
        "{} field without a name was ignored.",
        "{}个没有名称的字段已忽略。",
    ),
    (
        "{} fields without a name were ignored.",
        "{}个没有名称的字段已忽略。",
    ),
    (
        "There is no chart “{}” in this app, so its tab was ignored.",
        "本应用中没有图表“{}”，因此其标签页已忽略。",
    ),
    (
        "There is no chart “{}” in this app, so its tab ({} times) was ignored.",
        "本应用中没有图表“{}”，因此其标签页（{}次）已忽略。",
    ),
    (
        "{} appears {} times in the link, and the last one was used.",
        "{}在链接中出现了{}次，已采用最后一个。",
    ),
    (
        "{} is not valid text, so it was ignored.",
        "{}不是有效文本，因此已忽略。",
    ),
    (
        "{} is {} characters long, more than {}, so it was ignored.",
        "{}长{}个字符，超过{}个，因此已忽略。",
    ),
    (
        "{} “{}” is not {}, so it was ignored.",
        "{}“{}”不是{}，因此已忽略。",
    ),
    (
        "{} “{}” has {} part, not a base and three growths such as “{}”, so it was ignored.",
        "{}“{}”只有{}个部分，而不是像“{}”那样的一个基数加三个增长倍数，因此已忽略。",
    ),
    (
        "{} “{}” has {} parts, not a base and three growths such as “{}”, so it was ignored.",
        "{}“{}”有{}个部分，而不是像“{}”那样的一个基数加三个增长倍数，因此已忽略。",
    ),
    (
        "{} base “{}” is too large, so the largest base, {}, is used.",
        "{}基数“{}”过大，因此改用最大基数{}。",
    ),
    (
        "{} base “{}” is not a positive number of billion yuan, so {} was kept.",
        "{}基数“{}”不是以十亿元计的正数，因此保留{}。",
    ),
    (
        "{} {} growth “{}” is not a multiplier such as 2 or a range such as 1.15-1.6, so {} was kept.",
        "{}{}年增长倍数“{}”既不是倍数（如2）也不是区间（如1.15-1.6），因此保留{}。",
    ),
    (
        "{} display “{}” is neither a rate nor a multiplier, so it was ignored.",
        "{}的显示方式“{}”既不是增长率也不是倍数，因此已忽略。",
    ),
    (
        "The version “{}” is not a version of the link format, so the link was read as version {}.",
        "版本“{}”不是链接格式的版本号，因此已按版本{}读取该链接。",
    ),
    (
        "This link comes from a newer version of the app, so only the parts this version understands were applied.",
        "此链接来自较新版本的应用，因此只应用了本版本能识别的部分。",
    ),
    (
        "The embedded chart “{}” is not a chart of this app, so it was ignored and the whole page is shown.",
        "嵌入的图表“{}”不是本应用的图表，因此已忽略并显示整个页面。",
    ),
    (
        "a reading of the figures (as printed or corrected)",
        "数字的一种解读方式（按英文译文或已更正）",
    ),
    ("one of the app's presets", "本应用的预设之一"),
    ("one of the app's series", "本应用的系列之一"),
    (
        "one of the app's series and a year",
        "本应用的一个系列加一个年份",
    ),
    ("a language this app is written in", "本应用支持的语言"),
    ("yuan or US dollars", "人民币或美元"),
    ("{}, so {} is still used.", "{}，因此仍使用{}。"),
    (
        "{} reaches above {}: its upper end exceeds the total{}, so only the part of the range up to the total fits.",
        "{}高于{}：其上限超过总量{}，因此该区间只有不超过总量的部分成立。",
    ),
    ("{} – {} ({})", "{} – {}（{}）"),
    ("{}, {}, {}", "{}，{}，{}"),
    ("{}: {}", "{}：{}"),
    (
        "the target or an assumption is not a number",
        "目标或某个假设不是数字",
    ),
    ("there is no {} series", "没有{}这个系列"),
    ("the series has no such phase", "该系列没有这个阶段"),
    ("{} is outside {}–{}", "{}不在{}–{}之内"),
    (
        "growth from {} on cannot change {}, so pick an earlier phase or a later year",
        "从{}年起的增长无法改变{}年的数值，因此请选择更早的阶段或更晚的年份",
    ),
    (
        "{} is out of reach, since between ×{} and ×{} a year the value is {}",
        "{}无法达到，因为每年×{}到×{}之间的数值为{}",
    ),
    (
        "The simulation could not run, so the charts show no bands of uncertainty until the next change.",
        "模拟无法运行，因此在下一次更改之前图表不显示不确定性区间。",
    ),
    (
        "this browser does not let the page keep data",
        "此浏览器不允许页面保存数据",
    ),
    (
        "this browser's storage for the page is full",
        "此浏览器为页面提供的存储空间已满",
    ),
    (
        "this browser could not keep the data",
        "此浏览器未能保存数据",
    ),
    (
        "Saving is turned off on this page because {}, so nothing was changed.",
        "由于{}，本页面已关闭保存功能，因此未做任何更改。",
    ),
    ("Give the scenario a name.", "请为情景命名。"),
    (
        "That saved scenario no longer exists, so nothing was changed.",
        "该已保存的情景已不存在，因此未做任何更改。",
    ),
    (
        "You already have {} saved scenarios, the most this app keeps, so delete some before saving another.",
        "你已保存{}个情景，已达本应用的上限，因此请先删除一些再保存。",
    ),
    (
        "This scenario is too large to save ({} bytes, where the most is {}), so nothing was saved.",
        "此情景太大，无法保存（{}字节，上限为{}），因此未保存任何内容。",
    ),
    (
        "Your saved scenarios were changed in another tab or window, so nothing was changed here: reload this page and try again.",
        "你保存的情景已在另一个标签页或窗口中被更改，因此此处未做任何更改：请重新加载本页面后再试。",
    ),
    (
        "The change could not be kept because {}, so nothing was changed; you can delete saved scenarios you no longer need, or export them to a file.",
        "由于{}，此更改未能保存，因此未做任何更改；你可以删除不再需要的情景，或将它们导出为文件。",
    ),
    (
        "Your saved scenarios were changed in another tab or window, so nothing was changed here; the list below is now up to date, so try again.",
        "你保存的情景已在另一个标签页或窗口中被更改，因此此处未做任何更改；下面的列表现已更新，请再试一次。",
    ),
    (
        "This browser does not let the page keep data, so scenarios saved now last only until the page closes unless you export them.",
        "此浏览器不允许页面保存数据，因此现在保存的情景只保留到页面关闭，除非你将它们导出。",
    ),
    (
        "This file is too large to be a scenarios file ({} bytes, where the most is {}), so nothing was imported.",
        "此文件太大，不可能是情景文件（{}字节，上限为{}），因此未导入任何内容。",
    ),
    (
        "This file is not text, so it is not a scenarios file and nothing was imported.",
        "此文件不是文本，因此不是情景文件，未导入任何内容。",
    ),
    (
        "This file cannot be read as a scenarios file, so nothing was imported.",
        "此文件无法作为情景文件读取，因此未导入任何内容。",
    ),
    (
        "This file is not a Live Commerce Explorer scenarios file, so nothing was imported.",
        "此文件不是“直播电商数据探索”的情景文件，因此未导入任何内容。",
    ),
    (
        "This file was made by a newer version of this app, so open it there; nothing was imported.",
        "此文件由本应用的较新版本生成，请在该版本中打开；未导入任何内容。",
    ),
    (
        "This scenarios file is damaged ({}), so nothing was imported.",
        "此情景文件已损坏（{}），因此未导入任何内容。",
    ),
    (
        "This file holds no scenarios, so nothing was imported.",
        "此文件中没有情景，因此未导入任何内容。",
    ),
    (
        "This file holds {} scenarios but at most {} can be imported at once, so nothing was imported.",
        "此文件包含{}个情景，但一次最多只能导入{}个，因此未导入任何内容。",
    ),
    (
        "Scenario {} of the file, “{}”, cannot be used ({}), so nothing was imported.",
        "文件中的第{}个情景“{}”无法使用（{}），因此未导入任何内容。",
    ),
    (
        "Scenario {} of the file cannot be used ({}), so nothing was imported.",
        "文件中的第{}个情景无法使用（{}），因此未导入任何内容。",
    ),
    (
        "You have {} saved scenarios and this file adds {}, but at most {} can be kept, so delete some first; nothing was imported.",
        "你已保存{}个情景，此文件又增加{}个，但最多只能保留{}个，因此请先删除一些；未导入任何内容。",
    ),
    (
        "“{}” was not imported because it is {} KB and a scenarios file is at most {} KB.",
        "“{}”未导入，因为它有{} KB，而情景文件最大为{} KB。",
    ),
    (
        "“{}” could not be read, so nothing was changed.",
        "无法读取“{}”，因此未做任何更改。",
    ),
    ("it has no version", "缺少版本号"),
    ("its version is not a version number", "其版本号无效"),
    ("it has no list of scenarios", "缺少情景列表"),
    ("its list of scenarios is not a list", "其情景列表不是列表"),
    (
        "it is not a scenario (a name and a link)",
        "它不是情景（名称加链接）",
    ),
    ("it has no name", "它没有名称"),
    ("it has no link", "它没有链接"),
    (
        "its link is too long ({} bytes, where the most is {})",
        "其链接过长（{}字节，上限为{}）",
    ),
    (
        "Saved scenarios cannot be kept in this browser because {}, so those you save last only until this page is closed unless you export them to a file.",
        "由于{}，情景无法保存在此浏览器中，因此你保存的情景只保留到本页面关闭，除非你将它们导出为文件。",
    ),
    (
        "Your saved scenarios come from a newer version of this app, so they are left as they are and saving is turned off on this page.",
        "你保存的情景来自本应用的较新版本，因此保持原样，本页面已关闭保存功能。",
    ),
    (
        "your saved scenarios come from a newer version of this app and saving here would overwrite them",
        "你保存的情景来自本应用的较新版本，在此保存会覆盖它们",
    ),
    ("the stored text is damaged", "保存的内容已损坏"),
    ("it is not a list of scenarios", "它不是情景列表"),
    (
        "Your saved scenarios could not be read ({}), so they were kept aside in this browser and the list starts empty.",
        "无法读取你保存的情景（{}），因此已将其另存在此浏览器中，列表从空开始。",
    ),
    (
        "Your saved scenarios could not be read ({}) or kept aside ({}), so saving is turned off on this page to keep them from being overwritten.",
        "无法读取你保存的情景（{}），也无法另存（{}），因此本页面已关闭保存功能，以免覆盖它们。",
    ),
    (
        "your saved scenarios could not be read or kept aside and saving would overwrite them",
        "你保存的情景无法读取或另存，保存会覆盖它们",
    ),
    (
        "The saved scenario “{}” could not be opened ({}) and was set aside, where it stays in storage.",
        "已保存的情景“{}”无法打开（{}），已被搁置，仍保留在存储中。",
    ),
    (
        "A saved scenario without a name could not be opened ({}) and was set aside, where it stays in storage.",
        "一个没有名称的已保存情景无法打开（{}），已被搁置，仍保留在存储中。",
    ),
    (
        "{} more saved scenarios could not be opened and were set aside, where they stay in storage.",
        "另有{}个已保存的情景无法打开，已被搁置，仍保留在存储中。",
    ),
    // The dataset's periods that are not a date.
    ("after 2019", "2019年之后"),
    ("future", "未来"),
    ("2019-618", "2019年“618”"),
    ("2020-Jan-Nov", "2020年1–11月"),
    ("2020-Jan-Sep", "2020年1–9月"),
    ("2023-Jan-Oct", "2023年1–10月"),
    ("2023-H1", "2023年上半年"),
    // The article's printed words for its multipliers.
    ("five to six times", "五到六倍"),
    ("ten to twelve times", "十到十二倍"),
    // The dataset's own prose (static/data/article.json's notes and
    // corrections, later.json's notes), keyed by the English text exactly
    // as the dataset writes it; `tests/words.rs` checks each has an entry.
    (
        "The English text names its source as 'Marketing Newspaper WeChat ID iyingxiaobao'. The title is that of the English reprint on Yiva Digital's blog (yivadigital.com/blog/389-bytedance-into-e-commerce,-new-situation-of-live-e-commerce-platform). The text carries no date; it mentions Dong Mingzhu's Douyin live stream (24 April 2020 per later reporting) and calls the 2019 618 festival 'last year', so it was written in 2020. Its 'TikTok' is Douyin, ByteDance's Chinese app (the machine translation also calls Douyin 'live sound'). Numbers are kept exactly as printed, including one that is very likely mis-scaled in translation (kuaishou-gmv-2019).",
        "英文文本注明的来源为“Marketing Newspaper WeChat ID iyingxiaobao”（营销报，微信号iyingxiaobao）。标题取自Yiva Digital博客上的英文转载。文本没有注明日期；它提到了董明珠的抖音直播（据后来的报道为2020年4月24日），并把2019年的618购物节称为“去年”，因此写于2020年。文中的“TikTok”指抖音，即字节跳动的中国应用（机器翻译还把抖音称为“live sound”）。数字完全按英文译文保留，包括一个很可能在翻译中弄错了数量级的数字（快手2019年的电商交易额）。",
    ),
    (
        "The article says 'TikTok', meaning Douyin. Douyin announced 'over 400 million' daily active users in January 2020 (later reporting).",
        "文章写作“TikTok”，指的是抖音。据后来的报道，抖音于2020年1月宣布日活跃用户“超过4亿”。",
    ),
    (
        "No date or definition given; read as cumulative downloads or users across ByteDance's apps at the time of writing, not daily or monthly active users.",
        "文章未给出日期和定义；按写作时字节跳动各应用的累计下载量或用户数解读，而不是日活跃或月活跃用户数。",
    ),
    (
        "The article names neither the streamer nor the date; per later reporting this is Luo Yonghao's Douyin debut on 1 April 2020 (about 3 hours; KrASIA says 3.5).",
        "文章既未写明主播，也未写明日期；据后来的报道，这是罗永浩2020年4月1日的抖音直播首秀（约3小时；KrASIA称3.5小时）。",
    ),
    (
        "Luo Yonghao's Douyin debut per later reporting; Douyin's own data says over 48 million viewers.",
        "据后来的报道，这是罗永浩的抖音直播首秀；抖音自己的数据为超过4,800万观众。",
    ),
    (
        "Luo Yonghao's Douyin debut per later reporting, which gives over 110 million yuan.",
        "据后来的报道，这是罗永浩的抖音直播首秀，报道给出的销售额超过1.1亿元。",
    ),
    (
        "The article says only 'according to statistics' and uses the future tense; the figure is iiMedia Research's 2019 market size (see the later reports).",
        "文章只说“据统计”，并用了将来时；这个数字是艾媒咨询发布的2019年市场规模（见后来的报告）。",
    ),
    (
        "Relative to the 433.8 billion yuan of 2019, i.e. about 867.6 billion yuan.",
        "相对于2019年的4,338亿元，即约8,676亿元。",
    ),
    (
        "The article gives no year for this level, only that it comes after 2019. No currency is printed; read as one trillion yuan like the sentence's other figures.",
        "文章没有给出达到这一规模的年份，只说是在2019年之后。英文译文也没有写币种；与同句中的其他数字一样，按1万亿元人民币解读。",
    ),
    (
        "618 is the mid-year shopping festival that peaks on 18 June; 'last year' read as 2019 since the article is from 2020.",
        "618是在6月18日达到高峰的年中购物节；文章写于2020年，因此“去年”按2019年解读。",
    ),
    (
        "Same 618 festival as Beibeitu's items sold; 'last year' read as 2019.",
        "与贝贝兔售出件数是同一个618购物节；“去年”按2019年解读。",
    ),
    (
        "'Sold ... in total business' read as Douyin's GMV of all e-commerce, set against its 10 billion yuan of live-stream GMV in the same sentence. Douyin GMV figures are press reports that Douyin has called inaccurate.",
        "英文译文的“sold ... in total business”按抖音全部电商的GMV解读，与同句中100亿元的直播GMV相对照。抖音的GMV数字来自媒体报道，抖音曾称其不准确。",
    ),
    (
        "Kept as printed, but as printed it exceeds the article's own 433.8 billion yuan total for the whole industry in 2019. It matches other reporting only read as 40-50 billion yuan (400-500 亿, 亿 = 100 million), so the translation very likely mis-scaled it; Kuaishou's own prospectus later gave 59.6 billion yuan (596 亿) for 2019, which confirms that reading and shows that 40-50 billion understates the year. Scope: all e-commerce. The article's 'total turnover' is Kuaishou's whole e-commerce GMV, live and not, like Douyin's 'total business' beside it and like the GMV Kuaishou itself reports. Assumption of the consistency check: it compares this figure with the live-commerce industry's 433.8 billion yuan as if it were live-stream e-commerce, because Kuaishou's 2019 e-commerce was sold mostly through live streams (the article counts Kuaishou among the live-stream platforms). How much of it is uncertain: about 35 billion yuan of live GMV (KrASIA/36Kr, among the later reports) is 70-88% of 40-50 billion but about 60% of the prospectus's 59.6 billion. The check's verdict does not hang on it: even if only 60% of the printed 400-500 billion were live, that and Taobao Live's 200-250 billion (later reports) would exceed the whole industry's 433.8 billion.",
        "数据按英文译文保留了这个数字，但按英文译文，它超过了文章自己给出的2019年全行业总量4,338亿元。只有读作400–500亿元时，它才与其他报道相符，因此英文译文很可能把数量级译错了；快手后来在招股书中给出的2019年数字为596亿元，这证实了这种解读，也说明400–500亿元低估了当年的规模。范围：全部电商。文章所说的“总成交额”（英文译文为“total turnover”）是快手全部电商的GMV，含直播与非直播，与旁边抖音的“总交易额”一样，也与快手自己公布的GMV口径一致。一致性检查的假设：检查把这个数字当作直播电商，与直播电商全行业的4,338亿元比较，因为快手2019年的电商主要通过直播卖出（文章也把快手算作直播平台之一）。其中直播占多少并不确定：约350亿元的直播GMV（KrASIA／36氪，见后来的报告）是400–500亿元的70–88%，但只是招股书中596亿元的约60%。检查的结论并不取决于此：即使按英文译文的4,000–5,000亿元中只有60%来自直播，再加上淘宝直播的2,000–2,500亿元（后来的报告），也会超过全行业的4,338亿元。",
    ),
    (
        "'The annual GMV of the TikTok' means Douyin's live-stream GMV: it is contrasted with the 180 billion yuan of all e-commerce in the same sentence, and is the base of the 2020 live-stream scenarios.",
        "英文译文的“the annual GMV of the TikTok”指抖音的直播GMV：它与同句中1,800亿元的全部电商交易额相对照，也是2020年各直播情景的基数。",
    ),
    (
        "'According to professionals' (unnamed). 'Last year' is 2019; on the 10 billion yuan base this is 50-60 billion yuan.",
        "“据业内人士”（未具名）。“去年”指2019年；以100亿元为基数，即500–600亿元。",
    ),
    (
        "'According to professionals' (unnamed). 'Last year' is 2019; on the 10 billion yuan base this is 100-120 billion yuan.",
        "“据业内人士”（未具名）。“去年”指2019年；以100亿元为基数，即1,000–1,200亿元。",
    ),
    (
        "No year and no currency printed; read as CNY like the article's other money figures. The sentence does not say whether the hundred billion is ByteDance's total revenue or e-commerce's share of it.",
        "英文译文没有写年份和币种；与文章的其他金额一样，按人民币解读。这句话没有说明这一千亿是字节跳动的总收入，还是其中电商的部分。",
    ),
    (
        "Douyin's own data, as reported by KrASIA and Pandaily, says over 48 million people watched; the article prints 47 million.",
        "据KrASIA和Pandaily报道，抖音自己的数据显示观看人数超过4,800万；文章的英文译文写的是4,700万。",
    ),
    (
        "As printed, 400-500 billion yuan is more than the article's own 433.8 billion yuan for the whole live-commerce industry in 2019. The Chinese original very likely read 400-500 亿, which is 40-50 billion yuan (亿 = 100 million) and matches other reporting. Kuaishou's own prospectus gives 59.6 billion yuan (596 亿) for 2019: that confirms the ÷10 reading (400-500 亿 mistranslated as billions), and shows that 40-50 billion understates the year.",
        "按英文译文，快手2019年的电商交易额为4,000–5,000亿元（英文译文写作“400-500 billion yuan”），超过了文章自己给出的2019年直播电商全行业总量4,338亿元。中文原文很可能写的是400–500亿元，即与其他报道相符的数字：英文的“billion”是十亿，而1亿是“100 million”，译文因此大了十倍。快手自己的招股书给出的2019年数字为596亿元：这证实了除以10的解读（400–500亿被误译成了“billion”），也说明400–500亿元低估了当年的规模。",
    ),
    (
        "+225% on 2018; repeated by KPMG and AliResearch; the article's 433.8 figure",
        "比2018年增长225%；毕马威和阿里研究院也引用了这个数字；即文章中的4,338亿元",
    ),
    (
        "the article's \"expected to double in 2020\"",
        "即文章所说的“预计2020年翻一番”",
    ),
    (
        "penetration of online retail forecast at 8.6%",
        "预测占网络零售的渗透率为8.6%",
    ),
    ("+121.5% on 2019", "比2019年增长121.5%"),
    (
        "low confidence; read on a reprint; different definition",
        "可信度低；读自转载；口径不同",
    ),
    (
        "penetration 17.97%; read on a reprint; underlying publisher not named",
        "渗透率17.97%；读自转载；未写明原始发布机构",
    ),
    (
        "MOFCOM counts key monitored platforms only",
        "商务部只统计重点监测平台",
    ),
    (
        "+58.9% year on year; full year not found",
        "同比增长58.9%；未找到全年数字",
    ),
    (
        "+8.31% (implies about 4920 in 2023); penetration 34.3%; read on a reprint",
        "增长8.31%（意味着2023年约为4.92万亿元）；渗透率34.3%；读自转载",
    ),
    (
        "RMB 96.6 million; e-commerce through the Kuaishou platform (live and not)",
        "9,660万元；通过快手平台完成的电商交易（含直播与非直播）",
    ),
    (
        "article prints 400-500 billion; 400-500 亿 = 40-50 billion; KrASIA/36Kr report about 35 billion of live GMV for 2019. Kuaishou's own figure for 2019, 59.6 billion in its prospectus, is kept beside this row as a different source: it confirms the unit correction and shows that 40-50 billion understates the year",
        "文章的英文译文为4,000–5,000亿元（“400-500 billion”），应为400–500亿元；KrASIA／36氪报道2019年直播GMV约为350亿元。快手自己在招股书中给出的2019年数字596亿元作为另一个来源列在旁边：它证实了单位的更正，也说明400–500亿元低估了当年的规模",
    ),
    (
        "RMB 59.6 billion (596 亿); confirms that the article's \"400-500 billion\" is 400-500 亿 mistranslated, and that 40-50 billion understates the year",
        "596亿元；证实文章英文译文的“400-500 billion”是400–500亿的误译，也说明400–500亿元低估了当年的规模",
    ),
    (
        "nine months to 30 September 2020; part of a year",
        "截至2020年9月30日的九个月；不是全年",
    ),
    ("eleven months to November 2020", "截至2020年11月的十一个月"),
    (
        "+539.6% on 2019's 59.6; agrees with 680 in 2021 at +78.4%",
        "比2019年的596亿元增长539.6%；与2021年的6,800亿元、增长78.4%相符",
    ),
    (
        "+78.4% year on year (implies about 381 in 2020)",
        "同比增长78.4%（意味着2020年约为3,810亿元）",
    ),
    (
        "over 500 billion; about 100 billion in Douyin's own stores; \"more than tripled\" on 2019",
        "超过5,000亿元；其中约1,000亿元来自抖音自有小店；是2019年的三倍多",
    ),
    (
        "over 800 billion; Douyin called the figure inaccurate",
        "超过8,000亿元；抖音称这个数字不准确",
    ),
    ("about +60% year on year", "同比增长约60%"),
    (
        "two conflicting reports; Douyin denied",
        "两份报道相互矛盾；抖音予以否认",
    ),
    (
        "over 200 billion; one source says 250; no Alibaba primary found",
        "超过2,000亿元；一个来源称2,500亿元；未找到阿里巴巴的一手资料",
    ),
    (
        "over 400 billion; company statement",
        "超过4,000亿元；公司声明",
    ),
    (
        "over 400 million; the article's figure",
        "超过4亿；即文章中的数字",
    ),
    (
        "over 110 million in about 3 hours (KrASIA says 3.5 hours)",
        "约3小时内超过1.1亿元（KrASIA称3.5小时）",
    ),
    (
        "over 48 million; the article prints 47 million",
        "超过4,800万；文章的英文译文写的是4,700万",
    ),
    (
        "4.31 million views; widely called a disappointment",
        "观看431万次；普遍被认为令人失望",
    ),
    ("3 hours; 16 million viewers", "3小时；1,600万观众"),
    (
        "+16.5%; physical goods 8523.9 billion (20.7% of total retail sales 41164.9 billion)",
        "增长16.5%；实物商品85,239亿元（占社会消费品零售总额411,649亿元的20.7%）",
    ),
    (
        "+11%; physical goods 27.6% of total retail; read on a reprint",
        "增长11%；实物商品占社会消费品零售总额的27.6%；读自转载",
    ),
    // What the presets' growths rest on (`views::basis`).
    ("the article's figure", "文章的数字"),
    ("the app's assumption", "本应用的假设"),
    ("fitted from {}", "据{}拟合"),
    ("assumed: {}", "假设：{}"),
    (
        "the article cases' range, widened to the platforms' fitted growths",
        "文章情景的范围，扩大到各平台拟合出的增长",
    ),
    ("as the industry", "与行业相同"),
    ("as {}", "与{}相同"),
    ("both of the article's forecasts", "文章的两个预测"),
    (
        "{}: {} ({}) to {} ({}), {} a year",
        "{0}：从{1}（{2}年）到{3}（{4}年），每年{5}",
    ),
    ("{} {}: the article's forecast.", "{0}年{1}：文章的预测。"),
    (
        "{} {}: the app's own assumption; the article gives no figure for it.",
        "{0}年{1}：本应用自己的假设；文章没有给出这一数字。",
    ),
    ("{} {}: fitted from {}.", "{0}年{1}：据{2}拟合。"),
    (
        "Its low end, {}, is the app's assumption of a saturating market, since no report reaches the end of the phase.",
        "其下限{}是本应用对市场趋于饱和的假设，因为没有报告覆盖到这一阶段的末尾。",
    ),
    (
        "{} {}: no later report gives two full-year figures of one publisher for these years, so it is assumed: {}.",
        "{0}年{1}：后来的报告中没有同一发布者对这几年给出两个全年数字，因此为假设：{2}。",
    ),
    ("{}'s growths in this preset: {}", "{}在此预设中的增长：{}"),
    ("What the preset's growths rest on", "预设增长的依据"),
];

#[cfg(test)]
mod tests {
    use super::ZH;

    #[test]
    fn each_key_appears_once() {
        let mut keys: Vec<&str> = ZH.iter().map(|(en, _)| *en).collect();
        keys.sort_unstable();
        let dups: Vec<&[&str]> = keys
            .chunk_by(|a, b| a == b)
            .filter(|c| c.len() > 1)
            .collect();
        assert!(dups.is_empty(), "{dups:?}");
        assert!(ZH.len() > 500, "{}", ZH.len());
    }

    #[test]
    fn templates_keep_their_arguments() {
        let zh = |en: &str| ZH.iter().find(|(k, _)| *k == en).map(|(_, t)| *t);
        for en in [
            "By {}: {}{}.",
            "{} median ({}–{}{})",
            "Use a number from {} to {} yuan per US dollar; still using {}.",
            "Live commerce as a share of China's online retail in {}: {}% (online retail {}; live commerce from your projection).",
            "“{}” was not imported because it is {} KB and a scenarios file is at most {} KB.",
            "Imported {} scenarios from “{}”.",
            "{} samples, seed {}, in {} ms.",
            "{} samples, seed {}.",
        ] {
            let t = zh(en).unwrap_or_default();
            assert_eq!(t.matches("{}").count(), en.matches("{}").count(), "{en}");
        }
    }
}
