import Foundation
import Testing
@testable import FrontierData
import FrontierCore

@Suite struct HardwarePresetsTests {
    @Test func a800CostsTheFigureOfThePaper() throws {
        let a800 = try #require(HardwarePresets.named("A800-80G"))
        let hourly = a800.cost.perGPUHour
        #expect(cents(hourly.total) == 0.79)
        #expect(abs(hourly.total - 0.790009) < 1e-6)
        #expect(abs(hourly.depreciation - 15_000 / (4 * 8760 * 0.75)) < 1e-12)
        #expect(abs(hourly.power - 0.048) < 1e-12)
        #expect(abs(hourly.maintenance - 1_500.0 / 8760) < 1e-12)
        #expect(hourly.rental == 0)
        #expect(a800.rentalPerGPUHour == 2.82)
    }

    @Test func everyBuiltInHasASourceAndSaneFigures() {
        #expect(HardwarePresets.builtIn.count >= 8)
        for preset in HardwarePresets.builtIn {
            #expect(preset.source?.isEmpty == false, "\(preset.name) has no source")
            #expect(!preset.gpuType.isEmpty)
            let hourly = preset.cost.perGPUHour.total
            #expect(hourly > 0.1 && hourly < 10, "\(preset.name): \(hourly) $/h")
            #expect((preset.rentalPerGPUHour ?? 0) > 0)
        }
        let names = HardwarePresets.builtIn.map { $0.name.lowercased() }
        #expect(Set(names).count == names.count, "preset names are unique regardless of case")
    }

    @Test func lookupIgnoresCase() {
        #expect(HardwarePresets.named("h100-80g")?.name == "H100-80G")
        #expect(HardwarePresets.named("MI300x")?.name == "MI300X")
        #expect(HardwarePresets.named("nope") == nil)
    }

    @Test func userPresetsAddAndOverride() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("presets.json", #"""
            {"hardware": [
              {"name": "a800-80g", "preset": "A800-80G", "price_usd": 20000, "source": "our price"},
              {"name": "Z1", "gpu_type": "Zed One", "cost": "rental", "rental_usd_per_gpu_hour": 1.5},
              {"name": "z1-owned", "price_usd": 8000, "years": 5, "utilization": 0.9, "power_kw": 0.3, "pue": 1.1,
               "electricity_usd_per_kwh": 0.2, "maintenance_rate": 0.02}
            ]}
            """#)
        let presets = try DatasetLoader.loadPresets(path: path)
        #expect(presets.count == HardwarePresets.builtIn.count + 2)
        let a800 = try #require(HardwarePresets.named("A800-80G", in: presets))
        #expect(a800.name == "a800-80g")
        #expect(a800.source == "our price")
        guard case .owned(let gpu) = a800.cost else {
            Issue.record("expected owned")
            return
        }
        #expect(gpu.price == 20000)
        #expect(gpu.years == 4)
        #expect(presets.filter { $0.name.lowercased() == "a800-80g" }.count == 1)
        #expect(HardwarePresets.named("z1", in: presets)?.cost == .rental(1.5))
        #expect(HardwarePresets.named("Z1-OWNED", in: presets) != nil)

        // A dataset may then name them.
        let loaded = try #require(load(dataset(runs: [bareRun(#""model": "M", "hardware": "z1", "concurrency": 2, "request_throughput": 1"#)]),
                                       options: LoadOptions(presets: presets)))
        #expect(loaded.dataset.hardware.map(\.name) == ["Z1"])
        #expect(loaded.dataset.hardware[0].gpuType == "Zed One")
        // And unknown-hardware messages list them.
        let problems = loadProblems(dataset(runs: [bareRun(#""model": "M", "hardware": "q", "concurrency": 2, "request_throughput": 1"#)]),
                                    options: LoadOptions(presets: presets))
        #expect(problems.first?.message.contains("Z1, z1-owned") == true)
    }

    @Test func laterUserPresetsBuildOnEarlierOnes() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("p.json", #"{"hardware": [{"name": "base", "cost": "rental", "rental_usd_per_gpu_hour": 2}, {"name": "derived", "preset": "BASE"}]}"#)
        let presets = try DatasetLoader.loadPresets(path: path)
        #expect(HardwarePresets.named("derived", in: presets)?.cost == .rental(2))
    }

    @Test func invalidUserPresetIsReportedWithItsPath() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("bad-presets.json", #"{"hardware": [{"name": "ok", "preset": "H200"}, {"name": "bad", "preset": "H200", "utilization": 2}, {"name": "worse", "preset": "X"}]}"#)
        do {
            _ = try DatasetLoader.loadPresets(path: path)
            Issue.record("expected a DataError")
        } catch {
            expectProblem(error.problems, file: path, at: "$.hardware[1]", field: "utilization", "expected a number in (0, 1], found 2")
            expectProblem(error.problems, file: path, at: "$.hardware[2]", field: "preset", #"unknown preset "X""#)
            #expect(error.errors.count == 2)
        }
    }

    @Test func presetsFileShape() throws {
        let tmp = try TempFolder()
        let wrong = try tmp.write("wrong.json", #"[{"name": "x"}]"#)
        do {
            _ = try DatasetLoader.loadPresets(path: wrong)
            Issue.record("expected a DataError")
        } catch {
            #expect(error.problems == [DataProblem(.error, file: wrong, location: "$", field: "hardware", message: #"expected {"hardware": [ … ]}"#)])
        }
        let broken = try tmp.write("broken.json", "{\"hardware\": [\n}")
        do {
            _ = try DatasetLoader.loadPresets(path: broken)
            Issue.record("expected a DataError")
        } catch {
            #expect(error.problems.first?.location == "line 2, column 1")
            #expect(error.problems.first?.file == broken)
        }
        do {
            _ = try DatasetLoader.loadPresets(path: tmp.path + "/missing.json")
            Issue.record("expected a DataError")
        } catch {
            #expect(error.problems.first?.message == "no such file")
        }
    }
}
