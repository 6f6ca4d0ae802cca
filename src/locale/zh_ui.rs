//! Chinese (Simplified) translations of the Yew components' text (`ui`),
//! keyed by the English text exactly as the components pass it to
//! `Locale::tr` / `Locale::trf` (`{}` marks an argument).

/// The Chinese for `en`, if there is one.
pub fn zh(en: &str) -> Option<&'static str> {
    let zh = match en {
        // The page.
        "Live Commerce Explorer" => "直播电商数据探索",
        "In 2020 Douyin (TikTok's Chinese twin) set out to take on Taobao Live and Kuaishou in live-stream shopping. A market article of the time gave the numbers. Here they are as charts, with their sources, and with the growth assumptions in your hands." => {
            "2020 年，抖音（TikTok 的中国版）进军直播带货，向淘宝直播和快手发起挑战。当时的一篇市场文章给出了相关数据。这里把这些数据做成了图表，附上出处，增长假设由你来调整。"
        }
        "The article's figures could not be read: {}" => "无法读取文章中的数据：{}",
        "Some values were ignored or adjusted:" => "部分数值被忽略或调整：",
        "Dismiss" => "关闭",
        "Who sold what in 2019" => "2019 年各平台卖了多少",
        "Gross merchandise value (GMV) in 2019, {}, {}." => "2019 年商品交易总额（GMV），{}，{}。",
        "with the article's contradictions corrected" => "已更正文章中前后矛盾之处",
        "as printed in the article" => "按文章原文",
        "When does live commerce reach a trillion yuan?" => "直播电商何时达到万亿元规模？",
        "China's live-stream e-commerce, {}: the article's 2019 size, grown by your assumptions (a fan where they are ranges), and what later reports say." => {
            "中国直播电商规模，{}：以文章给出的 2019 年规模为起点，按你的假设增长（假设为区间时显示为扇形），并标出后来报告的数字。"
        }
        "Growth in 2020" => "2020 年增长",
        "The article: “expected to double in 2020” (×2)." => {
            "文章称：“预计 2020 年翻一番”（×2）。"
        }
        "Growth a year, 2021–2022" => "2021–2022 年每年增长",
        "The article gives no rate after 2020; its preset reaches the “trillion level”." => {
            "文章未给出 2020 年之后的增速；预设值可达到“万亿级”。"
        }
        "Growth a year, 2023–2030" => "2023–2030 年每年增长",
        "A slider moves the median; a range keeps its width." => {
            "滑块调整的是中位数；区间宽度保持不变。"
        }
        " a year" => "／年",
        "{} median ({}–{}{})" => "中位数 {}（{}–{}{}）",
        "Reset to the article's assumptions" => "恢复文章的假设",
        "By {}: {}{}." => "到 {} 年：{}{}。",
        "; 90% of samples between {} and {}" => "；90% 的样本介于 {} 与 {} 之间",
        "How fast can Douyin's live commerce grow?" => "抖音直播电商能增长多快？",
        "Douyin live-stream GMV, {}: {} in 2019 and the article's two forecasts for 2020, against your own." => {
            "抖音直播 GMV，{}：2019 年为 {}，对比文章对 2020 年的两种预测和你自己的预测。"
        }
        "Your multiplier for 2020" => "你对 2020 年的增长倍数",
        "“Five to six times or ten to twelve times compared to last year”, say the article's professionals." => {
            "文章中的业内人士称：“同比增长五到六倍，或十到十二倍”。"
        }
        "Key numbers" => "关键数字",
        "What happened next to the three platforms" => "三大平台后来的情况",
        "GMV by year, {}: the article's 2019 figures and later reports, one marker series per platform and publisher." => {
            "历年 GMV，{}：文章的 2019 年数据与后来的报告，每个平台和发布机构各为一组标记。"
        }
        "Forecasts against what happened" => "预测与实际对比",
        "Each of the article's forecasts, set against what later reports say: reported ÷ forecast, so ×1 means the forecast came true." => {
            "文章的每项预测与后来报告的数字对比：报告值 ÷ 预测值，×1 表示预测成真。"
        }
        "What the numbers imply" => "这些数字意味着什么",
        "Figures computed from the article's numbers (and, where said, later reports), each with how it was computed." => {
            "根据文章数据（注明处也用到后来的报告）计算出的数字，每项都附有计算方法。"
        }
        "Source: “{}”, {}. Later figures: public reports, each cited in the Sources views." => {
            "来源：《{}》，{}。后来的数据：公开报告，均在“来源”视图中注明。"
        }
        "Download all the data: " => "下载全部数据：",
        "the article's figures as shipped (JSON)" => "文章数据原始文件（JSON）",

        // Language and currency.
        "Language" => "语言",
        "Currency" => "货币",
        "Yuan (CNY)" => "人民币（CNY）",
        "US dollars (USD)" => "美元（USD）",
        "Yuan per US dollar" => "汇率（元／美元）",
        "Back to {}" => "恢复为 {}",
        "Default: {}" => "默认：{}",
        "Type an exchange rate, such as 6.9." => "请输入汇率，例如 6.9。",
        "That is not a number." => "这不是一个数字。",
        "An exchange rate must be more than 0." => "汇率必须大于 0。",
        "That rate is outside what the app accepts." => "该汇率超出了可接受的范围。",
        "Use a number from {} to {} yuan per US dollar; still using {}." => {
            "请输入 {} 到 {} 之间的数字（元／美元）；仍使用 {}。"
        }

        // Toolbar.
        "Scenario tools" => "情景工具",
        "Undo (Ctrl+Z)" => "撤销（Ctrl+Z）",
        "Undo" => "撤销",
        "Redo (Ctrl+Shift+Z)" => "重做（Ctrl+Shift+Z）",
        "Redo" => "重做",
        "Link to this view" => "当前视图的链接",
        "Copy link" => "复制链接",
        "Copied." => "已复制。",
        "The browser did not allow copying: the link is selected, press Ctrl+C." => {
            "浏览器不允许复制：链接已选中，请按 Ctrl+C。"
        }
        "Projections (CSV)" => "预测数据（CSV）",

        // Story card.
        "The story, with live numbers" => "数字会动的故事",
        "Drag a blue number sideways or up and down, or focus it and use the arrow keys (Shift: bigger steps, Alt: smaller), or click it to type a value. The charts and every bold figure follow." => {
            "左右或上下拖动蓝色数字，或选中后用方向键调整（按住 Shift 步子更大，按住 Alt 更小），也可以点击后直接输入数值。图表和所有加粗的数字都会随之变化。"
        }
        "Drag, use the arrow keys, or click to type" => "拖动、使用方向键，或点击输入",
        "{}: type a value, Enter to apply, Escape to cancel" => {
            "{}：输入数值，按 Enter 确认，按 Esc 取消"
        }

        // Lab.
        "Your scenario" => "你的情景",
        "One set of assumptions drives every chart. Give any growth a range (“a to b”: by default a lognormal whose 90% interval is a–b) and see the spread it makes." => {
            "所有图表都由同一组假设驱动。任何增长率都可以设为区间（“a 到 b”：默认为 90% 区间为 a–b 的对数正态分布），看看它带来多大的不确定性。"
        }
        "Start from" => "起点",
        "Article, Douyin live ×5–6" => "文章：抖音直播 ×5–6",
        "Article, Douyin live ×10–12" => "文章：抖音直播 ×10–12",
        "What happened next" => "后来的实际情况",
        "Your own" => "自定义",
        "Base in {} ({}) and growth per phase: a point, or low and high ends of a range" => {
            "{} 年基数（{}）与各阶段增长：单一数值，或区间的下限和上限"
        }
        "Series" => "序列",
        "Series " => "序列 ",
        "Base {}" => "{} 年基数",
        "Typed as" => "输入方式",
        "{} (a year)" => "{}（每年）",
        "your value" => "你的数值",
        "{} growth, {}" => "{}增长，{}",
        "{} base, {} in {}" => "{}基数（{}），{} 年",
        "{} growth as" => "{}增长的表示方式",
        "{} base: {}; kept the previous value" => "{}基数：{}；保留原值",
        "{} growth: {}; kept the previous value" => "{}增长：{}；保留原值",
        "{}, low end" => "{}，下限",
        "{}, high end" => "{}，上限",
        "{}, distribution" => "{}，分布",
        "lognormal" => "对数正态",
        "uniform" => "均匀",
        "triangular" => "三角",
        "Samples " => "样本数 ",
        "Seed " => "随机种子 ",
        "New seed" => "换一个种子",
        "Seed “{}” is not a whole number; kept {}" => "种子“{}”不是整数；保留 {}",
        "Starting…" => "正在启动…",
        "Sampling… {} of {}" => "正在抽样… {} / {}",
        "{} samples, seed {}, in {} ms." => "{} 个样本，种子 {}，用时 {} 毫秒。",
        "The simulation failed: {}" => "模拟失败：{}",
        "Projection of any series" => "任一序列的预测",
        "Which assumption matters most?" => "哪个假设影响最大？",
        "Output " => "输出 ",
        " in " => " 年份 ",

        // Key numbers and goal seek.
        "Growth from " => "增长区间：从 ",
        " to " => " 到 ",
        " · level " => " · 目标规模 ",
        "Level: {}; kept the previous value" => "目标规模：{}；保留原值",
        "Point projections (each growth at its median), {}–{}" => {
            "点预测（各增长率取中位数），{}–{}"
        }
        "Growth a year (CAGR)" => "年均增长（CAGR）",
        "Reaches {}" => "达到{}",
        "Share of the industry, {}" => "占行业份额，{}",
        "Live commerce as a share of China's online retail in {}: {}% (online retail {}; live commerce from your projection)." => {
            "{} 年直播电商占中国网络零售的比例：{}%（网络零售数据：{}；直播电商数据来自你的预测）。"
        }
        "What growth would it take?" => "需要多快的增长？",
        "For " => "要让 ",
        " to reach " => " 达到 ",
        ", growth in " => "，增长阶段 ",
        "needs {} a year ({}), the other phases at their medians." => {
            "每年需要 {}（{}），其他阶段取中位数。"
        }
        "No answer: {}." => "无解：{}。",
        "Apply this growth" => "应用这个增长率",

        // Saved scenarios and compare.
        "Your scenarios" => "你保存的情景",
        "Save the assumptions on screen under a name, come back to them later in this browser, or compare two to four side by side. Files exported here can be imported in any browser." => {
            "给当前的假设起个名字保存下来，之后可在本浏览器中再次打开，也可以选两到四个并排比较。在这里导出的文件可以在任何浏览器中导入。"
        }
        "This browser does not let the page keep data, so scenarios saved now last until the page closes. Export them to keep them." => {
            "此浏览器不允许网页保存数据，现在保存的情景在关闭页面后就会消失。如需保留，请导出。"
        }
        "Name" => "名称",
        "e.g. Douyin ×8, slower after 2022" => "例如：抖音 ×8，2022 年后放缓",
        "Save current assumptions" => "保存当前假设",
        "No saved scenarios yet." => "还没有保存的情景。",
        "Load" => "载入",
        "Rename" => "重命名",
        "Duplicate" => "复制",
        "Delete" => "删除",
        "Export" => "导出",
        "New name" => "新名称",
        "Cancel" => "取消",
        "Export all (JSON)" => "全部导出（JSON）",
        "Import a scenarios file: " => "导入情景文件：",
        "Tick two to four scenarios to compare them." => "勾选两到四个情景进行比较。",
        "Saved as “{}”." => "已保存为“{}”。",
        "Duplicated as “{}”." => "已复制为“{}”。",
        "Deleted “{}”." => "已删除“{}”。",
        "Renamed to “{}”." => "已重命名为“{}”。",
        "Imported 1 scenario from “{}”." => "已从“{}”导入 1 个情景。",
        "Imported {} scenarios from “{}”." => "已导入 {} 个情景，来自“{}”。",
        "“{}” was not imported: it is {} KB, and a scenarios file is at most {} KB. Nothing was changed." => {
            "“{}”未导入：文件大小为 {} KB，情景文件最大为 {} KB。未做任何更改。"
        }
        "“{}” could not be read: {}. Nothing was changed." => {
            "无法读取“{}”：{}。未做任何更改。"
        }
        "“{}” was not imported: {}. Nothing was changed." => "“{}”未导入：{}。未做任何更改。",
        "{} The list below is now up to date: try again." => "{} 下方列表已更新，请重试。",
        ", " => "、",
        "Comparing {}" => "比较 {}",
        "The comparison could not be made: {}" => "无法进行比较：{}",
        "Download the exact numbers (CSV)" => "下载精确数字（CSV）",

        // Sources view.
        "The article: “{}”, {}." => "文章：《{}》，{}。",
        "Correction: {}" => "更正：{}",
        "link" => "链接",
        "no link given" => "未提供链接",
        "{}: not in the dataset" => "{}：不在数据集中",

        // The panic screen.
        "Something went wrong" => "出错了",
        "The explorer stopped because of an internal error." => "由于内部错误，页面已停止运行。",
        "Reload the page" => "重新加载页面",
        " to start again." => "以重新开始。",
        // Theme toggle and embed mode (src/ui/theme.rs, src/ui/embed.rs).
        "Colours:" => "配色：",
        "Auto" => "自动",
        "Light" => "浅色",
        "Dark" => "深色",
        "Embed" => "嵌入",
        "Copy embed code" => "复制嵌入代码",
        "Embed code" => "嵌入代码",
        "The browser did not allow copying: the code is selected, press Ctrl+C." => {
            "浏览器不允许复制：代码已选中，请按 Ctrl+C。"
        }
        "Live Commerce Explorer ↗" => "直播电商数据探索 ↗",
        "Live Commerce Explorer: {}" => "直播电商数据探索：{}",
        "This chart has nothing to show for this scenario." => {
            "在此情景下，此图表没有可显示的内容。"
        }
        "Chart" => "图表",
        "Table" => "表格",
        "Sources" => "来源",
        "Where the article contradicts itself" => "文章自相矛盾之处",
        "Show the article's figures" => "文章数字的显示方式",
        "printed {}; corrected {}. " => "原文为 {}；更正为 {}。",
        "Download this chart (PNG, 2×)" => "下载此图（PNG，2 倍分辨率）",
        " The PNG could not be made: {}." => "无法生成 PNG：{}。",
        _ => return None,
    };
    Some(zh)
}

#[cfg(test)]
mod tests {
    use super::zh;

    #[test]
    fn templates_keep_their_arguments() {
        for en in [
            "By {}: {}{}.",
            "{} median ({}–{}{})",
            "Use a number from {} to {} yuan per US dollar; still using {}.",
            "Live commerce as a share of China's online retail in {}: {}% (online retail {}; live commerce from your projection).",
            "“{}” was not imported: it is {} KB, and a scenarios file is at most {} KB. Nothing was changed.",
            "Imported {} scenarios from “{}”.",
            "{} samples, seed {}, in {} ms.",
        ] {
            let t = zh(en).unwrap_or_default();
            assert_eq!(t.matches("{}").count(), en.matches("{}").count(), "{en}");
        }
    }
}
