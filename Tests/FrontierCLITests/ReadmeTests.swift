import Foundation
import Testing

/// The README's screenshots are real output: each ```text block after
/// `<!-- snapshot: ARGS -->` must equal `frontier snapshot ARGS` (refresh them with
/// scripts/update-readme-snapshots.sh).
@Suite struct ReadmeTests {
    static let readme = (try? String(contentsOfFile: repositoryRoot + "/README.md", encoding: .utf8)) ?? ""

    /// (arguments, the block's text) for every snapshot in the README.
    static var snapshots: [(String, String)] {
        let pattern = try! NSRegularExpression(pattern: "<!-- snapshot: (.*?) -->\n```text\n(.*?)```", options: [.dotMatchesLineSeparators])
        let text = readme as NSString
        return pattern.matches(in: readme, range: NSRange(location: 0, length: text.length)).map {
            (text.substring(with: $0.range(at: 1)), text.substring(with: $0.range(at: 2)))
        }
    }

    /// Splits arguments at spaces, keeping double-quoted parts together.
    static func arguments(_ line: String) -> [String] {
        var result: [String] = [], current = "", quoted = false
        for character in line {
            if character == "\"" { quoted.toggle() } else if character == " " && !quoted {
                if !current.isEmpty { result.append(current); current = "" }
            } else { current.append(character) }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    @Test func theReadmeHasSnapshots() {
        #expect(Self.snapshots.count >= 2)
    }

    @Test func everySnapshotIsTheBinarysOutput() {
        for (arguments, block) in Self.snapshots {
            let (status, output) = spawn([frontierBinary, "snapshot"] + Self.arguments(arguments))
            #expect(status == 0)
            #expect(output == block, "README snapshot `\(arguments)` is stale: run scripts/update-readme-snapshots.sh")
        }
    }

    /// The quick start's code block, comments dropped, is the two commands `.ci/run` and
    /// a new user run: the dashboard and the tests.
    @Test func theQuickStartIsTwoCommands() {
        let section = Self.readme.components(separatedBy: "## Quick start").dropFirst().first ?? ""
        let block = section.components(separatedBy: "```").dropFirst().first ?? ""
        let commands = block.split(separator: "\n").dropFirst()
            .map { $0.split(separator: "#", maxSplits: 1).first.map(String.init)?.trimmingCharacters(in: .whitespaces) ?? "" }
            .filter { !$0.isEmpty }
        #expect(commands == ["swift run frontier", "swift test"])
    }
}
