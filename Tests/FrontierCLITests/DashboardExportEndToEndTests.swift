import Foundation
import Glibc
import Testing

/// `e` and `E` in the real dashboard under tmux: the file in the working folder is the
/// `frontier report` of the same view; a write that fails says why and leaves nothing.
@Suite(.serialized, Tmux.required) struct DashboardExportEndToEndTests {
    static func folder() -> String {
        let path = NSTemporaryDirectory() + "frontier-export-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func exported(in folder: String, suffix: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix("frontier-wineval-a800-") && $0.hasSuffix(suffix) }
    }

    @Test func filterThenExportWritesTheReportOfTheFilteredView() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let tmux = Tmux("sh -c 'cd \(folder) && \(frontierBinary); echo exit=$?; sleep 10'", width: 120, height: 40)
        defer { tmux.stop() }
        #expect(tmux.wait(for: "Production frontier"))
        // e typed into the filter is text, not an export.
        tmux.keys("/", "d", "e", "n", "s", "e")
        #expect(tmux.wait(for: "4 of 9 setups match"))
        #expect(Self.exported(in: folder, suffix: ".md").isEmpty)
        tmux.keys("Enter")
        #expect(tmux.wait(for: "4 of 4 fit · filter \"dense\""))
        tmux.keys("e")
        #expect(tmux.wait(for: "exported frontier-wineval-a800-"))
        #expect(tmux.screen.contains("(Markdown, 4 setups)"))
        let name = try #require(Self.exported(in: folder, suffix: ".md").first)
        #expect(tmux.screen.contains(name))
        let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        let report = frontier("report", "--format", "markdown", "--curves", "--filter", "dense")
        #expect(report.status == 0)
        #expect(text == report.output, "the export is the report of the same scenario and filter")
        #expect(text.contains("only setups whose model or hardware contains \"dense\""))
        #expect(text.contains("dense-72B-int4") && !text.contains("WiNGPT-3.5"))

        tmux.keys("E")
        #expect(tmux.wait(for: "(JSON, 4 setups)"))
        let json = try #require(Self.exported(in: folder, suffix: ".json").first)
        let written = try String(contentsOfFile: folder + "/" + json, encoding: .utf8)
        #expect(written == frontier("report", "--format", "json", "--curves", "--filter", "dense").output)
        tmux.keys("q")
        #expect(tmux.wait(for: "exit=0"))
    }

    @Test func filterMarkCompareThenExport() throws {
        // The habits of #15 in one sitting: a filter, two marks, the comparison, an export
        // read back from the file.
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let tmux = Tmux("sh -c 'cd \(folder) && \(frontierBinary); echo exit=$?; sleep 10'", width: 120, height: 40)
        defer { tmux.stop() }
        #expect(tmux.wait(for: "Production frontier"))
        tmux.keys("/", "d", "e", "n", "s", "e", "Enter")
        #expect(tmux.wait(for: "4 of 4 fit · filter \"dense\""))
        tmux.keys("Tab", "Space")
        #expect(tmux.wait(for: "marked A dense-72B-int4 2×A800-80G · 1 of 5 · c compares"))
        tmux.keys("Down", "Space")
        #expect(tmux.wait(for: "marked B dense-32B 2×A800-80G · 2 of 5 · c compares"))
        #expect(tmux.screen.contains(" 1 A dense-72B-int4") && tmux.screen.contains(" 2 B dense-32B"), "letters in the ranking")
        tmux.keys("c")
        #expect(tmux.wait(for: "Compare 2 marked · c or Esc to close"))
        let compare = tmux.screen
        #expect(compare.contains("A dense-72B-int4") && compare.contains("B dense-32B"))
        #expect(compare.contains("at its best") && compare.contains("failures"))
        tmux.keys("Escape")
        #expect(tmux.wait(for: "Ranking at c=64"))
        tmux.keys("e")
        #expect(tmux.wait(for: "exported frontier-wineval-a800-"))
        let name = try #require(Self.exported(in: folder, suffix: ".md").first)
        let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        // The report of the view, with the marks named.
        let marks = text.split(separator: "\n", omittingEmptySubsequences: false).filter { $0.contains("Marked") }
        #expect(marks.count == 1 && marks[0].contains("A dense-72B-int4, B dense-32B"), "\(marks)")
        let unmarked = text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("Marked") }.joined(separator: "\n")
        #expect(unmarked == frontier("report", "--format", "markdown", "--curves", "--filter", "dense").output)
        #expect(text.contains("dense-32B") && !text.contains("WiNGPT"))
        tmux.keys("E")
        #expect(tmux.wait(for: "(JSON, 4 setups)"))
        let json = try #require(Self.exported(in: folder, suffix: ".json").first)
        let written = try String(contentsOfFile: folder + "/" + json, encoding: .utf8)
        #expect(written.contains(#""marked" : ["#) || written.contains(#""marked": ["#), "the JSON names the marks")
        tmux.keys("q")
        #expect(tmux.wait(for: "exit=0"))
    }

    @Test func aFailedExportSaysWhyAndWritesNothing() throws {
        let folder = Self.folder()
        let tmux = Tmux("sh -c 'cd \(folder) && \(frontierBinary); echo exit=$?; sleep 10'", width: 120, height: 40)
        defer { tmux.stop() }
        #expect(tmux.wait(for: "Production frontier"))
        // The working folder goes away under the dashboard: nowhere to write.
        try FileManager.default.removeItem(atPath: folder)
        tmux.keys("e")
        #expect(tmux.wait(for: "not exported: cannot write frontier-wineval-a800-"))
        #expect(tmux.screen.contains(".md: No such file or directory"), "the message names the file asked for, not a temporary one")
        #expect(tmux.screen.contains("No such file or directory"))
        #expect(!FileManager.default.fileExists(atPath: folder))
        #expect(tmux.screen.contains("Production frontier"), "the dashboard goes on")
        tmux.keys("q")
        #expect(tmux.wait(for: "exit=0"))
    }
}
