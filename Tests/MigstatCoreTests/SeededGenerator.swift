import Foundation

/// Random values for tests, the same on every run: SplitMix64 from a fixed
/// seed, which the test prints, so that a failure names the values to replay.
/// `MIGSTAT_TEST_SEED` gives another seed, to explore beyond the fixed one.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64, test: String = #function) {
        let chosen = ProcessInfo.processInfo.environment["MIGSTAT_TEST_SEED"].flatMap { UInt64($0) } ?? seed
        print("\(test): random values from seed \(chosen) (MIGSTAT_TEST_SEED=\(chosen) replays them)")
        state = chosen
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
