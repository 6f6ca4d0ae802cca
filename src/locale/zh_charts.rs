//! Chinese (Simplified) translations of the text drawn on charts, their
//! tooltips, legends, crosshair readouts and accessible descriptions, keyed
//! by the English text.

/// The Chinese for `en`, if there is one.
pub fn zh(en: &str) -> Option<&'static str> {
    let zh = match en {
        // Axes and captions.
        " (log scale)" => "（对数刻度）",
        "; {} at zero or below not shown" => "；{} 个零或负值未显示",
        "×1 = as forecast" => "×1 = 与预测相符",
        // Marks and labels.
        "Monte Carlo, {}" => "蒙特卡洛模拟，{}年",
        "median {}; 50% within {}; 90% within {}" => "中位数 {}；50% 区间 {}；90% 区间 {}",
        "Your assumptions' ranges, sampled" => "按你的假设区间抽样",
        "Projection" => "预测",
        "90% band" => "90% 区间",
        "The article" => "原文",
        "Yours" => "你的设定",
        "Yours {}: {}" => "你的设定 {}：{}",
        "{}: {} (article)" => "{}年：{}（原文）",
        "low: {}" => "低：{}",
        "high: {}" => "高：{}",
        "{} at the low end, {} at the high end" => "取低端时 {}，取高端时 {}",
        "Your assumptions; the others at their medians" => "你的假设；其余取中位数",
        "all at medians: {}" => "全部取中位数：{}",
        "Every assumption is a point: give one a range to see what it moves." => {
            "每个假设都是单一值：给某个假设设定区间，即可看到它的影响。"
        }
        // Legends.
        "Projection from your assumptions (filled dot: the article's 2019 figure)" => {
            "按你的假设预测（实心点：原文的2019年数字）"
        }
        "Filled marker: confirmed by two or more sources. Hollow: a single source. Hollow with “?”: disputed. A vertical bar: a range. Hover or tap a marker for its source." => {
            "实心标记：两个或以上来源证实。空心：单一来源。带“?”的空心：有争议。竖线：区间。将指针悬停或轻触标记可查看来源。"
        }
        "Series" => "数据系列",
        "Show or hide a series" => "显示或隐藏数据系列",
        "Scale" => "刻度",
        "Linear" => "线性",
        "Logarithmic scale" => "对数刻度",
        // Accessible descriptions.
        "Line chart" => "折线图",
        "No data to draw." => "没有可绘制的数据。",
        "Line chart, {}–{}, {}" => "折线图，{}–{}年，{}",
        "Projection from {} in {} to {} in {}." => "预测从{}（{}年）增至{}（{}年）。",
        "It passes {} in {}." => "超过{}的年份：{}年。",
        "It starts above {}." => "起点已高于{}。",
        "It stays below {} to {}." => "低于{}，直至{}年。",
        "90% band in {}: {}; 50% band: {}." => "{}年的90%区间：{}；50%区间：{}。",
        "Later reports: {}." => "后来的报告：{}。",
        "Bar chart, {}" => "条形图，{}",
        "From {} in {}, the forecasts for {}: {}. Yours: {} (×{})." => {
            "起点{}（{}年），{}年的预测：{}。你的设定：{}（×{}）。"
        }
        "Chart of bands, {}–{}, {}" => "区间图，{}–{}年，{}",
        "Marker chart, {}–{}, {}" => "标记图，{}–{}年，{}",
        "Dot chart of reported against forecast values" => "实际值与预测值对比点图",
        "{}: {} with every assumption at its median." => "{}：所有假设取中位数时为{}。",
        "Tornado chart, {}" => "龙卷风图，{}",
        "{}: from {} in {} to {} in {}" => "{}：从{}（{}年）到{}（{}年）",
        "This chart could not be drawn ({}). The numbers are still listed under Sources." => {
            "无法绘制此图表（{}）。数字仍列在“来源”中。"
        }
        // The platforms' shares chart.
        "% of the live-commerce industry" => "占直播电商行业的比例（%）",
        "{} of the industry" => "占行业的{}",
        "Your assumptions at their medians" => "你的假设（取中位数）",
        "{} (90% band {})" => "{}（90% 区间 {}）",
        "100%: the whole industry" => "100%：整个行业",
        "A share above 100% means the assumptions disagree: a platform larger than the whole industry." => {
            "份额超过100%说明假设相互矛盾：某个平台比整个行业还大。"
        }
        _ => return None,
    };
    Some(zh)
}
