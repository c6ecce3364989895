import Foundation
import LegalCalendar
import Testing
@testable import WaarborgRegister
import WaarborgRules

/// The register's behaviour through the `CaseStore` protocol alone, run on every store kind.
@Suite("Register: the case store", TestPostgres.scope)
struct RegisterStoreTests {
    static let somali = try! Fixtures.example("somali-boy-unaccompanied")
    static let syrian = try! Fixtures.example("syrian-man-eurodac-greece")

    /// The Somali case with a different lodging date (a new version of the facts).
    static var somaliLodgedLater: [UInt8] {
        Array(String(decoding: somali, as: UTF8.self).replacingOccurrences(of: "\"lodgedOn\": \"2026-08-10\"", with: "\"lodgedOn\": \"2026-08-12\"").utf8)
    }

    @Test("create, read, update, close and reopen", arguments: StoreKind.tested)
    func lifecycle(kind: StoreKind) throws {
        let store = try kind.make()
        let created = try store.createCase(NewCase(facts: Self.somali, clientReference: "VWN-2026-0042", profileID: "nl-2026"), actor: "alice")
        #expect(created.version == 1 && created.status == .open)
        #expect(created.summary.factsID == "ex-som-uam")
        #expect(created.summary.clientReference == "VWN-2026-0042")
        #expect(created.summary.route == "regular")
        #expect(created.profileHash == Fixtures.engine.profiles["nl-2026"]!.hash)
        #expect(created.facts == Self.somali, "the facts are kept byte for byte")
        let json = String(decoding: created.assessment, as: UTF8.self)
        #expect(json.hasPrefix("{\"schema\":\"waarborg.assessment/1\""))

        let read = try store.getCase(created.id)
        #expect(read == created)

        let later = Self.somaliLodgedLater
        #expect(later != Self.somali)
        let updated = try store.updateFacts(created.id, facts: later, actor: "bob")
        #expect(updated.version == 2 && updated.facts == later)
        #expect(throws: RegisterError.factsUnchanged(created.id, version: 2)) { try store.updateFacts(created.id, facts: later, actor: "bob") }

        let versions = try store.history(created.id)
        #expect(versions.map(\.version) == [1, 2])
        #expect(versions.map(\.createdBy) == ["alice", "bob"])
        #expect(versions[0].facts == Self.somali && versions[1].facts == later)

        let closed = try store.setStatus(created.id, .closed, actor: "carol")
        #expect(closed.status == .closed && closed.version == 2)
        #expect(throws: RegisterError.alreadyInStatus(created.id, .closed)) { try store.setStatus(created.id, .closed, actor: "carol") }
        #expect(throws: RegisterError.caseClosed(created.id)) { try store.updateFacts(created.id, facts: Self.somali, actor: "bob") }
        #expect(try store.setStatus(created.id, .open, actor: "carol").status == .open)
        #expect(throws: RegisterError.caseNotFound(999)) { try store.getCase(999) }
    }

    @Test("the audit log records who, what, before and after, in order", arguments: StoreKind.tested)
    func auditLog(kind: StoreKind) throws {
        let store = try kind.make()
        let id = try store.createCase(NewCase(facts: Self.somali), actor: "alice").id
        _ = try store.updateFacts(id, facts: Self.somaliLodgedLater, actor: "bob")
        _ = try store.setStatus(id, .closed, actor: "carol")
        let log = try store.audit(id)
        #expect(log.map(\.action) == [.created, .updated, .closed])
        #expect(log.map(\.actor) == ["alice", "bob", "carol"])
        #expect(log.allSatisfy { $0.caseID == id && $0.at == Fixtures.now })
        #expect(log[0].before == nil && log[0].after == String(decoding: Self.somali, as: UTF8.self))
        #expect(log[1].before == String(decoding: Self.somali, as: UTF8.self))
        #expect(log[1].after == String(decoding: Self.somaliLodgedLater, as: UTF8.self))
        #expect(log[1].detail.contains("$.application.lodgedOn"))
        #expect(RegisterWords.audit(log[1]).nl == "feiten gewijzigd: $.application.lodgedOn")
        #expect(log[2].before == "open" && log[2].after == "closed")
        #expect(zip(log, log.dropFirst()).allSatisfy { $0.id < $1.id })
        // Reading again gives the same entries: nothing was rewritten.
        #expect(try store.audit(id) == log)
        #expect(try store.audit(nil).count == 3)
    }

    @Test("paging is bounded and filters combine", arguments: StoreKind.tested)
    func paging(kind: StoreKind) throws {
        let store = try kind.make()
        let a = try store.createCase(NewCase(facts: Self.somali, clientReference: "R1"), actor: "t").id
        let b = try store.createCase(NewCase(facts: Self.syrian, clientReference: "R2", profileID: "pact-minimum"), actor: "t").id
        let c = try store.createCase(NewCase(facts: Self.somali, clientReference: "R1"), actor: "t").id
        _ = try store.setStatus(c, .closed, actor: "t")

        let first = try store.listCases(CaseQuery(limit: 2))
        #expect(first.total == 3 && first.cases.map(\.id) == [a, b])
        let second = try store.listCases(CaseQuery(limit: 2, offset: 2))
        #expect(second.total == 3 && second.cases.map(\.id) == [c])
        #expect(try store.listCases(CaseQuery(offset: 10)).cases.isEmpty)
        #expect(try store.listCases(CaseQuery(status: .open)).cases.map(\.id) == [a, b])
        #expect(try store.listCases(CaseQuery(status: .closed)).cases.map(\.id) == [c])
        #expect(try store.listCases(CaseQuery(profileID: "pact-minimum")).cases.map(\.id) == [b])
        #expect(try store.listCases(CaseQuery(status: .open, clientReference: "R1")).cases.map(\.id) == [a])
        #expect(try store.listCases(CaseQuery(limit: 500)).cases.count == 3)
        #expect(throws: RegisterError.pageTooLarge(limit: 501)) { try store.listCases(CaseQuery(limit: 501)) }
        #expect(throws: RegisterError.pageTooLarge(limit: 0)) { try store.listCases(CaseQuery(limit: 0)) }
        #expect(throws: RegisterError.negativeValue(field: "offset", value: -1)) { try store.listCases(CaseQuery(offset: -1)) }
    }

    @Test("bad facts, oversized input and an unknown profile are refused and nothing is stored", arguments: StoreKind.tested)
    func refusals(kind: StoreKind) throws {
        let store = try kind.make()
        let bad = Array(#"{"schema":"waarborg.case/1","id":"x","application":{"madeOn":"2026-02-30"},"applicant":{}}"#.utf8)
        do {
            _ = try store.createCase(NewCase(facts: bad), actor: "t")
            Issue.record("a case with an impossible date was stored")
        } catch {
            guard case .invalidFacts(let e) = error else { Issue.record("wrong error \(error)"); return }
            #expect(e.path == "$.application.madeOn")
            #expect(error.message(.en).hasPrefix("invalid case: $.application.madeOn"))
        }
        #expect(throws: RegisterError.factsTooLarge(bytes: RegisterLimits.maxFactsBytes + 1)) {
            try store.createCase(NewCase(facts: [UInt8](repeating: 0x20, count: RegisterLimits.maxFactsBytes + 1)), actor: "t")
        }
        #expect(throws: RegisterError.clientReferenceTooLong(characters: 201)) {
            try store.createCase(NewCase(facts: Self.somali, clientReference: String(repeating: "x", count: 201)), actor: "t")
        }
        #expect(throws: RegisterError.unknownProfile("nope", known: ["nl-2026", "pact-minimum", "vwn-alternative"])) {
            try store.createCase(NewCase(facts: Self.somali, profileID: "nope"), actor: "t")
        }
        #expect(throws: RegisterError.emptyName(field: "actor")) { try store.createCase(NewCase(facts: Self.somali), actor: "") }
        #expect(try store.listCases(CaseQuery()).total == 0)
        #expect(try store.audit(nil).isEmpty)
        // A bad update leaves the case as it was.
        let id = try store.createCase(NewCase(facts: Self.somali), actor: "t").id
        #expect(throws: RegisterError.self) { try store.updateFacts(id, facts: bad, actor: "t") }
        #expect(try store.history(id).count == 1)
        #expect(try store.audit(id).count == 1)
    }

    @Test("due deadlines of the Somali boy's case, counted by hand", arguments: StoreKind.tested)
    func dueByHand(kind: StoreKind) throws {
        let store = try kind.make()
        let id = try store.createCase(NewCase(facts: Self.somali, clientReference: "R1"), actor: "t").id
        let asOf = CalendarDate(iso: "2026-08-15")!
        let due = try store.dueDeadlines(within: 14, asOf: asOf)
        // Made on Monday 3 August 2026. Screening: 3 days, ends Thursday 6 August (passed 9 days
        // before the 15th). Representative: 15 working days from the 3rd (4-7, 10-14, 17-21, 24
        // August) is Monday 24 August, 9 days ahead. Registration (due 10 August) and lodging (due
        // 26 August) are done: the facts give both dates. The decision (6 months from lodging) is
        // outside the window.
        #expect(due.map(\.deadlineID) == ["screening-end", "representative-appointment-deadline"])
        #expect(due.map(\.date.iso) == ["2026-08-06", "2026-08-24"])
        #expect(due.map(\.daysLeft) == [-9, 9])
        #expect(due.allSatisfy { $0.caseID == id && $0.clientReference == "R1" && !$0.projected })
        #expect(due[1].ref == "APR Art 23(2)(b)")
        #expect(due[1].uid == "\(id)-representative-appointment-deadline@waarborg")

        // The same dates as the assessment's own timeline.
        let facts = try CaseDecoder.decode(Self.somali)
        let a = Fixtures.engine.assessor("nl-2026")!.assess(facts)
        let limit = asOf.adding(days: 14)
        let expected = (a.timeline.filter { $0.actualOn == nil && $0.date <= limit }.map { ($0.id.rawValue, $0.date) }
                        + a.deadlines.filter { $0.date <= limit }.map { ($0.id.rawValue, $0.date) }).sorted { $0.1 < $1.1 }
        #expect(due.map(\.deadlineID) == expected.map(\.0))
        #expect(due.map(\.date) == expected.map(\.1))

        // The window's last day is in it: 24 August is 9 days after the 15th.
        #expect(try store.dueDeadlines(within: 9, asOf: asOf).map(\.deadlineID) == ["screening-end", "representative-appointment-deadline"])
        #expect(try store.dueDeadlines(within: 8, asOf: asOf).map(\.deadlineID) == ["screening-end"])
        // A wider window reaches the decision; a closed case drops out.
        let year = try store.dueDeadlines(within: 365, asOf: asOf)
        #expect(year.contains { $0.deadlineID == "decision-deadline" && $0.date == a.procedure.decisionDeadline })
        _ = try store.setStatus(id, .closed, actor: "t")
        #expect(try store.dueDeadlines(within: 365, asOf: asOf).isEmpty)
        #expect(throws: RegisterError.negativeValue(field: "within", value: -1)) { try store.dueDeadlines(within: -1, asOf: asOf) }
    }

    @Test("a new version replaces the dates that are due", arguments: StoreKind.tested)
    func dueFollowsVersion(kind: StoreKind) throws {
        let store = try kind.make()
        let id = try store.createCase(NewCase(facts: Self.somali), actor: "t").id
        let asOf = CalendarDate(iso: "2026-08-15")!
        let before = try store.dueDeadlines(within: 365, asOf: asOf).first { $0.deadlineID == "decision-deadline" }
        _ = try store.updateFacts(id, facts: Self.somaliLodgedLater, actor: "t")
        let after = try store.dueDeadlines(within: 365, asOf: asOf).filter { $0.deadlineID == "decision-deadline" }
        #expect(after.count == 1, "only the current version's dates")
        #expect(before?.date == CalendarDate(iso: "2027-02-10"))
        #expect(after.first?.date == CalendarDate(iso: "2027-02-12"))
    }

    @Test("a changed profile makes assessments stale; reassess recomputes them and says so", arguments: StoreKind.tested)
    func staleAndReassess(kind: StoreKind) throws {
        let path = try kind.place()
        let old = try kind.make(at: path)
        let id = try old.createCase(NewCase(facts: Self.somali), actor: "alice").id
        let other = try old.createCase(NewCase(facts: Self.syrian, profileID: "pact-minimum"), actor: "alice").id
        let closed = try old.createCase(NewCase(facts: Self.somali), actor: "alice").id
        _ = try old.setStatus(closed, .closed, actor: "alice")
        #expect(try old.staleAssessments().isEmpty)

        let engine = try Fixtures.engineWithChangedProfile()
        let oldHash = Fixtures.engine.profiles["nl-2026"]!.hash, newHash = engine.profiles["nl-2026"]!.hash
        #expect(oldHash != newHash)
        let new = try kind.make(engine: engine, at: path)
        let stale = try new.staleAssessments()
        #expect(stale.map(\.caseID) == [id], "only the open nl-2026 case: pact-minimum did not change, the closed case is not watched")
        #expect(stale.first?.storedProfileHash == oldHash && stale.first?.currentProfileHash == newHash)

        let done = try new.reassess(actor: "admin")
        #expect(done == [Reassessment(caseID: id, oldProfileHash: oldHash, newProfileHash: newHash,
                                      oldDatasets: stale[0].storedDatasets, newDatasets: stale[0].currentDatasets,
                                      oldRoute: "regular", newRoute: "regular")])
        #expect(try new.staleAssessments().isEmpty)
        #expect(try new.getCase(id).profileHash == newHash)
        #expect(try new.getCase(id).version == 1, "reassessing does not make a new version of the facts")
        #expect(try new.getCase(other).profileHash == Fixtures.engine.profiles["pact-minimum"]!.hash)

        let entry = try #require(try new.audit(id).last)
        #expect(entry.action == .reassessed && entry.actor == "admin")
        #expect(entry.before?.contains(oldHash) == true && entry.after?.contains(newHash) == true)
        #expect(RegisterWords.audit(entry).en == "reassessed because the profile changed; route unchanged: regular procedure")

        // The labour-market date now comes 1 month after registration (5 August), not 6.
        let labour = try new.dueDeadlines(within: 3650, asOf: CalendarDate(iso: "2026-08-15")!).first { $0.deadlineID == "labour-market-access" }
        #expect(labour?.date == CalendarDate(iso: "2026-09-07"))
    }

    @Test("a changed dataset makes every open assessment stale", arguments: StoreKind.tested)
    func staleByDataset(kind: StoreKind) throws {
        let path = try kind.place()
        let old = try kind.make(at: path)
        let a = try old.createCase(NewCase(facts: Self.somali), actor: "t").id
        let b = try old.createCase(NewCase(facts: Self.syrian, profileID: "pact-minimum"), actor: "t").id
        let engine = try Fixtures.engineWithChangedData()
        let new = try kind.make(engine: engine, at: path)
        let stale = try new.staleAssessments()
        #expect(stale.map(\.caseID) == [a, b])
        #expect(stale.allSatisfy { $0.storedDatasets != $0.currentDatasets && $0.storedProfileHash == $0.currentProfileHash })
        let done = try new.reassess(actor: "t")
        #expect(done.map(\.caseID) == [a, b])
        #expect(RegisterWords.audit(try #require(try new.audit(a).last)).nl == "opnieuw beoordeeld omdat de gegevensbestanden zijn gewijzigd; route ongewijzigd: reguliere procedure")
        #expect(try new.staleAssessments().isEmpty)
        #expect(try old.staleAssessments().map(\.caseID) == [a, b], "for the old engine the new assessments are the stale ones")
    }

    @Test("tokens: the secret is shown once, stored hashed, verified and revoked", arguments: StoreKind.tested)
    func tokens(kind: StoreKind) throws {
        let store = try kind.make()
        let issued = try store.createToken(name: "counsellor desk", role: .caseworker, actor: "admin")
        #expect(issued.token.hasPrefix("wbt_") && issued.token.count == 4 + 64)
        #expect(issued.info.role == .caseworker && issued.info.revokedAt == nil)
        let second = try store.createToken(name: "monitor", role: .reader, actor: "admin")
        #expect(second.token != issued.token)

        #expect(try store.verifyToken(issued.token) == TokenIdentity(name: "counsellor desk", role: .caseworker))
        #expect(try store.verifyToken(second.token) == TokenIdentity(name: "monitor", role: .reader))
        #expect(try store.verifyToken("wbt_" + String(repeating: "0", count: 64)) == nil)
        #expect(try store.verifyToken(String(issued.token.dropLast()) + (issued.token.last == "a" ? "b" : "a")) == nil)
        #expect(throws: RegisterError.tokenNameTaken("monitor")) { try store.createToken(name: "monitor", role: .admin, actor: "admin") }
        #expect(throws: RegisterError.emptyName(field: "name")) { try store.createToken(name: "  ", role: .admin, actor: "admin") }
        #expect(throws: RegisterError.nameTooLong(field: "name", characters: 201)) { try store.createToken(name: String(repeating: "n", count: 201), role: .admin, actor: "admin") }

        try store.revokeToken(name: "counsellor desk", actor: "admin")
        #expect(try store.verifyToken(issued.token) == nil)
        #expect(try store.verifyToken(second.token) != nil)
        #expect(throws: RegisterError.tokenNotFound("counsellor desk")) { try store.revokeToken(name: "counsellor desk", actor: "admin") }
        let list = try store.listTokens()
        #expect(list.map(\.name) == ["counsellor desk", "monitor"])
        #expect(list[0].revokedAt != nil && list[1].revokedAt == nil)
        // The name is free again once its token is revoked.
        let again = try store.createToken(name: "counsellor desk", role: .reader, actor: "admin")
        #expect(try store.verifyToken(again.token)?.role == .reader)
        #expect(try store.audit(nil).map(\.action) == [.tokenCreated, .tokenCreated, .tokenRevoked, .tokenCreated])
        #expect(Role.admin.allows(.caseworker) && !Role.reader.allows(.caseworker))
    }
}
