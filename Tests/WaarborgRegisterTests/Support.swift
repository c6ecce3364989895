import Foundation
import LegalCalendar
import WaarborgRegister
import WaarborgRules

/// The stores the suite runs on. A PostgreSQL store joins as a second case, and every test in
/// `RegisterStoreTests` then runs on both.
enum StoreKind: String, CaseIterable, CustomStringConvertible, Sendable {
    case sqlite
    var description: String { rawValue }

    /// A new, empty store in a temporary place.
    func make(engine: Engine = Fixtures.engine, at path: String? = nil) throws -> any CaseStore {
        switch self {
        case .sqlite: try SQLiteCaseStore(path: path ?? Fixtures.temporaryFile(), engine: engine, clock: { Fixtures.now })
        }
    }
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
