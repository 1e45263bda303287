import Foundation

extension PreparedDataset {
    /// The setups compared under `scenario`: those of its workload shape, else of the
    /// shape with the most runs; every setup when the data varies no shape. The workload
    /// cost of N requests means something only between setups of one shape.
    ///
    /// ```swift
    /// let analysis = Analysis(prepared.compared(scenario), scenario)
    /// analysis.shape?.text   // "1k→128": which setups the ranking compares
    /// ```
    public func compared(_ scenario: Scenario) -> PreparedDataset {
        guard let shape = scenario.shape.flatMap({ try? shapes.find($0) }) ?? shapes.mostMeasured else { return self }
        return comparing(shape)
    }

    /// The setups of `shape`, and those whose runs state no token means (which have none),
    /// named again: a name shows the shape only where the setups kept differ in it.
    public func comparing(_ shape: WorkloadShape) -> PreparedDataset {
        var subset = PreparedDataset(self, keeping: series.indices.filter { series[$0].configuration.shape.map { $0 == shape } ?? true })
        subset.shape = shape
        (subset.labels, subset.labelRank) = Self.names(subset.series)
        subset.longestLabel = Self.longest(subset.labels)
        return subset
    }
}

extension WorkloadShapes {
    /// The shape the operator names: by its name (`1k→128`, or `1k->128`), else by the
    /// token counts written (`1024x128`, `1024->128`) within the tolerance of its runs.
    public func find(_ text: String) throws(ShapeChoiceError) -> WorkloadShape {
        guard !shapes.isEmpty else { throw ShapeChoiceError(message: "the data is not split by workload shape: no model was measured at more than one") }
        let named = text.replacingOccurrences(of: "->", with: "→")
        if let shape = shapes.first(where: { $0.text == named }) { return shape }
        guard let (input, output) = WorkloadShape.parse(text) else {
            throw ShapeChoiceError(message: "\"\(Sanitize.line(text))\" is not a workload shape: expected input→output tokens such as 1k→128, 1k->128 or 1024x128; \(listed)")
        }
        // The nearest of those it falls within, by ratio.
        let near = shapes.filter { $0.matches(input: input, output: output) }.min {
            abs(log($0.typicalInput / input)) + abs(log($0.typicalOutput / output))
                < abs(log($1.typicalInput / input)) + abs(log($1.typicalOutput / output))
        }
        guard let near else { throw ShapeChoiceError(message: "no workload shape \"\(Sanitize.line(text))\" in the data; \(listed)") }
        return near
    }

    /// `the shapes: 1k→128 (6 runs), 8k→1k (1 run)`.
    var listed: String {
        "the shapes: " + shapes.indices.map { "\(shapes[$0].text) (\(runCounts[$0]) run\(runCounts[$0] == 1 ? "" : "s"))" }.joined(separator: ", ")
    }
}

/// Why a workload shape named by the operator is not in the data.
public struct ShapeChoiceError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
