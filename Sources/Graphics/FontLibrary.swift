import CGraphics
import Synchronization

/// The fonts text is set in: only the bundled family, so output is the same on every machine.
public enum FontLibrary {
    /// The bundled family's name.
    public static let family = "Inter"

    private static let registered = Mutex<String?>(nil)

    /// Makes the fonts in `directory` the only ones fontconfig (and so Pango) can find.
    ///
    /// A fresh fontconfig configuration holding just that folder becomes the current one, before
    /// Pango creates its font map, so no system font can stand in for a missing glyph. Calling it
    /// again with the same folder does nothing; another folder is an error (Pango keeps its font
    /// map for the life of the process).
    public static func useBundledFonts(in directory: String) throws(GraphicsError) {
        try registered.withLock { (current: inout String?) throws(GraphicsError) in
            if let current {
                guard current == directory else {
                    throw GraphicsError(
                        action: "registering fonts in \(directory)",
                        reason: "fonts were already registered from \(current)")
                }
                return
            }
            guard let config = FcConfigCreate() else {
                throw GraphicsError(
                    action: "registering fonts in \(directory)", reason: "fontconfig could not create a configuration")
            }
            // A cache folder of its own, so fontconfig neither complains nor reads system caches.
            let cache = (getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp") + "/incidents-fontconfig-cache"
            let xml = "<?xml version=\"1.0\"?><fontconfig><cachedir>\(cache)</cachedir></fontconfig>"
            _ = FcConfigParseAndLoadFromMemory(config, xml, FcFalse)
            guard FcConfigAppFontAddDir(config, directory) == FcTrue else {
                FcConfigDestroy(config)
                throw GraphicsError(
                    action: "registering fonts in \(directory)", reason: "no such folder, or no fonts in it")
            }
            let files = FcConfigGetFonts(config, FcSetApplication)
            guard let files, files.pointee.nfont > 0 else {
                FcConfigDestroy(config)
                throw GraphicsError(
                    action: "registering fonts in \(directory)", reason: "the folder holds no font files")
            }
            FcConfigSetCurrent(config)
            // Pango's default font map was made from the old configuration if it already exists.
            if let map = pango_cairo_font_map_get_default() {
                pango_fc_font_map_set_config(OpaquePointer(map), config)
            }
            current = directory
        }
    }

    /// Finds the bundled `Fonts` folder: `$INCIDENTS_FONTS`, else `Fonts` in the current folder or
    /// beside (or above) the executable.
    public static func locateFonts(executable: String) -> String? {
        var candidates: [String] = []
        if let env = getenv("INCIDENTS_FONTS") { candidates.append(String(cString: env)) }
        candidates.append("Fonts")
        var dir = executable
        for _ in 0..<8 {
            dir = dir.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
            if dir.isEmpty { break }
            candidates.append(dir + "/Fonts")
        }
        return candidates.first { access($0 + "/Inter-Regular.otf", R_OK) == 0 }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
