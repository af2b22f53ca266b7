/// A UK police force: the 43 territorial forces of England and Wales, Police Scotland, the Police
/// Service of Northern Ireland and the British Transport Police.
///
/// Parsing accepts the code (`west_yorkshire`), the force's name with or without "Police",
/// "Constabulary" or "Police Service", and common abbreviations ("Met", "GMP", "WYP").
public enum PoliceForce: String, Vocabulary {
    case avonAndSomerset = "avon_and_somerset"
    case bedfordshire = "bedfordshire"
    case cambridgeshire = "cambridgeshire"
    case cheshire = "cheshire"
    case cityOfLondon = "city_of_london"
    case cleveland = "cleveland"
    case cumbria = "cumbria"
    case derbyshire = "derbyshire"
    case devonAndCornwall = "devon_and_cornwall"
    case dorset = "dorset"
    case durham = "durham"
    case dyfedPowys = "dyfed_powys"
    case essex = "essex"
    case gloucestershire = "gloucestershire"
    case greaterManchester = "greater_manchester"
    case gwent = "gwent"
    case hampshire = "hampshire"
    case hertfordshire = "hertfordshire"
    case humberside = "humberside"
    case kent = "kent"
    case lancashire = "lancashire"
    case leicestershire = "leicestershire"
    case lincolnshire = "lincolnshire"
    case merseyside = "merseyside"
    case metropolitan = "metropolitan"
    case norfolk = "norfolk"
    case northWales = "north_wales"
    case northYorkshire = "north_yorkshire"
    case northamptonshire = "northamptonshire"
    case northumbria = "northumbria"
    case nottinghamshire = "nottinghamshire"
    case southWales = "south_wales"
    case southYorkshire = "south_yorkshire"
    case staffordshire = "staffordshire"
    case suffolk = "suffolk"
    case surrey = "surrey"
    case sussex = "sussex"
    case thamesValley = "thames_valley"
    case warwickshire = "warwickshire"
    case westMercia = "west_mercia"
    case westMidlands = "west_midlands"
    case westYorkshire = "west_yorkshire"
    case wiltshire = "wiltshire"
    case policeScotland = "police_scotland"
    case northernIreland = "northern_ireland"
    case britishTransport = "british_transport"

    public static let fieldName = "police_force"
    public static let lookup = makeLookup()

    /// The area the force polices, as the report names it ("Hertfordshire", "Greater London").
    public var areaName: String {
        switch self {
        case .avonAndSomerset: "Avon and Somerset"
        case .cityOfLondon: "City of London"
        case .devonAndCornwall: "Devon and Cornwall"
        case .dyfedPowys: "Dyfed-Powys"
        case .greaterManchester: "Greater Manchester"
        case .hampshire: "Hampshire and Isle of Wight"
        case .metropolitan: "London (Metropolitan Police)"
        case .northWales: "North Wales"
        case .northYorkshire: "North Yorkshire"
        case .southWales: "South Wales"
        case .southYorkshire: "South Yorkshire"
        case .thamesValley: "Thames Valley"
        case .westMercia: "West Mercia"
        case .westMidlands: "West Midlands"
        case .westYorkshire: "West Yorkshire"
        case .policeScotland: "Scotland"
        case .northernIreland: "Northern Ireland"
        case .britishTransport: "British Transport Police"
        default: rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }

    /// The force's own name.
    public var publishedName: String {
        switch self {
        case .metropolitan: "Metropolitan Police Service"
        case .cityOfLondon: "City of London Police"
        case .policeScotland: "Police Scotland"
        case .northernIreland: "Police Service of Northern Ireland"
        case .britishTransport: "British Transport Police"
        case .hampshire: "Hampshire and Isle of Wight Constabulary"
        case .avonAndSomerset, .bedfordshire, .cambridgeshire, .cheshire, .cleveland, .cumbria,
            .derbyshire, .devonAndCornwall, .dorset, .durham, .essex, .gloucestershire, .kent,
            .lancashire, .leicestershire, .lincolnshire, .norfolk, .northamptonshire,
            .nottinghamshire, .staffordshire, .suffolk, .surrey, .warwickshire, .wiltshire:
            "\(areaName) Constabulary"
        default: "\(areaName) Police"
        }
    }

    /// The area's name and the force's short names, each also with "Police", "Constabulary",
    /// "Police Service" or "Force" after it, as forces and their recording systems write them
    /// ("Herts Police", "Lancs Constabulary", "Hampshire & IOW Constabulary"), and the Welsh
    /// forces' Welsh names ("Heddlu Gwent").
    public var aliases: [String] {
        let roots = [areaName] + shortNames
        let suffixed = roots.flatMap { root in
            [root]
                + ["Police", "Constabulary", "Police Service", "Force", "Police Force", "County Constabulary"].map {
                    "\(root) \($0)"
                }
        }
        return suffixed + welshNames.flatMap { [$0, "Heddlu \($0)"] } + otherNames
    }

    /// Abbreviations of the force or its county (the county ones as Royal Mail and the forces
    /// write them).
    private var shortNames: [String] {
        switch self {
        case .avonAndSomerset: ["Avon & Somerset"]
        case .bedfordshire: ["Beds"]
        case .cambridgeshire: ["Cambs"]
        case .cheshire: ["Ches"]
        case .cityOfLondon: ["CoLP"]
        case .derbyshire: ["Derbys"]
        case .devonAndCornwall: ["Devon & Cornwall", "D&C"]
        case .dyfedPowys: ["Dyfed Powys"]
        case .gloucestershire: ["Glos", "Gloucs"]
        case .greaterManchester: ["GMP", "Manchester", "Gtr Manchester"]
        case .hampshire: ["Hampshire", "Hants", "Hampshire & IOW", "Hampshire and IoW"]
        case .hertfordshire: ["Herts"]
        case .lancashire: ["Lancs"]
        case .leicestershire: ["Leics"]
        case .lincolnshire: ["Lincs"]
        case .metropolitan: ["Met", "MPS", "Metropolitan", "London"]
        case .northamptonshire: ["Northants"]
        case .northYorkshire: ["NYP", "N Yorks", "North Yorks"]
        case .nottinghamshire: ["Notts"]
        case .southYorkshire: ["SYP", "S Yorks", "South Yorks"]
        case .staffordshire: ["Staffs"]
        case .thamesValley: ["TVP"]
        case .warwickshire: ["Warks"]
        case .westMidlands: ["WMP", "W Midlands", "West Mids", "W Mids"]
        case .westYorkshire: ["WYP", "W Yorks", "West Yorks"]
        case .wiltshire: ["Wilts"]
        case .northernIreland: ["PSNI", "Northern Ireland"]
        case .britishTransport: ["BTP", "British Transport"]
        case .policeScotland: ["Scotland"]
        default: []
        }
    }

    /// The Welsh forces' names in Welsh (written alone or after "Heddlu", police).
    private var welshNames: [String] {
        switch self {
        case .dyfedPowys: ["Dyfed-Powys"]
        case .gwent: ["Gwent"]
        case .northWales: ["Gogledd Cymru"]
        case .southWales: ["De Cymru"]
        default: []
        }
    }

    /// Names that are not the area's or a short name with a suffix.
    private var otherNames: [String] {
        switch self {
        case .metropolitan: ["New Scotland Yard"]
        case .northernIreland: ["Police Service of Northern Ireland"]
        case .cityOfLondon: ["City Police"]
        case .policeScotland: ["Police Scotland", "Scottish Police", "Police Service of Scotland", "PSoS"]
        default: []
        }
    }

    /// The nation (or UK-wide service) the force belongs to.
    public var nation: Nation {
        switch self {
        case .dyfedPowys, .gwent, .northWales, .southWales: .wales
        case .policeScotland: .scotland
        case .northernIreland: .northernIreland
        case .britishTransport: .unitedKingdom
        default: .england
        }
    }

    /// The grouping the report's geography section uses.
    public var reportRegion: ReportRegion {
        switch self {
        case .metropolitan, .cityOfLondon: .greaterLondon
        case .greaterManchester: .greaterManchester
        default: .force(self)
        }
    }
}

/// The nations of the UK, plus forces that cover all of it.
public enum Nation: String, Sendable, CaseIterable {
    case england, wales, scotland, northernIreland = "northern_ireland", unitedKingdom = "united_kingdom"
}

/// The report's geographical grouping: Greater London (Metropolitan and City of London Police),
/// Greater Manchester, and every other force on its own.
public enum ReportRegion: Hashable, Sendable, Comparable {
    /// The Metropolitan Police and City of London Police areas together.
    case greaterLondon
    /// The Greater Manchester Police area.
    case greaterManchester
    /// Any other force's area.
    case force(PoliceForce)

    /// The name the report prints.
    public var name: String {
        switch self {
        case .greaterLondon: "Greater London"
        case .greaterManchester: "Greater Manchester"
        case .force(let force): force.areaName
        }
    }

    /// A stable code for CSV and JSON (`greater_london`, or the force's code).
    public var code: String {
        switch self {
        case .greaterLondon: "greater_london"
        case .greaterManchester: "greater_manchester"
        case .force(let force): force.rawValue
        }
    }

    /// Every region, London and Manchester first, then the other forces in alphabetical order.
    public static var allCases: [ReportRegion] {
        [.greaterLondon, .greaterManchester]
            + PoliceForce.allCases.filter { $0.reportRegion == .force($0) }.map { .force($0) }
    }

    public static func < (lhs: ReportRegion, rhs: ReportRegion) -> Bool {
        let order = allCases
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
}
