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
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // Pure analytics: Foundation only, no I/O.
        .target(name: "FrontierCore"),
        // Opening, reading and walking files without blocking, each real file once.
        .target(name: "FrontierFiles"),
        // Datasets in and out: formats, validation, presets, reports.
        .target(name: "FrontierData", dependencies: ["FrontierCore", "FrontierFiles", .product(name: "TOMLKit", package: "TOMLKit")]),
        // The one C module: ncursesw's wide-character API through a small shim.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // The dashboard: state, actions, reducer, widgets, canvas, themes, terminal backends.
        .target(name: "FrontierTUI", dependencies: ["FrontierCore", "FrontierFiles", "CNcursesw"]),
        // The load generator: streaming OpenAI-compatible client, SSE, closed-loop sweeps.
        .target(name: "FrontierLoad", dependencies: [
            "FrontierCore", .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        // The serving simulator: a pure continuous-batching model and the HTTP server that drives it.
        .target(name: "FrontierSim", dependencies: [
            "FrontierCore",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        .executableTarget(
            name: "frontier",
            dependencies: [
                "FrontierCore", "FrontierData", "FrontierTUI", "FrontierLoad", "FrontierSim",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Prints speed and memory figures; run with `swift run -c release frontier-bench`.
        .executableTarget(name: "frontier-bench", dependencies: ["FrontierCore", "FrontierData", "FrontierLoad", "FrontierSim"]),
        // Fuzz entry points for every parser and the dashboard's state machine; `swift test`
        // replays their regression inputs, `scripts/fuzz.sh` fuzzes them.
        .target(name: "FrontierFuzz", dependencies: ["FrontierCore", "FrontierData", "FrontierTUI"]),
        // The libFuzzer driver (built by scripts/fuzz.sh with -sanitize=fuzzer), or a replayer.
        .executableTarget(name: "frontier-fuzz", dependencies: ["FrontierFuzz"]),
        .testTarget(name: "FrontierFuzzTests", dependencies: ["FrontierFuzz"]),
        .testTarget(name: "FrontierCoreTests", dependencies: ["FrontierCore"]),
        .testTarget(name: "FrontierFilesTests", dependencies: ["FrontierFiles"]),
        .testTarget(name: "FrontierDataTests", dependencies: ["FrontierData"], exclude: ["Fixtures"]),
        .testTarget(name: "FrontierLoadTests", dependencies: [
            "FrontierLoad", "FrontierSim", .product(name: "NIOPosix", package: "swift-nio"),
        ]),
        .testTarget(name: "FrontierSimTests", dependencies: ["FrontierSim", "FrontierCore"]),
        .testTarget(name: "FrontierTUITests", dependencies: ["FrontierTUI", "FrontierData"], exclude: ["Goldens"]),
        // Depends on the executable so that `swift test` builds the binary it drives.
        .testTarget(name: "FrontierCLITests", dependencies: ["frontier"]),
    ]
)
