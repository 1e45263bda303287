import Foundation
import Testing

/// Warnings name what they are about in full when nobody reads them on a terminal, and fit
/// the terminal's width when someone does: no more cut at 40 characters.
@Suite(.serialized) struct WarningWidthTests {
    static let name = "meta/llama-2-70b-chat:02e509c789964a7ea8736978a43525956ef40397be9033abf9fd2badfe68c9e3"
    static func file() -> String {
        temporaryFile("model,hardware,gpus,concurrency,requests,duration_s\n\(name),A800-80G,2,1,100,10\n", suffix: ".csv")
    }

    @Test func withoutATerminalTheWholeNameIsShown() {
        let path = Self.file()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = frontier("validate", path)
        #expect(result.status == 0)
        #expect(result.output.contains("model \"\(Self.name)\" has no quality score"))
    }

    @Test func onATerminalTheLineFitsItsWidth() throws {
        let path = Self.file()
        defer { try? FileManager.default.removeItem(atPath: path) }
        // The temporary path is long too; 200 columns leave room for the name's two ends.
        let tmux = Tmux("sh -c '\(frontierBinary) validate \(path); echo exit=$?; sleep 10'", width: 200, height: 10)
        defer { tmux.stop() }
        #expect(tmux.wait(for: "exit=0"))
        let line = try #require(tmux.screen.split(separator: "\n").first { $0.contains("has no quality score") })
        #expect(line.count <= 200)
        #expect(line.contains("\"meta/llama") && line.contains("…") && line.contains("68c9e3\""), "\(line)")
        #expect(line.hasSuffix("cannot be on the frontier"), "the message itself is never cut")
    }
}
