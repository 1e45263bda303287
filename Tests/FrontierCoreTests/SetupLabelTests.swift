import Testing
@testable import FrontierCore

/// Setup labels make runs of one model on one hardware different setups.
@Suite struct SetupLabelTests {
    @Test func sortedByKeyLastValueWinning() {
        let labels = SetupLabel.sorted([SetupLabel("tp", "4"), SetupLabel("deployment", "base"), SetupLabel("tp", "8")])
        #expect(labels == [SetupLabel("deployment", "base"), SetupLabel("tp", "8")])
    }

    @Test func labelsSeparateConfigurations() {
        var base = Run(model: "m", hardware: "H100", gpus: 8, concurrency: 16)
        base.labels = [SetupLabel("deployment", "base")]
        var spec = base
        spec.labels = [SetupLabel("deployment", "spec")]
        #expect(base.configuration != spec.configuration)
        #expect(Set([base.configuration, spec.configuration, base.configuration]).count == 2)
        // same model, hardware and GPUs: the labels order them (base before spec)
        #expect(base.configuration < spec.configuration)
        #expect(!(spec.configuration < base.configuration))
        // an unlabelled setup sorts first, as before labels existed
        #expect(Configuration(model: "m", hardware: "H100", gpus: 8) < base.configuration)
    }
}

/// A setup's name on screen shows only the labels that tell the setups apart.
@Suite struct SetupLabelDisplayTests {
    func configuration(_ labels: [SetupLabel]) -> Configuration {
        Configuration(model: "GLM-5", hardware: "H200", gpus: 8, labels: labels)
    }

    @Test func sharedLabelsAreNotShown() {
        let a = configuration([SetupLabel("deployment", "base"), SetupLabel("tp", "8")])
        let b = configuration([SetupLabel("deployment", "spec"), SetupLabel("tp", "8")])
        #expect(Configuration.differingLabelKeys([a, b]) == ["deployment"])
        #expect(Configuration.differingLabelKeys([a, a]).isEmpty)
    }

    @Test func aLabelSomeLackIsShown() {
        let a = configuration([SetupLabel("tp", "8")])
        let b = configuration([])
        #expect(Configuration.differingLabelKeys([a, b]) == ["tp"])
        #expect(Configuration.differingLabelKeys([b, b]).isEmpty)
    }

    @Test func namesWriteAConfigurationAsEngineersDo() {
        #expect(SetupLabel("tp", "8").shortText == "tp8" && SetupLabel("dp", "2").shortText == "dp2")
        #expect(SetupLabel("tp", "auto").shortText == "tp=auto", "a size that is no number keeps its key")
        #expect(SetupLabel("tp", "").shortText == "tp=")
        #expect(SetupLabel("precision", "fp8").shortText == "fp8" && SetupLabel("engine", "sglang").shortText == "sglang")
        #expect(SetupLabel("deployment", "base").shortText == "deployment=base")
        #expect(SetupLabel("tp", "8").text == "tp=8", "native files keep the form that reads back")
    }

    @Test func aSetupNameShowsItsDifferingLabelsShort() {
        var runs = handDataset().runs.filter { $0.model == "A" }
        runs = runs.map { var r = $0; r.labels = [SetupLabel("deployment", "a"), SetupLabel("tp", "8")]; return r }
            + runs.map { var r = $0; r.labels = [SetupLabel("deployment", "a"), SetupLabel("tp", "4")]; return r }
        var dataset = handDataset()
        dataset.runs = runs
        #expect(PreparedDataset(dataset).labels.sorted() == ["A · tp4", "A · tp8"], "the shared deployment is not shown")
    }
}
