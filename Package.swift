// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Frontier",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "frontier", targets: ["frontier"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Pure analytics: Foundation only, no I/O.
        .target(name: "FrontierCore"),
        // Opening, reading and walking files without blocking, each real file once.
        .target(name: "FrontierFiles"),
        // Datasets in and out: formats, validation, presets, reports.
        .target(name: "FrontierData", dependencies: ["FrontierCore", "FrontierFiles"]),
        // The one C module: ncursesw's wide-character API through a small shim.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // The dashboard: state, actions, reducer, widgets, canvas, themes, terminal backends.
        .target(name: "FrontierTUI", dependencies: ["FrontierCore", "FrontierFiles", "CNcursesw"]),
        .executableTarget(
            name: "frontier",
            dependencies: [
                "FrontierCore", "FrontierData", "FrontierTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Prints speed and memory figures; run with `swift run -c release frontier-bench`.
        .executableTarget(name: "frontier-bench", dependencies: ["FrontierCore", "FrontierData"]),
        // Fuzz entry points for every parser and the dashboard's state machine; `swift test`
        // replays their regression inputs, `scripts/fuzz.sh` fuzzes them.
        .target(name: "FrontierFuzz", dependencies: ["FrontierCore", "FrontierData", "FrontierTUI"]),
        // The libFuzzer driver (built by scripts/fuzz.sh with -sanitize=fuzzer), or a replayer.
        .executableTarget(name: "frontier-fuzz", dependencies: ["FrontierFuzz"]),
        .testTarget(name: "FrontierFuzzTests", dependencies: ["FrontierFuzz"]),
        .testTarget(name: "FrontierCoreTests", dependencies: ["FrontierCore"]),
        .testTarget(name: "FrontierFilesTests", dependencies: ["FrontierFiles"]),
        .testTarget(name: "FrontierDataTests", dependencies: ["FrontierData"], exclude: ["Fixtures"]),
        .testTarget(name: "FrontierTUITests", dependencies: ["FrontierTUI", "FrontierData"], exclude: ["Goldens"]),
        // Depends on the executable so that `swift test` builds the binary it drives.
        .testTarget(name: "FrontierCLITests", dependencies: ["frontier"]),
    ]
)
