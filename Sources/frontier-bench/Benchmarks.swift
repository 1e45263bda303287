import Foundation
import FrontierCore
import FrontierData

/// The figures of DESIGN.md §6, each measured in this (release) process except the
/// memory peak, which a fresh child process measures so earlier figures don't inflate it.
enum Benchmarks {
    static let frameTarget = Duration.milliseconds(16)

    /// Slider positions a concurrency slider steps through: quarter octaves from 1 up to
    /// `top` and back down, so most steps fall between measured levels (interpolated)
    /// and every fourth one on a level.
    static func sliderSteps(upTo top: Double) -> [Double] {
        let quarters = Int((log2(top) * 4).rounded())
        let up = (0...quarters).map { exp2(Double($0) / 4) }
        return up + up.reversed().dropFirst().dropLast()
    }

    /// What a slider step moves.
    enum Step {
        /// The concurrency: curves, zones and the frontier over all levels are reused.
        case concurrency
        /// A cost input (the first profile's price, as a rental rate): everything is
        /// worked out again.
        case cost
    }

    /// Median and p95 of `Analysis(prepared, scenario)` with one slider moved a step each
    /// iteration. As in the dashboard, the new analysis replaces the previous one, whose
    /// release is timed with it.
    static func reanalysis(_ prepared: PreparedDataset, step: Step = .concurrency, iterations: Int,
                           warmup: Int) -> Timing {
        let top = prepared.series.map { $0.levels.last! }.max() ?? 1
        let steps = sliderSteps(upTo: top)
        let profile = prepared.dataset.hardware.first?.name ?? ""
        var scenario = Scenario(concurrency: 16, budget: nil)
        var current: Analysis? = nil
        let timing = Timing.of(iterations: iterations, warmup: warmup) { i in
            switch step {
            case .concurrency: scenario.concurrency = steps[i % steps.count]
            case .cost: scenario.costOverrides = [profile: .rental(1 + Double(i % 100) * 0.05)]
            }
            current = Analysis(prepared, scenario)
            return current!.ranking.count &+ current!.frontier.count
        }
        withExtendedLifetime(current) {}
        return timing
    }

    static func figure(_ name: String, _ timing: Timing, target: Duration?) -> Figure {
        let measured = "median \(timing.median.pretty), p95 \(timing.p95.pretty) "
            + "(CPU median \(timing.cpuMedian.pretty), n=\(timing.samples.count))"
        guard let target else { return Figure(name: name, measured: measured, target: "—", pass: nil) }
        return Figure(name: name, measured: measured, target: "p95 < \(target.pretty)", pass: timing.p95 < target)
    }

    /// Everything but the memory peaks, then the memory peaks from a child process.
    static func all() -> Int32 {
        var figures: [Figure] = []
        let clock = ContinuousClock()
        print("frontier-bench: release-build figures for DESIGN.md §6 (monotonic clock; not a timed test)")
        print("load average at start: \(loadAverage() ?? "n/a"); MemoryLayout<Run>.stride = \(MemoryLayout<Run>.stride) B\n")

        // 1. Sample-sized: 9 models × 8 levels (1…128) on one preset, like the bundled sample.
        let sample = PreparedDataset(SyntheticDataset.make(models: 9, levels: (0..<8).map { exp2(Double($0)) }, presets: 1))
        figures.append(figure("1a. re-analysis, synthetic sample size (\(sample.dataset.runs.count) runs), concurrency step",
                              reanalysis(sample, iterations: 20_000, warmup: 500), target: .milliseconds(1)))
        figures.append(contentsOf: realSampleFigures())

        // 2. 100,000 runs = 10,000 configurations × 10 levels.
        var prepared: PreparedDataset? = nil
        let prepare100k = clock.measure { prepared = PreparedDataset(SyntheticDataset.make(runs: 100_000)) }
        print("generated + prepared 100,000 runs (\(prepared!.series.count) configurations) in \(prepare100k.pretty)")
        figures.append(figure("2a. re-analysis, 100,000 runs, concurrency step",
                              reanalysis(prepared!, iterations: 200, warmup: 10), target: frameTarget))
        figures.append(figure("2b. re-analysis, 100,000 runs, cost-input step",
                              reanalysis(prepared!, step: .cost, iterations: 200, warmup: 10), target: frameTarget))
        prepared = nil

        // 3. Frontier of 1,000,000 random (cost, quality) points, and the worst case.
        let (costs, qualities) = SyntheticDataset.frontierPoints(count: 1_000_000)
        var frontierSize = 0
        let frontier = Timing.of(iterations: 21, warmup: 2) { _ in
            let f = Frontier.indices(costs: costs, qualities: qualities)
            frontierSize = f.count
            return f.count
        }
        print("frontier of 1,000,000 random points: \(frontierSize) points on it")
        figures.append(figure("3a. Frontier.indices, 1,000,000 random points", frontier, target: .milliseconds(100)))
        let worst = Timing.of(iterations: 5, warmup: 1) { _ in
            // Quality rising with cost: every point is on the frontier, nothing is pruned.
            Frontier.indices(costs: costs, qualities: costs).count
        }
        figures.append(figure("3b. the same, every point on the frontier (worst case)", worst, target: nil))

        // 4. 1,000,000 runs (100,000 configurations); no time target, for scale.
        var dataset: Dataset? = nil
        let generate1M = clock.measure { dataset = SyntheticDataset.make(runs: 1_000_000) }
        let prepare1M = clock.measure { prepared = PreparedDataset(dataset!) }
        dataset = nil
        print("1,000,000 runs: generated in \(generate1M.pretty), PreparedDataset in \(prepare1M.pretty)")
        figures.append(Figure(name: "4a. PreparedDataset(dataset), 1,000,000 runs", measured: prepare1M.pretty,
                              target: "—", pass: nil))
        figures.append(figure("4b. re-analysis, 1,000,000 runs, concurrency step",
                              reanalysis(prepared!, iterations: 15, warmup: 2), target: nil))
        figures.append(figure("4c. re-analysis, 1,000,000 runs, cost-input step",
                              reanalysis(prepared!, step: .cost, iterations: 9, warmup: 1), target: nil))
        prepared = nil

        // 4d–f. Peak memory with 1,000,000 runs in memory, from a fresh process.
        figures.append(contentsOf: memoryFigures(runs: 1_000_000))

        print("load average at end: \(loadAverage() ?? "n/a")\n")
        printTable(figures)
        return 0
    }

    /// The bundled sample, read with FrontierData's loader, when it can be found from the
    /// working directory or next to the build folder.
    static func realSampleFigures() -> [Figure] {
        let relative = "sample-data/wineval-a800.json"
        let executableDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [relative, executableDirectory.appendingPathComponent("../../../" + relative).path,
                          executableDirectory.appendingPathComponent("../../" + relative).path]
        guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            print("real sample: \(relative) not found from here; skipped")
            return []
        }
        let clock = ContinuousClock()
        var loaded: Loaded? = nil
        var failure: DataError? = nil
        let loadTime = clock.measure {
            do throws(DataError) { loaded = try DatasetLoader.load(path: path) } catch { failure = error }
        }
        guard let dataset = loaded?.dataset else {
            print("real sample: \(path) did not load (\(failure.map { "\($0)" } ?? "unknown error")); skipped")
            return []
        }
        var prepared: PreparedDataset? = nil
        let prepareTime = clock.measure { prepared = PreparedDataset(dataset) }
        let name = "\(relative) (\(dataset.runs.count) runs, \(prepared!.series.count) configurations)"
        print("real sample: \(name) loaded in \(loadTime.pretty), prepared in \(prepareTime.pretty)")
        return [
            figure("1b. re-analysis, real sample, concurrency step", reanalysis(prepared!, iterations: 20_000, warmup: 500),
                   target: .milliseconds(1)),
            figure("1c. re-analysis, real sample, cost-input step",
                   reanalysis(prepared!, step: .cost, iterations: 20_000, warmup: 500), target: .milliseconds(1)),
        ]
    }

    /// Spawns `frontier-bench memory N` and reads its peaks: with the runs loaded, with
    /// them prepared for analysis, and with one analysis of them as well. The 300 MB
    /// target is checked against each (in MiB, as /proc counts).
    static func memoryFigures(runs: Int) -> [Figure] {
        let count = runs.formatted()
        let names = [("peak-dataset-kB", "4d. peak memory (VmHWM), \(count) runs loaded"),
                     ("peak-prepared-kB", "4e. peak memory (VmHWM), the same + PreparedDataset"),
                     ("peak-analysis-kB", "4f. peak memory (VmHWM), the same + one Analysis")]
        let target = "< 300 MiB"
        guard let (status, output) = spawnSelf(["memory", String(runs)]) else {
            return [Figure(name: names[0].1, measured: "could not spawn child", target: target, pass: false)]
        }
        print("child `frontier-bench memory \(runs)` (exit \(status)):")
        for line in output.split(separator: "\n") { print("  " + line) }
        func peak(_ key: String) -> Int? {
            output.split(separator: "\n").first { $0.hasPrefix(key + " ") }
                .flatMap { $0.split(separator: " ").dropFirst().first }.flatMap { Int($0) }
        }
        return names.map { key, name in
            guard status == 0, let kB = peak(key) else {
                return Figure(name: name, measured: "child failed (exit \(status))", target: target, pass: false)
            }
            return Figure(name: name, measured: ProcessMemory.megabytes(kB), target: target, pass: kB < 300 * 1024)
        }
    }

    /// The memory mode: builds `runs` runs, prepares and analyses them, and prints the
    /// resident set and its peak after each step, then the peaks as
    /// `peak-dataset-kB <n>`, `peak-prepared-kB <n>` and `peak-analysis-kB <n>`.
    static func memory(runs: Int) -> Int32 {
        func report(_ step: String, _ note: String) -> Int? {
            let peak = ProcessMemory.kilobytes("VmHWM")
            print(step.padding(toLength: 18, withPad: " ", startingAt: 0)
                  + "VmRSS \(ProcessMemory.megabytes(ProcessMemory.kilobytes("VmRSS")))"
                  + "  VmHWM \(ProcessMemory.megabytes(peak))  \(note)")
            return peak
        }
        _ = report("baseline", "")
        let dataset = SyntheticDataset.make(runs: runs)
        let peakDataset = report("dataset", "(\(dataset.runs.count) runs × \(MemoryLayout<Run>.stride) B)")
        let prepared = PreparedDataset(dataset)
        let peakPrepared = report("+ PreparedDataset", "(\(prepared.series.count) series)")
        let analysis = Analysis(prepared, Scenario(concurrency: 24))
        let peakAnalysis = report("+ Analysis", "(\(analysis.entries.count) entries, \(analysis.ranking.count) ranked)")
        guard let peakDataset, let peakPrepared, let peakAnalysis else {
            print("no /proc/self/status on this system")
            return 1
        }
        print("peak-dataset-kB \(peakDataset)")
        print("peak-prepared-kB \(peakPrepared)")
        print("peak-analysis-kB \(peakAnalysis)")
        withExtendedLifetime((dataset, prepared, analysis)) {}
        return 0
    }

    /// `iterations` slider-step re-analyses of `runs` runs, for running under a profiler
    /// (`perf record .build/release/frontier-bench loop 100000 300`).
    static func loop(runs: Int, iterations: Int) -> Int32 {
        let prepared = PreparedDataset(SyntheticDataset.make(runs: runs))
        for step in [Step.concurrency, .cost] {
            let timing = reanalysis(prepared, step: step, iterations: iterations, warmup: 0)
            print("\(runs) runs, \(iterations) re-analyses, \(step) steps: median \(timing.median.pretty), "
                  + "p95 \(timing.p95.pretty), CPU median \(timing.cpuMedian.pretty) min \(timing.cpu[0].pretty)")
        }
        return 0
    }
}
