import Foundation
import LegalCalendar
import Testing
@testable import WaarborgRegister
import WaarborgRules

/// The stores the suite runs on; every test in `RegisterStoreTests` runs on each.
enum StoreKind: String, CaseIterable, CustomStringConvertible, Sendable {
    case sqlite, postgres
    var description: String { rawValue }

    /// The kinds to test here: PostgreSQL only where a server is given (`TestPostgres`), or in CI,
    /// where its absence must fail the run rather than shrink it.
    static var tested: [StoreKind] { TestPostgres.shouldRun ? allCases : [.sqlite] }

    /// A new, empty place for a store: a temporary file, or a new database of its own that is
    /// dropped when the test ends (`TestPostgres.scope`).
    func place() throws -> String {
        switch self {
        case .sqlite: Fixtures.temporaryFile()
        case .postgres: try TestPostgres.freshDatabase()
        }
    }

    /// A store at `place` (a new, empty one when nil). Two stores at one place share their data.
    func make(engine: Engine = Fixtures.engine, at place: String? = nil) throws -> any CaseStore {
        let place = try place ?? self.place()
        switch self {
        case .sqlite: return try SQLiteCaseStore(path: place, engine: engine, clock: { Fixtures.now })
        case .postgres: return try PostgresCaseStore(location: try TestPostgres.base().with(database: place), engine: engine, clock: { Fixtures.now })
        }
    }
}

/// The PostgreSQL server the tests use: `WAARBORG_TEST_POSTGRES_URL`, a role that may create
/// databases (`scripts/with-postgres.sh` starts one and sets it). Each test gets databases of its
/// own, so tests running in parallel never see each other's cases.
enum TestPostgres {
    static let url = ProcessInfo.processInfo.environment["WAARBORG_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"
    static var shouldRun: Bool { url != nil || inCI }
    static let skipReason: Comment = "WAARBORG_TEST_POSTGRES_URL is not set, so the PostgreSQL store is not tested (bash scripts/with-postgres.sh swift test --skip-build --filter Register runs it)"

    struct Missing: Error, CustomStringConvertible {
        var description: String { "WAARBORG_TEST_POSTGRES_URL is not set; CI must test the PostgreSQL store (see .ci/run)" }
    }

    static func base() throws -> PostgresLocation {
        guard let url else { throw Missing() }
        guard case .postgres(let location) = try StoreURL(parsing: url) else {
            throw RegisterError.invalidURL(url, reason: LocalizedText(en: "not a postgres:// URL", nl: "geen postgres://-adres"))
        }
        return location
    }

    /// One connection pool on the given database for creating and dropping the tests' own.
    static let admin = Result<PostgresHandle, any Error> { try PostgresHandle(try base()) }

    /// Creates an empty database with a new name and notes it for dropping at the test's end.
    static func freshDatabase() throws -> String {
        let name = "waarborg_t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let admin = try admin.get()
        // The name is ours (hex digits), never a caller's input.
        try admin.execute("CREATE DATABASE \(name)")
        Made.current?.add(name)
        return name
    }

    /// Drops the databases the test made; FORCE ends the connections its stores still hold.
    static func drop(_ names: [String]) throws {
        guard !names.isEmpty else { return }
        let admin = try admin.get()
        for name in names { try admin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
    }

    /// The databases made during one test.
    final class Made: @unchecked Sendable {
        @TaskLocal static var current: Made?
        private let lock = NSLock()
        private var names: [String] = []
        func add(_ n: String) { lock.lock(); names.append(n); lock.unlock() }
        var all: [String] { lock.lock(); defer { lock.unlock() }; return names }
    }

    /// A test trait: the databases a test makes are dropped when it ends, passed or failed.
    struct Scope: TestTrait, SuiteTrait, TestScoping {
        var isRecursive: Bool { true }
        func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
            guard !test.isSuite else { return try await function() }
            let made = Made()
            do {
                try await Made.$current.withValue(made) { try await function() }
            } catch {
                try? TestPostgres.drop(made.all)
                throw error
            }
            try TestPostgres.drop(made.all)
        }
    }

    static var scope: Scope { Scope() }
}

enum Fixtures {
    static let engine: Engine = try! Engine.load()
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let cases = root.appendingPathComponent("Tests/WaarborgCLITests/Cases")
    static let now = Timestamp(iso: "2026-08-20T09:30:00Z")!

    static func example(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: cases.appendingPathComponent(name + ".json")))
    }

    static func temporaryFile() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("waarborg-register-\(UUID().uuidString).db").path
    }

    /// The embedded profiles with nl-2026 replaced by a copy whose labour-market access comes after
    /// 1 month instead of 6: a changed profile, as after an update of the rules' data.
    static func engineWithChangedProfile() throws -> Engine {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("waarborg-register-profiles-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let original = try String(contentsOf: Engine.embeddedProfiles!.appendingPathComponent("nl-2026.yaml"), encoding: .utf8)
        let changed = original.replacingOccurrences(of: "labourMarket.accessAfter: {value: 6 months", with: "labourMarket.accessAfter: {value: 1 month")
        precondition(changed != original, "the nl-2026 profile no longer has the line this fixture changes")
        try changed.write(to: dir.appendingPathComponent("nl-2026.yaml"), atomically: true, encoding: .utf8)
        return try Engine.load(profiles: dir)
    }

    /// The embedded datasets with one note in the safe-countries list changed: a new dataset
    /// version, with the same decisions.
    static func engineWithChangedData() throws -> Engine {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("waarborg-register-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for file in [Datasets.recognitionRatesFile, Datasets.safeCountriesFile] {
            var text = try String(contentsOf: Engine.embeddedData!.appendingPathComponent(file), encoding: .utf8)
            if file == Datasets.safeCountriesFile {
                let changed = text.replacingOccurrences(of: "designation suspended", with: "designation suspended (checked again)")
                precondition(changed != text, "the safe-countries list no longer has the note this fixture changes")
                text = changed
            }
            try text.write(to: dir.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        return try Engine.load(data: dir)
    }
}
