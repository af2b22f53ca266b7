import Foundation
import Hummingbird
import NIOCore

/// Responses the routes share.
enum Responses {
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A page whose content is already bytes (a cached answer), framed by `head` and `tail`.
    static func html(head: String, body: Data, tail: String, status: HTTPResponse.Status = .ok) -> Response {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(head.utf8.count + body.count + tail.utf8.count)
        buffer.writeString(head)
        buffer.writeBytes(body)
        buffer.writeString(tail)
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: buffer))
    }

    /// JSON bytes as they are.
    static func json(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A JSON error: `{"error": "…"}`.
    static func jsonError(_ message: String, status: HTTPResponse.Status) -> Response {
        let data =
            (try? JSONSerialization.data(withJSONObject: ["error": message], options: [.sortedKeys])) ?? Data("{}".utf8)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A file to download. `name` is built by the server from checked values only, and is
    /// cut to letters, digits, '.', '_' and '-' here as well: nothing from a request can add a
    /// header or leave the quotes.
    static func download(_ data: Data, type: String, name: String, inline: Bool = false) -> Response {
        let safe = String(
            name.unicodeScalars.filter {
                $0.isASCII
                    && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || ".-_".unicodeScalars.contains($0))
            }
            .map(Character.init))
        return Response(
            status: .ok,
            headers: [
                .contentType: type,
                .contentDisposition:
                    "\(inline ? "inline" : "attachment"); filename=\"\(safe.isEmpty ? "download" : safe)\"",
            ], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// 303 See Other to a path of this server.
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// A page explaining a refusal or an error.
    static func problem(_ title: String, _ message: String, status: HTTPResponse.Status, session: Session?) -> Response
    {
        html(
            HTML.page(
                title: title, session: session, current: "",
                body:
                    """
                    <h1>\(HTML.escape(title))</h1><p class="error" role="alert">\(HTML.escape(message))</p><p><a \
                    href="/figures">Go to the figures</a></p>
                    """
            ),
            status: status)
    }
}

/// Reading query strings and form bodies.
enum FormData {
    /// `a=1&b=2` (+ as space, percent-escapes decoded) as name–value pairs, in order.
    static func pairs(_ text: String) -> [(String, String)] {
        text.split(separator: "&", omittingEmptySubsequences: true).map { part in
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            return (decode(pieces[0]), pieces.count > 1 ? decode(pieces[1]) : "")
        }
    }

    /// The first value of `name`.
    static func value(_ pairs: [(String, String)], _ name: String) -> String? { pairs.first { $0.0 == name }?.1 }

    /// Every value of `name`.
    static func values(_ pairs: [(String, String)], _ name: String) -> [String] {
        pairs.filter { $0.0 == name }.map(\.1)
    }

    /// `text` percent-escaped for a query string value.
    static func escape(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
