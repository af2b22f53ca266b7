// How far the evidence of the compared pairs can go when the answers are known (`--ceiling`).
import Foundation
import Linkage

/// `--ceiling TRAIN,TEST`: a logistic model trained on one labelled folder's answers and scored
/// on another's, over the same compared pairs as a run: first on the fields' levels alone, then
/// with every pair of words the two accounts use (a team word with a police word). Linkage learns
/// without answers, so what this reaches on the test folder is about as far as the pairs'
/// evidence goes; each police record and each team record keeps at most one partner, as a run's
/// assignment does. A development aid, not a model the tool uses.
func linkageCeiling(train: String, test: String, scratch: String, incidents: String) throws {
    try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    let trainSet = try CeilingSet(train, scratch: scratch, incidents: incidents)
    let testSet = try CeilingSet(test, scratch: scratch, incidents: incidents)
    print("supervised ceiling: trained on the answers of \(train), scored on \(test)")
    for words in [false, true] {
        let features = CeilingFeatures(trainSet, words: words)
        let weights = features.train(trainSet)
        let probabilities = features.probabilities(testSet, weights)
        var best = (f1: 0.0, line: ""), atHalf = ""
        for threshold in [0.2, 0.3, 0.4, 0.5, 0.6, 0.7] {
            let (p, r, f1) = testSet.quality(probabilities: probabilities, threshold)
            let line = String(format: "at %.1f: precision %.3f, recall %.3f, F1 %.3f", threshold, p, r, f1)
            if f1 > best.f1 { best = (f1, line) }
            if threshold == 0.5 { atHalf = line }
        }
        print(
            "  " + (words ? "levels and pairs of words" : "levels only") + " (\(features.count) features): "
                + atHalf + "; best " + best.line)
    }
}

/// One labelled folder's compared pairs (every pair a run compares, review threshold 0), with
/// their levels, each side's words and whether the pair is true.
struct CeilingSet {
    var levels: [[Int?]] = [], police: [Int] = [], own: [Int] = [], isTrue: [Bool] = []
    var policeWords: [[String]] = [], ownWords: [[String]] = []
    var truePairs = 0

    init(_ folder: String, scratch: String, incidents: String) throws {
        let (p, o, truth) = try labelledRecords(folder, scratch: scratch, incidents: incidents, reuse: true)
        let linker = Linker(
            options: LinkOptions(
                linkAbove: LinkOptions.standard.linkAbove, reviewAbove: 0,
                windowDays: LinkOptions.standard.windowDays))
        for pair in linker.score(police: p, own: o).pairs {
            levels.append(pair.pattern.levels)
            police.append(pair.police)
            own.append(pair.own)
            isTrue.append(truth[p[pair.police].reference] == o[pair.own].reference)
        }
        let owned = Set(o.map(\.reference))
        truePairs = p.filter { truth[$0.reference].map(owned.contains) ?? false }.count
        func words(_ record: LinkRecord) -> [String] {
            let text = ((record.description ?? "") + " " + (record.offenderDescription ?? "")).lowercased()
            let words = text.split { !$0.isLetter }.filter { $0.count >= 3 }.map(String.init)
            return Array(Set(words)).sorted()
        }
        policeWords = p.map(words)
        ownWords = o.map(words)
    }

    /// Precision, recall and F1 of keeping the pairs at or above `threshold`, best first, each
    /// record in at most one.
    func quality(probabilities: [Double], _ threshold: Double) -> (Double, Double, Double) {
        var usedPolice = Set<Int>(), usedOwn = Set<Int>(), kept = 0, correct = 0
        for k in probabilities.indices.sorted(by: { (probabilities[$0], $1) > (probabilities[$1], $0) }) {
            guard probabilities[k] >= threshold else { break }
            guard !usedPolice.contains(police[k]), !usedOwn.contains(own[k]) else { continue }
            usedPolice.insert(police[k])
            usedOwn.insert(own[k])
            kept += 1
            if isTrue[k] { correct += 1 }
        }
        let p = Double(correct) / Double(max(kept, 1)), r = Double(correct) / Double(max(truePairs, 1))
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0)
    }
}

/// The features of a pair: one for each field's level (or its absence) and, with `words`, one
/// for each pair of words seen in at least five training pairs, of words that at least 20
/// training records use.
struct CeilingFeatures {
    let words: Bool
    var vocabulary: [String: Int] = [:]
    var wordPairs: [Int: Int] = [:]
    static let levelSlots = 8

    var count: Int { LinkField.allCases.count * CeilingFeatures.levelSlots + wordPairs.count }

    init(_ set: CeilingSet, words: Bool) {
        self.words = words
        guard words else { return }
        var frequency: [String: Int] = [:]
        for list in set.policeWords + set.ownWords { for word in list { frequency[word, default: 0] += 1 } }
        for (word, n) in frequency.sorted(by: { $0.key < $1.key }) where n >= 20 { vocabulary[word] = vocabulary.count }
        var seen: [Int: Int] = [:]
        for k in set.levels.indices { for key in pairKeys(set, k) { seen[key, default: 0] += 1 } }
        for (key, n) in seen.sorted(by: { $0.key < $1.key }) where n >= 5 { wordPairs[key] = wordPairs.count }
    }

    func pairKeys(_ set: CeilingSet, _ k: Int) -> [Int] {
        let a = set.ownWords[set.own[k]].compactMap { vocabulary[$0] }
        let b = set.policeWords[set.police[k]].compactMap { vocabulary[$0] }
        return a.flatMap { x in b.map { x * vocabulary.count + $0 } }
    }

    func active(_ set: CeilingSet, _ k: Int) -> [Int] {
        var out = set.levels[k].enumerated().map { $0 * CeilingFeatures.levelSlots + ($1 ?? 7) }
        let base = LinkField.allCases.count * CeilingFeatures.levelSlots
        if words { out += pairKeys(set, k).compactMap { wordPairs[$0].map { base + $0 } } }
        return out
    }

    /// Logistic regression: the summed log loss plus an L2 penalty (`penalty` / 2 · |w|², the bias
    /// free) minimised by L-BFGS (ten pairs of steps kept, a backtracking line search); the bias
    /// is the last weight.
    func train(_ set: CeilingSet, iterations: Int = 300, penalty: Double = 10) -> [Double] {
        let features = set.levels.indices.map { active(set, $0) }, n = count + 1
        func objective(_ w: [Double]) -> (Double, [Double]) {
            var loss = 0.0, gradient = [Double](repeating: 0, count: n)
            for k in features.indices {
                var z = w[count]
                for j in features[k] { z += w[j] }
                let y = set.isTrue[k] ? 1.0 : 0.0
                loss += max(z, 0) + log1p(exp(-abs(z))) - y * z
                let error = 1 / (1 + exp(-z)) - y
                for j in features[k] { gradient[j] += error }
                gradient[count] += error
            }
            for j in 0..<count {
                loss += penalty * w[j] * w[j] / 2
                gradient[j] += penalty * w[j]
            }
            return (loss, gradient)
        }
        func dot(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
        var w = [Double](repeating: 0, count: n)
        var (loss, gradient) = objective(w)
        var steps: [(s: [Double], y: [Double], rho: Double)] = []
        for _ in 0..<iterations {
            // The two-loop recursion: the direction from the kept steps.
            var q = gradient, alphas: [Double] = []
            for step in steps.reversed() {
                let a = step.rho * dot(step.s, q)
                alphas.append(a)
                for j in 0..<n { q[j] -= a * step.y[j] }
            }
            if let last = steps.last { let scale = dot(last.s, last.y) / dot(last.y, last.y); q = q.map { $0 * scale } }
            for (step, a) in zip(steps, alphas.reversed()) {
                let b = step.rho * dot(step.y, q)
                for j in 0..<n { q[j] += step.s[j] * (a - b) }
            }
            let direction = q.map { -$0 }, slope = dot(gradient, direction)
            guard slope < 0 else { break }
            var t = steps.isEmpty ? 1 / max(sqrt(dot(gradient, gradient)), 1) : 1.0
            var next = w, nextLoss = loss, nextGradient = gradient
            while t > 1e-12 {
                next = zip(w, direction).map { $0 + t * $1 }
                (nextLoss, nextGradient) = objective(next)
                if nextLoss <= loss + 1e-4 * t * slope { break }
                t /= 2
            }
            let s = zip(next, w).map { $0 - $1 }, y = zip(nextGradient, gradient).map { $0 - $1 }
            let sy = dot(s, y)
            if sy > 1e-10 { steps.append((s, y, 1 / sy)) }
            if steps.count > 10 { steps.removeFirst() }
            let improvement = loss - nextLoss
            (w, loss, gradient) = (next, nextLoss, nextGradient)
            if improvement < 1e-7 * max(abs(loss), 1) { break }
        }
        return w
    }

    func probabilities(_ set: CeilingSet, _ weights: [Double]) -> [Double] {
        set.levels.indices.map { k in
            var z = weights[count]
            for j in active(set, k) { z += weights[j] }
            return 1 / (1 + exp(-z))
        }
    }
}
