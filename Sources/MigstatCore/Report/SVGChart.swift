import Foundation

/// Grouped bar charts drawn as inline SVG: there is no charting library for
/// Swift on Linux in reach, and the report needs only bars. Each series has a
/// colour from the Okabe–Ito palette (safe for colour blindness) and its own
/// hatching, so the bars stay apart in greyscale and on a black-and-white print.
/// All text is escaped here (`HTMLText`, on bytes): labels may come from code
/// lists or agencies. A value beyond what the database can hold (`ReportValue`),
/// or not finite, is drawn as no bar: the axis arithmetic stays finite.
///
/// Drawn for the narrowest column it is shown in, A4's text column, at one
/// unit a CSS pixel: the page scales the chart to the full width of its text
/// column (`svg.chart { width: 100% }`), so on paper the text is `fontSize`
/// px (10.5 pt, the printed body is 10 pt) and on a wider screen larger.
/// Every label's box is laid out from an upper bound of its width, so that
/// none collides with another or leaves the chart: long category labels are
/// slanted, many thinned (the last always shown), the margins grow to hold
/// the first slanted label and the widest tick, and the legend wraps.
public struct SVGChart {
    public struct Series {
        var name: String
        var values: [Double?]
        public init(_ name: String, _ values: [Double?]) { self.name = name; self.values = values.map { $0.flatMap(SVGChart.drawable) } }
    }

    var categories: [String]
    var series: [Series]
    /// What the y axis counts (`persons`), shown beside it.
    var unit: String
    /// What the x axis shows (`year`).
    var axis: String
    /// The page's decimal separator, for the ticks and the bars' titles.
    var decimal = "."
    /// Height of the bars' area.
    var plotHeight = 220.0

    public init(categories: [String], series: [Series], unit: String, axis: String) {
        self.categories = categories; self.series = series; self.unit = unit; self.axis = axis
    }

    static let colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"]

    /// A4's text column (210 mm less two 15 mm margins) in CSS pixels.
    static let width = 680.0
    /// At least the printed body's 10 pt (13.3 px) at `width`.
    static let fontSize = 14.0
    /// An upper bound of a character's advance in DejaVu Sans (Cyrillic
    /// capitals 0.75 em, most letters and digits 0.55–0.69 em): a label's box.
    static let characterWidth = 0.7 * fontSize
    static let lineHeight = 1.3 * fontSize
    /// Above and below a line of text's baseline.
    static let ascent = 0.95 * fontSize, descent = 0.3 * fontSize
    static let slant = 45.0
    static let gap = 6.0

    static func textWidth(_ text: String) -> Double { Double(text.count) * characterWidth }

    /// The chart as an `<svg>` element with a `<title>`; `caption` says what it shows.
    public func render(caption: String) -> String {
        let width = Self.width, fs = Self.fontSize
        let values = series.flatMap { $0.values.compactMap { $0 } }
        let (low, high) = Self.range(values)
        let step = Self.tickStep(high - low)
        var ticks: [Double] = []
        var tick = (low / step).rounded(.down) * step
        while tick <= high + step / 1e6 { ticks.append(tick); tick += step }
        let tickTexts = ticks.map { ReportNumber.format(Self.plain($0), decimal: decimal) }

        // Left: the unit's line (rotated), a gap, the widest tick; more where the first slanted label needs it.
        let top = fs
        var right = Self.gap
        let ticksLeft = Self.lineHeight + Self.gap + (tickTexts.map(Self.textWidth).max() ?? 0) + Self.gap
        var left = ticksLeft
        let slanted = Self.slanted(categories, slot: (width - left - right) / Double(max(categories.count, 1)))
        let cos = Foundation.cos(Self.slant * .pi / 180), sin = Foundation.sin(Self.slant * .pi / 180)
        let widest = categories.map(Self.textWidth).max() ?? 0
        if !slanted {
            // An upright label is centred on its bars: the first must not reach the ticks, the last not leave the chart.
            for _ in 0..<3 {
                let overhang = max(0, widest / 2 - (width - left - right) / Double(max(categories.count, 1)) / 2)
                (left, right) = (ticksLeft + overhang, Self.gap + overhang)
            }
        } else {
            // A slanted label hangs to the left of its bar: the margin holds the one reaching furthest.
            for _ in 0..<3 {
                let slot = (width - left - right) / Double(max(categories.count, 1))
                for (c, category) in categories.enumerated() {
                    left = max(left, Self.textWidth(category) * cos + Self.ascent * sin + Self.gap - slot * (Double(c) + 0.5))
                }
            }
        }
        let plotW = width - left - right, plotH = plotHeight, plotBottom = top + plotH
        let slot = plotW / Double(max(categories.count, 1))
        let every = Self.labelEvery(categories, slot: slot, slanted: slanted)
        func y(_ v: Double) -> Double { top + plotH * (high - v) / (high - low) }

        // Below the bars: the category labels, the axis's title, the legend.
        let labelY = plotBottom + (slanted ? fs : Self.gap + Self.ascent)
        let labelsBottom = slanted ? labelY + widest * sin + Self.descent * cos : labelY + Self.descent
        let axisY = labelsBottom + Self.gap + Self.ascent
        var legend: [(x: Double, y: Double)] = []
        var lx = 0.0, ly = axisY + Self.descent + Self.gap + Self.lineHeight
        for one in series {
            let itemW = 14 + Self.gap + Self.textWidth(one.name)
            if lx > 0 && lx + itemW > width { lx = 0; ly += Self.lineHeight + Self.gap }
            legend.append((lx, ly))
            lx += itemW + 3 * Self.gap
        }
        let height = (legend.last?.y ?? axisY) + Self.descent + Self.gap

        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(f(width)) \(f(height))" role="img" class="chart" font-family="sans-serif" font-size="\(f(fs))">
            <title>\(HTMLText.escape(caption))</title>
            <defs>
            """
        for i in series.indices {
            let colour = Self.colours[i % Self.colours.count]
            svg += "<pattern id=\"p\(i)\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(\(i * 45))\">"
            svg += "<rect width=\"6\" height=\"6\" fill=\"\(colour)\"/>"
            if i > 0 { svg += "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#000\" stroke-width=\"\(i % 2 == 0 ? 1 : 2)\"/>" }
            svg += "</pattern>"
        }
        svg += "</defs>\n"
        // Grid and y ticks; beside upright labels the ticks keep their place and the plot moves right of the first label.
        let tickX = (slanted ? left : ticksLeft) - Self.gap
        for (t, text) in zip(ticks, tickTexts) {
            svg += "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(t)))\" y2=\"\(f(y(t)))\" stroke=\"#bbb\" stroke-width=\"\(t == 0 ? 1.5 : 0.5)\"/>"
            svg += "<text x=\"\(f(tickX))\" y=\"\(f(y(t) + fs * 0.35))\" text-anchor=\"end\">\(HTMLText.escape(text))</text>\n"
        }
        let unitX = Self.ascent, unitY = top + plotH / 2
        svg += "<text x=\"\(f(unitX))\" y=\"\(f(unitY))\" transform=\"rotate(-90 \(f(unitX)) \(f(unitY)))\" text-anchor=\"middle\">\(HTMLText.escape(unit))</text>\n"
        // Bars.
        let barW = slot * 0.8 / Double(max(series.count, 1))
        for (c, category) in categories.enumerated() {
            let x0 = left + slot * Double(c) + slot * 0.1
            for (s, one) in series.enumerated() {
                guard c < one.values.count, let v = one.values[c] else { continue }
                let (a, b) = (y(max(v, 0)), y(min(v, 0)))
                let value = ReportNumber.format(Self.plain(v), decimal: decimal)
                svg += "<rect x=\"\(f(x0 + barW * Double(s)))\" y=\"\(f(a))\" width=\"\(f(barW * 0.92))\" height=\"\(f(max(b - a, 0.5)))\" fill=\"url(#p\(s))\" stroke=\"#000\" stroke-width=\"0.6\"><title>\(HTMLText.escape(one.name)), \(HTMLText.escape(category)): \(HTMLText.escape(value))</title></rect>"
            }
            let cx = left + slot * (Double(c) + 0.5)
            if (categories.count - 1 - c) % every != 0 {
                // Thinned out so that labels never overlap; the last (latest year) always shows.
            } else if slanted {
                svg += "<text x=\"\(f(cx))\" y=\"\(f(labelY))\" text-anchor=\"end\" transform=\"rotate(-\(f(Self.slant)) \(f(cx)) \(f(labelY)))\">\(HTMLText.escape(category))</text>\n"
            } else {
                svg += "<text x=\"\(f(cx))\" y=\"\(f(labelY))\" text-anchor=\"middle\">\(HTMLText.escape(category))</text>\n"
            }
        }
        svg += "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(axisY))\" text-anchor=\"middle\">\(HTMLText.escape(axis))</text>\n"
        for (one, (s, at)) in zip(series, legend.enumerated()) {
            svg += "<rect x=\"\(f(at.x))\" y=\"\(f(at.y - 12))\" width=\"14\" height=\"12\" fill=\"url(#p\(s))\" stroke=\"#000\" stroke-width=\"0.6\"/>"
            svg += "<text x=\"\(f(at.x + 14 + Self.gap))\" y=\"\(f(at.y))\">\(HTMLText.escape(one.name))</text>"
        }
        return svg + "\n</svg>"
    }

    /// The axis range: zero included, a little room above the highest bar.
    static func range(_ values: [Double]) -> (Double, Double) {
        var low = min(values.min() ?? 0, 0), high = max(values.max() ?? 1, 0)
        if high == low { high = low + 1 }
        let step = tickStep(high - low)
        low = (low / step).rounded(.down) * step
        high = (high / step).rounded(.up) * step
        return (low, high)
    }

    /// 1, 2 or 5 times a power of ten, for about five ticks.
    static func tickStep(_ span: Double) -> Double {
        let raw = max(span, 1) / 5
        let power = pow(10, (log10(raw)).rounded(.down))
        for m in [1.0, 2.0, 5.0, 10.0] where raw <= m * power { return m * power }
        return 10 * power
    }

    static func drawable(_ v: Double) -> Double? {
        v.isFinite && abs(v) < 1e15 ? v : nil
    }

    static func plain(_ v: Double) -> String {
        guard v.isFinite else { return "–" }
        // Int(v) traps beyond ±9.2e18: only whole values well inside it are converted.
        return v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(format: "%.1f", v)
    }

    /// Category labels are slanted when they are words (country names, groups)
    /// too wide to stand side by side; short ones (years, months) stay upright and are thinned.
    static func slanted(_ categories: [String], slot: Double) -> Bool {
        categories.contains { $0.count > 4 } && (categories.map(textWidth).max() ?? 0) + gap > slot
    }

    /// Every how many categories a label is drawn, so that no two boxes
    /// overlap: upright labels need their width plus a gap between centres;
    /// slanted labels lie on parallel lines `spacing × sin(slant)` apart,
    /// which must hold a line of text.
    static func labelEvery(_ categories: [String], slot: Double, slanted: Bool) -> Int {
        guard slot > 0, slot.isFinite else { return 1 }
        let need = slanted
            ? lineHeight / Foundation.sin(slant * .pi / 180)
            : (categories.map(textWidth).max() ?? 0) + gap
        return max(1, Int((need / slot).rounded(.up)))
    }

    private func f(_ v: Double) -> String { String(format: "%.1f", v) }
}
