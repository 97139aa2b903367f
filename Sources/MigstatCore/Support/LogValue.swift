import Foundation
import Logging

/// Typed log metadata: a count or a year is a number, a list a list, a
/// duration seconds with three decimals, so the JSON log under cron carries
/// the type a log collector filters on, not a string to be guessed at.
extension Logger.MetadataValue {
    public static func number(_ n: Int) -> Self { .stringConvertible(n) }

    public static func list<S: Sequence>(_ items: S) -> Self where S.Element: CustomStringConvertible & Sendable {
        .array(items.map { .stringConvertible($0) })
    }

    public static func seconds(since start: Date) -> Self { .seconds(Date().timeIntervalSince(start)) }

    public static func seconds(_ duration: TimeInterval) -> Self { .stringConvertible(Seconds(duration)) }

    public static func text(_ value: Any) -> Self { .string("\(value)") }

    /// A duration that prints with millisecond precision and is a number in JSON.
    public struct Seconds: CustomStringConvertible, Sendable {
        public let value: Double
        init(_ value: Double) { self.value = (value * 1000).rounded() / 1000 }
        public var description: String { String(format: "%.3f", value) }
    }
}
