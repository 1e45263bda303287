import FrontierCore
import FrontierData
import Testing
@testable import FrontierTUI

/// A setup measured at one concurrency has no curve: the findings say so and state no principle.
@Suite("findings of a setup measured at one level")
struct OneLevelFindingsTests {
    /// Alpha measured at 1, 4 and 16; Solo at 8 only.
    static func dataset() -> Dataset {
        var dataset = WidgetFixture.dataset()
        dataset.models.append(Model(name: "Solo", size: "7B", notes: "", quality: ["score": 70]))
        dataset.runs.append(WidgetFixture.run("Solo", c: 8, rps: 3))
        return dataset
    }

    static func session(width: Int = 120, height: Int = 40) throws -> Session {
        var session = Session(dataset: dataset(), scenario: Scenario(concurrency: 8), width: width, height: height)
        let solo = try #require(session.derived.rows.first { $0.model == "Solo" })
        session.send(.select(solo))
        return session
    }

    @Test func oneLevelGivesNoPrinciple() throws {
        let session = try Self.session()
        let entry = try #require(session.analysis.entries.first { $0.configuration.model == "Solo" })
        #expect(entry.singleLevelNote == "measured at c=8 only: no curve")
        let findings = EconomicsPanel(session.state, session.analysis, session.derived).findings(entry)
        #expect(findings == ["Measured at c=8 only: no curve"])
        let text = session.frame.canvas.text
        #expect(text.contains("1 Measured at c=8 only: no curve"))
        for principle in ["No step up", "not saturated", "Zone c", "saves", "knee"] {
            #expect(!text.contains(principle), "\(principle) stated from one point")
        }
        assertGolden(session.frame.canvas, named: "one-level-120x40", header: Golden.header("one-level", width: 120, height: 40, keys: "select Solo"))
    }

    @Test func aSetupWithACurveKeepsItsFindings() throws {
        let session = try Self.session()
        let alpha = try #require(session.analysis.entries.first { $0.configuration.model == "Alpha" })
        #expect(alpha.singleLevelNote == nil)
        #expect(EconomicsPanel(session.state, session.analysis, session.derived).findings(alpha).count == 3)
    }

    @Test func theReportSaysTheSame() throws {
        let analysis = Analysis(PreparedDataset(Self.dataset()), Scenario(concurrency: 8))
        let text = Report(dataset: Self.dataset(), analysis: analysis, options: Report.Options(model: "Solo")).text()
        #expect(text.contains("measured at c=8 only: no curve"))
        #expect(!text.contains("throughput not saturated") && !text.contains("optimal zone") && !text.contains("knee"))
    }
}
