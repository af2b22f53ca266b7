import CGraphics

/// A drawing operation that failed: what was being done and cairo's reason.
public struct GraphicsError: Error, Sendable, CustomStringConvertible {
    /// What was being done ("finishing the PDF at Reports/x.pdf").
    public let action: String
    /// Cairo's or fontconfig's explanation.
    public let reason: String

    public var description: String { "\(action): \(reason)" }

    static func check(_ status: cairo_status_t, _ action: @autoclosure () -> String) throws(GraphicsError) {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        // Cairo says "error while writing to output stream" for a full disk (or a file too large
        // for it): say what the person can do.
        let reason =
            status == CAIRO_STATUS_WRITE_ERROR
            ? "the file could not be written (the disk may be full, or the file too large for it); free some space "
                + "or choose another folder"
            : String(cString: cairo_status_to_string(status))
        throw GraphicsError(action: action(), reason: reason)
    }
}
