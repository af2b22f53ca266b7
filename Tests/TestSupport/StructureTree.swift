import Foundation

/// A tagged PDF's structure tree as poppler reads it (`pdfinfo -struct-text`): each element's
/// type, attributes and text, with its children in reading order.
public struct StructureNode: Sendable {
    public var type: String
    /// Attribute lines as poppler prints them ("/Scope /Column").
    public var attributes: [String] = []
    /// The element's own text runs (not its children's).
    public var text: [String] = []
    public var children: [StructureNode] = []

    /// This element and every element below it, in reading order.
    public var all: [StructureNode] { [self] + children.flatMap(\.all) }

    /// The elements of `type` at or below this one, in reading order.
    public func all(_ type: String) -> [StructureNode] { all.filter { $0.type == type } }

    /// All the text at or below this element, runs joined by a space.
    public var fullText: String { all.flatMap(\.text).joined(separator: " ") }

    /// The structure tree of the PDF at `path`.
    public static func read(_ path: String) throws -> StructureNode {
        let lines = try tool("pdfinfo", ["-struct-text", path]).split(separator: "\n", omittingEmptySubsequences: true)
        var root = StructureNode(type: "(root)")
        // The path of open elements by depth (two spaces a level).
        var stack: [(depth: Int, path: [Int])] = []
        func insert(_ node: StructureNode, at path: [Int]) {
            func go(_ n: inout StructureNode, _ rest: ArraySlice<Int>) {
                guard let first = rest.first else { n.children.append(node); return }
                go(&n.children[first], rest.dropFirst())
            }
            go(&root, path[...])
        }
        func edit(_ path: [Int], _ change: (inout StructureNode) -> Void) {
            func go(_ n: inout StructureNode, _ rest: ArraySlice<Int>) {
                guard let first = rest.first else { change(&n); return }
                go(&n.children[first], rest.dropFirst())
            }
            go(&root, path[...])
        }
        func children(_ path: [Int]) -> Int {
            var n = root
            for i in path { n = n.children[i] }
            return n.children.count
        }
        for line in lines {
            let depth = line.prefix { $0 == " " }.count / 2
            let content = line.drop { $0 == " " }
            while let last = stack.last, last.depth >= depth { stack.removeLast() }
            let parent = stack.last?.path ?? []
            if content.hasPrefix("\"") {
                edit(parent) { $0.text.append(String(content.dropFirst().dropLast())) }
            } else if content.hasPrefix("/") {
                edit(parent) { $0.attributes.append(String(content)) }
            } else {
                let type = String(content.prefix { $0 != " " && $0 != ":" })
                let index = children(parent)
                insert(StructureNode(type: type), at: parent)
                stack.append((depth, parent + [index]))
            }
        }
        return root
    }
}

/// The objects of a PDF as qpdf's JSON gives them, for what poppler does not print: the
/// catalog's language and viewer preferences, and each figure's alternative text.
public struct PDFObjects {
    private let objects: [String: Any]
    private let trailer: [String: Any]

    /// Reads the PDF at `path` with `qpdf --json`.
    public init(_ path: String) throws {
        let json = try tool("qpdf", ["--json=2", "--json-key=qpdf", path])
        guard let root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let qpdf = root["qpdf"] as? [Any], let objects = qpdf.last as? [String: Any],
            let trailer = (objects["trailer"] as? [String: Any])?["value"] as? [String: Any]
        else { throw ToolFailure(description: "qpdf --json gave no objects for \(path)") }
        self.objects = objects
        self.trailer = trailer
    }

    /// The dictionary `reference` ("12 0 R") points to.
    public func dictionary(_ reference: Any?) -> [String: Any]? {
        guard let reference = reference as? String else { return reference as? [String: Any] }
        return (objects["obj:" + reference] as? [String: Any])?["value"] as? [String: Any]
    }

    /// The document catalog.
    public var catalog: [String: Any] { dictionary(trailer["/Root"]) ?? [:] }

    /// A text string's value (qpdf writes "u:text").
    public static func text(_ value: Any?) -> String? {
        guard let value = value as? String else { return nil }
        return value.hasPrefix("u:") ? String(value.dropFirst(2)) : value
    }

    /// Every structure element's dictionary, in the order of the tree (depth first).
    public var structureElements: [[String: Any]] {
        var out: [[String: Any]] = []
        func visit(_ value: Any?) {
            for kid in (value as? [Any]) ?? [value as Any] {
                guard let reference = kid as? String, reference.hasSuffix(" R"), let element = dictionary(reference),
                    element["/S"] != nil
                else { continue }
                out.append(element)
                visit(element["/K"])
            }
        }
        visit(dictionary(catalog["/StructTreeRoot"])?["/K"])
        return out
    }
}
