/// Country names for the reader, in English and Dutch. The rules write ISO 3166-1 alpha-3 codes
/// (the contract's values); the text report shows the names instead. Codes without a name here
/// stay as codes, which is still readable and never wrong.
public enum CountryWords {
    /// code: (English, Dutch). The states bound by the AMMR, and the countries applicants to the
    /// Netherlands most often come from (nl-figures.md). `IND` (India) is left out on purpose: in a
    /// Dutch report it is the immigration service.
    static let names: [String: (String, String)] = [
        "AUT": ("Austria", "Oostenrijk"), "BEL": ("Belgium", "België"), "BGR": ("Bulgaria", "Bulgarije"),
        "HRV": ("Croatia", "Kroatië"), "CYP": ("Cyprus", "Cyprus"), "CZE": ("Czechia", "Tsjechië"),
        "DNK": ("Denmark", "Denemarken"), "EST": ("Estonia", "Estland"), "FIN": ("Finland", "Finland"),
        "FRA": ("France", "Frankrijk"), "DEU": ("Germany", "Duitsland"), "GRC": ("Greece", "Griekenland"),
        "HUN": ("Hungary", "Hongarije"), "IRL": ("Ireland", "Ierland"), "ITA": ("Italy", "Italië"),
        "LVA": ("Latvia", "Letland"), "LTU": ("Lithuania", "Litouwen"), "LUX": ("Luxembourg", "Luxemburg"),
        "MLT": ("Malta", "Malta"), "NLD": ("the Netherlands", "Nederland"), "POL": ("Poland", "Polen"),
        "PRT": ("Portugal", "Portugal"), "ROU": ("Romania", "Roemenië"), "SVK": ("Slovakia", "Slowakije"),
        "SVN": ("Slovenia", "Slovenië"), "ESP": ("Spain", "Spanje"), "SWE": ("Sweden", "Zweden"),
        "CHE": ("Switzerland", "Zwitserland"), "NOR": ("Norway", "Noorwegen"), "ISL": ("Iceland", "IJsland"),
        "LIE": ("Liechtenstein", "Liechtenstein"), "GBR": ("the United Kingdom", "het Verenigd Koninkrijk"),
        "SYR": ("Syria", "Syrië"), "AFG": ("Afghanistan", "Afghanistan"), "IRQ": ("Iraq", "Irak"),
        "IRN": ("Iran", "Iran"), "ERI": ("Eritrea", "Eritrea"), "SOM": ("Somalia", "Somalië"),
        "SDN": ("Sudan", "Soedan"), "SSD": ("South Sudan", "Zuid-Soedan"), "ETH": ("Ethiopia", "Ethiopië"),
        "YEM": ("Yemen", "Jemen"), "TUR": ("Türkiye", "Turkije"), "MAR": ("Morocco", "Marokko"),
        "DZA": ("Algeria", "Algerije"), "TUN": ("Tunisia", "Tunesië"), "LBY": ("Libya", "Libië"),
        "EGY": ("Egypt", "Egypte"), "NGA": ("Nigeria", "Nigeria"), "GIN": ("Guinea", "Guinee"),
        "GMB": ("the Gambia", "Gambia"), "SEN": ("Senegal", "Senegal"), "MLI": ("Mali", "Mali"),
        "CIV": ("Côte d'Ivoire", "Ivoorkust"), "CMR": ("Cameroon", "Kameroen"),
        "COD": ("the Democratic Republic of the Congo", "de Democratische Republiek Congo"),
        "GHA": ("Ghana", "Ghana"), "BGD": ("Bangladesh", "Bangladesh"), "PAK": ("Pakistan", "Pakistan"),
        "LKA": ("Sri Lanka", "Sri Lanka"), "NPL": ("Nepal", "Nepal"), "GEO": ("Georgia", "Georgië"),
        "ARM": ("Armenia", "Armenië"), "AZE": ("Azerbaijan", "Azerbeidzjan"), "UKR": ("Ukraine", "Oekraïne"),
        "RUS": ("Russia", "Rusland"), "BLR": ("Belarus", "Belarus"), "MDA": ("Moldova", "Moldavië"),
        "ALB": ("Albania", "Albanië"), "SRB": ("Serbia", "Servië"), "MKD": ("North Macedonia", "Noord-Macedonië"),
        "BIH": ("Bosnia and Herzegovina", "Bosnië en Herzegovina"), "MNE": ("Montenegro", "Montenegro"),
        "COL": ("Colombia", "Colombia"), "VEN": ("Venezuela", "Venezuela"), "PER": ("Peru", "Peru"),
        "CUB": ("Cuba", "Cuba"), "NIC": ("Nicaragua", "Nicaragua"), "HND": ("Honduras", "Honduras"),
        "SLV": ("El Salvador", "El Salvador"), "GTM": ("Guatemala", "Guatemala"), "MEX": ("Mexico", "Mexico"),
        "BRA": ("Brazil", "Brazilië"), "CHN": ("China", "China"), "VNM": ("Viet Nam", "Vietnam"),
        "MMR": ("Myanmar", "Myanmar"), "PSE": ("Palestine", "Palestina"), "LBN": ("Lebanon", "Libanon"),
        "JOR": ("Jordan", "Jordanië"), "KWT": ("Kuwait", "Koeweit"), "SAU": ("Saudi Arabia", "Saoedi-Arabië"),
        "BDI": ("Burundi", "Burundi"), "RWA": ("Rwanda", "Rwanda"), "UGA": ("Uganda", "Oeganda"),
        "KEN": ("Kenya", "Kenia"), "TCD": ("Chad", "Tsjaad"), "NER": ("Niger", "Niger"),
        "BFA": ("Burkina Faso", "Burkina Faso"), "SLE": ("Sierra Leone", "Sierra Leone"), "LBR": ("Liberia", "Liberia"),
        "TGO": ("Togo", "Togo"), "BEN": ("Benin", "Benin"), "MRT": ("Mauritania", "Mauritanië"),
        "UZB": ("Uzbekistan", "Oezbekistan"), "TJK": ("Tajikistan", "Tadzjikistan"), "KAZ": ("Kazakhstan", "Kazachstan"),
        "KGZ": ("Kyrgyzstan", "Kirgizië"), "TKM": ("Turkmenistan", "Turkmenistan"), "MNG": ("Mongolia", "Mongolië"),
        "CAF": ("the Central African Republic", "de Centraal-Afrikaanse Republiek"), "AGO": ("Angola", "Angola"),
    ]

    public static func name(_ c: CountryCode, _ lang: Language) -> String {
        guard let n = names[c.code] else { return c.code }
        return lang == .nl ? n.1 : n.0
    }

    /// The text with every known country code that stands as a word of its own replaced by the
    /// country's name. A sentence may start with a code, so a name that starts with "the" is
    /// capitalised there.
    public static func naming(_ text: String, _ lang: Language) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 256)
        let chars = Array(text.unicodeScalars)
        var i = 0
        func isUpper(_ k: Int) -> Bool { k >= 0 && k < chars.count && chars[k].value >= 0x41 && chars[k].value <= 0x5A }
        func isWordChar(_ k: Int) -> Bool {
            guard k >= 0 && k < chars.count else { return false }
            let v = chars[k].properties
            return v.isAlphabetic || v.numericType != nil || chars[k] == "_" || chars[k] == "-"
        }
        while i < chars.count {
            if isUpper(i) && isUpper(i + 1) && isUpper(i + 2) && !isWordChar(i - 1) && !isWordChar(i + 3) {
                let code = String(String.UnicodeScalarView(chars[i..<i + 3]))
                if let n = names[code] {
                    var name = lang == .nl ? n.1 : n.0
                    let sentenceStart = out.isEmpty || out.hasSuffix(". ") || out.hasSuffix("\n")
                    if sentenceStart, let f = name.first, f.isLowercase { name = f.uppercased() + name.dropFirst() }
                    out += name
                    i += 3
                    continue
                }
            }
            out.unicodeScalars.append(chars[i])
            i += 1
        }
        return out
    }
}
