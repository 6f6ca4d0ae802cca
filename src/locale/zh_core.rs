//! Chinese (Simplified) translations of the core's text (views, story,
//! formatting, the dataset's entity, metric and firm names), keyed by the
//! English text. Templates keep their `{}` holes; a translation that needs
//! another order numbers them (`{1}年突破{0}`, see `Locale::trf`).

/// The Chinese for `en`, if there is one.
pub fn zh(en: &str) -> Option<&'static str> {
    let zh = match en {
        " (article)" => "（文章）",
        " (later report)" => "（后来的报告）",
        " (yours)" => "（你的）",
        "; " => "；",
        ", " => "，",
        "Already above {} in {}" => "{1}年已高于{0}",
        "Chance of reaching {} ({} samples): {}." => "达到{0}的概率（{1}个样本）：{2}。",
        "China live-stream e-commerce: projected size" => "中国直播电商：预测规模",
        "Does not reach {} by {}" => "到{1}年仍未达到{0}",
        "Douyin: live-stream GMV, your projection" => "抖音：直播GMV，你的预测",
        "Each bar: {} with one assumption at the low, then the high end of its range, all others at their medians." => {
            "每根条形：{}，其中一个假设先取其区间的低端、再取高端，其余假设均取中位数。"
        }
        "Passes {} in {}" => "{1}年突破{0}",
        "The industry does not reach {} by {}." => "到{1}年，行业仍未达到{0}。",
        "The industry is already above {} in {}." => "{1}年，行业已高于{0}。",
        "The industry passes {} in {}." => "行业在{1}年突破{0}。",
        "The level" => "目标规模",
        "Your assumption" => "你的假设",
        "Your assumptions: {}" => "你的假设：{}",
        "Your choice (default: the article's trillion level)" => {
            "你的选择（默认：文章所说的万亿级）"
        }
        "Your {} gives {} in {}: {}." => "你的{0}意味着{2}年达到{1}：{3}。",
        "above both of the article's forecasts" => "高于文章的两个预测",
        "below both of the article's forecasts" => "低于文章的两个预测",
        "between the article's two forecasts" => "介于文章的两个预测之间",
        "by {}: {}%" => "{}年前：{}%",
        "corrected" => "已更正",
        "range as printed" => "原文给出的区间",
        "within the article's {} forecast" => "在文章{}的预测之内",
        "{} ({} on {})" => "{0}（{2}的{1}）",
        "{} growth {} ({})" => "{0}{1}年增长（{2}）",
        "{} in {}" => "{1}年{0}",
        "{} a year in {}" => "{1}年每年{0}",
        "{}: projected GMV" => "{}：预测GMV",
        "Kuaishou, total e-commerce" => "快手，电商总额",
        "Douyin, total e-commerce" => "抖音，电商总额",
        "Douyin, live stream" => "抖音，直播",
        "Live-commerce industry" => "直播电商行业",
        "Douyin, all e-commerce" => "抖音，全部电商",
        "Kuaishou, all e-commerce" => "快手，全部电商",
        "Taobao Live" => "淘宝直播",
        "Industry" => "行业",
        "Douyin" => "抖音",
        "Douyin live" => "抖音直播",
        "Kuaishou" => "快手",
        "growth" => "增长",
        "Market-size figures from different firms use different definitions, so each firm's figures are a separate series of markers and are never joined into one line." => {
            "不同机构的市场规模数据口径不同，因此每家机构的数据是一组单独的标记，从不连成一条线。"
        }
        "Later reports are markers, one series per firm, never joined; hover or tap one for its source." => {
            "后来的报告以标记显示，每家机构一组，从不连线；悬停或点按标记可查看来源。"
        }
        "No later report gives Douyin's live-only GMV, so there is nothing to set against this projection." => {
            "没有后来的报告单独给出抖音的直播GMV，因此无从与这一预测对照。"
        }
        "Not drawn, being forecasts made at the time rather than outcomes: {}." => {
            "未画出（这些是当时的预测，而非实际结果）：{}。"
        }
        "Not drawn, covering part of a year only: {}. All are listed under Sources." => {
            "未画出（只覆盖一年中的一部分）：{}。全部列在“来源”中。"
        }
        "Not drawn, covering part of a year only: {}." => "未画出（只覆盖一年中的一部分）：{}。",
        "What happened next: Douyin's total e-commerce GMV (live and not) was over {} in 2020 ({}; {}). No live-only figure for 2020 was found, so the forecasts cannot be checked directly." => {
            "后来的情况：2020年抖音电商GMV总额（含直播与非直播）超过{}（{}；{}）。未找到2020年的直播单项数据，因此无法直接检验这些预测。"
        }
        "already in {}" => "{}年已达到",
        "not by {}" => "到{}年仍未达到",
        "Each line is a scenario's point projection: every growth at its median; ranges are not drawn." => {
            "每条线是一个情景的点预测：每项增长取中位数；不画区间。"
        }
        "Growth span" => "增长率区间",
        "Key number" => "关键数字",
        "Key numbers of the compared scenarios: {}, years and % as each row says; differences are from the first scenario (in percentage points for growth)" => {
            "所比较情景的关键数字：单位按各行所示（{}、年份或%）；差值相对于第一个情景（增长率以百分点计）"
        }
        "Key numbers: {}, years and % as each row says; the last columns give each scenario's difference from the first (percentage points, pp, for growth rates)." => {
            "关键数字：单位按各行所示（{}、年份或%）；最后几列为各情景与第一个情景之差（增长率以百分点pp计）。"
        }
        "Level the industry is measured against" => "衡量行业的目标规模",
        "Point projections of the compared scenarios" => "所比较情景的点预测",
        "Scenario {}" => "情景{}",
        "Scenario “{}”: {}" => "情景“{}”：{}",
        "Year the industry reaches the level" => "行业达到目标规模的年份",
        "Year" => "年份",
        "same year" => "同一年",
        "{} read the article's contradictory figures as corrected, the others as printed." => {
            "{}按更正后的数字解读文章中自相矛盾的数据，其他情景按原文解读。"
        }
        "{} year" => "{}年",
        "{} years" => "{}年",
        "{}: % difference vs {}" => "{}：相对{}的差异（%）",
        "{}: difference vs {}" => "{}：相对{}的差值",
        "{}: growth a year over the scenario's span (%)" => "{}：情景区间内的年均增长率（%）",
        "{}: point projection of each scenario" => "{}：各情景的点预测",
        "618 peaks on 18 June every year" => "“618”每年在6月18日达到高峰",
        "A star's first Douyin live stream" => "明星的首场抖音直播",
        "China's mid-year online shopping festival, at its peak" => "中国年中网购节，正值高峰",
        "The 618 shopping festival" => "“618”购物节",
        "The article mentions the 2019 festival (Beibeitu's 12 million yuan); 618 peaks on 18 June every year" => {
            "文章提到了2019年的“618”（贝贝兔的1,200万元）；“618”每年在6月18日达到高峰"
        }
        "{} of sales in 3 hours" => "3小时销售额{}",
        "{}: 618 festival" => "{}：“618”购物节",
        "{}: star stream" => "{}：明星直播",
        "{}; the date and the streamer (Luo Yonghao) per later reporting" => {
            "{}；日期和主播（罗永浩）据后来的报道"
        }
        "Douyin live ×5–6 or ×10–12 in 2020" => "2020年抖音直播×5–6或×10–12",
        "Douyin live: {}" => "抖音直播：{}",
        "Firms measure the market differently, so each ratio compares the article's forecast with one firm's figure; they are not one series." => {
            "各机构对市场的统计口径不同，因此每个比值都是文章的预测与某一家机构数据之比；它们不构成一个序列。"
        }
        "Forecast" => "预测",
        "Industry doubles in 2020 (×2 → {})" => "行业2020年翻番（×2 → {}）",
        "No live-only figure for 2020 was published." => "没有公布2020年的直播单项数据。",
        "No live-only figure published (see below)" => "没有公布直播单项数据（见下文）",
        "No live-only figure published. Douyin's total e-commerce: {} → over {} (×{})." => {
            "没有公布直播单项数据。抖音电商总额：{} → 超过{}（×{}）。"
        }
        "Period" => "时期",
        "Reported by" => "报告方",
        "Reported ÷ forecast" => "报告值 ÷ 预测值",
        "Reported low" => "报告值下限",
        "Reported high" => "报告值上限",
        "The article's forecasts against later reports" => "文章的预测与后来的报告对照",
        "the doubling" => "翻番预测",
        "the trillion level" => "万亿级",
        "{} against {} of {}: ×{}" => "{0}，对比{1}的{2}：×{3}",
        "“Trillion level” (no year given): size ÷ 1 trillion" => {
            "“万亿级”（未给出年份）：规模 ÷ 1万亿"
        }
        "GMV here is each platform's whole e-commerce GMV (live and not), except Taobao Live's, which is live only. Douyin has called press figures of its GMV inaccurate." => {
            "这里的GMV是各平台全部电商的GMV（含直播与非直播），淘宝直播除外（仅为直播）。抖音曾称媒体报道的其GMV数据不准确。"
        }
        "Platform" => "平台",
        "Platforms' GMV by year" => "各平台历年GMV",
        "Source" => "来源",
        "the article ({})" => "文章（{}）",
        "{} · the article" => "{} · 文章",
        "2019 GMV by platform" => "2019年各平台GMV",
        "Article's forecast {}" => "文章的预测{}",
        "Article: 2019 live GMV" => "文章：2019年直播GMV",
        "Article: 2019 size" => "文章：2019年规模",
        "Assumption" => "假设",
        "Chance at or above the level by then" => "届时达到或超过目标规模的概率",
        "China's live-stream e-commerce: projection, Monte Carlo bands and later reports" => {
            "中国直播电商：预测、蒙特卡洛区间与后来的报告"
        }
        "Douyin live-stream GMV" => "抖音直播GMV",
        "Figure id" => "数据编号",
        "Later report: {}" => "后来的报告：{}",
        "Level: {}" => "目标规模：{}",
        "Multiplier (×)" => "倍数（×）",
        "Reading" => "解读",
        "Sensitivity of {} (all at medians: {})" => "{}的敏感性（全部取中位数时：{}）",
        "Series" => "序列",
        "Low" => "下限",
        "High" => "上限",
        "Value" => "数值",
        "Output at low end" => "取低端时的结果",
        "Output at high end" => "取高端时的结果",
        "Swing" => "摆幅",
        "Your multiplier" => "你的倍数",
        "as printed" => "按原文",
        "corrected (printed {})" => "已更正（原文为{}）",
        "the article (\"trillion level\", no year given)" => "文章（“万亿级”，未给出年份）",
        "the article" => "文章",
        "{}: projection" => "{}：预测",
        "{}: projection, Monte Carlo bands and later reports" => {
            "{}：预测、蒙特卡洛区间与后来的报告"
        }
        "{}, {}: {}" => "{}，{}：{}",
        "{}, {} ({}): {}" => "{}，{}（{}）：{}",
        "The article (Marketing Newspaper, 2020)" => "文章（Marketing Newspaper，2020年）",
        "confirmed by {} sources" => "经{}个来源证实",
        "disputed" => "有争议",
        "single source" => "单一来源",
        "{} (corrected; printed {})" => "{}（已更正；原文为{}）",
        "more than" => "超过",
        "over" => "超过",
        "billion yuan" => "十亿元",
        "million yuan" => "百万元",
        "million" => "百万",
        "billion" => "十亿",
        "items" => "件",
        "hours" => "小时",
        "the Douyin star live stream of 1 April 2020" => "2020年4月1日的抖音明星直播",
        "Sales per viewer, {}" => "每位观众的销售额：{}",
        "Sales per hour, {}" => "每小时销售额：{}",
        "Average price per item sold by Beibeitu, 618 festival 2019" => {
            "贝贝兔在2019年“618”期间售出商品的平均单价"
        }
        "Douyin's daily active users as a share of ByteDance's download users" => {
            "抖音日活跃用户占字节跳动下载用户的比例"
        }
        "Live streams' share of Douyin's e-commerce GMV, 2019" => "2019年直播在抖音电商GMV中的占比",
        "Douyin's share of China's live-commerce market, 2019" => {
            "2019年抖音在中国直播电商市场中的份额"
        }
        "Kuaishou's share of China's live-commerce market, 2019" => {
            "2019年快手在中国直播电商市场中的份额"
        }
        "Live commerce as a share of China's online retail sales, 2019 (two sources with their own definitions)" => {
            "2019年直播电商占中国网上零售额的比例（两个来源，口径各异）"
        }
        "of {}, per {}" => "（{}，据{}）",
        " (corrected; printed {})" => "（已更正；原文为{}）",
        " — both are lower bounds, so the result is neither a lower nor an upper bound" => {
            "——两者都是下限，因此结果既不是下限也不是上限"
        }
        "at least {}" => "至少{}",
        "at most {}" => "至多{}",
        "about {}" => "约{}",
        "downloads" => "下载量",
        "empty" => "为空",
        "“{}” is not a number" => "“{}”不是数字",
        "“{}” is not a finite number" => "“{}”不是有限的数字",
        "“{}” is not a number of {}" => "“{}”不是以{}计的数字",
        "“{}” must be above zero" => "“{}”必须大于零",
        "Sampling the ranges of the assumptions ({} runs), the chance of reaching {} by {} is {}%." => {
            "对各项假设的区间抽样（{0}次）后，到{2}年达到{1}的概率为{3}%。"
        }
        "The chance of reaching {} shows here once the ranges of the assumptions have been sampled." => {
            "对各项假设的区间完成抽样后，这里将显示达到{}的概率。"
        }
        "kept {}" => "保留{}",
        "{} ({}) in 2020" => "2020年{}（{}）",
        "{} 2019's GMV" => "2019年GMV的{}",
        "{} a year ({})" => "每年{}（{}）",
        "Industry growth in 2020" => "2020年行业增长",
        "Industry growth a year, 2021–2022" => "2021–2022年行业年增长",
        "Industry growth a year, 2023–2030" => "2023–2030年行业年增长",
        "Douyin live-stream GMV in 2020, times 2019's" => "2020年抖音直播GMV，为2019年的倍数",
        "The level the industry is to reach" => "行业要达到的规模",
        "6.8985 yuan per US dollar: the 2019 annual average, National Bureau of Statistics of China, Statistical Communiqué on the 2019 National Economic and Social Development (February 2020)" => {
            "1美元兑6.8985元人民币：2019年全年平均汇率，国家统计局《2019年国民经济和社会发展统计公报》（2020年2月）"
        }
        "China live-stream e-commerce" => "中国直播电商",
        "China live-stream e-commerce (key monitored platforms)" => "中国直播电商（重点监测平台）",
        "China" => "中国",
        "ByteDance" => "字节跳动",
        "Beibeitu (Douyin KOL)" => "贝贝兔（抖音达人）",
        "Douyin star live stream, 1 April 2020" => "2020年4月1日抖音明星直播",
        "Luo Yonghao first Douyin live stream" => "罗永浩抖音首场直播",
        "Dong Mingzhu first Douyin live stream" => "董明珠抖音首场直播",
        "Dong Mingzhu Kuaishou live stream" => "董明珠快手直播",
        "daily active users" => "日活跃用户",
        "download users" => "下载用户",
        "duration" => "时长",
        "e-commerce GMV (total turnover)" => "电商GMV（总交易额）",
        "e-commerce GMV (total)" => "电商GMV（总额）",
        "e-commerce GMV" => "电商GMV",
        "items sold during the 618 festival" => "“618”期间售出件数",
        "live-stream e-commerce GMV" => "直播电商GMV",
        "live-stream e-commerce GMV growth on 2019" => "直播电商GMV较2019年的增长",
        "market size" => "市场规模",
        "market size growth on 2019" => "市场规模较2019年的增长",
        "revenue goal, with e-commerce as the 'second curve'" => "营收目标（以电商为“第二曲线”）",
        "sales (turnover)" => "销售额",
        "sales (turnover) during the 618 festival" => "“618”期间销售额",
        "viewers" => "观看人数",
        "GMV" => "GMV",
        "live-commerce users" => "直播电商用户",
        "online retail sales" => "网上零售额",
        "sales" => "销售额",
        "transaction volume" => "交易额",
        "iiMedia Research" => "艾媒咨询",
        "KPMG and AliResearch" => "毕马威和阿里研究院",
        "Ministry of Commerce" => "商务部",
        "100EC (Wangjingshe)" => "网经社",
        "Qianzhan Industry Research" => "前瞻产业研究院",
        "Askci (China Commercial Industry Research Institute)" => "中商产业研究院",
        "National Bureau of Statistics" => "国家统计局",
        "Kuaishou investor relations" => "快手投资者关系",
        "Kuaishou prospectus" => "快手招股书",
        "Kuaishou results" => "快手业绩",
        "South China Morning Post" => "《南华早报》",
        "Xindou data (third party)" => "新抖（第三方数据）",
        "Douyin data" => "抖音数据",
        "the article (corrected unit)" => "文章（更正单位后）",
        // Notes of the share link, the bounds checks and the session
        // (`locale::Note`); the `{}` holes are values, quoted text or
        // phrases translated on their own.
        "{}." => "{}。",
        "Link: {}" => "链接：{}",
        "Saved scenario “{}”: {}" => "已保存的情景“{}”：{}",
        "“{}”: {}" => "“{}”：{}",
        "The exchange rate is not a number; using the default, {} yuan per US dollar." => {
            "汇率不是数字；改用默认值，每美元{}元。"
        }
        "The exchange rate {} is below {}; using {} yuan per US dollar." => {
            "汇率{}低于{}；改用每美元{}元。"
        }
        "The exchange rate {} is above {}; using {} yuan per US dollar." => {
            "汇率{}高于{}；改用每美元{}元。"
        }
        "{} {} growth" => "{}{}年增长倍数",
        "{} {} growth, low end," => "{}{}年增长倍数下限",
        "{} {} growth, high end," => "{}{}年增长倍数上限",
        "{} is not a number; using ×{}" => "{}不是数字；改用×{}",
        "{} ×{} is below ×{}; using ×{}" => "{}×{}低于×{}；改用×{}",
        "{} ×{} is above ×{}; using ×{}" => "{}×{}高于×{}；改用×{}",
        "{} {} growth: low end ×{} is above high end ×{}; swapped" => {
            "{}{}年增长倍数：下限×{}高于上限×{}；已对调"
        }
        "{} base {} is not a positive amount; using {} bn ({})" => {
            "{}基数{}不是正数；改用{}十亿元（{}）"
        }
        "{} base {} bn is below {} bn; using {} bn" => "{}基数{}十亿元低于{}十亿元；改用{}十亿元",
        "{} base {} bn is above {} bn; using {} bn" => "{}基数{}十亿元高于{}十亿元；改用{}十亿元",
        "{} growth phases did not cover {}–{} in order; reset to {}" => {
            "{}的增长阶段未按顺序覆盖{}–{}年；已重置为{}"
        }
        "{} was missing; using the article's low case" => "缺少{}；改用文章的低情形",
        "{} appeared {} times; kept the first" => "{}出现了{}次；保留第一个",
        "Level is not a number; using {} bn" => "目标规模不是数字；改用{}十亿元",
        "Level {} bn is below {} bn; using {} bn" => "目标规模{}十亿元低于{}十亿元；改用{}十亿元",
        "Level {} bn is above {} bn; using {} bn" => "目标规模{}十亿元高于{}十亿元；改用{}十亿元",
        "{} samples is below {}; using {}" => "样本数{}低于{}；改用{}",
        "{} samples is above {}; using {}" => "样本数{}高于{}；改用{}",
        "Sensitivity year {} is outside 2020–{}; using 2025" => {
            "敏感性年份{}不在2020–{}年之间；改用2025年"
        }
        "Growth span {}–{} is not within 2019–{}; using 2019–2025" => {
            "增长率区间{}–{}不在2019–{}年之内；改用2019–2025年"
        }
        "{} more problem in the link is not listed here." => "另有{}处问题未在此列出。",
        "{} more problems in the link are not listed here." => "另有{}处问题未在此列出。",
        "The version" => "版本",
        "The preset" => "预设",
        "The reading" => "解读方式",
        "The industry chart's scale" => "行业图表的刻度",
        "The projection explorer's series" => "预测浏览器的系列",
        "The sensitivity output" => "敏感性分析的输出",
        "The growth-rate span" => "增长率区间",
        "The number of samples" => "样本数",
        "The seed" => "随机种子",
        "The language" => "语言",
        "The currency" => "货币",
        "The exchange rate" => "汇率",
        "The embedded chart" => "嵌入的图表",
        "The {} chart's tab" => "{}图表的标签页",
        "{} field name in the link is not valid text (a percent escape such as %FF that is not UTF-8); ignored." => {
            "链接中有{}个字段名不是有效文本（如%FF这类不是UTF-8的百分号转义）；已忽略。"
        }
        "{} field names in the link are not valid text (a percent escape such as %FF that is not UTF-8); ignored." => {
            "链接中有{}个字段名不是有效文本（如%FF这类不是UTF-8的百分号转义）；已忽略。"
        }
        "{} field without a name (“=…”) was ignored." => "{}个没有名称的字段（“=…”）已忽略。",
        "{} fields without a name (“=…”) were ignored." => {
            "{}个没有名称的字段（“=…”）已忽略。"
        }
        "There is no chart “{}” (one of {}); its tab was ignored." => {
            "没有名为“{}”的图表（应为{}之一）；其标签页已忽略。"
        }
        "There is no chart “{}” (one of {}); its tab ({} times) was ignored." => {
            "没有名为“{}”的图表（应为{}之一）；其标签页（{}次）已忽略。"
        }
        "Unknown field “{}” was ignored." => "未知字段“{}”已忽略。",
        "Unknown field “{}” ({} times) was ignored." => "未知字段“{}”（{}次）已忽略。",
        "{} ({}) appears {} times in the link; the last one was used." => {
            "{}（{}）在链接中出现了{}次；已采用最后一个。"
        }
        "{} ({}) is not valid text (a percent escape such as %FF that is not UTF-8); ignored." => {
            "{}（{}）不是有效文本（如%FF这类不是UTF-8的百分号转义）；已忽略。"
        }
        "{} ({}) is {} characters long, more than {}; ignored." => {
            "{}（{}）长{}个字符，超过{}个；已忽略。"
        }
        "{} “{}={}” is not {}; ignored." => "{}“{}={}”不是{}；已忽略。",
        "{} “{}={}” has {} part, not a base and three growths (such as {}={}); ignored." => {
            "{}“{}={}”只有{}个部分，而不是一个基数加三个增长倍数（如{}={}）；已忽略。"
        }
        "{} “{}={}” has {} parts, not a base and three growths (such as {}={}); ignored." => {
            "{}“{}={}”有{}个部分，而不是一个基数加三个增长倍数（如{}={}）；已忽略。"
        }
        "{} base “{}” is too large; using {} bn, the largest base." => {
            "{}基数“{}”过大；改用最大基数{}十亿元。"
        }
        "{} base “{}” is not a positive number of billion yuan; kept {}." => {
            "{}基数“{}”不是以十亿元计的正数；保留{}。"
        }
        "{} {} growth “{}” is not a multiplier such as 2 or a range such as 1.15-1.6; kept {}." => {
            "{}{}年增长倍数“{}”既不是倍数（如2）也不是区间（如1.15-1.6）；保留{}。"
        }
        "{} display “{}” is not rate or multiplier; ignored." => {
            "{}的显示方式“{}”不是rate或multiplier；已忽略。"
        }
        "The link is {} bytes long; only the first {} were read and the rest was ignored." => {
            "链接长{}字节；只读取了前{}字节，其余部分已忽略。"
        }
        "The version “v={}” is not a version of the link format; the link was read as version {}." => {
            "版本“v={}”不是链接格式的版本号；已按版本{}读取该链接。"
        }
        "This link comes from a newer version of the app (v={}); the parts this version understands were applied." => {
            "此链接来自较新版本的应用（v={}）；已应用本版本能识别的部分。"
        }
        "The embedded chart “embed={}” is not one of {}; ignored, the whole page is shown." => {
            "嵌入的图表“embed={}”不是{}之一；已忽略，显示整个页面。"
        }
        "one of {}" => "{}之一",
        "{} growth: {}" => "{}增长倍数：{}",
        "not a number; using ×{}" => "不是数字；改用×{}",
        "×{} is below ×{}; using ×{}" => "×{}低于×{}；改用×{}",
        "×{} is above ×{}; using ×{}" => "×{}高于×{}；改用×{}",
        "not a number; kept the previous value" => "不是数字；保留原值",
        "{} billion yuan is outside {}–{}; using {}" => "{}十亿元超出{}–{}的范围；改用{}",
        "{}: {}; {}" => "{}：{}；{}",
        "as-printed or corrected" => "as-printed或corrected",
        "a number of billion yuan" => "以十亿元计的数字",
        "a whole number" => "整数",
        "a whole number from 0 to {}" => "0到{}之间的整数",
        "log or linear" => "log或linear",
        "a series ({}) and a year, such as industry:2025" => {
            "一个系列（{}）加一个年份，如industry:2025"
        }
        "two years such as 2019-2025" => "两个年份，如2019-2025",
        "chart, table or sources" => "chart、table或sources",
        "en or zh" => "en或zh",
        "cny or usd" => "cny或usd",
        "a number of yuan per US dollar from {} to {}" => "{}到{}之间的数字（每美元兑人民币元数）",
        "{}'s GMV" => "{}的GMV",
        "{}'s live-stream GMV" => "{}的直播GMV",
        "the whole live-commerce industry's {}" => "整个直播电商行业的{}",
        "the whole e-commerce market's {}" => "整个电商市场的{}",
        "its total e-commerce GMV of {}" => "其电商GMV总额{}",
        "{} {} ({}, {})" => "{0}{1}（{2}，{3}）",
        "as corrected" => "按更正后",
        "{} is above {}, so one of the two figures is wrong." => {
            "{}高于{}，因此两个数字中有一个是错的。"
        }
        "{} is above {}: even its lower end exceeds the total, so one of the two figures is wrong." => {
            "{}高于{}：连其下限都超过了总量，因此两个数字中有一个是错的。"
        }
        " and even its lower end is {} of it, leaving little or nothing for anyone else" => {
            "，即使其下限也占了总量的{}，几乎没有给其他平台留下空间"
        }
        "{} reaches above {}: its upper end exceeds the total{}. Only the part of the range up to the total fits." => {
            "{}超出了{}：其上限超过总量{}。区间中只有不超过总量的部分说得通。"
        }
        "{}'s forecast \"{}\" ({}) is not dated after the actual figure it builds on, {} ({}): a forecast must look ahead of its base." => {
            "{}的预测“{}”（{}）的时间并不晚于其所依据的实际数字{}（{}）：预测必须着眼于基数之后。"
        }
        _ => return None,
    };
    Some(zh)
}
