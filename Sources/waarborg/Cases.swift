import ArgumentParser
import Foundation
import LegalCalendar
import WaarborgJSON
import WaarborgRegister
import WaarborgRules

/// `waarborg cases …`: the case register from the command line.
struct Cases: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The case register: store cases, follow their versions and deadlines, keep an audit log.",
        discussion: "The register is an SQLite file (--database sqlite:///path/waarborg.db, or $WAARBORG_DATABASE; default ./waarborg.db). See docs/register.md.",
        subcommands: [Add.self, List.self, Show.self, Update.self, Close.self, Reopen.self, History.self, Audit.self, Due.self, Reassess.self,
                      Export.self, Import.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a case: its facts are checked, assessed and stored as version 1.")
        @Argument(help: "Case file (waarborg.case/1), or - for standard input.") var file: String
        @Option(help: "Policy profile id.") var profile: String = Engine.defaultProfile
        @Option(help: "The client's own reference (at most 200 characters).") var ref: String?
        @OptionGroup var options: RegisterOptions
        func run() throws {
            let store = options.open()
            let facts = options.readFacts(file)
            let r = options.attempt { () throws(RegisterError) in try store.createCase(NewCase(facts: facts, clientReference: ref, profileID: profile), actor: options.who) }
            let route = options.t(RegisterWords.route(r.summary.route))
            writeOut(Array(options.t("Case \(r.id) added: version 1, profile \(profile), route: \(route).\n",
                                     "Zaak \(r.id) toegevoegd: versie 1, profiel \(profile), route: \(route).\n").utf8))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List cases, with filters and paging.")
        @Option(help: "open or closed (default: both).") var status: CaseStatus?
        @Option(help: "Only cases under this profile.") var profile: String?
        @Option(help: "Only cases with this client reference.") var ref: String?
        @Option(help: "Cases per page, 1 to 500.") var limit: Int = 50
        @Option(help: "Cases to skip.") var offset: Int = 0
        @Option(help: "text or json.") var format: ListFormat = .text
        @OptionGroup var options: RegisterOptions
        func run() throws {
            let store = options.open()
            let page = options.attempt { () throws(RegisterError) in
                try store.listCases(CaseQuery(status: status, profileID: profile, clientReference: ref, limit: limit, offset: offset))
            }
            if format == .json {
                return writeOut(RegisterJSON.page(page, limit: limit, offset: offset))
            }
            let o = options
            let rows = page.cases.map { c in
                [String(c.id), c.clientReference ?? "", c.factsID, c.profileID, o.t(RegisterWords.status(c.status)), String(c.version),
                 o.t(RegisterWords.route(c.route)), c.updatedAt.iso]
            }
            var s = registerTable([o.t("case", "zaak"), o.t("reference", "referentie"), o.t("facts id", "id in feiten"), o.t("profile", "profiel"),
                                   "status", o.t("version", "versie"), "route", o.t("last changed", "laatst gewijzigd")], rows)
            let shown = page.cases.isEmpty ? o.t("no cases", "geen zaken")
                : o.t("cases \(offset + 1) to \(offset + page.cases.count) of \(page.total)", "zaken \(offset + 1) tot en met \(offset + page.cases.count) van \(page.total)")
            s += "\n" + shown + "\n"
            writeOut(Array(s.utf8))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a case: its record, the receipt of its assessment and its dates.")
        @Argument(help: "Case number.") var id: CaseNumber
        @Option(help: "text, or json (the record with the facts and the stored assessment).") var format: ListFormat = .text
        @OptionGroup var options: RegisterOptions
        func run() throws {
            let store = options.open()
            let r = options.attempt { () throws(RegisterError) in try store.getCase(id.id) }
            if format == .json {
                return writeOut(RegisterJSON.record(r))
            }
            let o = options, s = r.summary
            var out = o.t("Case \(s.id)", "Zaak \(s.id)") + (s.clientReference.map { o.t(" (client reference \($0))", " (cliëntreferentie \($0))") } ?? "") + "\n"
            out += "  " + o.t("id in the facts: ", "id in de feiten: ") + s.factsID + "\n"
            out += "  status: " + o.t(RegisterWords.status(s.status)) + "\n"
            out += "  " + o.t("profile: ", "profiel: ") + s.profileID + "\n"
            out += "  " + o.t("version of the facts: ", "versie van de feiten: ") + String(s.version) + "\n"
            out += "  route: " + o.t(RegisterWords.route(s.route)) + "\n"
            out += "  " + o.t("added: ", "toegevoegd: ") + s.createdAt.iso + o.t("; last changed: ", "; laatst gewijzigd: ") + s.updatedAt.iso + "\n"
            out += "  " + o.t("assessed: ", "beoordeeld: ") + r.assessedAt.iso + " (" + r.engineVersion + ")\n"
            out += "  " + o.t("profile version: ", "versie van het beleidsprofiel: ") + r.profileHash + "\n"
            out += "  " + o.t("datasets: ", "gegevensbestanden: ") + r.datasetVersions + "\n"
            out += "\n" + o.t("Dates", "Data") + "\n"
            let dates = storedDates(r.assessment)
            let rows = dates.map { d in
                [CalendarDate(iso: d.date).map { $0.column(o.lang) } ?? d.date,
                 o.t(d.label) + (d.projected ? o.t(" (projected)", " (berekend)") : ""), CitationWords.text(d.ref, o.lang)]
            }
            out += rows.isEmpty ? o.t("  none\n", "  geen\n")
                : registerTable([o.t("date", "datum"), o.t("deadline", "termijn"), o.t("legal basis", "grondslag")], rows)
            writeOut(Array(out.utf8))
        }

        /// The timeline and the further deadlines of a stored assessment, in its order.
        func storedDates(_ assessment: [UInt8]) -> [(date: String, label: LocalizedText, ref: String, projected: Bool)] {
            let a = RegisterJSON.parsed(assessment)
            var out: [(date: String, label: LocalizedText, ref: String, projected: Bool)] = []
            for key in ["timeline", "deadlines"] {
                guard case .array(let items)? = a[key] else { continue }
                for item in items {
                    guard case .string(let date)? = item["date"], case .string(let ref)? = item["ref"] else { continue }
                    var label = LocalizedText(en: "", nl: "")
                    if case .string(let en)? = item["label"]?["en"] { label.en = en }
                    if case .string(let nl)? = item["label"]?["nl"] { label.nl = nl }
                    out.append((date, label, ref, item["projected"] == .bool(true)))
                }
            }
            return out.sorted { $0.date < $1.date }
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Store new facts for a case as its next version, reassessed.")
        @Argument(help: "Case number.") var id: CaseNumber
        @Argument(help: "Case file (waarborg.case/1), or - for standard input.") var file: String
        @OptionGroup var options: RegisterOptions
        func run() throws {
            let store = options.open()
            let facts = options.readFacts(file)
            let before = options.attempt { () throws(RegisterError) in try store.getCase(id.id) }
            let r = options.attempt { () throws(RegisterError) in try store.updateFacts(id.id, facts: facts, actor: options.who) }
            let changed = FactsDiff.changedPaths(before.facts, r.facts)
            let o = options
            let route = o.t(RegisterWords.route(r.summary.route))
            var s = o.t("Case \(r.id) updated: version \(r.version), route: \(route).\n", "Zaak \(r.id) bijgewerkt: versie \(r.version), route: \(route).\n")
            s += o.t("Changed: ", "Gewijzigd: ") + (changed.isEmpty ? o.t("the layout only", "alleen de opmaak") : changed.joined(separator: ", ")) + "\n"
            writeOut(Array(s.utf8))
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close a case: its deadlines are no longer listed as due.")
        @Argument(help: "Case number.") var id: CaseNumber
        @OptionGroup var options: RegisterOptions
        func run() throws { setStatus(options, id.id, .closed) }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Reopen a closed case.")
        @Argument(help: "Case number.") var id: CaseNumber
        @OptionGroup var options: RegisterOptions
        func run() throws { setStatus(options, id.id, .open) }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every version of a case's facts.")
        @Argument(help: "Case number.") var id: CaseNumber
        @Option(help: "text, or json (each version with its facts).") var format: ListFormat = .text
        @OptionGroup var options: RegisterOptions
        func run() throws {
            let store = options.open()
            let versions = options.attempt { () throws(RegisterError) in try store.history(id.id) }
            if format == .json {
                return writeOut(RegisterJSON.history(versions))
            }
            let o = options
            let rows = versions.map { [String($0.version), $0.createdAt.iso, $0.createdBy, o.t(RegisterWords.route($0.route))] }
            writeOut(Array(registerTable([o.t("version", "versie"), o.t("stored", "opgeslagen"), o.t("by", "door"), "route"], rows).utf8))
        }
    }

    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the audit log of a case, or of the whole register.")
        @Argument(help: "Case number (default: every entry, token changes included).") var id: CaseNumber?
        @Option(help: "text, or json (each entry with its before and after).") var format: ListFormat = .text
        @OptionGroup var options: RegisterOptions
        func run() throws {
            let store = options.open()
            let entries = options.attempt { () throws(RegisterError) in try store.audit(id?.id) }
            if format == .json {
                return writeOut(RegisterJSON.audit(entries))
            }
            let o = options
            let rows = entries.map { e in [e.at.iso, e.caseID.map(String.init) ?? "", e.actor, o.t(RegisterWords.audit(e))] }
            writeOut(Array(registerTable([o.t("when", "wanneer"), o.t("case", "zaak"), o.t("who", "wie"), o.t("what", "wat")], rows).utf8))
        }
    }

    struct Due: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the dates of open cases that fall within a window, or have passed.",
            discussion: "A date whose act the facts already record (a registration or lodging date) is done and not listed. With --format ics the list is an iCalendar file: one all-day event per deadline, with a UID that stays the same from one export to the next.")
        @Option(help: "The window: a number of days (14d, or 14) or weeks (2w).") var within: Window = Window(days: 14)
        @Option(name: .customLong("as-of"), help: "The reference day, YYYY-MM-DD (default: today).") var asOf: String?
        @Option(help: "text, json, csv or ics.") var format: DueFormat = .text
        @OptionGroup var options: RegisterOptions

        enum DueFormat: String, ExpressibleByArgument, CaseIterable { case text, json, csv, ics }

        func validate() throws {
            if let asOf, CalendarDate(iso: asOf) == nil {
                throw ValidationError("--as-of: expected a calendar date YYYY-MM-DD that exists, found \"\(asOf)\"")
            }
        }

        func run() throws {
            let store = options.open()
            let day = asOf.flatMap { CalendarDate(iso: $0) } ?? CalendarDate.today()
            let due = options.attempt { () throws(RegisterError) in try store.dueDeadlines(within: within.days, asOf: day) }
            let o = options
            switch format {
            case .csv: writeOut(Array(DeadlineCSV.render(due, lang: o.lang).utf8))
            case .ics: writeOut(Array(DeadlineCalendar.render(due, lang: o.lang, stamp: .now()).utf8))
            case .json:
                return writeOut(RegisterJSON.due(due, asOf: day, within: within.days))
            case .text:
                let rows = due.map { d in
                    [d.date.column(o.lang), o.t(RegisterWords.daysLeft(d.daysLeft)), String(d.caseID) + (d.clientReference.map { " (\($0))" } ?? ""),
                     o.t(d.label) + (d.projected ? o.t(" (projected)", " (berekend)") : ""), o.t(RegisterWords.actor(d.actor)), CitationWords.text(d.ref, o.lang)]
                }
                var s = o.t("Deadlines of open cases up to \(day.adding(days: within.days).en) (reference day \(day.en))\n\n",
                            "Termijnen van open zaken tot en met \(day.adding(days: within.days).nl) (peildatum \(day.nl))\n\n")
                s += due.isEmpty ? o.t("None.\n", "Geen.\n")
                    : registerTable([o.t("date", "datum"), o.t("when", "wanneer"), o.t("case", "zaak"), o.t("deadline", "termijn"),
                                     o.t("who acts", "wie handelt"), o.t("legal basis", "grondslag")], rows)
                writeOut(Array(s.utf8))
            }
        }
    }

    struct Reassess: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recompute the assessments made with an older profile or older datasets.",
            discussion: "A case is stale when its stored profile hash or dataset versions differ from the ones loaded now (--profiles-dir, --data). Each reassessment is written to the audit log with the old and the new hash.")
        @Flag(name: .customLong("dry-run"), help: "Only list the stale cases.") var dryRun = false
        @OptionGroup var options: RegisterOptions
        func run() throws {
            let store = options.open()
            let o = options
            let stale = o.attempt { () throws(RegisterError) in try store.staleAssessments() }
            var s = ""
            for c in stale where c.currentProfileHash == nil {
                s += o.t("Case \(c.caseID): the profile \(c.profileID) is no longer loaded; not reassessed.\n",
                         "Zaak \(c.caseID): het beleidsprofiel \(c.profileID) is niet meer geladen; niet opnieuw beoordeeld.\n")
            }
            if dryRun {
                for c in stale where c.currentProfileHash != nil {
                    s += o.t("Case \(c.caseID): stale (profile \(c.profileID)).\n", "Zaak \(c.caseID): verouderd (profiel \(c.profileID)).\n")
                }
                if stale.isEmpty { s += o.t("Every assessment is current.\n", "Alle beoordelingen zijn actueel.\n") }
                return writeOut(Array(s.utf8))
            }
            let done = o.attempt { () throws(RegisterError) in try store.reassess(actor: o.who) }
            for r in done {
                let r1 = o.t(RegisterWords.route(r.oldRoute)), r2 = o.t(RegisterWords.route(r.newRoute))
                s += o.t("Case \(r.caseID): reassessed; ", "Zaak \(r.caseID): opnieuw beoordeeld; ")
                    + (r.oldRoute == r.newRoute ? o.t("route unchanged: \(r2).\n", "route ongewijzigd: \(r2).\n") : "route: \(r1) → \(r2).\n")
            }
            s += o.t("\(done.count) case(s) reassessed.\n", "\(done.count) zaak/zaken opnieuw beoordeeld.\n")
            writeOut(Array(s.utf8))
        }
    }
}

/// `--within`: `14d`, `14` or `2w`.
struct Window: ExpressibleByArgument {
    let days: Int
    init(days: Int) { self.days = days }
    var defaultValueDescription: String { "\(days)d" }
    init?(argument: String) {
        var s = Substring(argument.lowercased()), factor = 1
        if s.hasSuffix("d") { s = s.dropLast() } else if s.hasSuffix("w") { s = s.dropLast(); factor = 7 }
        guard let n = Int(s), n >= 0, n <= 36_500 else { return nil }
        days = n * factor
    }
}

private func setStatus(_ options: RegisterOptions, _ id: CaseID, _ status: CaseStatus) {
    let store = options.open()
    let r = options.attempt { () throws(RegisterError) in try store.setStatus(id, status, actor: options.who) }
    writeOut(Array((status == .closed ? options.t("Case \(r.id) closed.\n", "Zaak \(r.id) gesloten.\n")
                                      : options.t("Case \(r.id) reopened.\n", "Zaak \(r.id) heropend.\n")).utf8))
}

