import Crypto
import Foundation

/// The data the rules consult, with a version (content hash) for each file so that every
/// assessment's receipt says exactly which data it used.
public final class Datasets: Sendable {
    public let recognitionRates: RecognitionRates
    public let safeCountries: SafeCountryList
    /// file name -> `sha256:` prefix of its content.
    public let versions: [(name: String, version: String)]

    /// A class, so that every assessment shares one copy instead of retaining each table.
    init(recognitionRates: RecognitionRates, safeCountries: SafeCountryList, versions: [(name: String, version: String)]) {
        self.recognitionRates = recognitionRates
        self.safeCountries = safeCountries
        self.versions = versions
    }

    public static let recognitionRatesFile = "eu-recognition-rates.csv"
    public static let safeCountriesFile = "safe-countries-of-origin.csv"

    public static func load(from directory: URL) throws(DatasetError) -> Datasets {
        func read(_ name: String) throws(DatasetError) -> String {
            guard let t = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) else {
                throw DatasetError(file: directory.appendingPathComponent(name).path, line: nil, message: "cannot read the file")
            }
            return t
        }
        let ratesText = try read(recognitionRatesFile)
        let safeText = try read(safeCountriesFile)
        return Datasets(
            recognitionRates: try RecognitionRates.parse(ratesText, file: recognitionRatesFile),
            safeCountries: try SafeCountryList.parse(safeText, file: safeCountriesFile),
            versions: [(recognitionRatesFile, version(ratesText)), (safeCountriesFile, version(safeText))])
    }

    static func version(_ text: String) -> String {
        "sha256:" + SHA256.hash(data: Array(text.utf8)).prefix(8).map { String(format: "%02x", $0) }.joined()
    }
}
