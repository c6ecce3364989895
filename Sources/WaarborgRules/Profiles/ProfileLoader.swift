import Foundation
import LegalCalendar
import Yams

/// Reads profile files (YAML), checks every value against `ParameterCatalog`, and resolves the
/// `base` chain. Loading is all-or-nothing: one bad key and no profile is returned.
public enum ProfileLoader {
    struct RawProfile {
        var id: String
        var base: String?
        var title: LocalizedText
        var description: LocalizedText
        var parameters: [String: ParameterValue]
        var file: String
    }

    /// A profile of a later directory that took the place of one with the same id from an earlier one.
    public struct Replacement: Sendable, Equatable {
        public let id: String
        /// The file that now defines the profile.
        public let file: String
        /// The file it replaced.
        public let replaced: String
        /// Other profiles whose `base` chain runs through it, and so now build on the new one.
        public let dependents: [String]
    }

    /// Loads every `*.yaml` in `directory` and resolves them.
    public static func loadDirectory(_ directory: URL) throws(ProfileError) -> [String: PolicyProfile] {
        try load(layers: [directory]).profiles
    }

    /// Loads the profile files of several directories, in order, and resolves them together: a
    /// profile may name a profile of any layer as its `base`, and a profile in a later layer
    /// replaces the one with the same id in an earlier layer (two with one id in the same layer
    /// are an error). Files of the first layer are named by their file name, those of later
    /// layers by their path, so a user can tell their own files from the embedded ones.
    /// A later layer that does not exist, is not a directory or holds no profile file is an error.
    public static func load(layers: [URL]) throws(ProfileError) -> (profiles: [String: PolicyProfile], replaced: [Replacement]) {
        var raws: [String: RawProfile] = [:]
        var replaced: [(id: String, file: String, replaced: String)] = []
        var layerOf: [String: Int] = [:]
        for (layer, directory) in layers.enumerated() {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
                throw ProfileError(file: directory.path, key: nil, message: "no such directory")
            }
            guard isDirectory.boolValue else {
                throw ProfileError(file: directory.path, key: nil, message: "not a directory (expected a directory of profile files *.yaml)")
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                    .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            } catch {
                throw ProfileError(file: directory.path, key: nil, message: "cannot read the profile directory")
            }
            if names.isEmpty && layer > 0 {
                throw ProfileError(file: directory.path, key: nil, message: "the directory has no profile files (*.yaml or *.yml)")
            }
            var here: [String: String] = [:]
            for name in names {
                let url = directory.appendingPathComponent(name)
                let label = layer == 0 ? name : url.path
                guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                    throw ProfileError(file: label, key: nil, message: "cannot read the file as UTF-8 text")
                }
                let raw = try parse(text, file: label)
                if let other = here[raw.id] {
                    throw ProfileError(file: label, key: "id", message: "profile id \"\(raw.id)\" is also defined in \(other)")
                }
                here[raw.id] = label
                if let earlier = raws[raw.id] { replaced.append((raw.id, label, earlier.file)) }
                raws[raw.id] = raw
                layerOf[raw.id] = layer
            }
        }
        var resolved: [String: PolicyProfile] = [:]
        // The last layer first, so that an error in a user's profile is reported against their file
        // rather than against an embedded profile built on it.
        for id in raws.keys.sorted(by: { (-layerOf[$0]!, $0) < (-layerOf[$1]!, $1) }) { resolved[id] = try resolve(id, raws) }
        // Profiles whose base chain passes through `id` (the chains are known to end: they resolved).
        func dependents(of id: String) -> [String] {
            raws.keys.sorted().filter { other in
                var b = raws[other]?.base
                while let x = b { if x == id { return other != id }; b = raws[x]?.base }
                return false
            }
        }
        return (resolved, replaced.map { Replacement(id: $0.id, file: $0.file, replaced: $0.replaced, dependents: dependents(of: $0.id)) })
    }

    static func resolve(_ id: String, _ raws: [String: RawProfile]) throws(ProfileError) -> PolicyProfile {
        var chain: [RawProfile] = []
        var current: String? = id
        while let c = current {
            guard let raw = raws[c] else {
                let from = chain.last!
                throw ProfileError(file: from.file, key: "base", message: "unknown base profile \"\(c)\" (known: \(raws.keys.sorted().joined(separator: ", ")))")
            }
            if chain.contains(where: { $0.id == c }) {
                throw ProfileError(file: raw.file, key: "base", message: "the base chain loops back to \"\(c)\"")
            }
            chain.append(raw)
            current = raw.base
        }
        var params: [String: ParameterValue] = [:]
        for raw in chain.reversed() { params.merge(raw.parameters) { _, new in new } }
        let top = chain[0]
        for def in ParameterCatalog.all where params[def.key] == nil {
            throw ProfileError(file: top.file, key: def.key, message: "missing: neither this profile nor its bases set it")
        }
        return try PolicyProfile(id: top.id, base: top.base, title: top.title, description: top.description, parameters: params)
    }

    static func parse(_ text: String, file: String) throws(ProfileError) -> RawProfile {
        let node: Node
        do {
            guard let n = try Yams.compose(yaml: text) else { throw ProfileError(file: file, key: nil, message: "the file is empty") }
            node = n
        } catch let e as ProfileError { throw e } catch {
            throw ProfileError(file: file, key: nil, message: "not valid YAML: \(error)")
        }
        guard let top = node.mapping else { throw ProfileError(file: file, key: nil, message: "expected a mapping at the top") }
        let allowed = ["id", "base", "title", "description", "parameters"]
        for (k, _) in top where !allowed.contains(k.string ?? "") {
            throw ProfileError(file: file, key: k.string ?? "?", message: "unknown key (allowed: \(allowed.joined(separator: ", ")))")
        }
        func scalar(_ key: String, in m: Node.Mapping, path: String) throws(ProfileError) -> String {
            guard let v = m[Node(key)], let s = v.scalar?.string, !s.isEmpty else {
                throw ProfileError(file: file, key: path.isEmpty ? key : path + "." + key, message: "required text is missing")
            }
            return s
        }
        func localized(_ key: String) throws(ProfileError) -> LocalizedText {
            guard let m = top[Node(key)]?.mapping else { throw ProfileError(file: file, key: key, message: "expected {en: ..., nl: ...}") }
            return LocalizedText(en: try scalar("en", in: m, path: key), nl: try scalar("nl", in: m, path: key))
        }
        let id = try scalar("id", in: top, path: "")
        let base = top[Node("base")]?.scalar?.string
        var raw = RawProfile(id: id, base: base, title: try localized("title"), description: try localized("description"), parameters: [:], file: file)
        guard let params = top[Node("parameters")]?.mapping else {
            throw ProfileError(file: file, key: "parameters", message: "expected a mapping of parameter keys")
        }
        for (k, v) in params {
            let key = k.string ?? "?"
            guard let def = ParameterCatalog.byKey[key] else {
                throw ProfileError(file: file, key: key, message: "unknown parameter (known: \(ParameterCatalog.all.map(\.key).joined(separator: ", ")))")
            }
            raw.parameters[key] = try parameter(v, def: def, file: file)
        }
        return raw
    }

    static func parameter(_ node: Node, def: ParameterDefinition, file: String) throws(ProfileError) -> ParameterValue {
        let key = def.key
        guard let m = node.mapping else { throw ProfileError(file: file, key: key, message: "expected {value, ref, source, status, checked}") }
        let allowed = ["value", "ref", "source", "status", "checked", "note"]
        for (k, _) in m where !allowed.contains(k.string ?? "") {
            throw ProfileError(file: file, key: key + "." + (k.string ?? "?"), message: "unknown key (allowed: \(allowed.joined(separator: ", ")))")
        }
        func text(_ k: String) throws(ProfileError) -> String {
            guard let s = m[Node(k)]?.scalar?.string, !s.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ProfileError(file: file, key: key + "." + k, message: "missing: every value must carry its \(k)")
            }
            return s
        }
        let ref = try text("ref")
        let source = try text("source")
        guard let status = LegalStatus(rawValue: try text("status")) else {
            throw ProfileError(file: file, key: key + ".status", message: "expected one of \(LegalStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let checked = CalendarDate(iso: try text("checked")) else {
            throw ProfileError(file: file, key: key + ".checked", message: "expected a date YYYY-MM-DD")
        }
        guard let valueNode = m[Node("value")] else {
            throw ProfileError(file: file, key: key + ".value", message: "missing")
        }
        let bad = ProfileError(file: file, key: key + ".value", message: "out of range: expected \(def.allowedText) (\(def.bandRef))")
        let value: ParameterValue.Value
        switch def.kind {
        case let .period(unit, lo, hi):
            guard let s = valueNode.scalar?.string, let p = LegalPeriod(parsing: s), p.unit == unit, (lo...hi).contains(p.amount) else { throw bad }
            value = .period(p)
        case let .integer(r):
            guard let s = valueNode.scalar?.string, let n = Int(s), r.contains(n) else { throw bad }
            value = .integer(n)
        case let .fraction(r):
            guard let s = valueNode.scalar?.string, let x = Double(s), r.contains(x) else { throw bad }
            value = .fraction(x)
        case let .choice(options):
            guard let s = valueNode.scalar?.string, options.contains(s) else { throw bad }
            value = .choice(s)
        case let .set(options):
            guard let seq = valueNode.sequence else { throw bad }
            var items: [String] = []
            for n in seq {
                guard let s = n.scalar?.string, options.contains(s), !items.contains(s) else { throw bad }
                items.append(s)
            }
            value = .set(items.sorted())
        case .text:
            guard let s = valueNode.scalar?.string, !s.trimmingCharacters(in: .whitespaces).isEmpty else { throw bad }
            value = .text(s)
        case .date:
            guard let s = valueNode.scalar?.string, let d = CalendarDate(iso: s) else { throw bad }
            value = .date(d)
        }
        // A remark is English text, or {en, nl} where the profile gives a Dutch one too.
        var note: String? = nil, noteNL: String? = nil
        if let n = m[Node("note")] {
            if let s = n.scalar?.string { note = s }
            else if let nm = n.mapping, let en = nm[Node("en")]?.scalar?.string, let nl = nm[Node("nl")]?.scalar?.string,
                    nm.count == 2, !en.isEmpty, !nl.isEmpty { note = en; noteNL = nl }
            else { throw ProfileError(file: file, key: key + ".note", message: "expected a text, or {en: ..., nl: ...} with both languages") }
        }
        var v = ParameterValue(value: value, ref: ref, source: source, status: status, checked: checked, note: note, definedIn: file)
        v.noteNL = noteNL
        return v
    }
}
