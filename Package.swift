// swift-tools-version:6.0
import PackageDescription

// Import direction (A ← B means B imports A):
//   FilingModel ← FilingDossier, FilingRules
//   FilingDocument ← DocxWriter, OdtWriter;  PackageKit ← DocxWriter, OdtWriter
//   everything above ← FilingAssembly ← FilingCLI ← filingpack (executable)
let package = Package(
    name: "filingpack",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "filingpack", targets: ["filingpack"]),
        .library(name: "FilingAssembly", targets: ["FilingAssembly"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(name: "FilingModel"),
        .target(name: "FilingDossier", dependencies: ["FilingModel", "Yams"]),
        .target(name: "FilingRules", dependencies: ["FilingModel", "FilingDossier", "Yams"]),
        .target(name: "FilingDocument"),
        .target(name: "PackageKit", dependencies: ["SystemZlib"]),
        .target(name: "DocxWriter", dependencies: ["FilingDocument", "PackageKit"]),
        .target(name: "OdtWriter", dependencies: ["FilingDocument", "PackageKit"]),
        .target(
            name: "FilingAssembly",
            dependencies: [
                "FilingModel", "FilingDossier", "FilingRules", "FilingDocument", "DocxWriter", "OdtWriter",
                "PackageKit", .product(name: "Mustache", package: "swift-mustache"), "Yams",
            ]),
        .target(
            name: "FilingCLI",
            dependencies: ["FilingAssembly", "FilingDossier", "FilingModel", "FilingRules", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(name: "filingpack", dependencies: ["FilingCLI"]),
        .systemLibrary(name: "SystemZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // Benchmarks (benchmarks/run.sh); not a product, so users never build it.
        .executableTarget(
            name: "filingpack-bench",
            dependencies: [
                "FilingDocument", "DocxWriter", "OdtWriter", "PackageKit", "FilingDossier", "FilingModel", "FilingRules",
                "FilingAssembly", "SystemZlib", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // `swift run -c release rules-benchmark`: checks a sample dossier 1,000 times (see BENCHMARKS.md).
        .executableTarget(
            name: "rules-benchmark", dependencies: ["FilingRules", "FilingDossier", "FilingModel"],
            path: "Benchmarks/RulesBenchmark"),
        // Fuzz target: `scripts/fuzz.sh SECONDS` builds it with libFuzzer; a plain build replays inputs.
        .executableTarget(
            name: "filingpack-fuzz", dependencies: ["FilingAssembly", "FilingDossier", "FilingRules", "FilingModel"]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "FilingTestSupport", dependencies: ["CLibXML2", "ZIPFoundation"]),
        .testTarget(name: "FilingModelTests", dependencies: ["FilingModel"]),
        .testTarget(name: "FilingDossierTests", dependencies: ["FilingDossier", "FilingTestSupport"]),
        .testTarget(name: "FilingRulesTests", dependencies: ["FilingRules", "FilingTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "FilingDocumentTests", dependencies: ["FilingDocument"]),
        .testTarget(
            name: "WriterTests", dependencies: ["DocxWriter", "OdtWriter", "FilingTestSupport"],
            resources: [.copy("Golden")]),
        .testTarget(name: "FilingAssemblyTests", dependencies: ["FilingAssembly", "FilingTestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["FilingCLI", "FilingTestSupport"]),
    ]
)
