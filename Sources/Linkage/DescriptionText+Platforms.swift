extension DescriptionText {
    /// The online platforms an account names (compared as `LinkField.platform`: two accounts agree
    /// when they name one in common).
    public struct Platforms: OptionSet, Sendable, Hashable {
        /// One bit for each platform.
        public let rawValue: UInt8
        /// The platforms whose bits are set in `rawValue`.
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// X, Twitter, a tweet.
        public static let twitter = Platforms(rawValue: 1 << 0)
        /// Instagram.
        public static let instagram = Platforms(rawValue: 1 << 1)
        /// TikTok.
        public static let tiktok = Platforms(rawValue: 1 << 2)
        /// Facebook.
        public static let facebook = Platforms(rawValue: 1 << 3)
        /// WhatsApp.
        public static let whatsapp = Platforms(rawValue: 1 << 4)
        /// Telegram.
        public static let telegram = Platforms(rawValue: 1 << 5)

        /// Each platform by the concept term the word map gives it ("x", "tweeted" → "twitter").
        static let byConcept: [String: Platforms] = [
            "twitter": .twitter, "instagram": .instagram, "tiktok": .tiktok, "facebook": .facebook,
            "whatsapp": .whatsapp, "telegram": .telegram,
        ]
    }

    /// The kinds of place an account names: a bus, a park, outside a home… (compared as
    /// `LinkField.venue`: two accounts agree when they name one in common).
    public struct Venues: OptionSet, Sendable, Hashable {
        /// One bit for each kind of place.
        public let rawValue: UInt32
        /// The kinds of place whose bits are set in `rawValue`.
        public init(rawValue: UInt32) { self.rawValue = rawValue }

        /// A supermarket (Tesco, Lidl…).
        public static let supermarket = Venues(rawValue: 1 << 0)
        /// A bus, a train, a station, a platform.
        public static let transport = Venues(rawValue: 1 << 1)
        /// The Underground.
        public static let tube = Venues(rawValue: 1 << 2)
        /// A park.
        public static let park = Venues(rawValue: 1 << 3)
        /// A car park.
        public static let carPark = Venues(rawValue: 1 << 4)
        /// A school.
        public static let school = Venues(rawValue: 1 << 5)
        /// A library.
        public static let library = Venues(rawValue: 1 << 6)
        /// A petrol station.
        public static let petrolStation = Venues(rawValue: 1 << 7)
        /// A home, house, flat or address.
        public static let home = Venues(rawValue: 1 << 8)
        /// A playground or play area.
        public static let playground = Venues(rawValue: 1 << 9)
        /// A junction, crossing or traffic lights.
        public static let junction = Venues(rawValue: 1 << 10)
        /// A synagogue (or its congregation, its rabbi).
        public static let synagogue = Venues(rawValue: 1 << 11)
        /// A post office.
        public static let postOffice = Venues(rawValue: 1 << 12)
        /// A pharmacy or chemist.
        public static let pharmacy = Venues(rawValue: 1 << 13)
        /// A launderette.
        public static let launderette = Venues(rawValue: 1 << 14)
        /// A butcher.
        public static let butcher = Venues(rawValue: 1 << 15)
        /// A bridge or railway arch.
        public static let bridge = Venues(rawValue: 1 << 16)
        /// The high street.
        public static let highStreet = Venues(rawValue: 1 << 17)

        /// Each kind of place by its concept term (the word map's and phrases' "carpark" for "car
        /// park", "home" for "house", or the word itself: "park", "butcher").
        static let byConcept: [String: Venues] = [
            "supermarket": .supermarket, "transport": .transport, "tube": .tube, "park": .park,
            "carpark": .carPark, "school": .school, "library": .library, "petrolstation": .petrolStation,
            "home": .home, "playground": .playground, "junction": .junction, "synagogue": .synagogue,
            "postoffice": .postOffice, "pharmacy": .pharmacy, "launderette": .launderette, "butcher": .butcher,
            "bridge": .bridge, "highstreet": .highStreet,
        ]
    }
}
