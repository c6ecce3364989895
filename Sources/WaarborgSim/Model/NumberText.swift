import Foundation

/// Numbers in messages: whole numbers without a decimal point, others rounded to 12 significant
/// digits, so that a sum such as 0.7 + 0.6 reads "1.3" and not "1.2999999999999998".
public enum NumberText {
    public static func short(_ d: Double) -> String { significant(d, digits: 12) }

    /// At most `digits` significant digits, for estimates in messages ("rho = 1.25", "2e16").
    /// With `scientific`, numbers from a million on are written `2e10`.
    public static func approximate(_ d: Double, digits: Int = 3, scientific: Bool = false) -> String {
        significant(d, digits: digits, exponentFrom: scientific ? 1e6 : 1e15)
    }

    /// Plain notation from 0.0001 to below `exponentFrom`, otherwise `2e16` or `1.5e-7`.
    static func significant(_ d: Double, digits: Int, exponentFrom: Double = 1e15) -> String {
        guard d.isFinite else { return d.isNaN ? "NaN" : (d < 0 ? "-infinity" : "infinity") }
        let r = Double(String(format: "%.\(digits)g", d)) ?? d
        if abs(r) >= exponentFrom || (r != 0 && abs(r) < 1e-4) {
            // "%e" writes "2.000e+16": keep the significant digits, drop the plus sign and zeros.
            let text = String(format: "%.\(max(0, digits - 1))e", r)
            let parts = text.split(separator: "e")
            guard parts.count == 2, let exponent = Int(parts[1]) else { return text }
            var mantissa = Substring(parts[0])
            if mantissa.contains(".") {
                while mantissa.last == "0" { mantissa.removeLast() }
                if mantissa.last == "." { mantissa.removeLast() }
            }
            return "\(mantissa)e\(exponent)"
        }
        if r == r.rounded() { return String(Int(r)) }
        return String(r)
    }
}
