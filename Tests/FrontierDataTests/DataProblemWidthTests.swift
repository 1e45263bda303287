import FrontierCore
import Testing
@testable import FrontierData

/// A problem's line fitted to a terminal: names from the file whole when there is room (or
/// no terminal), else cut in the middle, longest first, never the rest of the message.
@Suite struct DataProblemWidthTests {
    static let name = "meta/llama-2-70b-chat:02e509c789964a7ea8736978a43525956ef40397be9033abf9fd2badfe68c9e3"
    static let problem = DataProblem(.warning, file: "runs.csv", field: "quality",
                                     message: "model \(quoted(name)) has no quality score: it is costed but cannot be on the frontier")

    @Test func quotedValuesAreWhole() {
        #expect(quoted(Self.name) == "\"" + Self.name + "\"", "no cut at 40 any more")
        #expect(quoted(String(repeating: "x", count: 201)).count == 202, "past 200 (no name is that long) cut in the middle")
        #expect(quoted("a\u{1B}[31mb") == "\"ab\"", "still sanitised")
    }

    @Test func noTerminalKeepsTheWholeLine() {
        #expect(Self.problem.description(fitting: nil) == Self.problem.description)
        #expect(Self.problem.description.contains(Self.name))
    }

    @Test func aWideTerminalKeepsTheWholeLine() {
        let line = Self.problem.description
        #expect(Self.problem.description(fitting: line.count) == line)
    }

    @Test func aNarrowTerminalCutsTheNameInTheMiddleToFit() {
        // At 120 columns the 86-character name keeps 19: its two ends either side of '…'.
        let fitted = Self.problem.description(fitting: 120)
        #expect(fitted.count == 120)
        #expect(fitted == "runs.csv: quality: warning: model \"meta/llam…dfe68c9e3\" has no quality score: it is costed but cannot be on the frontier")
        // Too narrow for even that: the name stops at 12 columns, the message stays whole.
        let narrow = Self.problem.description(fitting: 40)
        #expect(narrow == "runs.csv: quality: warning: model \"meta/…68c9e3\" has no quality score: it is costed but cannot be on the frontier")
    }

    @Test func theLongestValueIsCutFirst() {
        let two = DataProblem(.error, file: "f.json", message: "\(quoted("short-name")) and \(quoted(Self.name)) clash")
        let fitted = two.description(fitting: 60)
        #expect(fitted.contains("\"short-name\""))
        #expect(fitted.count == 60)
    }
}
