import IncidentsCLI

Incidents.main(Incidents.hoistingGlobalOptions(Array(CommandLine.arguments.dropFirst())))
