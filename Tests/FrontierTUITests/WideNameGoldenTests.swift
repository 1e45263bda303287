import FrontierCore
import Testing
@testable import FrontierTUI

/// Model names in CJK and with emoji take two columns a character: every screen keeps its
/// borders and columns in place (each row exactly the terminal's width in columns).
@Suite("golden screens with wide names")
struct WideNameGoldenTests {
    static let models: [(name: String, score: Double, rps: [Double])] = [
        ("通义千问-72B大模型", 80, [1, 4, 5]), ("GLM-5 🚀 fast", 60, [2, 8, 10]), ("Gamma", 50, [1, 2, 4]),
    ]

    static func session(width: Int, height: Int, keys: String) throws -> Session {
        var session = Session(dataset: WidgetFixture.dataset(Self.models), scenario: Scenario(concurrency: 16, budget: 0.45),
                              width: width, height: height)
        for key in try Key.parse(keys) { session.press(key) }
        return session
    }

    @Test(arguments: [(80, 24), (120, 40)], ["", "Tab Enter", "?"])
    func everyRowIsTheScreensWidth(_ size: (Int, Int), _ keys: String) throws {
        let canvas = try Self.session(width: size.0, height: size.1, keys: keys).frame.canvas
        for (row, line) in canvas.lines.enumerated() {
            #expect(line.columns == size.0, "row \(row) is \(line.columns) columns: \(line)")
        }
        let name = "wide-names\(keys.isEmpty ? "" : "-" + keys.replacingOccurrences(of: " ", with: "-").lowercased().replacingOccurrences(of: "?", with: "help"))"
        assertGolden(canvas, named: "\(name)-\(size.0)x\(size.1)", header: Golden.header(name, width: size.0, height: size.1, keys: keys))
    }

    /// The ranking's columns start at the same column on every row, whatever the name.
    @Test(arguments: [(80, 24), (120, 40)])
    func rankingColumnsLineUp(_ size: (Int, Int)) throws {
        let lines = try Self.session(width: size.0, height: size.1, keys: "").frame.canvas.lines
        let rows = lines.filter { $0.contains("通义") || $0.contains("GLM-5") || $0.contains("Gamma") }
            .filter { $0.contains("$") }
        #expect(rows.count >= 3)
        let costColumns = Set(rows.map { line in DisplayWidth.prefix(line, columns: .max).prefix { $0 != "$" }.columns })
        #expect(costColumns.count == 1, "the cost column starts at \(costColumns) in \(rows)")
    }
}
