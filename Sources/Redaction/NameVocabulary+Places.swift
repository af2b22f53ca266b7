import IncidentModel

// The place words name detection reads: features, historic places, public places, areas.
extension Names {
    /// Words that begin the names of places and features, never a person's: "River Irwell".
    static let placeWords: Set<String> = [
        "river", "mount", "lake", "loch", "port", "fort", "saint", "north", "south", "east", "west", "upper", "lower",
        "great", "little", "new", "old", "royal", "bay", "cape", "glen", "vale", "dale", "brook", "forest", "wood",
        "isle",
    ]

    /// Places of history and remembrance, known the world over, which name nobody: the camps of
    /// the Holocaust and its memorials (from the lists of the Arolsen Archives and Yad Vashem).
    static let historicPlaces: Set<String> = [
        "auschwitz", "birkenau", "auschwitz-birkenau", "monowitz", "treblinka", "sobibor", "sobibór", "belzec",
        "bełżec",
        "majdanek", "chelmno", "chełmno", "dachau", "buchenwald", "belsen", "bergen-belsen", "theresienstadt",
        "terezin",
        "terezín", "ravensbruck", "ravensbrück", "mauthausen", "gusen", "sachsenhausen", "flossenburg", "flossenbürg",
        "neuengamme", "stutthof", "plaszow", "płaszów", "westerbork", "drancy", "jasenovac", "natzweiler", "dora",
        "mittelbau-dora", "gross-rosen", "janowska", "maly trostinets", "babi yar", "babyn yar", "ponary", "yad vashem",
        "vel d'hiv", "wannsee", "nuremberg", "kristallnacht", "warsaw ghetto", "lodz ghetto", "kindertransport",
    ]

    /// Last words of public places and transport hubs that name nobody ("Victoria Coach Station",
    /// "Imperial War Museum"): a run ending in one is a place whatever its first word.
    static let publicPlaceHeads: Set<String> = [
        "station", "museum", "airport", "stadium", "cathedral", "gallery", "library", "memorial", "cemetery", "zoo",
        "pier", "arena", "theatre", "interchange", "terminal", "terminus", "aquarium", "racecourse", "crematorium",
    ]

    /// Last words of open spaces and landmarks that are also surnames ("Hampstead Heath", but
    /// "Edward Heath"): a place when the run does not open with a known given name.
    static let landmarkHeads: Set<String> = [
        "heath", "common", "gardens", "square", "bridge", "palace", "abbey", "tower", "castle", "marshes", "fields",
        "downs", "moor",
    ]

    /// Areas larger than the gazetteer's towns: the 46 police force areas under every name the
    /// project knows them by, the nations and regions, and the historic and ceremonial counties.
    static let areas: Set<String> = {
        var out: Set<String> = []
        for force in PoliceForce.allCases {
            out.insert(force.areaName.lowercased())
            out.insert(force.publishedName.lowercased())
            for alias in force.aliases { out.insert(alias.lowercased()) }
            // "Devon and Cornwall" → "devon", "cornwall"; "Avon and Somerset" → "somerset".
            let words = force.areaName.lowercased().split(separator: " ")
            if let and = words.firstIndex(of: "and"), !force.areaName.contains("(") {
                out.insert(words[..<and].joined(separator: " "))
                out.insert(words[(and + 1)...].joined(separator: " "))
            }
        }
        for region in ReportRegion.allCases { out.insert(region.name.lowercased()) }
        out.formUnion(
            NameLists.set(
                """
                england wales scotland ulster britain cornwall devon dorset somerset wiltshire gloucestershire \
                oxfordshire berkshire buckinghamshire bedfordshire hertfordshire essex kent surrey sussex hampshire \
                suffolk norfolk cambridgeshire northamptonshire leicestershire rutland lincolnshire nottinghamshire \
                derbyshire staffordshire shropshire herefordshire worcestershire warwickshire cheshire lancashire \
                merseyside cumbria northumberland durham yorkshire humberside cleveland tyneside wearside avon \
                middlesex fife lothian ayrshire lanarkshire renfrewshire dunbartonshire stirlingshire perthshire angus \
                aberdeenshire moray highland argyll galloway borders gwynedd powys dyfed gwent glamorgan clwyd \
                anglesey pembrokeshire ceredigion carmarthenshire monmouthshire antrim armagh down fermanagh \
                londonderry tyrone midlands
                """))
        for prefix in [
            "north", "south", "east", "west", "greater", "mid", "inner", "outer", "central", "north east", "north west",
            "south east", "south west", "east of", "west of",
        ] {
            for base in [
                "england", "wales", "scotland", "london", "yorkshire", "sussex", "midlands", "anglia", "lincolnshire",
                "ayrshire", "lanarkshire", "lothian", "riding", "kent", "devon", "manchester", "dunbartonshire",
                "renfrewshire", "northamptonshire", "somerset", "cornwall",
            ] {
                out.insert(prefix + " " + base)
            }
        }
        return out
    }()
}
