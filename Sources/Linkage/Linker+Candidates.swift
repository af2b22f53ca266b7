import Places

// Pass 1 of scoring: which pairs are compared (blocking), and each compared pair's pattern.
extension Linker {
    /// The pairs of one chunk of police records: each packed in 64 bits (`Pack`), in police
    /// order; and, among them, how many were dated within the window and how many of those had
    /// places that agree (see `Candidates.passShare`).
    struct CandidatePart: Sendable {
        var pairs: [UInt64] = []
        var inWindow = 0
        var inWindowPlacesAgree = 0
    }

    /// Every compared pair of a run, by chunk of police records in order, each pair carrying the
    /// number of its pattern in `patterns` (`Pack.pattern` reads the number, not the code).
    struct Candidates: Sendable {
        var parts: [CandidatePart]
        /// The patterns seen, numbered densely in the order first seen, with their counts.
        var patterns: [(code: Int, count: Int)]

        /// The number of compared pairs.
        var count: Int { parts.reduce(0) { $0 + $1.pairs.count } }

        /// The share of pairs within the window whose places agree: the share of late pairs that
        /// passed the same test to be compared (the model corrects their frequencies for it).
        var passShare: Double {
            let inWindow = parts.reduce(0) { $0 + $1.inWindow }
            let placesAgree = parts.reduce(0) { $0 + $1.inWindowPlacesAgree }
            return inWindow > 0 ? max(Double(placesAgree) / Double(inWindow), 1e-3) : 1
        }
    }

    /// Compares every candidate pair (in parallel, by chunk of police records) and numbers the
    /// patterns seen. A police record is a candidate partner of every team record dated from
    /// `reportedWithinDays` before it to `windowDays` after it whose force may be the same (the
    /// same, neighbouring, or either unknown). Pairs whose police record is dated more than
    /// `windowDays` after the team's are compared only when their places agree (same postcode,
    /// place or local authority): a reporting delay is common, but a week's records elsewhere
    /// are not worth comparing.
    /// `trigrams`: how many trigrams both sides use (as `weighTerms` numbered them); `late`: the
    /// reporting delay compared (by default `reportedWithinDays`).
    func candidates(police: [PreparedRecord], own: [PreparedRecord], trigrams: Int, late: Int? = nil) -> Candidates {
        let search = CandidateSearch(
            own: own, forces: ForceNeighbours(gazetteer), window: options.windowDays,
            late: late ?? options.reportedWithinDays, trigrams: trigrams)
        let chunks = Linker.chunks(police.count)
        var parts = inParallel(chunks.count) { search.pairs(police: police, chunks[$0]) }
        let patterns = Linker.numberPatterns(&parts)
        return Candidates(parts: parts, patterns: patterns)
    }

    /// Numbers the patterns seen densely, in the order first seen, and puts each pair's number
    /// in place of its pattern's code, so the passes after this one index small arrays. Returns
    /// each number's code and count.
    static func numberPatterns(_ parts: inout [CandidatePart]) -> [(code: Int, count: Int)] {
        var patterns: [(code: Int, count: Int)] = []
        var numberOfCode = [Int32](repeating: -1, count: ComparisonPattern.count)
        for part in parts.indices {
            for pair in parts[part].pairs.indices {
                let packed = parts[part].pairs[pair]
                let code = Pack.pattern(packed)
                if numberOfCode[code] < 0 {
                    numberOfCode[code] = Int32(patterns.count)
                    patterns.append((code, 0))
                }
                let number = Int(numberOfCode[code])
                patterns[number].count += 1
                parts[part].pairs[pair] = Pack.pair(Pack.police(packed), Pack.own(packed), number)
            }
        }
        return patterns
    }

    /// The search of the team's records for each police record's candidates.
    struct CandidateSearch: Sendable {
        let own: [PreparedRecord]
        /// The team's records by day (indexes into `own`), and their days.
        let ownByDay: [Int], ownDays: [Int]
        let forces: ForceNeighbours
        let window: Int, late: Int
        /// How many trigrams both sides use: the size of a police record's table of trigram bits.
        let trigrams: Int

        init(own: [PreparedRecord], forces: ForceNeighbours, window: Int, late: Int, trigrams: Int) {
            self.own = own
            ownByDay = own.indices.sorted { own[$0].day < own[$1].day }
            ownDays = ownByDay.map { own[$0].day }
            self.forces = forces
            self.window = window
            self.late = late
            self.trigrams = trigrams
        }

        /// The compared pairs of the police records `range` (the hot loop of linkage: it only
        /// appends to the part's pairs).
        func pairs(police: [PreparedRecord], _ range: Range<Int>) -> CandidatePart {
            // Records read through buffer pointers and compared as borrowed: a comparison then
            // copies neither record (each copy retained and released every array it holds).
            own.withUnsafeBufferPointer { own in
                police.withUnsafeBufferPointer { police in pairs(police: police, own: own, range) }
            }
        }

        private func pairs(
            police: UnsafeBufferPointer<PreparedRecord>, own: UnsafeBufferPointer<PreparedRecord>, _ range: Range<Int>
        ) -> CandidatePart {
            var part = CandidatePart()
            // The police record's trigrams as bits, set for its candidates and cleared after them.
            var bits = [UInt64](repeating: 0, count: trigrams / 64 + 1)
            bits.withUnsafeMutableBufferPointer { bits in
                for i in range {
                    let record = police[i]
                    // (Numbered by `weighTerms`, every code is below `trigrams`; a larger one is no bit.)
                    for code in record.text.trigrams where Int(code) < trigrams {
                        bits[Int(code >> 6)] |= 1 << (code & 63)
                    }
                    defer {
                        for code in record.text.trigrams where Int(code) < trigrams { bits[Int(code >> 6)] = 0 }
                    }
                    let policeForce = forces.slot(record.force)
                    var byDay = Linker.firstIndex(ownDays, atLeast: record.day - late)
                    while byDay < ownDays.count && ownDays[byDay] <= record.day + window {
                        let j = ownByDay[byDay]
                        byDay += 1
                        guard forces.mayBeSame(policeForce, forces.slot(own[j].force)) else { continue }
                        let place = PreparedRecord.placeLevel(record, own[j])
                        let placesAgree = place <= LinkField.placeAgrees.upperBound
                        if record.day - own[j].day > window {
                            guard placesAgree else { continue }
                        } else {
                            part.inWindow += 1
                            if placesAgree { part.inWindowPlacesAgree += 1 }
                        }
                        let pattern = PreparedRecord.compare(
                            record, own.baseAddress! + j, place: place, trigramBits: UnsafeBufferPointer(bits))
                        part.pairs.append(Pack.pair(i, j, pattern.code))
                    }
                }
            }
            return part
        }
    }

    /// Which forces' records may describe one incident: the same force, neighbouring forces, or
    /// a record whose force is unknown (online reports often have none), as a table.
    struct ForceNeighbours: Sendable {
        /// Forces are `PreparedRecord.forces` indexes; this slot is an unknown force's.
        let unknown: Int
        /// Whether slot a and slot b may be the same, at a * (unknown + 1) + b.
        let table: [Bool]

        init(_ gazetteer: Gazetteer) {
            let forces = PreparedRecord.forces
            unknown = forces.count
            var table = [Bool](repeating: true, count: (forces.count + 1) * (forces.count + 1))
            for a in forces.indices {
                for b in forces.indices {
                    table[a * (forces.count + 1) + b] = gazetteer.neighbouring(forces[a], forces[b])
                }
            }
            self.table = table
        }

        /// The slot of a prepared record's force (-1 when unknown).
        @inline(__always)
        func slot(_ force: Int) -> Int { force < 0 ? unknown : force }

        @inline(__always)
        func mayBeSame(_ a: Int, _ b: Int) -> Bool { table[a * (unknown + 1) + b] }
    }

    /// A candidate pair in 64 bits: police index | own index | pattern (its code in pass 1, its
    /// number among the patterns seen after `numberPatterns`).
    enum Pack {
        static let policeBits = 20, ownBits = 20, patternBits = 24
        static func pair(_ police: Int, _ own: Int, _ pattern: Int) -> UInt64 {
            UInt64(police) << UInt64(ownBits + patternBits) | UInt64(own) << UInt64(patternBits) | UInt64(pattern)
        }
        static func police(_ packed: UInt64) -> Int { Int(packed >> UInt64(ownBits + patternBits)) }
        static func own(_ packed: UInt64) -> Int { Int(packed >> UInt64(patternBits) & (1 << UInt64(ownBits) - 1)) }
        static func pattern(_ packed: UInt64) -> Int { Int(packed & (1 << UInt64(patternBits) - 1)) }
    }

    /// The first index of a sorted array whose value is at least `value` (its count if none).
    static func firstIndex(_ sorted: [Int], atLeast value: Int) -> Int {
        firstIndex(in: sorted.count) { sorted[$0] >= value }
    }

    /// The first of `count` positions at which `isPast` holds, given that it holds from some
    /// position on (`count` if at none).
    @inline(__always)
    static func firstIndex(in count: Int, where isPast: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if isPast(mid) { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// Ranges of about a 64th of `count` records (at least 256 each), for the parallel passes.
    static func chunks(_ count: Int, smallest: Int = 256) -> [Range<Int>] {
        let size = max(smallest, count / 64 + 1)
        return stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }
}
