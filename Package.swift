// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "migstat",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "migstat", targets: ["migstat"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        // Logic-less templates for the report, HTML-escaped by default.
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // libxml2 from the system (Debian: libxml2-dev), through a small shim header.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // SQLite and PostgreSQL's client from the system (Debian: libsqlite3-dev, libpq-dev).
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CLibPQ", path: "Sources/CLibPQ", providers: [.apt(["libpq-dev"])]),
        .target(name: "MigstatCore", dependencies: [
            "CLibXML2", "CSQLite", "CLibPQ",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Mustache", package: "swift-mustache"),
        ], swiftSettings: [
            // Release builds skip the runtime exclusivity checks: they cost 8-13% of
            // extract and normalise (perf, bench year). Debug, test and TSan builds keep them.
            .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
        ]),
        .executableTarget(name: "migstat", dependencies: [
            "MigstatCore",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Fuzz harnesses (make fuzz builds them with libFuzzer; plain builds replay files).
        .target(name: "FuzzSupport", path: "Sources/Fuzzing/FuzzSupport"),
        .executableTarget(name: "fuzz-csv", dependencies: ["MigstatCore", "FuzzSupport"], path: "Sources/Fuzzing/fuzz-csv"),
        .executableTarget(name: "fuzz-xml", dependencies: ["MigstatCore", "FuzzSupport"], path: "Sources/Fuzzing/fuzz-xml"),
        .executableTarget(name: "fuzz-definitions", dependencies: ["MigstatCore", "FuzzSupport"], path: "Sources/Fuzzing/fuzz-definitions"),
        .executableTarget(name: "fuzz-numbers", dependencies: ["MigstatCore", "FuzzSupport"], path: "Sources/Fuzzing/fuzz-numbers"),
        .executableTarget(name: "fuzz-html", dependencies: ["MigstatCore", "FuzzSupport", "CLibXML2", .product(name: "Mustache", package: "swift-mustache")],
                          path: "Sources/Fuzzing/fuzz-html"),
        // The benchmark (make bench): figures, not assertions.
        .executableTarget(name: "migstat-bench", dependencies: ["CLibXML2", "CSQLite", .product(name: "Crypto", package: "swift-crypto")]),
        .testTarget(name: "MigstatCoreTests", dependencies: ["MigstatCore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["MigstatCore"]),
    ],
    swiftLanguageModes: [.v5]
)
