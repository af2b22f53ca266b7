// The overlap of two sorted arrays of hashes, by merging them: the hot loop of linkage, so on
// unsafe buffers with no bounds checks and no allocation.
extension DescriptionText {
    /// The number of values two sorted arrays share.
    static func common(_ a: [UInt32], _ b: [UInt32]) -> Int {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var i = 0, j = 0, shared = 0
                while i < a.count && j < b.count {
                    let x = a[i], y = b[j]
                    if x == y {
                        shared &+= 1; i &+= 1; j &+= 1
                    } else if x < y {
                        i &+= 1
                    } else {
                        j &+= 1
                    }
                }
                return shared
            }
        }
    }

    /// The summed weight (from `weights`, aligned with `a`) of the values two sorted arrays share.
    static func commonWeight(_ a: [UInt32], _ weights: [Float], _ b: [UInt32]) -> Float {
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                weights.withUnsafeBufferPointer { weights in
                    var i = 0, j = 0
                    var sum: Float = 0
                    while i < a.count && j < b.count {
                        let x = a[i], y = b[j]
                        if x == y {
                            sum += weights[i]; i &+= 1; j &+= 1
                        } else if x < y {
                            i &+= 1
                        } else {
                            j &+= 1
                        }
                    }
                    return sum
                }
            }
        }
    }
}
