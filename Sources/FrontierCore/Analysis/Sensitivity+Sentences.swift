extension Sensitivity {
    /// A lever's title inside a sentence: "electricity", but "GPU price" and "PUE" as they are.
    public static func noun(_ lever: Lever) -> String {
        let title = lever.title
        return title.dropFirst().first?.isUppercase == true ? title : title.lowercased()
    }

    /// "WiNGPT-3.5 stays first until electricity passes $0.41/kWh (today $0.10/kWh), then
    /// moe-30B-A3B." — what `frontier sensitivity` and the dashboard's Risk view say of a flip.
    public func sentence(_ flip: Flip) -> String {
        let who = leader ?? "No setup"
        let stays = leader == nil ? "is first" : "stays first"
        let moves = flip.value > flip.today ? "passes" : "falls below"
        let then = flip.newLeader.map { "then \($0)" } ?? "then no setup is ranked"
        return "\(who) \(stays) until \(Self.noun(flip.lever)) \(moves) \(flip.lever.label(flip.value)) (today \(flip.lever.label(flip.today))), \(then)."
    }

    /// The levers with no flip point within ×0.25–×4, in the bars' order.
    public var unflipped: [Lever] {
        bars.map(\.lever).filter { lever in !flips.contains { $0.lever == lever } }
    }
}
