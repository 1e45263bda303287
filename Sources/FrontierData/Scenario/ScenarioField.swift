import Foundation
import FrontierCore
import TOMLKit

/// One top-level key of a scenario file: how it is read (nil, or what is wrong) and written.
struct ScenarioField: Sendable {
    let key: String
    let read: @Sendable (TOMLValue, inout ScenarioFile) -> String?
    let write: @Sendable (ScenarioFile) -> TOMLValueConvertible?

    static func number(_ key: String, _ path: WritableKeyPath<ScenarioFile, Double?> & Sendable, _ expected: String,
                       valid: @escaping @Sendable (Double) -> Bool) -> ScenarioField {
        ScenarioField(key: key, read: { value, file in
            guard let number = ScenarioFile.number(value), number.isFinite, valid(number) else {
                return "expected \(expected), found \(ScenarioFile.shown(value))"
            }
            file[keyPath: path] = number
            return nil
        }, write: { $0[keyPath: path].map(ScenarioFile.number) })
    }

    static func integer(_ key: String, _ path: WritableKeyPath<ScenarioFile, Int?> & Sendable, _ expected: String,
                        valid: @escaping @Sendable (Int) -> Bool) -> ScenarioField {
        ScenarioField(key: key, read: { value, file in
            guard let number = value.int, valid(number) else { return "expected \(expected), found \(ScenarioFile.shown(value))" }
            file[keyPath: path] = number
            return nil
        }, write: { $0[keyPath: path] })
    }

    static func text(_ key: String, _ path: WritableKeyPath<ScenarioFile, String?> & Sendable, _ expected: String) -> ScenarioField {
        ScenarioField(key: key, read: { value, file in
            guard let text = value.string, !text.isEmpty else { return "expected \(expected) in quotes, found \(ScenarioFile.shown(value))" }
            file[keyPath: path] = text
            return nil
        }, write: { $0[keyPath: path] })
    }

    static func choice<Choice: RawRepresentable & CaseIterable & Sendable>(
        _ key: String, _ path: WritableKeyPath<ScenarioFile, Choice?> & Sendable
    ) -> ScenarioField where Choice.RawValue == String {
        ScenarioField(key: key, read: { value, file in
            guard let choice = value.string.flatMap(Choice.init(rawValue:)) else {
                return "expected one of \(Choice.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")), found \(ScenarioFile.shown(value))"
            }
            file[keyPath: path] = choice
            return nil
        }, write: { $0[keyPath: path]?.rawValue })
    }

    /// `at = "best"` (each setup at its best level) or `at = 64` (all at one concurrency,
    /// which then needs no `concurrency` key).
    static let at = ScenarioField(key: "at", read: { value, file in
        if value.string == "best" {
            file.operatingPoint = .best
            return nil
        }
        guard let number = ScenarioFile.number(value), number > 0, number.isFinite else {
            return "expected \"best\" or a concurrency > 0, found \(ScenarioFile.shown(value))"
        }
        if let given = file.concurrency, given != number { return concurrencyTwice(number) }
        file.operatingPoint = .chosen
        file.concurrency = number
        return nil
    }, write: { file in
        switch file.operatingPoint {
        case .best?: "best"
        case .chosen?: file.concurrency.map(ScenarioFile.number)
        case nil: nil
        }
    })

    /// `volume = 2000000` (requests a day) or `volume = "60M/month"`, as `--volume` takes it.
    static let volume = ScenarioField(key: "volume", read: { value, file in
        let text = value.string ?? ScenarioFile.number(value).map(JSONWriter.number)
        guard let text, (try? Volume.parse(text)) != nil else {
            return "expected requests a day (2000000) or a volume such as \"60M/month\" or \"1.5e9tok/month\", found \(ScenarioFile.shown(value))"
        }
        file.volume = text
        return nil
    }, write: { file in
        guard let text = file.volume else { return nil }
        if let requests = Double(text) { return ScenarioFile.number(requests) }
        return text
    })

    /// `concurrency = 64`: the comparison's concurrency, or the dashboard slider's under `at = "best"`.
    static let concurrency = ScenarioField(key: "concurrency", read: { value, file in
        guard let number = ScenarioFile.number(value), number > 0, number.isFinite else {
            return "expected a concurrency > 0, found \(ScenarioFile.shown(value))"
        }
        if file.operatingPoint == .chosen, let given = file.concurrency, given != number { return concurrencyTwice(given) }
        file.concurrency = number
        return nil
    }, write: { file in file.operatingPoint == .chosen ? nil : file.concurrency.map(ScenarioFile.number) })

    private static func concurrencyTwice(_ at: Double) -> String {
        "give the concurrency once: at = \(Format.concurrency(at)) or concurrency, not both"
    }
}

/// Where each key stands in a file's text, for error messages (TOMLKit keeps no positions
/// of values): the line of `key` under the table header `[a.b]`, quotes ignored.
struct KeyLines {
    private var lines: [String: Int] = [:]

    init(_ text: String) {
        var table = ""
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                table = Self.normalised(line.trimmingCharacters(in: CharacterSet(charactersIn: "[]")))
                record(table, at: index + 1)
            } else if let equals = line.firstIndex(of: "="), !line.hasPrefix("#") {
                let key = Self.normalised(String(line[..<equals]))
                record(table.isEmpty ? key : table + "." + key, at: index + 1)
            }
        }
    }

    /// The first line of `path` and of each table it opens (`a.b = 1` opens `a`).
    private mutating func record(_ path: String, at line: Int) {
        var prefix = ""
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            prefix = prefix.isEmpty ? String(part) : prefix + "." + part
            if lines[prefix] == nil { lines[prefix] = line }
        }
    }

    func line(of path: [String]) -> Int? { lines[path.joined(separator: ".")] }

    private static func normalised(_ key: String) -> String {
        key.filter { $0 != "\"" && $0 != "'" && !$0.isWhitespace }
    }
}
