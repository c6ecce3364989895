import WaarborgJSON

/// Reads and checks `waarborg.network/1` (JSON or YAML). Every error names the field.
public enum NetworkDecoder {
    public static let schemaID = "waarborg.network/1"
    static let distributionNames = ["exponential", "deterministic", "uniform", "normal", "lognormal", "gamma", "empirical", "sequence"]

    public static func decode(text: String) throws(NetworkError) -> NetworkSpec {
        let trimmed = text.drop { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        let json: JSONValue
        // A document that opens with a bracket is JSON (a YAML network is a block mapping); JSON's
        // parser gives exact positions and its own depth limit.
        if trimmed.first == "{" || trimmed.first == "[" {
            do { json = try JSONParser.parse(text) } catch {
                throw NetworkError("$", "not valid JSON (line \(error.line), column \(error.column): \(error.message))")
            }
        } else {
            do { json = try JSONValue(yaml: text) } catch {
                throw NetworkError("$", error.kind == .syntax ? "not valid YAML (\(error))" : "\(error)")
            }
        }
        return try decode(json)
    }

    public static func decode(_ json: JSONValue) throws(NetworkError) -> NetworkSpec {
        let top = try object(json, "$", ["schema", "horizon", "warmup", "replications", "seed", "timeUnit", "arrivals", "stations"])
        guard case .string(let schema)? = top["schema"], schema == schemaID else {
            throw NetworkError("$.schema", "expected \"\(schemaID)\"")
        }
        let horizon = try number(top["horizon"], "$.horizon", min: 0, exclusive: true)
        let warmup = try top["warmup"].map { v throws(NetworkError) in try number(v, "$.warmup", min: 0) } ?? 0
        guard warmup < horizon else { throw NetworkError("$.warmup", "must be less than the horizon (\(NumberText.short(horizon)))") }
        let replications = try top["replications"].map { v throws(NetworkError) in try integer(v, "$.replications", 1...100_000) } ?? 10
        let seed = UInt64(try top["seed"].map { v throws(NetworkError) in try integer(v, "$.seed", 0...Int.max) } ?? 1)
        var timeUnit = NetworkSpec.defaultTimeUnit
        if let u = top["timeUnit"] {
            guard case .string(let s) = u, !s.isEmpty, s.count <= 40, !s.contains(where: { $0.isNewline }) else {
                throw NetworkError("$.timeUnit", "expected a short name for the unit of time, such as \"days\" (at most 40 characters)")
            }
            timeUnit = s
        }

        guard case .array(let stationItems)? = top["stations"], !stationItems.isEmpty else {
            throw NetworkError("$.stations", "expected a non-empty array of stations")
        }
        guard stationItems.count < Event.maxPlaces else { throw NetworkError("$.stations", "at most \(Event.maxPlaces - 1) stations") }
        guard case .array(let arrivalItems)? = top["arrivals"], !arrivalItems.isEmpty else {
            throw NetworkError("$.arrivals", "expected a non-empty array of arrival streams")
        }
        guard arrivalItems.count < Event.maxPlaces else { throw NetworkError("$.arrivals", "at most \(Event.maxPlaces - 1) arrival streams") }
        // Station ids first, so that routes can name stations declared later.
        var ids: [String] = []
        for (i, item) in stationItems.enumerated() {
            let path = "$.stations[\(i)]"
            guard case .object = item else { throw NetworkError(path, "expected an object") }
            guard case .string(let id)? = item["id"], !id.isEmpty else { throw NetworkError(path + ".id", "expected a non-empty string") }
            guard id != "exit" else { throw NetworkError(path + ".id", "\"exit\" is reserved for leaving the system") }
            guard !ids.contains(id) else { throw NetworkError(path + ".id", "duplicate station id \"\(id)\"") }
            ids.append(id)
        }
        func station(_ v: JSONValue?, _ path: String, allowExit: Bool) throws(NetworkError) -> Int? {
            guard case .string(let s)? = v else { throw NetworkError(path, "expected a station id") }
            if s == "exit" && allowExit { return nil }
            guard let i = ids.firstIndex(of: s) else {
                throw NetworkError(path, "unknown station \"\(s)\" (stations: \(ids.joined(separator: ", "))\(allowExit ? ", exit" : ""))")
            }
            return i
        }
        // Classes come from the arrival streams.
        var classes: [String] = []
        var arrivals: [NetworkSpec.Arrival] = []
        for (i, item) in arrivalItems.enumerated() {
            let path = "$.arrivals[\(i)]"
            let o = try object(item, path, ["to", "class", "interarrival", "until", "limit"])
            let to = try station(o["to"], path + ".to", allowExit: false)!
            var className = "default"
            if let c = o["class"] {
                guard case .string(let s) = c, !s.isEmpty else { throw NetworkError(path + ".class", "expected a non-empty string") }
                guard !distributionNames.contains(s) else { throw NetworkError(path + ".class", "\"\(s)\" is a distribution name; choose another class name") }
                className = s
            }
            if !classes.contains(className) { classes.append(className) }
            guard let ia = o["interarrival"] else { throw NetworkError(path + ".interarrival", "required") }
            let until = try o["until"].map { v throws(NetworkError) in try number(v, path + ".until", min: 0) }
            let limit = try o["limit"].map { v throws(NetworkError) in try integer(v, path + ".limit", 1...100_000_000) }
            // A zero mean is allowed only with a limit (a population released at once).
            let interarrival = try distribution(ia, path + ".interarrival", positiveMean: limit == nil)
            arrivals.append(.init(station: to, classIndex: classes.firstIndex(of: className)!,
                                  interarrival: interarrival, until: until, limit: limit))
        }

        var stations: [NetworkSpec.Station] = []
        for (i, item) in stationItems.enumerated() {
            let path = "$.stations[\(i)]"
            let o = try object(item, path, ["id", "servers", "discipline", "priorities", "service", "capacity", "overflow", "patience", "serverSchedule", "next"])
            let servers = try integer(o["servers"], path + ".servers", 0...100_000)
            var discipline = NetworkSpec.Discipline.fifo
            if let d = o["discipline"] {
                guard case .string(let s) = d, let dd = NetworkSpec.Discipline(rawValue: s) else {
                    throw NetworkError(path + ".discipline", "expected one of fifo, priority, preemptive-priority")
                }
                discipline = dd
            }
            var rank = [Int](repeating: 0, count: classes.count)
            if let p = o["priorities"] {
                guard case .object(let members) = p else { throw NetworkError(path + ".priorities", "expected {class: rank}") }
                for (c, r) in members {
                    guard let ci = classes.firstIndex(of: c) else { throw NetworkError(path + ".priorities." + c, "unknown class (classes: \(classes.joined(separator: ", ")))") }
                    rank[ci] = try integer(r, path + ".priorities." + c, 0...1_000)
                }
            } else if discipline != .fifo {
                throw NetworkError(path + ".priorities", "a priority discipline needs {class: rank}")
            }
            guard let serviceValue = o["service"] else { throw NetworkError(path + ".service", "required") }
            var service: [Distribution]
            // A map whose keys are all class names gives a service time per class; anything else is
            // read as one distribution (so a misspelt distribution is reported as such).
            if case .object(let members) = serviceValue, !members.isEmpty, members.allSatisfy({ classes.contains($0.0) }) {
                service = []
                for c in classes {
                    guard let v = serviceValue[c] else { throw NetworkError(path + ".service." + c, "no service time for class \"\(c)\"") }
                    service.append(try distribution(v, path + ".service." + c, positiveMean: false))
                }
            } else {
                let d = try distribution(serviceValue, path + ".service", positiveMean: false)
                service = Array(repeating: d, count: classes.count)
            }
            let capacity = try o["capacity"].map { v throws(NetworkError) in try integer(v, path + ".capacity", 1...10_000_000) }
            let overflow = try o["overflow"].map { v throws(NetworkError) in try station(v, path + ".overflow", allowExit: false)! }
            if overflow == i { throw NetworkError(path + ".overflow", "a station cannot overflow to itself") }
            if overflow != nil && capacity == nil { throw NetworkError(path + ".overflow", "overflow needs a capacity") }
            let patience = try o["patience"].map { v throws(NetworkError) in try distribution(v, path + ".patience", positiveMean: true) }
            var schedule: [(Double, Int)] = []
            if let s = o["serverSchedule"] {
                guard case .array(let items) = s else { throw NetworkError(path + ".serverSchedule", "expected [{from, servers}]") }
                var last = -Double.infinity
                for (k, it) in items.enumerated() {
                    let sp = path + ".serverSchedule[\(k)]"
                    let so = try object(it, sp, ["from", "servers"])
                    let from = try number(so["from"], sp + ".from", min: 0)
                    guard from > last else { throw NetworkError(sp + ".from", "schedule times must increase") }
                    last = from
                    schedule.append((from, try integer(so["servers"], sp + ".servers", 0...100_000)))
                }
            }
            if servers == 0 && schedule.isEmpty { throw NetworkError(path + ".servers", "a station needs at least one server (or a serverSchedule)") }
            var next = [[NetworkSpec.Route]](repeating: [], count: classes.count)
            if let n = o["next"] {
                guard case .array(let items) = n else { throw NetworkError(path + ".next", "expected [{to, p, class?}]") }
                for (k, it) in items.enumerated() {
                    let rp = path + ".next[\(k)]"
                    let ro = try object(it, rp, ["to", "p", "class"])
                    let target = try station(ro["to"], rp + ".to", allowExit: true)
                    let p = try number(ro["p"], rp + ".p", min: 0)
                    guard p <= 1 else { throw NetworkError(rp + ".p", "a probability is at most 1") }
                    if let c = ro["class"] {
                        guard case .string(let cs) = c, let ci = classes.firstIndex(of: cs) else { throw NetworkError(rp + ".class", "unknown class (classes: \(classes.joined(separator: ", ")))") }
                        next[ci].append(.init(station: target, probability: p))
                    } else {
                        for ci in classes.indices { next[ci].append(.init(station: target, probability: p)) }
                    }
                }
                for (ci, routes) in next.enumerated() where !routes.isEmpty {
                    let sum = routes.reduce(0) { $0 + $1.probability }
                    guard abs(sum - 1) < 1e-9 else {
                        throw NetworkError(path + ".next", "probabilities for class \"\(classes[ci])\" sum to \(NumberText.short(sum)), not 1")
                    }
                }
            }
            stations.append(.init(id: ids[i], servers: servers, discipline: discipline, rank: rank, service: service, capacity: capacity,
                                  overflow: overflow, patience: patience, schedule: schedule, next: next))
        }
        // An overflow chain must end at a station without overflow; a loop would bounce customers for ever.
        for (i, st) in stations.enumerated() where st.overflow != nil {
            var seen: Set<Int> = [i]
            var next = st.overflow
            while let n = next {
                guard seen.insert(n).inserted else {
                    throw NetworkError("$.stations[\(i)].overflow", "the overflow chain from \"\(st.id)\" loops back to \"\(stations[n].id)\"")
                }
                next = stations[n].overflow
            }
        }
        let spec = NetworkSpec(horizon: horizon, warmup: warmup, replications: replications, seed: seed, classes: classes,
                               arrivals: arrivals, stations: stations, timeUnit: timeUnit)
        // Customers who could circulate at one instant for ever would hang the run.
        if let loop = NetworkAnalysis.zeroTimeLoop(spec) { throw loop }
        return spec
    }

    static func object(_ v: JSONValue, _ path: String, _ allowed: [String]) throws(NetworkError) -> JSONValue {
        guard case .object(let members) = v else { throw NetworkError(path, "expected an object") }
        for (k, _) in members where !allowed.contains(k) {
            throw NetworkError(path + "." + k, "unknown field (allowed: \(allowed.joined(separator: ", ")))")
        }
        return v
    }

    static func number(_ v: JSONValue?, _ path: String, min: Double, exclusive: Bool = false) throws(NetworkError) -> Double {
        guard case .number(let d)? = v, d.isFinite else { throw NetworkError(path, "expected a number") }
        guard exclusive ? d > min : d >= min else { throw NetworkError(path, "must be \(exclusive ? "greater than" : "at least") \(NumberText.short(min)), found \(NumberText.short(d))") }
        return d
    }

    static func integer(_ v: JSONValue?, _ path: String, _ range: ClosedRange<Int>) throws(NetworkError) -> Int {
        guard case .number(let d)? = v, d == d.rounded(), abs(d) < 9e15 else { throw NetworkError(path, "expected a whole number") }
        guard range.contains(Int(d)) else { throw NetworkError(path, "must be from \(range.lowerBound) to \(range.upperBound)") }
        return Int(d)
    }

    /// `{name: {parameters}}` with every parameter checked.
    public static func distribution(_ v: JSONValue, _ path: String, positiveMean: Bool) throws(NetworkError) -> Distribution {
        guard case .object(let members) = v, members.count == 1 else {
            throw NetworkError(path, "expected one distribution, e.g. {\"exponential\": {\"mean\": 1.0}}")
        }
        let (name, parameters) = members[0]
        let p = path + "." + name
        func params(_ allowed: [String]) throws(NetworkError) -> JSONValue { try object(parameters, p, allowed) }
        let d: Distribution
        switch name {
        case "exponential":
            let o = try params(["mean"])
            d = .exponential(mean: try number(o["mean"], p + ".mean", min: 0, exclusive: true))
        case "deterministic":
            let o = try params(["value"])
            d = .deterministic(value: try number(o["value"], p + ".value", min: 0))
        case "uniform":
            let o = try params(["min", "max"])
            let a = try number(o["min"], p + ".min", min: 0), b = try number(o["max"], p + ".max", min: 0)
            guard b >= a else { throw NetworkError(p + ".max", "must be at least min (\(NumberText.short(a)))") }
            d = .uniform(min: a, max: b)
        case "normal":
            let o = try params(["mean", "sd"])
            d = .normal(mean: try number(o["mean"], p + ".mean", min: 0), sd: try number(o["sd"], p + ".sd", min: 0))
        case "lognormal":
            let o = try params(["mean", "sd"])
            d = .lognormal(mean: try number(o["mean"], p + ".mean", min: 0, exclusive: true), sd: try number(o["sd"], p + ".sd", min: 0))
        case "gamma":
            let o = try params(["shape", "scale"])
            d = .gamma(shape: try number(o["shape"], p + ".shape", min: 0, exclusive: true), scale: try number(o["scale"], p + ".scale", min: 0, exclusive: true))
        case "empirical", "sequence":
            let o = try params(["values"])
            guard case .array(let items)? = o["values"], !items.isEmpty else { throw NetworkError(p + ".values", "expected a non-empty array of numbers") }
            var values: [Double] = []
            for (k, x) in items.enumerated() { values.append(try number(x, p + ".values[\(k)]", min: 0)) }
            d = name == "empirical" ? .empirical(values: values) : .sequence(values: values)
        default:
            throw NetworkError(p, "unknown distribution (known: \(distributionNames.joined(separator: ", ")))")
        }
        if positiveMean && !(d.mean > 0) { throw NetworkError(p, "the mean must be greater than 0") }
        return d
    }
}
