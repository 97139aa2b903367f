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
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
    ],
    targets: [
        // libxml2 from the system (Debian: libxml2-dev), through a small shim header.
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "MigstatCore", dependencies: [
            "CLibXML2",
            .product(name: "Yams", package: "Yams"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),
        ], swiftSettings: [
            // The readers' per-byte loops touch class state; dynamic exclusivity checks
            // took ~45% of extract in a perf profile. Debug builds (and so the tests) keep them.
            .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
        ]),
        .executableTarget(name: "migstat", dependencies: [
            "MigstatCore",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // The benchmark (make bench): figures, not assertions.
        .executableTarget(name: "migstat-bench", dependencies: ["CLibXML2"]),
        .testTarget(name: "MigstatCoreTests", dependencies: ["MigstatCore"]),
        .testTarget(name: "EndToEndTests", dependencies: ["MigstatCore"]),
    ],
    swiftLanguageModes: [.v5]
)
