import Foundation

/// Grouped bar charts drawn as inline SVG: there is no charting library for
/// Swift on Linux in reach, and the report needs only bars. Each series has a
/// colour from the Okabe–Ito palette (safe for colour blindness) and its own
/// hatching, so the bars stay apart in greyscale and on a black-and-white print.
/// All text is escaped here (`HTMLText`, on bytes): labels may come from code
/// lists or agencies. A value beyond what the database can hold (`ReportValue`),
/// or not finite, is drawn as no bar: the axis arithmetic stays finite.
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
    var width = 720.0
    var height = 300.0

    public init(categories: [String], series: [Series], unit: String, axis: String) {
        self.categories = categories; self.series = series; self.unit = unit; self.axis = axis
    }

    static let colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"]

    /// The chart as an `<svg>` element with a `<title>`; `caption` says what it shows.
    public func render(caption: String) -> String {
        let slanted = Self.slanted(categories)
        let left = 64.0, right = 12.0, top = 16.0, bottom = slanted ? 140.0 : 74.0
        let plotW = width - left - right, plotH = height - top - bottom
        let values = series.flatMap { $0.values.compactMap { $0 } }
        let (low, high) = Self.range(values)
        let step = Self.tickStep(high - low)
        func y(_ v: Double) -> Double { top + plotH * (high - v) / (high - low) }

        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(f(width)) \(f(height))" role="img" class="chart" font-family="sans-serif" font-size="11">
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
        // Grid and y ticks.
        var tick = (low / step).rounded(.down) * step
        while tick <= high + step / 1e6 {
            svg += "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(tick)))\" y2=\"\(f(y(tick)))\" stroke=\"#bbb\" stroke-width=\"\(tick == 0 ? 1.5 : 0.5)\"/>"
            svg += "<text x=\"\(f(left - 4))\" y=\"\(f(y(tick) + 4))\" text-anchor=\"end\">\(HTMLText.escape(ReportNumber.format(Self.plain(tick))))</text>\n"
            tick += step
        }
        svg += "<text x=\"12\" y=\"\(f(top + plotH / 2))\" transform=\"rotate(-90 12 \(f(top + plotH / 2)))\" text-anchor=\"middle\">\(HTMLText.escape(unit))</text>\n"
        // Bars.
        let slot = plotW / Double(max(categories.count, 1))
        let every = Self.labelEvery(categories, slot: slot)
        let barW = slot * 0.8 / Double(max(series.count, 1))
        for (c, category) in categories.enumerated() {
            let x0 = left + slot * Double(c) + slot * 0.1
            for (s, one) in series.enumerated() {
                guard c < one.values.count, let v = one.values[c] else { continue }
                let (a, b) = (y(max(v, 0)), y(min(v, 0)))
                svg += "<rect x=\"\(f(x0 + barW * Double(s)))\" y=\"\(f(a))\" width=\"\(f(barW * 0.92))\" height=\"\(f(max(b - a, 0.5)))\" fill=\"url(#p\(s))\" stroke=\"#000\" stroke-width=\"0.6\"><title>\(HTMLText.escape(one.name)), \(HTMLText.escape(category)): \(HTMLText.escape(ReportNumber.format(Self.plain(v))))</title></rect>"
            }
            let cx = left + slot * (Double(c) + 0.5), cy = top + plotH + 14
            if (categories.count - 1 - c) % every != 0 {
                // Thinned out so that labels never overlap; the last (latest year) always shows.
            } else if slanted {
                // Many long names: slanted, so that they do not run into each other.
                svg += "<text x=\"\(f(cx))\" y=\"\(f(cy))\" text-anchor=\"end\" transform=\"rotate(-35 \(f(cx)) \(f(cy)))\">\(HTMLText.escape(category))</text>\n"
            } else {
                svg += "<text x=\"\(f(cx))\" y=\"\(f(cy))\" text-anchor=\"middle\">\(HTMLText.escape(category))</text>\n"
            }
        }
        svg += "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(top + plotH + (slanted ? bottom - 30 : 30)))\" text-anchor=\"middle\">\(HTMLText.escape(axis))</text>\n"
        // Legend.
        var lx = left
        for (s, one) in series.enumerated() {
            svg += "<rect x=\"\(f(lx))\" y=\"\(f(height - 22))\" width=\"14\" height=\"12\" fill=\"url(#p\(s))\" stroke=\"#000\" stroke-width=\"0.6\"/>"
            svg += "<text x=\"\(f(lx + 18))\" y=\"\(f(height - 12))\">\(HTMLText.escape(one.name))</text>"
            lx += 30 + Double(one.name.count) * 7.0   // room for Cyrillic at 11 px
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

    /// Category labels are slanted when there are many long ones (country names).
    static func slanted(_ categories: [String]) -> Bool {
        categories.count > 8 && categories.contains(where: { $0.count > 4 })
    }

    /// Font size of the labels, and the widest a character of them is drawn
    /// (Cyrillic at 11 px; digits are narrower): a label's box, for spacing.
    static let fontSize = 11.0, characterWidth = 7.0, labelGap = 4.0

    /// Every how many categories a label is drawn, so that no two boxes
    /// overlap: upright labels need their width plus a gap between centres;
    /// labels slanted at 35° lie on parallel lines `spacing × sin 35°` apart,
    /// which must hold a line of text.
    static func labelEvery(_ categories: [String], slot: Double) -> Int {
        guard slot > 0, slot.isFinite else { return 1 }
        let need = slanted(categories)
            ? (fontSize + 2) / sin(35 * Double.pi / 180)
            : Double(categories.map(\.count).max() ?? 0) * characterWidth + labelGap
        return max(1, Int((need / slot).rounded(.up)))
    }

    private func f(_ v: Double) -> String { String(format: "%.1f", v) }
}
