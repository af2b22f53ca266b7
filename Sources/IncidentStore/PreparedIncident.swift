import GRDB
import IncidentModel

/// A record ready to be written: its column values computed and its personal fields sealed (or
/// left for the writing thread to seal, see ``isSealed``).
public struct PreparedIncident: Sendable {
    /// The record's personal fields, for the change log when it updates a stored record (the
    /// rest of the record is in `binding`: holding the whole incident until the chunk is freed
    /// cost a retain and a release of each of its strings).
    let personal: PersonalDetails
    /// The insert's values: source, reference, the data columns, first and last batch.
    var binding: [DatabaseValue]
    /// Whether `binding` holds the sealed personal fields; if not, the writing thread seals them
    /// before the insert (see ``IncidentPreparer/prepare(_:sealing:)``).
    var isSealed: Bool
    /// Whether the record counts (``Incident/isCounted``), and its source's kind in the summaries:
    /// read by the writing thread without touching `incident`.
    let counted: Bool
    let sourceKind: String
}

/// Turns incidents into ``PreparedIncident``s for one batch, on any thread.
///
/// Sealing and building the column values is a third of an import's work; done on the reading
/// thread, it leaves the writing thread to SQLite alone. One preparer per thread (its sealer
/// keeps a cipher context, buffers and random nonces).
public struct IncidentPreparer: Sendable {
    let batch: DatabaseValue
    private let sealer: RecordSealer

    init(cipher: PersonalCipher, batchID: Int64, nonces: Int = 512) {
        self.sealer = RecordSealer(cipher: cipher, nonces: nonces)
        self.batch = batchID.databaseValue
    }

    /// The values `incident` is written with; its personal fields sealed here when `sealing`,
    /// else by the writing thread.
    ///
    /// Sealing is the part of a record's preparation that either thread can do. An import's
    /// reading thread leaves it to the writing thread while that one waits for records (the
    /// channel is nearly empty), and does it while the writer is behind: the two threads share
    /// the work whichever is the slower on the host and the file.
    public mutating func prepare(_ incident: Incident, sealing: Bool = true) -> PreparedIncident {
        var binding: [DatabaseValue] = []
        binding.reserveCapacity(IncidentColumns.names.count + 4)
        binding.append(incident.source.name.databaseValue)
        binding.append(incident.reference.databaseValue)
        IncidentColumns.append(incident, sealer: sealing ? sealer : nil, to: &binding)
        binding.append(batch)
        binding.append(batch)
        return PreparedIncident(
            personal: incident.personal, binding: binding, isSealed: sealing || !incident.personal.hasAny,
            counted: incident.isCounted, sourceKind: MonthlyDelta.sourceKind(incident.source))
    }
}
