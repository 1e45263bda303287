import FrontierCore

extension Importer {
    /// One model stated at several precisions, or served by several engines (InferenceX
    /// rows of fp4 and fp8, of vLLM and SGLang), is that many setups, never repeats of one:
    /// the precision or engine becomes a label of each of its runs that states one (unless
    /// a label of that key is there, from `--label` say), and its model entry names none.
    /// A model stated at one precision keeps it in its entry, and its runs gain no label.
    static func labelVariants(_ runs: inout [Gathered]) {
        for (key, fact) in [(SetupLabel.precisionKey, \Gathered.precision), (SetupLabel.engineKey, \Gathered.engine)] {
            var stated: [String: Set<String>] = [:]
            for gathered in runs {
                if let value = gathered[keyPath: fact] { stated[gathered.run.model, default: []].insert(value) }
            }
            let several = Set(stated.filter { $0.value.count > 1 }.keys)
            guard !several.isEmpty else { continue }
            for i in runs.indices where several.contains(runs[i].run.model) {
                guard let value = runs[i][keyPath: fact] else { continue }
                runs[i][keyPath: fact] = nil
                if !runs[i].run.labels.contains(where: { $0.key == key }) {
                    runs[i].run.labels = SetupLabel.sorted(runs[i].run.labels + [SetupLabel(key, fromFile: value)])
                }
            }
        }
    }
}
