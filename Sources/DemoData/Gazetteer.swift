import IncidentModel

/// Places the demo draws from: real towns and postcode districts, so that geography tables look
/// like the publication's; the people and events are invented.
struct DemoPlace: Sendable {
    /// Neighbourhood or town, as a victim would name it.
    let name: String
    /// The borough or town the police would write.
    let district: String
    /// Postcode districts in the place.
    let postcodes: [String]
}

enum DemoGazetteer {
    /// Share of counted incidents by force, roughly as the publication reports them.
    static let forceWeights: [(PoliceForce, Double)] = [
        (.metropolitan, 44), (.greaterManchester, 13), (.cityOfLondon, 0.6), (.hertfordshire, 4.5),
        (.westYorkshire, 2.5), (.northumbria, 1.8), (.merseyside, 1.3), (.sussex, 1.8), (.essex, 2.2),
        (.thamesValley, 2.0), (.westMidlands, 2.0), (.policeScotland, 2.2), (.kent, 1.2), (.hampshire, 1.2),
        (.avonAndSomerset, 1.0), (.southYorkshire, 0.8), (.nottinghamshire, 0.7), (.leicestershire, 0.6),
        (.cambridgeshire, 0.6), (.surrey, 1.0), (.bedfordshire, 0.5), (.lancashire, 0.8), (.cheshire, 0.5),
        (.southWales, 0.7), (.northernIreland, 0.3), (.britishTransport, 1.2), (.devonAndCornwall, 0.4),
        (.dorset, 0.3), (.norfolk, 0.3), (.suffolk, 0.3), (.derbyshire, 0.3), (.staffordshire, 0.3),
        (.westMercia, 0.3), (.wiltshire, 0.2), (.gloucestershire, 0.2), (.northamptonshire, 0.3),
        (.lincolnshire, 0.2), (.humberside, 0.3), (.northYorkshire, 0.3), (.durham, 0.2), (.cleveland, 0.2),
        (.cumbria, 0.1), (.warwickshire, 0.2), (.gwent, 0.1), (.northWales, 0.1), (.dyfedPowys, 0.1),
    ]

    static let places: [PoliceForce: [DemoPlace]] = [
        .metropolitan: [
            DemoPlace(name: "Golders Green", district: "Barnet", postcodes: ["NW11"]),
            DemoPlace(name: "Finchley", district: "Barnet", postcodes: ["N3", "N12"]),
            DemoPlace(name: "Hendon", district: "Barnet", postcodes: ["NW4"]),
            DemoPlace(name: "Edgware", district: "Barnet", postcodes: ["HA8"]),
            DemoPlace(name: "Stamford Hill", district: "Hackney", postcodes: ["N16"]),
            DemoPlace(name: "Clapton", district: "Hackney", postcodes: ["E5"]),
            DemoPlace(name: "Tottenham", district: "Haringey", postcodes: ["N17", "N15"]),
            DemoPlace(name: "Hampstead", district: "Camden", postcodes: ["NW3"]),
            DemoPlace(name: "West Hampstead", district: "Camden", postcodes: ["NW6"]),
            DemoPlace(name: "Marylebone", district: "Westminster", postcodes: ["W1", "NW8"]),
            DemoPlace(name: "Stanmore", district: "Harrow", postcodes: ["HA7"]),
            DemoPlace(name: "Ilford", district: "Redbridge", postcodes: ["IG1", "IG2"]),
            DemoPlace(name: "Wembley", district: "Brent", postcodes: ["HA9"]),
            DemoPlace(name: "Enfield Town", district: "Enfield", postcodes: ["EN1", "EN2"]),
            DemoPlace(name: "Whitechapel", district: "Tower Hamlets", postcodes: ["E1"]),
            DemoPlace(name: "Highbury", district: "Islington", postcodes: ["N5", "N1"]),
            DemoPlace(name: "Kensington", district: "Kensington and Chelsea", postcodes: ["W8"]),
        ],
        .cityOfLondon: [
            DemoPlace(name: "City of London", district: "City of London", postcodes: ["EC2", "EC3", "EC4"])
        ],
        .greaterManchester: [
            DemoPlace(name: "Broughton Park", district: "Salford", postcodes: ["M7"]),
            DemoPlace(name: "Prestwich", district: "Bury", postcodes: ["M25"]),
            DemoPlace(name: "Whitefield", district: "Bury", postcodes: ["M45"]),
            DemoPlace(name: "Cheetham Hill", district: "Manchester", postcodes: ["M8"]),
            DemoPlace(name: "Manchester city centre", district: "Manchester", postcodes: ["M1", "M2"]),
            DemoPlace(name: "Sale", district: "Trafford", postcodes: ["M33"]),
            DemoPlace(name: "Hale", district: "Trafford", postcodes: ["WA15"]),
            DemoPlace(name: "Cheadle", district: "Stockport", postcodes: ["SK8"]),
        ],
        .hertfordshire: [
            DemoPlace(name: "Borehamwood", district: "Hertsmere", postcodes: ["WD6"]),
            DemoPlace(name: "Bushey", district: "Hertsmere", postcodes: ["WD23"]),
            DemoPlace(name: "Radlett", district: "Hertsmere", postcodes: ["WD7"]),
            DemoPlace(name: "St Albans", district: "St Albans", postcodes: ["AL1"]),
            DemoPlace(name: "Watford", district: "Watford", postcodes: ["WD17"]),
        ],
        .westYorkshire: [
            DemoPlace(name: "Alwoodley", district: "Leeds", postcodes: ["LS17"]),
            DemoPlace(name: "Leeds city centre", district: "Leeds", postcodes: ["LS1"]),
            DemoPlace(name: "Bradford", district: "Bradford", postcodes: ["BD1"]),
        ],
        .northumbria: [
            DemoPlace(name: "Gateshead", district: "Gateshead", postcodes: ["NE8"]),
            DemoPlace(name: "Newcastle upon Tyne", district: "Newcastle upon Tyne", postcodes: ["NE1", "NE3"]),
        ],
        .merseyside: [DemoPlace(name: "Liverpool", district: "Liverpool", postcodes: ["L18", "L1"])],
        .sussex: [
            DemoPlace(name: "Hove", district: "Brighton and Hove", postcodes: ["BN3"]),
            DemoPlace(name: "Brighton", district: "Brighton and Hove", postcodes: ["BN1", "BN2"]),
        ],
        .essex: [
            DemoPlace(name: "Westcliff-on-Sea", district: "Southend-on-Sea", postcodes: ["SS0"]),
            DemoPlace(name: "Chigwell", district: "Epping Forest", postcodes: ["IG7"]),
            DemoPlace(name: "Loughton", district: "Epping Forest", postcodes: ["IG10"]),
        ],
        .thamesValley: [
            DemoPlace(name: "Oxford", district: "Oxford", postcodes: ["OX1", "OX2"]),
            DemoPlace(name: "Reading", district: "Reading", postcodes: ["RG1"]),
            DemoPlace(name: "Milton Keynes", district: "Milton Keynes", postcodes: ["MK9"]),
        ],
        .westMidlands: [
            DemoPlace(name: "Moseley", district: "Birmingham", postcodes: ["B13"]),
            DemoPlace(name: "Birmingham city centre", district: "Birmingham", postcodes: ["B1", "B2"]),
            DemoPlace(name: "Solihull", district: "Solihull", postcodes: ["B91"]),
        ],
        .policeScotland: [
            DemoPlace(name: "Giffnock", district: "East Renfrewshire", postcodes: ["G46"]),
            DemoPlace(name: "Glasgow", district: "Glasgow", postcodes: ["G1", "G12"]),
            DemoPlace(name: "Edinburgh", district: "Edinburgh", postcodes: ["EH1", "EH9"]),
        ],
        .kent: [DemoPlace(name: "Canterbury", district: "Canterbury", postcodes: ["CT1"])],
        .hampshire: [
            DemoPlace(name: "Southampton", district: "Southampton", postcodes: ["SO15"]),
            DemoPlace(name: "Portsmouth", district: "Portsmouth", postcodes: ["PO1"]),
        ],
        .avonAndSomerset: [DemoPlace(name: "Bristol", district: "Bristol", postcodes: ["BS1", "BS8"])],
        .southYorkshire: [DemoPlace(name: "Sheffield", district: "Sheffield", postcodes: ["S10"])],
        .nottinghamshire: [DemoPlace(name: "Nottingham", district: "Nottingham", postcodes: ["NG7"])],
        .leicestershire: [DemoPlace(name: "Leicester", district: "Leicester", postcodes: ["LE2"])],
        .cambridgeshire: [DemoPlace(name: "Cambridge", district: "Cambridge", postcodes: ["CB2"])],
        .surrey: [DemoPlace(name: "Guildford", district: "Guildford", postcodes: ["GU1"])],
        .bedfordshire: [DemoPlace(name: "Luton", district: "Luton", postcodes: ["LU1"])],
        .lancashire: [DemoPlace(name: "Blackpool", district: "Blackpool", postcodes: ["FY1"])],
        .cheshire: [DemoPlace(name: "Chester", district: "Cheshire West and Chester", postcodes: ["CH1"])],
        .southWales: [DemoPlace(name: "Cardiff", district: "Cardiff", postcodes: ["CF10"])],
        .northernIreland: [DemoPlace(name: "Belfast", district: "Belfast", postcodes: ["BT9"])],
        .britishTransport: [
            DemoPlace(name: "London Euston station", district: "Camden", postcodes: ["NW1"]),
            DemoPlace(name: "Manchester Piccadilly station", district: "Manchester", postcodes: ["M1"]),
        ],
    ]

    /// A place in `force`'s area (a generic one named after the area where none is listed).
    static func place(in force: PoliceForce, rng: inout SeededGenerator) -> DemoPlace {
        if let list = places[force] { return rng.pick(list) }
        return DemoPlace(name: force.areaName, district: force.areaName, postcodes: [])
    }
}
