import FrontierCore

extension Importer {
    /// One model stated at several precisions, or served by several engines (InferenceX
    /// rows of fp4 and fp8, of vLLM and SGLang), is that many setups, never repeats of one:
    /// the precision or engine becomes a label of each of its runs that states one (unless
    /// a label of that key is there, from `--label` say), and its model entry names none.
    /// A model stated at one precision keeps it in its entry, and its runs gain no label.
    static func labelVariants(_ runs: inout [Gathered]) {
        var precisions: [String: Set<String>] = [:], engines: [String: Set<String>] = [:]
        for gathered in runs {
            if let precision = gathered.precision { precisions[gathered.run.model, default: []].insert(precision) }
            if let engine = gathered.engine { engines[gathered.run.model, default: []].insert(engine) }
        }
        let severalPrecisions = Set(precisions.filter { $0.value.count > 1 }.keys)
        let severalEngines = Set(engines.filter { $0.value.count > 1 }.keys)
        guard !severalPrecisions.isEmpty || !severalEngines.isEmpty else { return }
        for i in runs.indices {
            let model = runs[i].run.model
            var added: [SetupLabel] = []
            if severalPrecisions.contains(model), let precision = runs[i].precision {
                added.append(SetupLabel(SetupLabel.precisionKey, fromFile: precision))
                runs[i].precision = nil
            }
            if severalEngines.contains(model), let engine = runs[i].engine {
                added.append(SetupLabel(SetupLabel.engineKey, fromFile: engine))
                runs[i].engine = nil
            }
            let labels = runs[i].run.labels
            let unsaid = added.filter { label in !labels.contains { $0.key == label.key } }
            if !unsaid.isEmpty { runs[i].run.labels = SetupLabel.sorted(labels + unsaid) }
        }
    }
}
