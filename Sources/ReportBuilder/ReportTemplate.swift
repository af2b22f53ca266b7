import Foundation
import Graphics
import IncidentModel
import Mustache
import Typesetting

/// A report template: front matter (key: value lines between `---`), then Mustache text in a
/// light markup: `#` and `##` headings, `-` bullets, blank lines between paragraphs, `**bold**`,
/// `*italic*`, `[^footnote]`, and blocks `{{chart NAME}}`, `{{table NAME}}`, `{{examples SECTION}}`
/// (the section's case examples, if any) and `\pagebreak` alone on their lines.
public struct ReportTemplate {
    /// The file it came from, for messages.
    public let path: String
    /// Front-matter settings (title, publisher, charity numbers…).
    public let settings: [String: String]
    /// The body, with its first line's number in the file.
    let body: [String]
    let firstLine: Int

    /// Reads the template at `path`.
    public init(path: String) throws(TemplateError) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw TemplateError(
                file: path, line: nil,
                message: "cannot read the template; check the path (templates live in Templates/)")
        }
        try self.init(text: text, path: path)
    }

    /// A template from `text` (tests).
    public init(text: String, path: String) throws(TemplateError) {
        self.path = path
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var settings: [String: String] = [:]
        var first = 1
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") {
            for (offset, line) in lines[1..<end].enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                guard let colon = line.firstIndex(of: ":") else {
                    throw TemplateError(file: path, line: offset + 2, message: "front matter lines are `key: value`")
                }
                settings[line[..<colon].trimmingCharacters(in: .whitespaces)] = line[line.index(after: colon)...]
                    .trimmingCharacters(in: .whitespaces)
            }
            first = end + 2
            lines = Array(lines[(end + 1)...])
        }
        self.settings = settings
        body = lines
        firstLine = first
    }

    /// Checks every `{{…}}` against the figures, charts and tables that exist; lists each
    /// unknown one with its line.
    public func validate(_ context: ReportContext) throws(TemplateError) {
        var problems: [TemplateError] = []
        let names = context.names
        for (offset, line) in body.enumerated() {
            // The light markup of each line must make text the typesetter can set.
            let text = line.trimmingCharacters(in: .whitespaces)
            if !ReportTemplate.isBlockLine(text),
                let reason = TextLayout.markupError(
                    LightMarkup.inline(text.hasPrefix("- ") ? String(text.dropFirst(2)) : text).markup)
            {
                problems.append(
                    TemplateError(
                        file: path, line: firstLine + offset,
                        message: "this line's markup cannot be typeset (\(reason)); check its ** and * pairs"))
            }
            var rest = Substring(line)
            while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
                var tag = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                rest = rest[close.upperBound...]
                let lineNumber = firstLine + offset
                if tag.hasPrefix("{") {
                    // {{{name}}}: unescaped; the closing brace is the third.
                    if rest.first == "}" { rest = rest.dropFirst() }
                    tag = String(tag.dropFirst()).trimmingCharacters(in: .whitespaces)
                } else if let first = tag.first, "#^/&".contains(first) {
                    tag = String(tag.dropFirst()).trimmingCharacters(in: .whitespaces)
                } else if tag.hasPrefix(">") || tag.hasPrefix("<") || tag.hasPrefix("$") {
                    problems.append(
                        TemplateError(
                            file: path, line: lineNumber,
                            message:
                                """
                                "{{\(tag)}}": partials and inheritance are not supported in report templates; write \
                                the text here
                                """
                        ))
                    continue
                } else if let first = tag.first, "!%".contains(first) {
                    continue
                }
                let words = tag.split(separator: " ")
                if words.count == 2 && words[0] == "examples" {
                    if ExampleSection(parsing: String(words[1]))?.description != String(words[1]) {
                        problems.append(
                            TemplateError(
                                file: path, line: lineNumber,
                                message: "unknown section \"\(words[1])\" for examples; known: "
                                    + ExampleSection.names.joined(separator: ", ")))
                    }
                } else if words.count == 2 && (words[0] == "chart" || words[0] == "table") {
                    let known = words[0] == "chart" ? Set(context.charts.keys) : Set(context.tables.keys)
                    if !known.contains(String(words[1])) {
                        problems.append(
                            TemplateError(
                                file: path, line: lineNumber,
                                message:
                                    """
                                    unknown \(words[0]) "\(words[1])"; known: \
                                    \(known.sorted().joined(separator: ", "))
                                    """
                            ))
                    }
                } else if !names.contains(tag) {
                    let guess = TemplateError.closest(tag, in: names)
                    problems.append(
                        TemplateError(
                            file: path, line: lineNumber,
                            message: "unknown figure \"\(tag)\"" + (guess.map { "; did you mean \"\($0)\"?" } ?? "")))
                }
            }
        }
        if problems.count == 1 { throw problems[0] }
        if problems.count > 1 {
            throw TemplateError(
                file: path, line: problems[0].line, message: problems.map(\.description).joined(separator: "\n"),
                combined: true)
        }
    }

    /// Renders the template with `context` into document blocks.
    public func blocks(_ context: ReportContext) throws(TemplateError) -> [Document.Block] {
        try validate(context)
        // Block placeholders are kept out of Mustache's way, then turned into blocks.
        let prepared = body.map { line -> String in
            let t = line.trimmingCharacters(in: .whitespaces)
            if ReportTemplate.isBlockLine(t), t.hasSuffix("}}") {
                return "@@" + t.dropFirst(2).dropLast(2).trimmingCharacters(in: .whitespaces) + "@@"
            }
            return line
        }.joined(separator: "\n")
        let rendered: String
        do {
            let template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + prepared)
            var object: [String: Any] = context.figures
            for (key, list) in context.lists { object[key] = list }
            rendered = template.render(object)
        } catch let error as MustacheTemplate.ParserError {
            // The pragma added in front shares the first line, so line numbers carry over.
            throw TemplateError(
                file: path, line: firstLine + error.context.lineNumber - 1,
                message:
                    """
                    the template is not valid Mustache: \(ReportTemplate.explain(error.error)) (at column \
                    \(error.context.columnNumber) of "\(error.context.line.trimmingCharacters(in: .whitespaces))")
                    """
            )
        } catch {
            throw TemplateError(file: path, line: nil, message: "the template is not valid Mustache: \(error)")
        }
        return LightMarkup.blocks(rendered, charts: context.charts, tables: context.tables, examples: context.examples)
    }

    /// Whether a (trimmed) line is a block placeholder: a chart, a table or a section's examples.
    static func isBlockLine(_ line: String) -> Bool {
        line.hasPrefix("{{chart ") || line.hasPrefix("{{table ") || line.hasPrefix("{{examples ")
    }
}

extension ReportTemplate {
    /// A Mustache parser error in words.
    static func explain(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect:
            return "a section is closed ({{/name}}) with another name than it was opened with"
        case .unfinishedName: return "a tag is not finished: every {{ needs its }}"
        case .expectedSectionEnd: return "a section ({{#name}} or {{^name}}) is never closed with {{/name}}"
        case .invalidSetDelimiter: return "a set-delimiter tag is malformed"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
            return "a {{% …}} pragma is not one Mustache knows"
        default: return "\(error)"
        }
    }
}

/// A template problem, with its file and line.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let message: String
    var combined = false

    public var description: String {
        combined ? message : "\(file)" + (line.map { ":\($0)" } ?? "") + ": " + message
    }

    static func closest(_ name: String, in names: Set<String>) -> String? {
        EditDistance.closest(to: name, among: names, limit: 3)
    }
}
