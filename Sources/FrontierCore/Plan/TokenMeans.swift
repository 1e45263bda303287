/// The mean input and output tokens a request, per configuration and over the whole
/// dataset (the workload's), from the runs that state them. Worked out once a dataset:
/// the plan reads them on every slider step.
public struct TokenMeans: Sendable {
    public struct Pair: Equatable, Sendable {
        public var input: Double?
        public var output: Double?
    }

    public let byConfiguration: [Configuration: Pair]
    /// The workload's mean output tokens a request: the mean over every run that states it.
    public let workloadOutput: Double?

    public init(_ dataset: Dataset) {
        self.init(dataset, shapes: WorkloadShapes(dataset.runs))
    }

    /// With the dataset's shapes already found (`PreparedDataset.shapes`): a setup's means
    /// are its shape's runs'.
    public init(_ dataset: Dataset, shapes: WorkloadShapes) {
        var sums: [Configuration: (input: Double, inputs: Int, output: Double, outputs: Int)] = [:]
        var total = 0.0, count = 0
        for run in dataset.runs {
            var configuration = run.configuration
            configuration.shape = shapes.shape(of: run)
            var sum = sums[configuration] ?? (0, 0, 0, 0)
            if let input = run[.meanInputTokens] { sum.input += input; sum.inputs += 1 }
            if let output = run[.meanOutputTokens] {
                sum.output += output
                sum.outputs += 1
                total += output
                count += 1
            }
            sums[configuration] = sum
        }
        byConfiguration = sums.mapValues { s in
            Pair(input: s.inputs > 0 ? s.input / Double(s.inputs) : nil, output: s.outputs > 0 ? s.output / Double(s.outputs) : nil)
        }
        workloadOutput = count > 0 ? total / Double(count) : nil
    }
}
