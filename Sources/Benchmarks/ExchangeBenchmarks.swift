// The police exchange (`--exchange-only`, and part of the whole run): redaction quality, linkage
// quality on the demo's histories, linkage speed, and linkage quality on the dense set.

/// Every police-exchange figure, in the order the README's table gives them.
func exchangeBenchmarks(
    folder: String, incidents: String, me: String, redactionDev: String?, showMisses: Bool
) throws {
    redactionQuality(dev: redactionDev, showMisses: showMisses)
    linkageQualityBenchmarks()
    try linkageSpeed(folder: folder, incidents: incidents, me: me)
    denseLinkageQuality()
}
