extension Incidents {
    /// Options that belong to every subcommand and may be written before its name.
    static let globalOptions: Set<String> = ["--database", "--wait", "--key-file"]

    /// `arguments` with global options written before the subcommand moved after its name.
    ///
    /// swift-argument-parser reads a subcommand's options only after the subcommand's name, but
    /// people write `incidents --database x.sqlite figures …`; this keeps both forms working.
    public static func hoistingGlobalOptions(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var rest = arguments[...]
        while let first = rest.first, first.hasPrefix("-") {
            let name = String(first.split(separator: "=", maxSplits: 1)[0])
            guard globalOptions.contains(name) else { break }
            leading.append(first)
            rest = rest.dropFirst()
            if !first.contains("="), let value = rest.first {
                leading.append(value)
                rest = rest.dropFirst()
            }
        }
        guard !leading.isEmpty, let subcommand = rest.first, !subcommand.hasPrefix("-") else { return arguments }
        // After a nested subcommand's full name (`audit list`, `examples add`), whose options they are.
        var path = [subcommand]
        rest = rest.dropFirst()
        var command = configuration.subcommands.first { $0._commandName == subcommand }
        while let parent = command, let next = rest.first,
            let child = parent.configuration.subcommands.first(where: { $0._commandName == next })
        {
            path.append(next)
            rest = rest.dropFirst()
            command = child
        }
        return path + leading + Array(rest)
    }
}
