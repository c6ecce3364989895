/// Whether lodging an appeal lets the applicant remain until the court decides (APR Art 68;
/// AMMR Art 43(3); Vw 2000 art 82). The raw values are the contract's `appeal.suspensive`.
public enum SuspensiveEffect: String, Sendable, CaseIterable {
    /// The appeal itself gives the right to remain (APR Art 68(2); Vw 2000 art 82(1)).
    case automatic
    /// The right to remain must be asked of the court (APR Art 68(3); AMMR Art 43(3)).
    case onRequest = "on-request"
    /// No right to remain pending the appeal.
    case none
}
