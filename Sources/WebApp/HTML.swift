import Graphics

/// Building HTML safely: every value from a person, a file or the database goes through `escape`.
enum HTML {
    /// `text` with the five characters that mean something in HTML replaced by references (the
    /// same escaping Pango's markup needs).
    static func escape(_ text: String) -> String { TextLayout.escapeMarkup(text) }

    /// A link in the main navigation.
    struct NavItem {
        let path: String
        let label: String
        let roles: Set<Role>
    }

    /// The navigation, each item shown only to the roles that may follow it.
    static let navigation: [NavItem] = [
        NavItem(path: "/figures", label: "Figures", roles: Role.everyone),
        NavItem(path: "/press-pack", label: "Press pack", roles: Role.everyone),
        NavItem(path: "/api", label: "API", roles: Role.everyone),
        NavItem(path: "/drafts", label: "Drafts", roles: Role.trustees),
        NavItem(path: "/editions", label: "Editions", roles: Role.trustees),
        NavItem(path: "/research", label: "Research", roles: Role.researchOnly),
    ]

    /// A whole page: skip link, header with navigation and sign-out form (when signed in), main.
    static func page(title: String, session: Session?, current: String, body: String) -> String {
        let (head, tail) = pageParts(title: title, session: session, current: current)
        return head + body + tail
    }

    /// A page's text before and after the content of its `main` element.
    static func pageParts(title: String, session: Session?, current: String) -> (head: String, tail: String) {
        var header = "<header class=\"site\"><p class=\"brand\">Incident figures</p>"
        if let session {
            let items = navigation.filter { $0.roles.contains(session.role) }.map { item in
                """
                <li><a href="\(item.path)"\(item.path == current ? " aria-current=\"page\"" : "")>\
                \(escape(item.label))</a></li>
                """
            }.joined()
            header += "<nav aria-label=\"Main\"><ul>\(items)</ul></nav>"
            header +=
                "<form class=\"signout\" method=\"post\" action=\"/sign-out\">\(csrfField(session))"
                + "<span>Signed in as <strong>\(escape(session.account))</strong> (\(session.role.rawValue))</span> "
                + "<button type=\"submit\">Sign out</button></form>"
        }
        header += "</header>"
        let head = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title)) – Incident figures</title>
            <link rel="stylesheet" href="/static/site.css">
            </head>
            <body>
            <a class="skip" href="#main">Skip to the content</a>
            \(header)
            <main id="main" tabindex="-1">

            """
        let tail = """

            </main>
            <footer><p>Only incidents judged antisemitic are counted, each real incident once. No personal data is \
            shown here.</p></footer>
            </body>
            </html>
            """
        return (head, tail)
    }

    /// The hidden field carrying the session's CSRF token, for every form that posts.
    static func csrfField(_ session: Session) -> String {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(escape(session.csrf))\">"
    }

    /// A table with a caption, column header cells and row header cells (the first column).
    /// Cells of the columns in `markup` are HTML already built (with `escape`); the rest are text.
    static func table(
        caption: String, columns: [String], rows: [[String]], numeric: Set<Int>, totalLast: Bool = false,
        markup: Set<Int> = []
    ) -> String {
        var out =
            """
            <div class="table-wrap" tabindex="0" role="region" \
            aria-label="\(escape(caption))"><table><caption>\(escape(caption))</caption><thead><tr>
            """
        for (i, column) in columns.enumerated() {
            out += "<th scope=\"col\"\(numeric.contains(i) ? " class=\"num\"" : "")>\(escape(column))</th>"
        }
        out += "</tr></thead><tbody>"
        for (r, row) in rows.enumerated() {
            out += totalLast && r == rows.count - 1 ? "<tr class=\"total\">" : "<tr>"
            for (i, text) in row.enumerated() {
                let cell = markup.contains(i) ? text : escape(text)
                if i == 0 {
                    out += "<th scope=\"row\">\(cell)</th>"
                } else {
                    out += "<td\(numeric.contains(i) ? " class=\"num\"" : "")>\(cell)</td>"
                }
            }
            out += "</tr>"
        }
        return out + "</tbody></table></div>"
    }

    /// The style sheet: system fonts only (nothing fetched), contrast of at least 4.5:1 for text
    /// and 3:1 for focus rings and controls (WCAG 2.2 AA).
    static let styleSheet = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; font-size: \
        1rem; line-height: 1.5; color: #1a1a1a; background: #ffffff; }
        a { color: #0b4f91; }
        a:hover { color: #06335f; }
        :focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; box-shadow: 0 0 0 5px #ffd54a; }
        .skip { position: absolute; left: -999px; top: 0; background: #ffffff; padding: .5rem 1rem; }
        .skip:focus { left: 1rem; z-index: 10; }
        header.site { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding: .75rem 1.5rem; \
        border-bottom: 2px solid #1a1a1a; }
        .brand { font-weight: 700; margin: 0; }
        nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0; }
        nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
        .signout { margin-left: auto; display: flex; gap: .5rem; align-items: center; }
        main { max-width: 72rem; padding: 1rem 1.5rem 2rem; }
        main:focus { outline: none; }
        footer { border-top: 1px solid #6b6b6b; padding: .75rem 1.5rem; font-size: .9rem; color: #3d3d3d; }
        h1 { font-size: 1.75rem; margin: .5rem 0 1rem; }
        h2 { font-size: 1.3rem; margin: 1.5rem 0 .5rem; }
        fieldset { border: 1px solid #6b6b6b; margin: 0 0 1rem; padding: .75rem 1rem; }
        legend { font-weight: 700; padding: 0 .25rem; }
        .fields { display: flex; flex-wrap: wrap; gap: .75rem 1.5rem; }
        .field { display: flex; flex-direction: column; gap: .25rem; }
        .check { display: flex; align-items: center; gap: .5rem; margin: .75rem 0 0; }
        .check input { width: 1.2rem; height: 1.2rem; margin: 0; }
        .hint { font-size: .9rem; color: #3d3d3d; margin: 0 0 .5rem; }
        input, select, button, textarea { font: inherit; }
        input, select, textarea { border: 2px solid #4d4d4d; border-radius: 3px; padding: .3rem .4rem; background: \
        #ffffff; color: #1a1a1a; }
        button, .button { background: #0b4f91; color: #ffffff; border: 2px solid #0b4f91; border-radius: 3px; padding: \
        .4rem 1rem; cursor: pointer; text-decoration: none; display: inline-block; }
        button:hover, .button:hover { background: #06335f; color: #ffffff; }
        .signout button { background: #ffffff; color: #0b4f91; }
        .error { border-left: 6px solid #b00020; background: #fdecee; color: #6e0014; padding: .5rem 1rem; }
        .headline p { font-size: 1.1rem; margin: .25rem 0; }
        .table-wrap { overflow-x: auto; margin: 1rem 0; }
        table { border-collapse: collapse; }
        caption { text-align: left; font-weight: 700; padding: .25rem 0; }
        th, td { border-bottom: 1px solid #b3b3b3; padding: .3rem .75rem; text-align: left; vertical-align: top; }
        thead th { border-bottom: 2px solid #1a1a1a; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        tr.total th, tr.total td { font-weight: 700; border-top: 2px solid #1a1a1a; }
        figure { margin: 1rem 0; }
        figure svg { max-width: 100%; height: auto; border: 1px solid #d0d0d0; }
        figcaption { font-size: .95rem; color: #3d3d3d; max-width: 60rem; }
        .downloads { list-style: none; display: flex; flex-wrap: wrap; gap: .75rem; padding: 0; }
        .permalink { word-break: break-all; }
        dl.pairs { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
        dl.pairs dt { font-weight: 700; }
        textarea { width: 100%; max-width: 48rem; }
        .comments { list-style: none; padding: 0; }
        .comments li { border-left: 4px solid #6b6b6b; padding: .25rem .75rem; margin: 0 0 .75rem; }
        .comments p { white-space: pre-wrap; margin: .25rem 0; }
        pre { background: #f4f4f4; padding: .75rem; overflow-x: auto; }
        .notice { border-left: 6px solid #1b5e20; background: #eaf5ea; color: #123d15; padding: .5rem 1rem; }
        .notice.warning { border-left-color: #8a4b00; background: #fff3e0; color: #3d2200; }
        section.pair { border-top: 2px solid #6b6b6b; margin-top: 1.5rem; }
        form.decide { display: flex; flex-wrap: wrap; gap: .5rem; margin: 1rem 0; }
        form.decide button[value=reject] { background: #8a1c1c; border-color: #8a1c1c; }
        form.decide button[value=skip] { background: #ffffff; color: #0b4f91; }
        ul.problems code { white-space: pre-wrap; word-break: break-word; }
        kbd { border: 1px solid #6b6b6b; border-radius: 3px; padding: 0 .3rem; font-family: inherit; }
        """
}
