/// The web edition's style sheet, inside the page: the print edition's colours and rules (navy
/// headings with the blue bar, navy table heads, striped rows, bold totals), system fonts only,
/// text and controls at WCAG 2.2 AA contrast or better, a visible focus.
enum HTMLStyle {
    static let css = """
        :root { color-scheme: light; --navy: #0B2545; --accent: #0072B2; --grey: #595959; --rule: #C9CED6;
                --zebra: #F2F4F7; }
        * { box-sizing: border-box; }
        html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        body { margin: 0; color: #1A1A1A; background: #fff; line-height: 1.55; font-size: 1.0625rem; }
        main, .contents, .imprint { max-width: 46rem; margin: 0 auto; padding: 0 1.25rem; }
        .skip { position: absolute; left: -999rem; top: 0; background: #fff; color: var(--navy); padding: .5rem 1rem;
                z-index: 2; }
        .skip:focus { left: 1rem; top: 1rem; }
        a { color: #005A8C; }
        a:focus-visible, [tabindex]:focus-visible, summary:focus-visible {
          outline: 3px solid var(--accent); outline-offset: 2px; }
        main:focus { outline: none; }
        .hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
                  white-space: nowrap; }
        .cover { background: var(--navy); color: #fff; padding: 3rem 0 2rem; }
        .cover > * { max-width: 46rem; margin-left: auto; margin-right: auto; padding-left: 1.25rem;
                     padding-right: 1.25rem; }
        .cover h1 { font-size: clamp(2rem, 6vw, 3rem); line-height: 1.1; margin-top: 0; margin-bottom: 2rem; }
        .cover h1 .period { display: block; font-size: .55em; font-weight: 400; color: #A9C4E8; margin-top: .4rem; }
        .cover-graphic { margin-bottom: 0; }
        .cover-graphic svg { display: block; width: 100%; height: 9rem; border-bottom: 1px solid #A9C4E8; }
        .cover-graphic figcaption { color: #A9C4E8; font-size: .85rem; margin-top: .5rem; }
        .draft { background: #C0392B; color: #fff; font-weight: 600; padding: .4rem .8rem; display: inline-block; }
        .contents { margin-top: 2.5rem; }
        .contents ol { padding-left: 1.25rem; }
        .contents > ol > li { font-weight: 600; margin-top: .35rem; }
        .contents ol ol { font-weight: 400; padding-left: 1.25rem; }
        h2 { color: var(--navy); font-size: 1.75rem; line-height: 1.2; margin: 3.5rem 0 1rem; padding-top: .9rem;
             border-top: 3px solid var(--accent);
             border-image: linear-gradient(to right, var(--accent) 2.5rem, transparent 2.5rem) 1; }
        .contents h2 { margin-top: 0; }
        h3 { color: var(--navy); font-size: 1.2rem; margin: 2rem 0 .5rem; }
        p { margin: 0 0 .8rem; }
        ul { padding-left: 1.4rem; }
        li { margin-bottom: .3rem; }
        mark { background: #FCE38A; color: inherit; }
        .note-ref { line-height: 0; font-size: .75em; }
        figure { margin: 1.5rem 0; }
        figure.chart svg { display: block; width: 100%; height: auto; }
        figcaption details { font-size: .9rem; color: #333; margin-top: .3rem; }
        figcaption summary { cursor: pointer; color: #005A8C; }
        .table { overflow-x: auto; margin: 1.5rem 0 .4rem; }
        table { border-collapse: collapse; width: 100%; font-size: .85rem; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-weight: 600; color: var(--navy); font-size: 1rem; padding-bottom: .4rem; }
        thead th { background: var(--navy); color: #fff; font-weight: 600; }
        th, td { padding: .3rem .5rem; text-align: right; vertical-align: top; }
        th[scope=row], thead th:first-child { text-align: left; font-weight: 400; white-space: nowrap; }
        tbody tr:nth-child(even):not(.total) { background: var(--zebra); }
        tr.total th, tr.total td { font-weight: 700; border-top: 1.5px solid var(--navy); }
        tbody tr:last-child th, tbody tr:last-child td { border-bottom: 1px solid var(--rule); }
        .table-title { font-weight: 600; color: var(--navy); margin-top: 1.5rem; }
        .table-note { font-size: .85rem; color: var(--grey); }
        .notes { font-size: .9rem; }
        .imprint { margin-top: 3rem; padding-bottom: 3rem; color: #333; font-size: .85rem; }
        .imprint p:first-child { border-top: 1px solid var(--rule); padding-top: 1rem; }
        @media print {
          .skip, figcaption summary { display: none; }
          figcaption details { display: block; }
          h2 { break-before: page; }
          .contents h2 { break-before: auto; }
          .cover { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
