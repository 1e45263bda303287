import Foundation
import FrontierData

/// The import figures: a large vLLM `--save-detailed` file (MB/s and peak memory) and a
/// folder of 10,000 small result files (files/s). Files are generated into a temporary
/// folder (removed after); each import runs in a fresh child process, so that the peak
/// memory is the import's alone. Files just written are in the page cache: the figures
/// are parsing and checking, not disk reads.
enum ImportBenchmark {
    /// Peak memory allowed for a file, as a multiple of its size.
    static let memoryFactor = 3.0

    static func run(megabytes: Int, files: Int) -> Int32 {
        let folder = NSTemporaryDirectory() + "frontier-bench-import-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let clock = ContinuousClock()
        print("frontier-bench import: release-build import figures (monotonic clock; not a timed test)")
        print("load average at start: \(loadAverage() ?? "n/a")\n")
        let big = folder + "/detailed/result.json", small = folder + "/small"
        var bytes = 0, smallBytes = 0
        do {
            try FileManager.default.createDirectory(atPath: folder + "/detailed", withIntermediateDirectories: true)
            let written = try clock.measure { bytes = try SyntheticResults.writeDetailed(to: big, megabytes: megabytes) }
            print("generated \(big): \(String(format: "%.1f", Double(bytes) / 1e6)) MB in \(written.pretty)")
            let writtenSmall = try clock.measure { smallBytes = try SyntheticResults.writeSmallFiles(count: files, to: small) }
            print("generated \(files) small files in \(small): \(String(format: "%.1f", Double(smallBytes) / 1e6)) MB in \(writtenSmall.pretty)")
        } catch {
            print("cannot write the files: \(error)")
            return 1
        }
        var figures: [Figure] = []
        if let child = measure(big) {
            let mb = Double(bytes) / 1e6
            figures.append(Figure(name: "5a. import a vLLM --save-detailed file, \(String(format: "%.0f", mb)) MB",
                                  measured: String(format: "%.0f MB/s (median %@ of %d, %d run)", mb / child.seconds,
                                                   Duration.seconds(child.seconds).pretty, child.iterations, child.runs),
                                  target: "—", pass: nil))
            let factor = Double(child.peakKB) * 1024 / Double(bytes)
            figures.append(Figure(name: "5b. peak memory (VmHWM) importing it",
                                  measured: ProcessMemory.megabytes(child.peakKB) + String(format: ", %.2f× the file; at start %@",
                                                                                         factor, ProcessMemory.megabytes(child.baselineKB)),
                                  target: String(format: "< %.0f× the file", memoryFactor), pass: factor < memoryFactor))
        } else {
            figures.append(Figure(name: "5a. import a vLLM --save-detailed file", measured: "child failed", target: "—", pass: false))
        }
        if let child = measure(small) {
            figures.append(Figure(name: "5c. import a folder of \(files.formatted()) small result files",
                                  measured: String(format: "%.0f files/s (median %@ of %d, %d runs)", Double(files) / child.seconds,
                                                   Duration.seconds(child.seconds).pretty, child.iterations, child.runs),
                                  target: "—", pass: nil))
            figures.append(Figure(name: "5d. peak memory (VmHWM) importing them", measured: ProcessMemory.megabytes(child.peakKB),
                                  target: "—", pass: nil))
        } else {
            figures.append(Figure(name: "5c. import small result files", measured: "child failed", target: "—", pass: false))
        }
        print("load average at end: \(loadAverage() ?? "n/a")\n")
        printTable(figures)
        return 0
    }

    struct ChildFigures {
        var seconds: Double
        var iterations: Int
        var runs: Int
        var peakKB: Int
        var baselineKB: Int
    }

    /// Runs `frontier-bench import-load PATH` and reads its figures.
    static func measure(_ path: String) -> ChildFigures? {
        guard let (status, output) = spawnSelf(["import-load", path]) else { return nil }
        print("child `frontier-bench import-load \(path)` (exit \(status)):")
        for line in output.split(separator: "\n") { print("  " + line) }
        func value(_ key: String) -> Double? {
            output.split(separator: "\n").first { $0.hasPrefix(key + " ") }
                .flatMap { $0.split(separator: " ").dropFirst().first }.flatMap { Double($0) }
        }
        guard status == 0, let seconds = value("median-seconds"), let iterations = value("iterations"), let runs = value("runs"),
              let peak = value("peak-kB"), let baseline = value("baseline-kB") else { return nil }
        return ChildFigures(seconds: seconds, iterations: Int(iterations), runs: Int(runs), peakKB: Int(peak), baselineKB: Int(baseline))
    }

    /// The child: imports `path` (on the H100-80G preset, one GPU) three times and prints
    /// the median time, the run count and the peak resident set.
    static func load(path: String) -> Int32 {
        let baseline = ProcessMemory.kilobytes("VmHWM") ?? 0
        let options = LoadOptions(hardware: "H100-80G", gpus: 1)
        var runs = 0
        var failure: DataError? = nil
        let timing = Timing.of(iterations: 3) { _ in
            do throws(DataError) {
                let loaded = try DatasetLoader.load(path: path, options: options)
                runs = loaded.dataset.runs.count
                return runs
            } catch {
                failure = error
                return 0
            }
        }
        if let failure {
            print("import failed:\n\(failure.errors.prefix(5).map(\.description).joined(separator: "\n"))")
            return 1
        }
        guard let peak = ProcessMemory.kilobytes("VmHWM") else {
            print("no /proc/self/status on this system")
            return 1
        }
        print("median-seconds \(timing.median.seconds)")
        print("iterations \(timing.samples.count)")
        print("runs \(runs)")
        print("baseline-kB \(baseline)")
        print("peak-kB \(peak)")
        return 0
    }
}
