import Testing
@testable import FrontierCore

/// A run of `model` at concurrency `c` with mean input and output tokens.
private func shaped(_ model: String, c: Double = 16, input: Double?, output: Double?, rps: Double = 1) -> Run {
    var run = makeRun(model, c: c, rps: rps)
    run[.meanInputTokens] = input
    run[.meanOutputTokens] = output
    return run
}

/// Clustering of runs into workload shapes: 10 % relative, single linkage on sorted means.
@Suite struct WorkloadShapeTests {
    @Test func meansWithinTenPercentOfTheNeighbourAreOneGroup() {
        // 1000 → 1100 is exactly 10 %: one group; 1100 → 1210.01 is more: a new one.
        let split = WorkloadShapes.groups([1100, 1000, 1210.01])
        #expect(split.ranges == [1000...1100, 1210.01...1210.01])
        #expect(split.medians == [1050, 1210.01])
        // Single linkage: 1000, 1090, 1185 chain (each within 10 % of the one before)
        // though 1185 is 18.5 % above 1000.
        let chained = WorkloadShapes.groups([1185, 1000, 1090])
        #expect(chained.ranges == [1000...1185])
        #expect(chained.medians == [1090])
        #expect(WorkloadShapes.groups([]).ranges.isEmpty)
    }

    @Test func aModelAtTwoShapesMakesShapesOfEveryRun() {
        // Model A at 1024→128 and 8192→128 (c 1 and 16), model B at 1024→128 only.
        let runs = [
            shaped("A", c: 1, input: 1024, output: 128), shaped("A", c: 16, input: 1020, output: 131),
            shaped("A", c: 1, input: 8192, output: 128), shaped("A", c: 16, input: 8190, output: 127),
            shaped("B", c: 1, input: 1030, output: 126),
        ]
        let shapes = WorkloadShapes(runs)
        #expect(shapes.shapes.map(\.text) == ["1k→128", "8k→128"])
        #expect(shapes.runCounts == [3, 2])
        #expect(shapes.mostMeasured?.text == "1k→128")
        let first = shapes.shapes[0]
        #expect(first.input == 1020...1030)
        #expect(first.output == 126...131)
        #expect(first.typicalInput == 1024)   // the median of 1020, 1024, 1030
        #expect(shapes.shape(of: runs[4]) == first)
        #expect(shapes.shape(of: runs[2]) == shapes.shapes[1])
        // A run stating no means has none.
        #expect(shapes.shape(of: shaped("B", input: nil, output: 128)) == nil)
    }

    @Test func outputDriftingAcrossConcurrencyStaysOneShape() {
        // Output 128, 134, 140.7, 147.7: each within 10 % of the one before (147.7 is 15 %
        // above 128); a model at one shape only, so the data varies none.
        let runs = [128.0, 134, 140.7, 147.7].enumerated().map { shaped("A", c: Double(1 << $0.offset), input: 1024, output: $0.element) }
        #expect(WorkloadShapes(runs).shapes.isEmpty)
        // With a second shape of the same model, the drifting one is still one shape.
        let two = WorkloadShapes(runs + [shaped("A", c: 1, input: 1024, output: 1024)])
        #expect(two.shapes.map(\.text) == ["1k→137", "1k→1k"])   // 137: the median of 128…147.7
        #expect(two.runCounts == [4, 1])
        #expect(two.shapes[0].output == 128...147.7)
        #expect(two.shapes[0].typicalOutput == (134 + 140.7) / 2)
    }

    @Test func modelsEachAtTheirOwnLengthsVaryNoShape() {
        // As in the bundled sample: every model answers one prompt set at its own length.
        let runs = [shaped("A", input: 434, output: 358), shaped("B", input: 721, output: 673), shaped("C", input: 442, output: 2987)]
        let shapes = WorkloadShapes(runs)
        #expect(shapes.shapes.isEmpty)
        #expect(shapes.mostMeasured == nil)
        #expect(runs.allSatisfy { shapes.shape(of: $0) == nil })
    }

    @Test func aModelWhoseMeansSpanMoreThanTheToleranceButChainIsOneShape() {
        // 1000, 1090, 1185 chain: the cheap check (within 10 % of the least) fails, the
        // groups say one shape, so the data varies none.
        let runs = [1000.0, 1090, 1185].map { shaped("A", c: $0, input: $0, output: 100) }
        #expect(WorkloadShapes(runs).shapes.isEmpty)
    }

    @Test func tokensAreWrittenAsSweepsNameThem() {
        #expect(WorkloadShape.tokens(128) == "128")
        #expect(WorkloadShape.tokens(127.6) == "128")
        #expect(WorkloadShape.tokens(999.6) == "1k")
        #expect(WorkloadShape.tokens(1000) == "1k")
        #expect(WorkloadShape.tokens(1024) == "1k")
        #expect(WorkloadShape.tokens(1536) == "1.5k")
        #expect(WorkloadShape.tokens(2048) == "2k")
        #expect(WorkloadShape.tokens(5000) == "5k")
        #expect(WorkloadShape.tokens(8192) == "8k")
        #expect(WorkloadShape.tokens(12_000) == "12k")
        #expect(WorkloadShape.tokens(32_768) == "32k")
        #expect(WorkloadShape.tokens(1e300) == "\(Int.max)k")
        #expect(WorkloadShape.tokens(.nan) == "0")
    }

    @Test func shapesAreParsedInEveryWrittenForm() {
        for text in ["1k→128", "1k->128", "1k>128", "1000x128", "1000X128", "1000×128", " 1k -> 128 "] {
            let parsed = WorkloadShape.parse(text)
            #expect(parsed?.input == 1000, "\(text)")
            #expect(parsed?.output == 128, "\(text)")
        }
        #expect(WorkloadShape.parse("1.5k→2k")?.input == 1500)
        for bad in ["", "1k", "1k→", "a→b", "0x128", "1k→128→2", "-5x3"] { #expect(WorkloadShape.parse(bad) == nil, "\(bad)") }
    }

    @Test func theOperatorFindsAShapeByNameOrByCounts() throws {
        let runs = [shaped("A", c: 1, input: 1024, output: 128), shaped("A", c: 1, input: 8192, output: 1024)]
        let shapes = WorkloadShapes(runs)
        #expect(try shapes.find("1k→128").text == "1k→128")
        #expect(try shapes.find("1k->128").text == "1k→128")
        #expect(try shapes.find("8192x1024").text == "8k→1k")
        #expect(try shapes.find("8k->1k").text == "8k→1k")
        // Within the tolerance of the shape's runs: 1,100 is 7 % above 1,024.
        #expect(try shapes.find("1100x128").text == "1k→128")
        #expect(throws: ShapeChoiceError(message: "no workload shape \"2k→128\" in the data; the shapes: 1k→128 (1 run), 8k→1k (1 run)")) {
            try shapes.find("2k→128")
        }
        #expect(throws: ShapeChoiceError(message: "\"long\" is not a workload shape: expected input→output tokens such as 1k→128, 1k->128 or 1024x128; the shapes: 1k→128 (1 run), 8k→1k (1 run)")) {
            try shapes.find("long")
        }
        #expect(throws: ShapeChoiceError.self) { try WorkloadShapes.none.find("1k→128") }
    }
}

/// Setups of different shapes are different series, compared one shape at a time.
@Suite struct WorkloadShapeAnalysisTests {
    /// Model A at 1k→128 and 8k→128 over c 1, 2; model B at 1k→128 only.
    static let dataset = Dataset(
        name: "shapes", workload: Workload(name: "w", requests: 3600),
        hardware: [HardwareProfile(name: "H100", gpuType: "H100", cost: .rental(2))],
        models: [Model(name: "A", quality: ["q": 80]), Model(name: "B", quality: ["q": 70])],
        runs: [
            shaped("A", c: 1, input: 1024, output: 128, rps: 2), shaped("A", c: 2, input: 1024, output: 128, rps: 4),
            shaped("A", c: 1, input: 8192, output: 128, rps: 1), shaped("A", c: 2, input: 8192, output: 128, rps: 1.5),
            shaped("B", c: 1, input: 1024, output: 128, rps: 3), shaped("B", c: 2, input: 1024, output: 128, rps: 5),
        ])

    @Test func eachShapeIsItsOwnCurveNeverAveraged() {
        let prepared = PreparedDataset(Self.dataset)
        #expect(prepared.series.count == 3)
        #expect(prepared.series.map(\.requestThroughput) == [[2, 4], [1, 1.5], [3, 5]])
        // Model A's two setups differ in shape alone: the names say it.
        #expect(prepared.labels == ["A · 1k→128", "A · 8k→128", "B · 1k→128"])
    }

    @Test func theMostMeasuredShapeIsComparedAndNamesDropTheShape() {
        let analysis = Analysis(PreparedDataset(Self.dataset).compared(Scenario(concurrency: 1)), Scenario(concurrency: 1))
        #expect(analysis.shape?.text == "1k→128")
        #expect(analysis.entries.map(\.label) == ["A", "B"])
        // A at 2 req/s: 3600 / 2 s at $2/h = $1.
        #expect(close(analysis.entries[0].point.workloadCost, 1))
    }

    @Test func theScenarioPicksAnotherShape() {
        let scenario = Scenario(concurrency: 2, shape: "8k→128")
        let analysis = Analysis(PreparedDataset(Self.dataset).compared(scenario), scenario)
        #expect(analysis.shape?.text == "8k→128")
        #expect(analysis.entries.map(\.label) == ["A"])
        // 3600 / 1.5 s at $2/h = $1.33.
        #expect(close(analysis.entries[0].point.workloadCost, 4.0 / 3))
    }

    @Test func aSetupsRunsAreItsShapesOnly() {
        let prepared = PreparedDataset(Self.dataset)
        let long = prepared.series[1].configuration
        #expect(Self.dataset.runs.filter { long.holds($0, shapes: prepared.shapes) }.map { $0[.requestThroughput]! } == [1, 1.5])
        let tokens = TokenMeans(Self.dataset)
        #expect(tokens.byConfiguration[long]?.input == 8192)
    }

    @Test func dataOfOneShapeIsAsBefore() {
        var one = Self.dataset
        one.runs.removeAll { $0[.meanInputTokens] == 8192 }
        let prepared = PreparedDataset(one)
        #expect(prepared.shapes.shapes.isEmpty)
        #expect(prepared.series.allSatisfy { $0.configuration.shape == nil })
        #expect(prepared.labels == ["A", "B"])
        #expect(prepared.compared(Scenario()).series.count == 2)
        #expect(Analysis(prepared.compared(Scenario()), Scenario()).shape == nil)
    }
}
