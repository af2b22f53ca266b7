import Charts

/// A report as blocks of content, before it is laid out on pages.
public struct Document: Sendable {
    /// One unit of content.
    public enum Block: Sendable {
        /// A section heading: level 1 starts a new page; level 2 stays with what follows.
        case heading(level: Int, text: String, id: String)
        /// A paragraph of inline text.
        case paragraph(Inline)
        /// A bulleted list, one inline text per item.
        case bullets([Inline])
        /// A table of figures.
        case table(Table)
        /// A chart, drawn at `height` points.
        case chart(Chart, height: Double)
        /// Ends the page.
        case pageBreak
    }

    /// Text with Pango markup (already escaped) and its footnotes, numbered in order of appearance.
    public struct Inline: Sendable {
        public var markup: String
        public var footnotes: [String]
        /// Inline text.
        public init(markup: String, footnotes: [String] = []) {
            self.markup = markup
            self.footnotes = footnotes
        }
    }

    /// A table: headings, rows of cells (text), which columns are numbers, which rows are totals.
    public struct Table: Sendable {
        public var title: String
        public var columns: [String]
        public var rows: [[String]]
        public var totalRows: Set<Int>
        public var note: String?
        /// A table; every column after the first is treated as numbers (right-aligned).
        public init(title: String, columns: [String], rows: [[String]], totalRows: Set<Int> = [], note: String? = nil) {
            self.title = title
            self.columns = columns
            self.rows = rows
            self.totalRows = totalRows
            self.note = note
        }
    }

    /// The front cover: title, period and a graphic drawn from the data (one value per day).
    public struct Cover: Sendable {
        public var title: String
        public var subtitle: String
        public var daily: [Double]
        public var caption: String
        /// The graphic's alternative text, with its numbers (the caption when empty).
        public var alternative: String
        /// A cover.
        public init(title: String, subtitle: String, daily: [Double], caption: String, alternative: String = "") {
            self.title = title
            self.subtitle = subtitle
            self.daily = daily
            self.caption = caption
            self.alternative = alternative
        }

        /// The days drawn in the accent colour have at least this many incidents: the highest 3%.
        public var highlightThreshold: Double {
            let sorted = daily.sorted()
            return sorted.isEmpty ? 0 : sorted[Int(Double(sorted.count - 1) * 0.97)]
        }
    }

    /// Document information written into the PDF.
    public struct Metadata: Sendable {
        public var title: String, author: String, subject: String, keywords: String, created: String
        /// The language of the text (BCP 47), for screen readers' voices and hyphenation.
        public var language: String
        /// Metadata; `created` is ISO 8601 and fixed by the caller for byte-identical output.
        public init(
            title: String, author: String, subject: String, keywords: String, created: String,
            language: String = "en-GB"
        ) {
            self.language = language
            self.title = title
            self.author = author
            self.subject = subject
            self.keywords = keywords
            self.created = created
        }
    }

    public var metadata: Metadata
    public var cover: Cover
    /// Lines of the inside cover (publisher, copyright, charity numbers).
    public var insideCover: [String]
    /// The running header of body pages.
    public var runningHead: String
    public var blocks: [Block]
    /// For a draft: the stamp on every page ("Draft 2 · 2026-11-21 · data 5a3c…"), with a DRAFT
    /// watermark across it.
    public var draftStamp: String?

    /// A document.
    public init(
        metadata: Metadata, cover: Cover, insideCover: [String], runningHead: String, blocks: [Block],
        draftStamp: String? = nil
    ) {
        self.draftStamp = draftStamp
        self.metadata = metadata
        self.cover = cover
        self.insideCover = insideCover
        self.runningHead = runningHead
        self.blocks = blocks
    }
}
