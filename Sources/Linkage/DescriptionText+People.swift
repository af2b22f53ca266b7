extension DescriptionText {
    /// The sexes an account gives someone (the victim, or an offender): empty when it gives none,
    /// both for a group of men and women.
    public struct Sexes: OptionSet, Sendable, Hashable {
        /// One bit for each sex.
        public let rawValue: UInt8
        /// The sexes whose bits are set in `rawValue`.
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// A man, a boy, "male", "Mr".
        public static let male = Sexes(rawValue: 1 << 0)
        /// A woman, a girl, "female", "Mrs".
        public static let female = Sexes(rawValue: 1 << 1)
    }

    /// The ages an account gives anyone, as decades of life (10–19, 20–29, … 90–99): "in his
    /// 20s", "aged 34", "20-30 yrs", "teenagers". Empty when it gives none.
    public struct AgeDecades: OptionSet, Sendable, Hashable {
        /// Bit k for the decade from 10k to 10k + 9.
        public let rawValue: UInt16
        /// The decades whose bits are set in `rawValue`.
        public init(rawValue: UInt16) { self.rawValue = rawValue }

        /// The teens, 10 to 19 ("teenagers", "youths").
        public static let teens = AgeDecades(rawValue: 1 << 1)

        /// The decade of an age in years; nothing outside 10…99 (a child's age or a number that
        /// is not an age).
        init(age years: Int32) {
            self.init(rawValue: (10...99).contains(years) ? 1 << UInt16(years / 10) : 0)
        }

        /// Whether the decade of `years` is among them.
        public func contains(age years: Int32) -> Bool {
            let decade = AgeDecades(age: years)
            return !decade.isEmpty && contains(decade)
        }
    }
}
