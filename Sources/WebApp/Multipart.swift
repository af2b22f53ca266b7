import Foundation

/// A small reader of `multipart/form-data` bodies (the import page's form).
enum Multipart {
    struct Part {
        var name: String
        var filename: String?
        var data: [UInt8]
    }

    static func parts(_ body: [UInt8], contentType: String) -> [Part] {
        guard contentType.lowercased().hasPrefix("multipart/form-data"),
            let range = contentType.range(of: "boundary=", options: .caseInsensitive)
        else { return [] }
        var boundary = String(contentType[range.upperBound...])
        if let semicolon = boundary.firstIndex(of: ";") { boundary = String(boundary[..<semicolon]) }
        boundary = boundary.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        guard !boundary.isEmpty else { return [] }
        let delimiter = Array(("\r\n--" + boundary).utf8)
        // The body starts with the delimiter without its line break.
        var data = Array("\r\n".utf8) + body
        var parts: [Part] = []
        var start = find(delimiter, in: data, from: 0)
        while let at = start {
            var cursor = at + delimiter.count
            if cursor + 2 <= data.count, data[cursor] == UInt8(ascii: "-"), data[cursor + 1] == UInt8(ascii: "-") {
                break
            }
            cursor += 2  // CRLF after the boundary
            guard let headerEnd = find(Array("\r\n\r\n".utf8), in: data, from: cursor) else { break }
            let headers = String(decoding: data[cursor..<headerEnd], as: UTF8.self)
            let contentStart = headerEnd + 4
            guard let next = find(delimiter, in: data, from: contentStart) else { break }
            var part = Part(name: "", filename: nil, data: Array(data[contentStart..<next]))
            for line in headers.components(separatedBy: "\r\n")
            where line.lowercased().hasPrefix("content-disposition:") {
                part.name = parameter("name", in: line) ?? ""
                part.filename = parameter("filename", in: line)
            }
            parts.append(part)
            start = next
        }
        data.removeAll()
        return parts
    }

    static func parameter(_ key: String, in line: String) -> String? {
        for piece in line.split(separator: ";").dropFirst() {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            guard trimmed.lowercased().hasPrefix(key + "=") else { continue }
            return String(trimmed.dropFirst(key.count + 1)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var i = from
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == needle[0] {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// The file's own name, without folders or control characters, at most 100 characters.
    static func safeName(_ name: String) -> String {
        let base = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? "upload.csv"
        let clean = String(base.unicodeScalars.filter { $0.properties.generalCategory != .control }.map(Character.init))
        return clean.isEmpty ? "upload.csv" : String(clean.prefix(100))
    }
}
