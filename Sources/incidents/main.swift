import IncidentsCLI

Incidents.runAdvised(Incidents.hoistingGlobalOptions(Array(CommandLine.arguments.dropFirst())))
