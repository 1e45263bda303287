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
}
