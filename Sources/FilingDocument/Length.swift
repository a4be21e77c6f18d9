/// A distance on the page, stored as whole twentieths of a point (twips) so every writer rounds the same way.
public struct Length: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Twentieths of a point (1/1440 inch).
    public var twips: Int

    /// A length of the given number of twips.
    public init(twips: Int) { self.twips = twips }

    /// A length in millimetres, rounded to the nearest twip.
    public static func mm(_ millimetres: Double) -> Length { Length(twips: Int((millimetres * 1440 / 25.4).rounded())) }
    /// A length in centimetres.
    public static func cm(_ centimetres: Double) -> Length { .mm(centimetres * 10) }
    /// A length in points.
    public static func pt(_ points: Double) -> Length { Length(twips: Int((points * 20).rounded())) }
    /// A length in inches.
    public static func inch(_ inches: Double) -> Length { Length(twips: Int((inches * 1440).rounded())) }
    /// No distance.
    public static let zero = Length(twips: 0)

    /// The length in points.
    public var points: Double { Double(twips) / 20 }
    /// The length in millimetres.
    public var millimetres: Double { Double(twips) * 25.4 / 1440 }
    /// The length in English Metric Units (914 400 per inch), as DrawingML wants.
    public var emu: Int { twips * 635 }

    public static func < (lhs: Length, rhs: Length) -> Bool { lhs.twips < rhs.twips }
    public static func + (lhs: Length, rhs: Length) -> Length { Length(twips: lhs.twips + rhs.twips) }
    public static func - (lhs: Length, rhs: Length) -> Length { Length(twips: lhs.twips - rhs.twips) }
    public static func * (lhs: Length, rhs: Int) -> Length { Length(twips: lhs.twips * rhs) }

    public var description: String { "\(points)pt" }
}
