import Foundation

/// What a tagged PDF needs beyond the structure tree cairo writes from its tags: cairo 1.16 writes
/// no alternative text, no language, no table header scope and no document element. Added as part
/// of the file's incremental update (``PDFUpdate``):
///
/// - the catalog's `/Lang` and `/ViewerPreferences << /DisplayDocTitle true >>` (a viewer shows
///   the title, not the file name);
/// - a `Document` element as the root of the tree, holding cairo's top-level elements;
/// - each `Figure`'s `/Alt` (its alternative text) and its bounding box (`/A << /O /Layout /BBox >>`),
///   matched to the figures drawn in order, since the tree lists elements in the order they began;
/// - each `TH`'s scope (`/A << /O /Table /Scope … >>`): the cells of a table's first row head its
///   columns, a header cell in a later row heads its row;
/// - each link annotation (``PDFLinks``) as a `Link` element holding the text of the element it
///   was made in (a contents entry) and the annotation, which says where it goes (`/Contents`).
struct PDFAccessibility {
    /// A figure as drawn: its alternative text, its page (0-based) and its rectangle in cairo's
    /// coordinates (points, y down from the top).
    struct Figure {
        let alternative: String
        let page: Int
        let rect: (x: Double, y: Double, width: Double, height: Double)
    }

    /// A link annotation: the element it was made in (its number in the order elements began),
    /// what it says, and the annotation's object.
    struct Link {
        let element: Int?
        let description: String
        var annotation = 0
    }

    let language: String?
    let figures: [Figure]
    var links: [Link] = []
    let pageHeight: Double

    /// Structure elements read or changed, by object number, written back at the end.
    private final class Elements {
        var loaded: [Int: PDFDictionary] = [:]
        var changed: Set<Int> = []
    }

    func apply(to update: inout PDFUpdate) throws {
        var catalog = try update.dictionary(update.root)
        if let language { catalog["Lang"] = PDFValue.text(language) }
        var preferences = catalog["ViewerPreferences"]?.dictionary ?? PDFDictionary()
        preferences["DisplayDocTitle"] = .boolean(true)
        catalog["ViewerPreferences"] = .dictionary(preferences)
        guard let treeRoot = catalog["StructTreeRoot"]?.reference else {
            update.replace(update.root, with: .dictionary(catalog))
            guard figures.isEmpty else {
                throw PDFUpdate.Failure.unreadable("figures were drawn but there is no structure tree")
            }
            return
        }
        // Cairo 1.16 does not always say that the file is tagged.
        catalog["MarkInfo"] = .dictionary(PDFDictionary([("Marked", .boolean(true))]))
        update.replace(update.root, with: .dictionary(catalog))

        let elements = Elements()
        func element(_ number: Int) throws -> PDFDictionary? {
            if let known = elements.loaded[number] { return known }
            guard let dictionary = try update.object(number).dictionary, dictionary["S"] != nil else { return nil }
            elements.loaded[number] = dictionary
            return dictionary
        }
        func change(_ number: Int, _ edit: (inout PDFDictionary) -> Void) throws {
            guard var dictionary = try element(number) else { return }
            edit(&dictionary)
            elements.loaded[number] = dictionary
            elements.changed.insert(number)
        }
        func children(_ number: Int) throws -> [Int] {
            guard let dictionary = try element(number) else { return [] }
            return try (dictionary["K"]?.items ?? []).compactMap(\.reference).filter { try element($0) != nil }
        }
        func type(_ number: Int) throws -> String? {
            if case .name(let name)? = try element(number)?["S"] { return name }
            return nil
        }

        // The document element, between the tree's root and cairo's top-level elements.
        var root = try update.dictionary(treeRoot)
        let topLevel = (root["K"]?.items ?? []).compactMap(\.reference)
        let document = update.add(
            PDFValue.dictionary(
                PDFDictionary([
                    ("Type", .name("StructElem")), ("S", .name("Document")), ("P", .reference(treeRoot)),
                    ("K", .array(topLevel.map(PDFValue.reference))),
                ])))
        root["K"] = .array([.reference(document)])
        for number in topLevel { try change(number) { $0["P"] = .reference(document) } }

        // Figures and tables, in the order the elements began. The two scopes are shared objects.
        var scopes: [String: Int] = [:]
        func scope(_ name: String) -> PDFValue {
            if let known = scopes[name] { return .reference(known) }
            let made = update.add(PDFValue.dictionary(PDFDictionary([("O", .name("Table")), ("Scope", .name(name))])))
            scopes[name] = made
            return .reference(made)
        }
        var figureIndex = 0
        var order: [Int] = []
        func visit(_ number: Int) throws {
            order.append(number)
            switch try type(number) {
            case "Figure":
                guard figureIndex < figures.count else {
                    throw PDFUpdate.Failure.unreadable(
                        "more figures in the structure tree than were drawn (\(figures.count))")
                }
                let figure = figures[figureIndex]
                figureIndex += 1
                let r = figure.rect
                let box: [Double] = [r.x, pageHeight - r.y - r.height, r.x + r.width, pageHeight - r.y]
                try change(number) {
                    $0["Alt"] = PDFValue.text(figure.alternative)
                    $0["A"] = .dictionary(
                        PDFDictionary([
                            ("O", .name("Layout")), ("Placement", .name("Block")),
                            ("BBox", .array(box.map { .number(String(format: "%.2f", $0)) })),
                        ]))
                }
            case "Table":
                for (index, row) in try children(number).filter({ try type($0) == "TR" }).enumerated() {
                    for cell in try children(row) {
                        guard try type(cell) == "TH" else { continue }
                        let attributes = scope(index == 0 ? "Column" : "Row")
                        try change(cell) { $0["A"] = attributes }
                    }
                }
            default:
                break
            }
            for child in try children(number) { try visit(child) }
        }
        for number in topLevel { try visit(number) }
        guard figureIndex == figures.count else {
            throw PDFUpdate.Failure.unreadable(
                "\(figures.count) figures were drawn but the structure tree has \(figureIndex)")
        }

        // Links: a Link element takes the marked text of the element the link was made in, and
        // the annotation (an object reference, with the parent tree entry that leads back).
        if let parentTree = root["ParentTree"]?.reference, links.contains(where: { $0.element != nil }) {
            var tree = try update.dictionary(parentTree)
            var nums = tree["Nums"]?.items ?? []
            var arrayOfKey: [Int: Int] = [:]
            for i in stride(from: 0, to: nums.count - 1, by: 2) {
                if let key = nums[i].integer, let array = nums[i + 1].reference { arrayOfKey[key] = array }
            }
            var nextKey = (arrayOfKey.keys.max() ?? -1) + 1
            var arrays: [Int: [PDFValue]] = [:]
            for link in links {
                guard let index = link.element, order.indices.contains(index), let owner = try element(order[index]),
                    let page = owner["Pg"], let pageNumber = page.reference,
                    let key = try update.dictionary(pageNumber)["StructParents"]?.integer, let array = arrayOfKey[key]
                else { continue }
                let kids = owner["K"]?.items ?? []
                let marked = kids.compactMap(\.integer)
                let made = update.add(
                    PDFValue.dictionary(
                        PDFDictionary([
                            ("Type", .name("StructElem")), ("S", .name("Link")), ("P", .reference(order[index])),
                            ("Pg", page),
                            (
                                "K",
                                .array(
                                    marked.map { .number(String($0)) } + [
                                        .dictionary(
                                            PDFDictionary([
                                                ("Type", .name("OBJR")), ("Obj", .reference(link.annotation)),
                                                ("Pg", page),
                                            ]))
                                    ])
                            ),
                        ])))
                try change(order[index]) { $0["K"] = .array(kids.filter { $0.integer == nil } + [.reference(made)]) }
                var entries = try arrays[array] ?? update.object(array).items
                for mcid in marked where entries.indices.contains(mcid) { entries[mcid] = .reference(made) }
                arrays[array] = entries
                var annotation = try update.dictionary(link.annotation)
                annotation["StructParent"] = .number(String(nextKey))
                annotation["Contents"] = PDFValue.text(link.description)
                update.replace(link.annotation, with: .dictionary(annotation))
                nums += [.number(String(nextKey)), .reference(made)]
                nextKey += 1
            }
            for (number, entries) in arrays { update.replace(number, with: .array(entries)) }
            tree["Nums"] = .array(nums)
            update.replace(parentTree, with: .dictionary(tree))
            root["ParentTreeNextKey"] = .number(String(nextKey))
        }
        update.replace(treeRoot, with: .dictionary(root))
        for number in elements.changed.sorted() { update.replace(number, with: .dictionary(elements.loaded[number]!)) }
    }
}

extension PDFDictionary {
    /// A dictionary of `entries`, in order.
    init(_ entries: [(String, PDFValue)]) {
        self.init()
        for (key, value) in entries { self[key] = value }
    }
}
