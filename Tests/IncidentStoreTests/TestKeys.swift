import IncidentStore

/// The keys the store tests seal personal data with.
let testKeys = KeyRing.generate()
