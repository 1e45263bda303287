import Foundation
import FrontierCore
import Testing
@testable import FrontierTUI

@Suite("EconomicsPanel")
struct EconomicsPanelTests {
    typealias F = WidgetFixture

    static func render(_ session: Session, width: Int = 48, height: Int = 12) -> Canvas {
        var canvas = F.marked(width, height)
        EconomicsPanel(session.state, session.analysis, session.derived).render(into: &canvas, area: canvas.bounds)
        return canvas
    }

    @Test func showsCurvesZoneKneeAndFindings() {
        #expect(Self.render(F.session()).lines == [
            "┌ Economics · Alpha ───────────────────────────┐",
            "│cost/req █▁▁xxreq/s ▁▆█xxxxxxxxxxxxxxxxxxxxxxx│",
            "│   c Workload    Saving      ε    TTFTxxxxxxxx│",
            "│   1    $2.00         —      —  100 msxxxxxxxx│",
            "│   4    $0.50     $1.50   1.00  400 msxxxxxxxx│",
            "│  16    $0.40     $0.10   0.16   1.6 s ◆kneexx│",
            "│xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx│",
            "│xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx│",
            "│1 Savings shrink $1.50→$0.10xxxxxxxxxxxxxxxxxx│",
            "│2 Throughput not saturated (last ε 0.16)xxxxxx│",
            "│3 Zone c 16, knee 16, min $0.40xxxxxxxxxxxxxxx│",
            "└──────────────────────────────────────────────┘",
        ])
    }

    @Test func shadesTheZoneAndMarksTheKnee() {
        let canvas = Self.render(F.session())
        #expect(canvas[2, 5]?.style == Style(.knee, bold: true, reverse: true), "knee, current level, in the zone")
        #expect(canvas[2, 4]?.style == Style(.text))
    }

    @Test func zoneRowsOnTheSample() throws {
        let session = try SampleData.session(width: 120, height: 40)
        let lines = Self.render(session, width: 48, height: 16).lines
        let zone = lines.filter { $0.contains(" zone") || $0.contains("◆knee") }
        #expect(zone.count >= 2, "\(lines)")
        #expect(lines.contains { $0.contains("◆knee") })
        #expect(lines.filter { $0.hasPrefix("│1 ") || $0.hasPrefix("│2 ") || $0.hasPrefix("│3 ") }.count == 3)
        // The knee row is the zone's low end.
        let entry = try #require(session.analysis.entries.first { $0.configuration == session.selection })
        let knee = try #require(entry.zone?.knee)
        #expect(lines.contains { $0.hasPrefix("│" + String(repeating: " ", count: 4 - Format.concurrency(knee).count)
                                             + Format.concurrency(knee) + " ") && $0.contains("◆knee") })
    }

    @Test func kneeInASCII() {
        let session = Session(dataset: F.dataset(), scenario: Scenario(concurrency: 16, budget: 0.45), ascii: true,
                              width: 80, height: 24)
        let lines = Self.render(session).lines
        #expect(lines[5] == "|  16    $0.40     $0.10   0.16   1.6 s *kneexx|")
        #expect(lines[1] == "|cost/req #__xxreq/s _+#xxxxxxxxxxxxxxxxxxxxxxx|")
    }

    @Test func marksLevelsThatMissTheSLO() {
        let session = Session(dataset: F.dataset(), scenario: Scenario(concurrency: 4, sloTTFTms: 500), width: 80, height: 24)
        let lines = Self.render(session).lines
        #expect(lines[5].contains("1.6 s >SLO"))
        #expect(lines[4].contains("◆knee"), "the knee moves to the cheapest level that meets the SLO")
        #expect(lines[10] == "│3 Zone c 4, knee 4, min $0.50xxxxxxxxxxxxxxxxx│", "a zone of one level is named once")
    }

    @Test func findingsStateThePrinciples() {
        let session = F.session()
        let entry = session.analysis.entries[0]
        #expect(EconomicsPanel(session.state, session.analysis, session.derived).findings(entry) == [
            "Savings shrink $1.50→$0.10",
            "Throughput not saturated (last ε 0.16)",
            "Zone c 16, knee 16, min $0.40",
        ])
    }

    @Test func findingsSayWhenCostRisesAtTheEnd() throws {
        // WiNGPT-3.5 on the sample: savings $3.50, $1.75 … $0.0789, then c=128 costs more
        // than c=64; the zone spans two levels.
        let session = try SampleData.session(width: 120, height: 40)
        let entry = try #require(session.analysis.entries.first { $0.label == "WiNGPT-3.5" })
        let savings = entry.curve.compactMap(\.marginalSaving)
        #expect(try #require(savings.last) < 0)
        let findings = EconomicsPanel(session.state, session.analysis, session.derived).findings(entry)
        #expect(findings.first == "Savings shrink $3.50→$0.0789, then cost rises", "the positive savings, then the rise")
        #expect(findings.last == "Zone c 64–128, knee 64, min $0.34")
    }

    @Test func findingsSayWhenSavingsDoNotShrink() throws {
        // Alpha at 1, 1.25 and 4 req/s: costs $2.00, $1.60, $0.50, so the second step saves
        // more ($1.10) than the first ($0.40).
        var models = F.models
        models[0].rps = [1, 1.25, 4]
        let session = Session(dataset: F.dataset(models), scenario: Scenario(concurrency: 16), width: 80, height: 24)
        let entry = try #require(session.analysis.entries.first { $0.label == "Alpha" })
        #expect(entry.marginalCostDiminishes == false)
        let findings = EconomicsPanel(session.state, session.analysis, session.derived).findings(entry)
        #expect(findings.first == "Savings do not always shrink ($0.40→$1.10)")
    }

    @Test func withoutASetupAsksForOne() {
        let session = F.session()
        var canvas = F.marked(40, 4)
        EconomicsPanel(session.state, session.analysis, Derived(rows: [])).render(into: &canvas, area: canvas.bounds)
        #expect(canvas.lines == [
            "┌ Economics ───────────────────────────┐",
            "│Select a model in the ranking.xxxxxxxx│",
            "│xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx│",
            "└──────────────────────────────────────┘",
        ])
    }

    @Test func showsTheLevelsAroundTheChosenConcurrency() throws {
        // 8 levels, room for 3 table rows: the rows centre on c=64.
        let session = try SampleData.session(width: 120, height: 40)
        let lines = Self.render(session, width: 48, height: 10).lines
        let levels = lines[3...5].map { $0.dropFirst().prefix(4).trimmingCharacters(in: .whitespaces) }
        #expect(levels == ["32", "64", "128"])
    }
}
