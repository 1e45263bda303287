import Foundation

/// How long a setup's requests are: the mean input and output tokens of its runs. Runs of
/// different shapes are different setups (a 32k-token prompt costs more than a 1k one
/// whatever the model), so they are never merged, pooled or put on one curve.
///
/// ```swift
/// let shapes = WorkloadShapes(dataset.runs)
/// shapes.shape(of: run)?.text     // "1k→128"
/// ```
public struct WorkloadShape: Hashable, Sendable, Comparable {
    /// The least and the most mean input tokens of its input group (`WorkloadShapes`).
    public let input: ClosedRange<Double>
    /// The least and the most mean output tokens of its output group.
    public let output: ClosedRange<Double>
    /// The groups' medians: what the shape is called by.
    public let typicalInput: Double
    public let typicalOutput: Double

    public init(input: ClosedRange<Double>, output: ClosedRange<Double>, typicalInput: Double, typicalOutput: Double) {
        self.input = input
        self.output = output
        self.typicalInput = typicalInput
        self.typicalOutput = typicalOutput
    }

    /// `1k→128`: input, then output tokens (`WorkloadShape.tokens`).
    public var text: String { "\(Self.tokens(typicalInput))→\(Self.tokens(typicalOutput))" }

    /// Whether means of `input` and `output` tokens fall within the tolerance of this
    /// shape's runs: how a shape the operator typed (`1024x128`) is found.
    public func matches(input i: Double, output o: Double) -> Bool {
        let t = 1 + WorkloadShapes.tolerance
        return i >= input.lowerBound / t && i <= input.upperBound * t && o >= output.lowerBound / t && o <= output.upperBound * t
    }

    public static func < (a: WorkloadShape, b: WorkloadShape) -> Bool {
        (a.input.lowerBound, a.output.lowerBound) < (b.input.lowerBound, b.output.lowerBound)
    }

    /// A token count as sweeps name it: `128`, `1k` (1,000 or 1,024), `1.5k`, `8k` (8,192), `32k`.
    /// A count past Int's range (a 1e300-token mean, which validation only warns of) is
    /// written as the largest Int rather than trapping.
    public static func tokens(_ value: Double) -> String {
        func whole(_ x: Double) -> Int { Checked.int(x) ?? 0 }
        guard value.rounded() >= 1000 else { return String(whole(value.rounded())) }
        let kibi = value / 1024
        if abs(kibi - kibi.rounded()) <= 0.01 * kibi { return "\(whole(kibi.rounded()))k" }
        let kilo = value / 1000
        if kilo >= 9.95 { return "\(whole(kilo.rounded()))k" }
        let tenths = (kilo * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? "\(whole(tenths / 10))k" : "\(whole(tenths / 10)).\(whole(tenths) % 10)k"
    }

    /// Input and output tokens as the operator writes a shape: `1k→128`, `1k->128`,
    /// `1024x128`, `8k>1k` (`k` is a thousand); nil when it is not two such counts.
    public static func parse(_ text: String) -> (input: Double, output: Double)? {
        let lowered = text.lowercased().replacingOccurrences(of: " ", with: "")
        for separator in ["→", "->", ">", "×", "x"] {
            let parts = lowered.components(separatedBy: separator)
            guard parts.count == 2, let input = count(parts[0]), let output = count(parts[1]) else { continue }
            return (input, output)
        }
        return nil
    }

    /// `128`, `1k`, `1.5k`: a positive count of tokens.
    private static func count(_ text: String) -> Double? {
        let thousands = text.hasSuffix("k")
        guard let number = Double(thousands ? String(text.dropLast()) : text), number > 0, number.isFinite else { return nil }
        return thousands ? number * 1000 : number
    }
}

/// The workload shapes of a dataset's runs. Mean input tokens are sorted and split where
/// one value is more than `tolerance` (10 %) above the one before (single linkage), and
/// so are mean output tokens; a shape is one input group with one output group. So a
/// curve whose output length drifts a few percent across concurrency stays one shape,
/// while InferenceX's 1k, 8k and 32k prompts are three.
///
/// Shapes count only when the data varies them: when one model was measured at more than
/// one shape. Where every model was measured at one (each model answers a shared prompt
/// set at its own length, as in the bundled sample), the lengths differ because the models
/// do, which is what the cost compares: no run has a shape, and nothing is split.
public struct WorkloadShapes: Sendable {
    /// Relative gap between sorted means that starts a new shape.
    public static let tolerance = 0.10

    /// Ascending; empty when the data does not vary the shape.
    public let shapes: [WorkloadShape]
    /// Runs of each shape, as `shapes`.
    public let runCounts: [Int]
    /// The groups of input and of output means, ascending and disjoint.
    private let inputGroups: [ClosedRange<Double>]
    private let outputGroups: [ClosedRange<Double>]
    /// Input group × `outputGroups.count` + output group → index in `shapes`.
    private let shapeOfGroups: [Int: Int]

    public static let none = WorkloadShapes(shapes: [], runCounts: [], inputGroups: [], outputGroups: [], shapeOfGroups: [:])

    private init(shapes: [WorkloadShape], runCounts: [Int], inputGroups: [ClosedRange<Double>],
                 outputGroups: [ClosedRange<Double>], shapeOfGroups: [Int: Int]) {
        self.shapes = shapes
        self.runCounts = runCounts
        self.inputGroups = inputGroups
        self.outputGroups = outputGroups
        self.shapeOfGroups = shapeOfGroups
    }

    /// The shapes of `runs` (those that state both means). Runs of a model mostly follow
    /// each other: the model's first shape is looked up by hash only where the model changes.
    public init<Runs: Sequence<Run>>(_ runs: Runs) {
        guard Self.someModelVaries(runs) else {
            self = .none
            return
        }
        var inputs: [Double] = [], outputs: [Double] = []
        for run in runs {
            guard let input = run[.meanInputTokens], let output = run[.meanOutputTokens] else { continue }
            inputs.append(input)
            outputs.append(output)
        }
        let (inputGroups, typicalInputs) = Self.groups(inputs)
        let (outputGroups, typicalOutputs) = Self.groups(outputs)
        var runsOfPair: [Int: Int] = [:], firstPair: [String: Int] = [:], varied = false
        var last: (model: String, pair: Int)? = nil
        for run in runs {
            guard let input = run[.meanInputTokens], let output = run[.meanOutputTokens] else { continue }
            let pair = Self.group(of: input, in: inputGroups)! * outputGroups.count + Self.group(of: output, in: outputGroups)!
            runsOfPair[pair, default: 0] += 1
            if let last, last.model == run.model {
                varied = varied || last.pair != pair
            } else if let first = firstPair[run.model] {
                varied = varied || first != pair
            } else {
                firstPair[run.model] = pair
            }
            last = (run.model, pair)
        }
        guard varied else {
            self = .none
            return
        }
        let made = runsOfPair.map { pair, count in
            let (i, o) = (pair / outputGroups.count, pair % outputGroups.count)
            return (pair, count, WorkloadShape(input: inputGroups[i], output: outputGroups[o],
                                               typicalInput: typicalInputs[i], typicalOutput: typicalOutputs[o]))
        }.sorted { $0.2 < $1.2 }
        shapes = made.map(\.2)
        runCounts = made.map(\.1)
        self.inputGroups = inputGroups
        self.outputGroups = outputGroups
        shapeOfGroups = Dictionary(uniqueKeysWithValues: made.enumerated().map { ($1.0, $0) })
    }

    /// The shape of `run`; nil when the data does not vary the shape or the run states no means.
    public func shape(of run: Run) -> WorkloadShape? {
        index(of: run).map { shapes[$0] }
    }

    /// The position of `run`'s shape in `shapes`.
    public func index(of run: Run) -> Int? {
        guard !shapes.isEmpty, let input = run[.meanInputTokens], let output = run[.meanOutputTokens],
              let i = Self.group(of: input, in: inputGroups), let o = Self.group(of: output, in: outputGroups) else { return nil }
        return shapeOfGroups[i * outputGroups.count + o]
    }

    /// The shape with the most runs (the first of equals): the one compared by default.
    public var mostMeasured: WorkloadShape? {
        runCounts.indices.max { runCounts[$0] < runCounts[$1] || (runCounts[$0] == runCounts[$1] && $0 > $1) }.map { shapes[$0] }
    }

    /// Cheap first: when every model's means lie within the tolerance of its least, no
    /// model spans two groups, whatever the other models' means are.
    private static func someModelVaries<Runs: Sequence<Run>>(_ runs: Runs) -> Bool {
        var bounds: [String: (input: ClosedRange<Double>, output: ClosedRange<Double>)] = [:]
        var last: (model: String, bounds: (input: ClosedRange<Double>, output: ClosedRange<Double>))? = nil
        func within(_ range: ClosedRange<Double>) -> Bool { range.upperBound <= range.lowerBound * (1 + tolerance) }
        for run in runs {
            guard let input = run[.meanInputTokens], let output = run[.meanOutputTokens] else { continue }
            var known = last?.model == run.model ? last!.bounds : bounds[run.model] ?? (input...input, output...output)
            known.input = min(known.input.lowerBound, input)...max(known.input.upperBound, input)
            known.output = min(known.output.lowerBound, output)...max(known.output.upperBound, output)
            if !within(known.input) || !within(known.output) { return true }
            if let last, last.model != run.model { bounds[last.model] = last.bounds }
            last = (run.model, known)
        }
        return false
    }

    /// Values sorted and split where one is more than the tolerance above the one before,
    /// and each group's median.
    static func groups(_ values: [Double]) -> (ranges: [ClosedRange<Double>], medians: [Double]) {
        let sorted = values.sorted()
        var ranges: [ClosedRange<Double>] = [], medians: [Double] = [], start = 0
        for end in sorted.indices.dropFirst().filter({ sorted[$0] > sorted[$0 - 1] * (1 + tolerance) }) + [sorted.count] where end > start {
            ranges.append(sorted[start]...sorted[end - 1])
            let middle = (start + end) / 2
            medians.append((end - start) % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2)
            start = end
        }
        return (ranges, medians)
    }

    /// The group holding `value` (binary search).
    private static func group(of value: Double, in groups: [ClosedRange<Double>]) -> Int? {
        var low = 0, high = groups.count
        while low < high {
            let mid = (low + high) / 2
            if groups[mid].upperBound < value { low = mid + 1 } else { high = mid }
        }
        return low < groups.count && groups[low].contains(value) ? low : nil
    }
}
