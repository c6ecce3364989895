// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Waarborg",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "waarborg", targets: ["waarborg"]),
        .library(name: "LegalCalendar", targets: ["LegalCalendar"]),
        .library(name: "WaarborgRules", targets: ["WaarborgRules"]),
        .library(name: "WaarborgSim", targets: ["WaarborgSim"]),
        .library(name: "WaarborgChain", targets: ["WaarborgChain"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/apple/swift-collections.git", from: "1.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
    ],
    targets: [
        // Calendar dates and legal periods (Reg 1182/71, Algemene termijnenwet), Dutch public holidays.
        .target(name: "LegalCalendar"),
        // A strict JSON parser and a byte-exact writer, shared by the contract and the simulation formats.
        .target(name: "WaarborgJSON", dependencies: [.product(name: "Yams", package: "Yams")]),
        // The discrete-event engine: seeded random streams, distributions, event list, queueing networks.
        .target(
            name: "WaarborgSim",
            dependencies: [
                "WaarborgJSON",
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "DequeModule", package: "swift-collections"),
            ]
        ),
        // Case facts, policy profiles, datasets, the procedure rules and the assessment with its trace.
        .target(
            name: "WaarborgRules",
            dependencies: [
                "LegalCalendar",
                "WaarborgJSON",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources/profiles"), .copy("Resources/data")]
        ),
        // The Dutch asylum chain over time: scenarios, people routed by the rules, capacity, the report.
        .target(
            name: "WaarborgChain",
            dependencies: [
                "WaarborgRules",
                "WaarborgSim",
                "WaarborgJSON",
                "LegalCalendar",
                .product(name: "DequeModule", package: "swift-collections"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources/scenarios")]
        ),
        // The case register: cases, their versions, assessments, deadlines, the audit log and tokens,
        // behind one storage protocol (SQLite through GRDB, PostgreSQL through PostgresNIO).
        .target(
            name: "WaarborgRegister",
            dependencies: [
                "WaarborgRules",
                "WaarborgJSON",
                "LegalCalendar",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The web pages: intake, assessment, comparison, the register's cases and deadlines, profiles,
        // sign-in; server-rendered HTML whose every value is escaped by construction (`Markup`).
        .target(
            name: "WaarborgWeb",
            dependencies: ["WaarborgRules", "WaarborgRegister", "WaarborgChain", "WaarborgSim", "WaarborgJSON", "LegalCalendar"],
            resources: [.copy("Resources/static")]
        ),
        // The HTTP server: the JSON API (the contract), the register behind bearer tokens, the OpenAPI document.
        .target(
            name: "WaarborgServer",
            dependencies: [
                "WaarborgRules",
                "WaarborgRegister",
                "WaarborgWeb",
                "WaarborgSim",
                "WaarborgChain",
                "WaarborgJSON",
                "LegalCalendar",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            resources: [.copy("Resources/openapi.json")]
        ),
        .executableTarget(
            name: "waarborg",
            dependencies: [
                "WaarborgRules",
                "WaarborgSim",
                "WaarborgChain",
                "WaarborgJSON",
                "WaarborgRegister",
                "WaarborgServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Speed of the simulation engine next to a bare event loop (scripts/benchmark-sim.sh).
        .executableTarget(
            name: "waarborg-bench",
            dependencies: ["WaarborgSim", .product(name: "HeapModule", package: "swift-collections")],
            path: "Benchmarks/WaarborgBench"
        ),
        // Speed of the rules: the decision path, the full assessment, and the assessment as JSON
        // (scripts/benchmark-assess.sh).
        .executableTarget(
            name: "waarborg-assess-bench",
            dependencies: ["WaarborgRules", "WaarborgJSON"],
            path: "Benchmarks/AssessBench"
        ),
        .testTarget(name: "LegalCalendarTests", dependencies: ["LegalCalendar"]),
        // The parser's strictness (positions, UTF-8, depth, numbers) and the writer's guards.
        .testTarget(name: "WaarborgJSONTests", dependencies: ["WaarborgJSON"]),
        .testTarget(
            name: "WaarborgRulesTests",
            dependencies: [
                "WaarborgRules",
                "WaarborgJSON",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Golden")]
        ),
        .testTarget(name: "WaarborgRegisterTests", dependencies: ["WaarborgRegister", "WaarborgRules", "WaarborgJSON", "LegalCalendar"]),
        .testTarget(
            name: "WaarborgServerTests",
            dependencies: [
                "WaarborgServer",
                "WaarborgRegister",
                "WaarborgRules",
                "WaarborgSim",
                "WaarborgChain",
                "WaarborgJSON",
                "LegalCalendar",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "WaarborgWebTests", dependencies: ["WaarborgWeb", "WaarborgRules", "WaarborgChain", "WaarborgSim", "WaarborgJSON", "LegalCalendar"]),
        .testTarget(name: "WaarborgCLITests", dependencies: ["WaarborgRules"], exclude: ["Cases", "Snapshots"]),
        .testTarget(
            name: "WaarborgChainTests",
            dependencies: ["WaarborgChain", "WaarborgRules", "WaarborgSim", "LegalCalendar"],
            exclude: ["Scenarios"]
        ),
        .testTarget(
            name: "WaarborgSimTests",
            dependencies: ["WaarborgSim", "WaarborgJSON", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
    ]
)
