/// The standard normal distribution function, by linear interpolation in a fixed table, so results
/// never depend on the platform's `erf`.
enum DemoNormal {
    /// Φ(z) at z = −4, −3.75, …, 4.
    private static let table: [Double] = [
        0.000032, 0.000088, 0.000233, 0.000577, 0.001350, 0.002980, 0.006210, 0.012224, 0.022750,
        0.040059, 0.066807, 0.105650, 0.158655, 0.226627, 0.308538, 0.401294, 0.500000, 0.598706,
        0.691462, 0.773373, 0.841345, 0.894350, 0.933193, 0.959941, 0.977250, 0.987776, 0.993790,
        0.997020, 0.998650, 0.999423, 0.999767, 0.999912, 0.999968,
    ]

    /// P(Z ≤ z) for a standard normal Z.
    static func cdf(_ z: Double) -> Double {
        if z <= -4 { return 0 }
        if z >= 4 { return 1 }
        let position = (z + 4) * 4
        let index = Int(position.rounded(.down))
        let fraction = position - Double(index)
        return table[index] + (table[index + 1] - table[index]) * fraction
    }

    /// P(X ≤ x) for X normal with the given mean and standard deviation.
    static func cdf(_ x: Double, mean: Double, deviation: Double) -> Double {
        cdf((x - mean) / deviation)
    }
}
