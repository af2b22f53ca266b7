/// The bundled gazetteer: UK towns, neighbourhoods and postcode districts, each with its local
/// authority district and police force. One line per local authority:
/// `force code | local authority | places, ';'-separated | postcode districts, ';'-separated`.
/// A line longer than the page goes on after a `;` with a `\` (the literal joins the two).
///
/// Compiled from public knowledge of UK geography (ONS local authority names, Royal Mail
/// postcode districts, police force areas), concentrated where the research team's reports come
/// from: every London borough, Greater Manchester, Hertfordshire, south Essex, Leeds, Gateshead
/// and the other cities the publication names. A postcode district that straddles a boundary is
/// listed under the authority holding most of it. Extend it here; `Gazetteer` reads nothing else.
enum GazetteerData {
    static let lines = """
        metropolitan|Barnet|Barnet;Golders Green;Finchley;East Finchley;North Finchley;Church End;Hendon;Edgware;\
        Mill Hill;Colindale;Temple Fortune;Hampstead Garden Suburb;Whetstone;Totteridge;High Barnet;Chipping Barnet;\
        New Barnet;East Barnet;Cricklewood;Childs Hill;Burnt Oak;Brent Cross;Friern Barnet;West Hendon|NW11;N3;N12;NW4;\
        NW7;NW9;HA8;N20;EN4;EN5;N2;N11;NW2
        metropolitan|Hackney|Hackney;Stamford Hill;Stoke Newington;Clapton;Upper Clapton;Lower Clapton;Dalston;\
        Homerton;Hackney Wick;Shoreditch;Hoxton;De Beauvoir;Springfield Park|N16;E5;E8;E9;N1
        metropolitan|Haringey|Haringey;Tottenham;South Tottenham;Seven Sisters;Muswell Hill;Crouch End;Hornsey;\
        Wood Green;Highgate;Harringay;Stroud Green;Bounds Green|N17;N15;N10;N8;N22;N6;N4
        metropolitan|Camden|Camden;Camden Town;Hampstead;West Hampstead;Belsize Park;Swiss Cottage;Kentish Town;\
        Kilburn;Holborn;Bloomsbury;Euston;Kings Cross;St Pancras;Gospel Oak;Primrose Hill;Fortune Green;\
        London Euston station;Euston station;Kings Cross station;St Pancras station|NW3;NW6;NW5;\
        NW1;WC1;N19
        metropolitan|Westminster|Westminster;City of Westminster;Marylebone;St Johns Wood;Maida Vale;Mayfair;Soho;\
        Paddington;Bayswater;Pimlico;Victoria;Covent Garden;Oxford Street;Regents Park;Edgware Road;Whitehall;\
        Trafalgar Square;Parliament Square;Belgravia;Paddington station;Victoria station;Marylebone station;\
        Baker Street station|W1;NW8;W9;W2;SW1;WC2
        metropolitan|Harrow|Harrow;Stanmore;Harrow Weald;Wealdstone;Kenton;Pinner;Edgware South;Canons Park;\
        Rayners Lane;South Harrow;North Harrow;Hatch End|HA7;HA1;HA2;HA3;HA5
        metropolitan|Redbridge|Redbridge;Ilford;Gants Hill;Barkingside;Woodford;South Woodford;Woodford Green;Wanstead;\
        Clayhall;Seven Kings;Goodmayes;Newbury Park|IG1;IG2;IG3;IG4;IG5;IG6;IG8;E18;E11
        metropolitan|Brent|Brent;Wembley;Kingsbury;Willesden;Neasden;Kensal Rise;Queens Park;Harlesden;Dollis Hill;\
        Stonebridge;Alperton;Sudbury|HA9;HA0;NW10
        metropolitan|Enfield|Enfield;Enfield Town;Southgate;Palmers Green;Winchmore Hill;Edmonton;Cockfosters;Oakwood;\
        Bush Hill Park;Ponders End;Enfield Lock|EN1;EN2;EN3;N13;N14;N21;N9;N18
        metropolitan|Tower Hamlets|Tower Hamlets;Whitechapel;Stepney;Bethnal Green;Bow;Mile End;Limehouse;Canary Wharf;\
        Poplar;Wapping;Spitalfields;Isle of Dogs|E1;E2;E3;E14;E1W
        metropolitan|Islington|Islington;Highbury;Holloway;Canonbury;Angel;Archway;Finsbury Park;Barnsbury;Clerkenwell;\
        Tufnell Park|N5;N7;EC1
        metropolitan|Kensington and Chelsea|Kensington;Chelsea;Kensington and Chelsea;Notting Hill;Holland Park;\
        Earls Court;South Kensington;Knightsbridge;North Kensington;Ladbroke Grove|W8;W11;W14;SW3;SW5;SW7;SW10;W10
        metropolitan|Hammersmith and Fulham|Hammersmith;Fulham;Hammersmith and Fulham;Shepherds Bush;White City;\
        Parsons Green|W6;W12;SW6
        metropolitan|Ealing|Ealing;Acton;Southall;Hanwell;Greenford;Northolt;Perivale|W5;W3;UB1;UB2;UB6;W13;W7
        metropolitan|Hounslow|Hounslow;Chiswick;Brentford;Isleworth;Feltham|TW3;TW4;W4;TW8;TW7;TW13
        metropolitan|Richmond upon Thames|Richmond;Richmond upon Thames;Twickenham;Teddington;Kew;Barnes;\
        East Sheen|TW9;TW10;TW1;TW11;SW13;SW14
        metropolitan|Kingston upon Thames|Kingston;Kingston upon Thames;Surbiton;New Malden;Chessington|KT1;KT2;KT6;\
        KT3;KT9
        metropolitan|Merton|Merton;Wimbledon;Morden;Mitcham;Raynes Park|SW19;SW20;SM4;CR4
        metropolitan|Sutton|Sutton;Cheam;Carshalton;Wallington|SM1;SM2;SM3;SM5;SM6
        metropolitan|Croydon|Croydon;South Croydon;Thornton Heath;Norbury;Purley;Addiscombe;Selhurst|CR0;CR2;CR7;SW16;\
        CR8
        metropolitan|Bromley|Bromley;Beckenham;Orpington;Chislehurst;Penge;West Wickham|BR1;BR2;BR3;BR6;BR7;SE20
        metropolitan|Lewisham|Lewisham;Catford;Deptford;Forest Hill;Sydenham;Blackheath;Brockley|SE13;SE6;SE8;SE23;\
        SE26;SE4
        metropolitan|Greenwich|Greenwich;Woolwich;Eltham;Charlton;Thamesmead|SE10;SE18;SE9;SE7;SE28
        metropolitan|Bexley|Bexley;Bexleyheath;Sidcup;Erith;Welling|DA5;DA6;DA14;DA15;DA8;DA16
        metropolitan|Southwark|Southwark;Peckham;Camberwell;Bermondsey;Dulwich;Elephant and Castle;Borough;Rotherhithe;\
        London Bridge;London Bridge station|SE15;SE5;SE16;SE21;SE22;SE1;SE17
        metropolitan|Lambeth|Lambeth;Brixton;Clapham;Stockwell;Streatham;Vauxhall;Waterloo;Kennington;\
        Waterloo station|SW2;SW4;SW9;SW8;\
        SE11;SE27
        metropolitan|Wandsworth|Wandsworth;Battersea;Putney;Tooting;Balham;Earlsfield;Roehampton|SW18;SW11;SW15;SW17;\
        SW12
        metropolitan|Newham|Newham;Stratford;East Ham;West Ham;Forest Gate;Canning Town;Plaistow|E15;E6;E13;E7;E16
        metropolitan|Waltham Forest|Waltham Forest;Walthamstow;Leyton;Leytonstone;Chingford;Highams Park|E17;E10;E4
        metropolitan|Barking and Dagenham|Barking;Dagenham;Barking and Dagenham;Chadwell Heath|IG11;RM8;RM9;RM10
        metropolitan|Havering|Havering;Romford;Hornchurch;Upminster;Rainham;Harold Wood|RM1;RM2;RM3;RM11;RM12;RM13;RM14
        metropolitan|Hillingdon|Hillingdon;Uxbridge;Hayes;Ruislip;Northwood;West Drayton;Heathrow|UB8;UB10;UB3;UB4;HA4;\
        HA6;UB7;TW6
        city_of_london|City of London|City of London;the City;Square Mile;Bank;Moorgate;Liverpool Street;Aldgate;\
        Barbican;St Pauls;Fenchurch Street;Liverpool Street station;Fenchurch Street station|EC2;EC3;EC4;EC1A
        greater_manchester|Salford|Salford;Broughton Park;Broughton;Higher Broughton;Lower Kersal;Kersal;Swinton;\
        Eccles;Pendleton;Irlam;Walkden;Worsley|M7;M6;M27;M30;M44;M28;M5;M50
        greater_manchester|Bury|Bury;Prestwich;Whitefield;Radcliffe;Ramsbottom;Tottington;Sedgley Park|M25;M45;M26;BL9;\
        BL8;BL0
        greater_manchester|Manchester|Manchester;Manchester city centre;Cheetham Hill;Crumpsall;Didsbury;Withington;\
        Fallowfield;Rusholme;Chorlton;Ancoats;Northern Quarter;Moss Side;Hulme;Levenshulme;Wythenshawe;Blackley;\
        Piccadilly;Manchester Piccadilly station;Piccadilly station;\
        Manchester Victoria station|M1;M2;M3;M4;M8;M9;M20;M14;M21;M13;M19;M22;M23;M15;M16
        greater_manchester|Trafford|Trafford;Sale;Hale;Altrincham;Timperley;Bowdon;Stretford;Urmston;Hale Barns|M33;\
        WA15;WA14;M32;M41
        greater_manchester|Stockport|Stockport;Cheadle;Gatley;Cheadle Hulme;Bramhall;Heald Green;Hazel Grove;\
        Marple|SK8;SK1;SK2;SK3;SK4;SK7
        greater_manchester|Bolton|Bolton;Farnworth;Horwich;Westhoughton|BL1;BL2;BL3;BL4;BL6
        greater_manchester|Oldham|Oldham;Chadderton;Failsworth;Royton|OL1;OL4;OL8;OL9
        greater_manchester|Rochdale|Rochdale;Heywood;Middleton|OL11;OL12;OL16;OL10;M24
        greater_manchester|Tameside|Tameside;Ashton-under-Lyne;Hyde;Stalybridge;Denton|OL6;OL7;SK14;SK15;M34
        greater_manchester|Wigan|Wigan;Leigh;Atherton;Hindley|WN1;WN2;WN3;WN5;WN6;WN7
        hertfordshire|Hertsmere|Hertsmere;Borehamwood;Elstree;Bushey;Bushey Heath;Radlett;Potters Bar;Shenley|WD6;WD23;\
        WD7;EN6
        hertfordshire|St Albans|St Albans;Harpenden;London Colney|AL1;AL2;AL3;AL4;AL5
        hertfordshire|Watford|Watford;Oxhey|WD17;WD18;WD19;WD24;WD25
        hertfordshire|Three Rivers|Three Rivers;Rickmansworth;Croxley Green;Chorleywood|WD3
        hertfordshire|Welwyn Hatfield|Welwyn Hatfield;Welwyn Garden City;Hatfield|AL7;AL8;AL10
        hertfordshire|Dacorum|Dacorum;Hemel Hempstead;Berkhamsted;Tring|HP1;HP2;HP3;HP4;HP23
        hertfordshire|Broxbourne|Broxbourne;Cheshunt;Hoddesdon;Waltham Cross|EN7;EN8;EN10;EN11
        hertfordshire|Stevenage|Stevenage|SG1;SG2
        essex|Southend-on-Sea|Southend-on-Sea;Southend;Westcliff-on-Sea;Westcliff;Leigh-on-Sea;Shoeburyness;\
        Prittlewell;Chalkwell;Thorpe Bay|SS0;SS1;SS2;SS3;SS9
        essex|Epping Forest|Epping Forest;Chigwell;Loughton;Buckhurst Hill;Epping;Theydon Bois;Waltham Abbey|IG7;IG10;\
        IG9;CM16;EN9
        essex|Chelmsford|Chelmsford|CM1;CM2
        essex|Colchester|Colchester|CO1;CO2;CO3;CO4
        essex|Basildon|Basildon;Billericay;Wickford|SS13;SS14;SS15;SS16;CM11;SS11
        essex|Brentwood|Brentwood;Shenfield|CM13;CM14;CM15
        west_yorkshire|Leeds|Leeds;Leeds city centre;Alwoodley;Moortown;Roundhay;Headingley;Chapel Allerton;Shadwell;\
        Adel;Harehills;Horsforth;Wetherby;Leeds station|LS1;LS2;LS17;LS8;LS6;LS7;LS16;LS18;LS22;LS9;LS3;LS4
        west_yorkshire|Bradford|Bradford;Shipley;Keighley;Ilkley|BD1;BD2;BD3;BD8;BD9;BD18;BD21;LS29
        west_yorkshire|Kirklees|Kirklees;Huddersfield;Dewsbury;Batley|HD1;HD2;WF12;WF13;WF17
        west_yorkshire|Wakefield|Wakefield;Pontefract;Castleford|WF1;WF2;WF8;WF10
        west_yorkshire|Calderdale|Calderdale;Halifax|HX1;HX3
        northumbria|Gateshead|Gateshead;Bensham;Saltwell;Low Fell;Felling;Whickham|NE8;NE9;NE10;NE16
        northumbria|Newcastle upon Tyne|Newcastle upon Tyne;Newcastle;Jesmond;Gosforth;Heaton;Fenham;Kenton Bar|NE1;\
        NE2;NE3;NE4;NE6;NE7
        northumbria|Sunderland|Sunderland|SR1;SR2;SR4
        northumbria|North Tyneside|North Tyneside;Tynemouth;Whitley Bay;Wallsend|NE29;NE30;NE26;NE28
        merseyside|Liverpool|Liverpool;Allerton;Childwall;Woolton;Wavertree;Mossley Hill;Toxteth;Anfield;\
        Liverpool city centre|L1;L2;L3;L18;L16;L25;L15;L17;L8;L4
        merseyside|Wirral|Wirral;Birkenhead;Wallasey;Hoylake|CH41;CH44;CH47
        merseyside|Sefton|Sefton;Southport;Bootle;Crosby;Formby|PR8;PR9;L20;L23;L37
        sussex|Brighton and Hove|Brighton and Hove;Brighton;Hove;Kemptown;Preston Park;Rottingdean|BN1;BN2;BN3;BN41
        sussex|Eastbourne|Eastbourne|BN20;BN21;BN22
        sussex|Crawley|Crawley;Gatwick|RH10;RH11;RH6
        sussex|Worthing|Worthing|BN11;BN12;BN14
        thames_valley|Oxford|Oxford;Jericho;Summertown;Headington;Cowley|OX1;OX2;OX3;OX4
        thames_valley|Reading|Reading|RG1;RG2;RG30;RG31
        thames_valley|Milton Keynes|Milton Keynes;Bletchley|MK9;MK1;MK2;MK3
        thames_valley|Buckinghamshire|Buckinghamshire;High Wycombe;Aylesbury;Amersham;Beaconsfield;Chesham|HP11;HP12;\
        HP13;HP19;HP20;HP6;HP7;HP9;HP5
        thames_valley|Slough|Slough|SL1;SL2;SL3
        west_midlands|Birmingham|Birmingham;Birmingham city centre;Moseley;Edgbaston;Kings Heath;Selly Oak;Handsworth;\
        Sparkbrook;Digbeth;Erdington;Harborne;\
        Birmingham New Street station|B1;B2;B3;B4;B5;B13;B15;B14;B29;B21;B11;B12;B23;B17
        west_midlands|Solihull|Solihull;Shirley;Knowle|B90;B91;B92;B93
        west_midlands|Coventry|Coventry|CV1;CV2;CV3;CV4;CV5;CV6
        west_midlands|Wolverhampton|Wolverhampton|WV1;WV2;WV3;WV4;WV6
        west_midlands|Walsall|Walsall|WS1;WS2;WS5
        west_midlands|Dudley|Dudley;Stourbridge|DY1;DY2;DY8
        police_scotland|East Renfrewshire|East Renfrewshire;Giffnock;Newton Mearns;Clarkston;Thornliebank;Barrhead|G46;\
        G77;G76;G78
        police_scotland|Glasgow|Glasgow;Glasgow city centre;Hillhead;Partick;Shawlands;Pollokshields;Merchant City;\
        West End of Glasgow|G1;G2;G3;G11;G12;G41;G42;G20
        police_scotland|Edinburgh|Edinburgh;Leith;Morningside;Marchmont;Newington;Bruntsfield;Stockbridge|EH1;EH2;EH3;\
        EH6;EH9;EH10;EH8;EH7
        police_scotland|Aberdeen|Aberdeen|AB10;AB11;AB24
        police_scotland|Dundee|Dundee|DD1;DD2
        kent|Canterbury|Canterbury;Whitstable;Herne Bay|CT1;CT2;CT5;CT6
        kent|Maidstone|Maidstone|ME14;ME15;ME16
        kent|Medway|Medway;Chatham;Rochester;Gillingham|ME4;ME1;ME2;ME7
        kent|Tunbridge Wells|Tunbridge Wells;Royal Tunbridge Wells|TN1;TN2;TN4
        kent|Thanet|Thanet;Margate;Ramsgate;Broadstairs|CT9;CT11;CT10
        kent|Dartford|Dartford|DA1;DA2
        hampshire|Southampton|Southampton|SO14;SO15;SO16;SO17
        hampshire|Portsmouth|Portsmouth;Southsea|PO1;PO2;PO4;PO5
        hampshire|Winchester|Winchester|SO22;SO23
        avon_and_somerset|Bristol|Bristol;Clifton;Redland;Cotham;Bedminster;Bristol city centre|BS1;BS2;BS6;BS8;BS3
        avon_and_somerset|Bath and North East Somerset|Bath;Bath and North East Somerset|BA1;BA2
        south_yorkshire|Sheffield|Sheffield;Broomhill;Ecclesall;Crookes|S1;S2;S10;S11;S7
        south_yorkshire|Doncaster|Doncaster|DN1;DN2;DN4
        south_yorkshire|Rotherham|Rotherham|S60;S65
        nottinghamshire|Nottingham|Nottingham;Lenton;Beeston;West Bridgford|NG1;NG7;NG9;NG2
        leicestershire|Leicester|Leicester;Stoneygate;Clarendon Park|LE1;LE2;LE3;LE4;LE5
        leicestershire|Loughborough|Loughborough;Charnwood|LE11
        cambridgeshire|Cambridge|Cambridge|CB1;CB2;CB3;CB4;CB5
        cambridgeshire|Peterborough|Peterborough|PE1;PE2;PE3
        surrey|Guildford|Guildford|GU1;GU2;GU4
        surrey|Elmbridge|Elmbridge;Esher;Walton-on-Thames;Weybridge;Cobham|KT10;KT12;KT13;KT11
        surrey|Epsom and Ewell|Epsom;Ewell;Epsom and Ewell|KT17;KT18;KT19
        surrey|Woking|Woking|GU21;GU22
        bedfordshire|Luton|Luton|LU1;LU2;LU3;LU4
        bedfordshire|Bedford|Bedford|MK40;MK41;MK42
        lancashire|Blackpool|Blackpool|FY1;FY2;FY3;FY4
        lancashire|Lancaster|Lancaster;Morecambe|LA1;LA4
        lancashire|Preston|Preston|PR1;PR2
        lancashire|Blackburn with Darwen|Blackburn;Darwen|BB1;BB2;BB3
        cheshire|Cheshire West and Chester|Chester;Cheshire West and Chester;Ellesmere Port|CH1;CH2;CH3;CH4;CH65
        cheshire|Cheshire East|Cheshire East;Wilmslow;Macclesfield;Crewe;Alderley Edge;Knutsford|SK9;SK10;SK11;CW1;CW2;\
        WA16
        cheshire|Warrington|Warrington|WA1;WA2;WA4;WA5
        south_wales|Cardiff|Cardiff;Cathays;Roath;Cardiff Bay|CF10;CF11;CF14;CF23;CF24
        south_wales|Swansea|Swansea|SA1;SA2
        gwent|Newport|Newport|NP19;NP20
        north_wales|Conwy|Conwy;Llandudno|LL30;LL32
        dyfed_powys|Ceredigion|Ceredigion;Aberystwyth|SY23
        northern_ireland|Belfast|Belfast;Malone;Stranmillis;South Belfast|BT1;BT9;BT7;BT6;BT15
        devon_and_cornwall|Plymouth|Plymouth|PL1;PL4
        devon_and_cornwall|Exeter|Exeter|EX1;EX2;EX4
        dorset|Bournemouth Christchurch and Poole|Bournemouth;Poole;Christchurch;\
        Bournemouth Christchurch and Poole|BH1;BH2;BH8;BH14;BH15;BH23
        norfolk|Norwich|Norwich|NR1;NR2;NR3
        suffolk|Ipswich|Ipswich|IP1;IP2;IP3;IP4
        derbyshire|Derby|Derby|DE1;DE22;DE23
        staffordshire|Stoke-on-Trent|Stoke-on-Trent;Hanley|ST1;ST4
        west_mercia|Worcester|Worcester|WR1;WR5
        wiltshire|Swindon|Swindon|SN1;SN2
        gloucestershire|Cheltenham|Cheltenham|GL50;GL51;GL52
        northamptonshire|Northampton|Northampton|NN1;NN2;NN3
        lincolnshire|Lincoln|Lincoln|LN1;LN2;LN6
        humberside|Hull|Hull;Kingston upon Hull|HU1;HU2;HU5
        north_yorkshire|York|York|YO1;YO10;YO24
        north_yorkshire|Harrogate|Harrogate|HG1;HG2
        durham|County Durham|Durham;County Durham|DH1;DL14
        cleveland|Middlesbrough|Middlesbrough|TS1;TS5
        cumbria|Carlisle|Carlisle|CA1;CA2
        warwickshire|Warwick|Warwick;Leamington Spa;Royal Leamington Spa|CV34;CV31;CV32
        """

    /// Forces whose areas touch, for comparing places across a boundary (an incident on the Met's
    /// edge may be recorded by Hertfordshire). British Transport Police works across all of them.
    static let neighbours: [(String, [String])] = [
        ("metropolitan", ["city_of_london", "hertfordshire", "essex", "kent", "surrey", "thames_valley"]),
        ("greater_manchester", ["cheshire", "lancashire", "merseyside", "west_yorkshire", "derbyshire"]),
        ("hertfordshire", ["bedfordshire", "thames_valley", "essex", "cambridgeshire"]),
        ("essex", ["kent", "suffolk", "cambridgeshire"]),
        ("west_yorkshire", ["north_yorkshire", "south_yorkshire", "lancashire"]),
        ("northumbria", ["durham", "cumbria"]),
        ("merseyside", ["cheshire", "lancashire"]),
        ("sussex", ["surrey", "kent", "hampshire"]),
        ("west_midlands", ["staffordshire", "warwickshire", "west_mercia"]),
        ("thames_valley", ["hampshire", "surrey", "wiltshire", "gloucestershire", "northamptonshire", "bedfordshire"]),
        ("avon_and_somerset", ["gloucestershire", "wiltshire", "devon_and_cornwall", "dorset"]),
        ("south_yorkshire", ["derbyshire", "nottinghamshire", "humberside"]),
        ("nottinghamshire", ["derbyshire", "leicestershire", "lincolnshire"]),
        ("leicestershire", ["northamptonshire", "warwickshire", "derbyshire"]),
        ("south_wales", ["gwent", "dyfed_powys"]),
    ]
}
