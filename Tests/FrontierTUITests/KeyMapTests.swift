import FrontierCore
import Testing
@testable import FrontierTUI

@Suite("KeyMap and Key")
struct KeyMapTests {
    static let sliders = ReduceFixture.state()
    static let ranking = reduce(sliders, .focusNext)

    /// Every key that means something, and what it means whatever the focus.
    static let documented: [(Key, Action)] = [
        (.character("q"), .quit),
        (.escape, .escape),
        (.character("?"), .toggleHelp),
        (.function(1), .toggleHelp),
        (.tab, .focusNext),
        (.backTab, .focusPrevious),
        (.left, .moveSlider(direction: -1, coarse: false)),
        (.character("h"), .moveSlider(direction: -1, coarse: false)),
        (.right, .moveSlider(direction: 1, coarse: false)),
        (.character("l"), .moveSlider(direction: 1, coarse: false)),
        (.shiftLeft, .moveSlider(direction: -1, coarse: true)),
        (.character("H"), .moveSlider(direction: -1, coarse: true)),
        (.shiftRight, .moveSlider(direction: 1, coarse: true)),
        (.character("L"), .moveSlider(direction: 1, coarse: true)),
        (.pageUp, .moveSelection(-10)),
        (.pageDown, .moveSelection(10)),
        (.home, .moveSelection(-Int(Int16.max))),
        (.end, .moveSelection(Int(Int16.max))),
        (.enter, .openDetail),
        (.character("s"), .cycleSort),
        (.character("t"), .cycleTheme),
        (.character("m"), .cycleMetric),
        (.character("g"), .cycleHardware),
        (.character("w"), .cycleShape),
        (.character("r"), .resetScenario),
        (.character("b"), .toggleBest),
        (.character("x"), .toggleRisk),
        (.character("p"), .togglePlan),
    ]

    @Test func everyKeyMapsAsDocumented() {
        for (key, action) in Self.documented {
            #expect(KeyMap.action(for: key, in: Self.sliders) == action, "\(key) with the sliders focused")
            #expect(KeyMap.action(for: key, in: Self.ranking) == action, "\(key) with the ranking focused")
        }
    }

    @Test func upAndDownChooseASliderWhenTheSlidersHaveFocus() {
        for key in [Key.up, .character("k")] {
            #expect(KeyMap.action(for: key, in: Self.sliders) == .chooseSlider(direction: -1))
        }
        for key in [Key.down, .character("j")] {
            #expect(KeyMap.action(for: key, in: Self.sliders) == .chooseSlider(direction: 1))
        }
    }

    @Test func upAndDownMoveTheSelectionWhenTheRankingHasFocus() {
        for key in [Key.up, .character("k")] {
            #expect(KeyMap.action(for: key, in: Self.ranking) == .moveSelection(-1))
        }
        for key in [Key.down, .character("j")] {
            #expect(KeyMap.action(for: key, in: Self.ranking) == .moveSelection(1))
        }
    }

    /// Keys that scroll an open overlay, and by how many lines.
    static let scrolling: [(Key, Int)] = [
        (.up, -1), (.character("k"), -1), (.down, 1), (.character("j"), 1), (.pageUp, -10), (.pageDown, 10),
        (.character(" "), 10), (.home, -Int(Int16.max)), (.end, Int(Int16.max)),
    ]

    @Test(arguments: [State.Overlay.help, .detail])
    func scrollKeysScrollAnOpenOverlay(_ overlay: State.Overlay) {
        for base in [Self.sliders, Self.ranking] {
            var state = base
            state.overlay = overlay
            for (key, lines) in Self.scrolling {
                #expect(KeyMap.action(for: key, in: state) == .scroll(lines), "\(key) over the \(overlay)")
            }
            // The rest keep their meaning: Esc and ? still close, q still quits.
            #expect(KeyMap.action(for: .escape, in: state) == .escape)
            #expect(KeyMap.action(for: .character("?"), in: state) == .toggleHelp)
            #expect(KeyMap.action(for: .character("q"), in: state) == .quit)
            #expect(KeyMap.action(for: .enter, in: state) == .openDetail)
        }
    }

    @Test func scrollKeysKeepTheirMeaningWithoutAnOverlay() {
        #expect(Self.sliders.overlay == nil && Self.ranking.overlay == nil)
        for (key, _) in Self.scrolling {
            #expect(KeyMap.action(for: key, in: Self.sliders).map { if case .scroll = $0 { false } else { true } } ?? true,
                    "\(key) does not scroll without an overlay")
        }
        #expect(KeyMap.action(for: .up, in: Self.sliders) == .chooseSlider(direction: -1))
        #expect(KeyMap.action(for: .down, in: Self.ranking) == .moveSelection(1))
        #expect(KeyMap.action(for: .pageDown, in: Self.ranking) == .moveSelection(10))
        #expect(KeyMap.action(for: .end, in: Self.sliders) == .moveSelection(Int(Int16.max)))
        #expect(KeyMap.action(for: .character(" "), in: Self.sliders) == .toggleMark, "Space marks; it pages only an overlay")
    }

    @Test func theHelpSaysHowToScrollIt() {
        let entry = KeyMap.help.first { $0.keys == "? or F1" }
        #expect(entry?.does == "this help (↑ ↓ PgUp PgDn scroll it)")
    }

    @Test func otherKeysMeanNothing() {
        for key in [Key.character("z"), .character("Q"), .character("0"), .backspace, .shiftUp, .shiftDown,
                    .function(2), .function(12)] {
            #expect(KeyMap.action(for: key, in: Self.sliders) == nil, "\(key)")
        }
    }

    @Test func parseReadsTmuxKeyNames() throws {
        #expect(try Key.parse("Left S-Right Tab BTab Enter Escape Space F1 PageDown ?s")
                == [.left, .shiftRight, .tab, .backTab, .enter, .escape, .character(" "), .function(1), .pageDown,
                    .character("?"), .character("s")])
    }

    @Test func parseReadsEveryName() throws {
        #expect(try Key.parse("Up Down Right S-Left S-Up S-Down Esc BSpace Home End PageUp PPage NPage F12")
                == [.up, .down, .right, .shiftLeft, .shiftUp, .shiftDown, .escape, .backspace, .home, .end, .pageUp, .pageUp,
                    .pageDown, .function(12)])
    }

    @Test func parseTypesAnythingElseCharacterByCharacter() throws {
        #expect(try Key.parse("") == [])
        #expect(try Key.parse("  q  ") == [.character("q")])
        #expect(try Key.parse("F13 F0 Fx") == ["F", "1", "3", "F", "0", "F", "x"].map { Key.character(Character($0)) })
        #expect(try Key.parse("left") == ["l", "e", "f", "t"].map { Key.character(Character($0)) }, "names are case-sensitive")
    }

    @Test func parseReadsModifiersAsTheKeysTheyAre() throws {
        // Before issue #14 these were typed letter by letter: "C-q" pressed q and quit.
        #expect(try Key.parse("C-q C-l M-x DC IC") == [.control("q"), .control("l"), .alt("x"), .delete, .insert])
        #expect(try Key.parse("C-i C-m C-j C-h C-[ C-C") == [.tab, .enter, .enter, .backspace, .escape, .control("c")])
        #expect(try Key.parse("C- M-") == ["C", "-", "M", "-"].map { Key.character(Character($0)) })
        #expect(throws: Key.UnknownName(name: "C-Left")) { try Key.parse("Up C-Left") }
        #expect(throws: Key.UnknownName(name: "S-x")) { try Key.parse("S-x") }
    }

    @Test func controlCQuitsAndOtherModifiedKeysDoNothing() {
        #expect(KeyMap.action(for: .control("c"), in: Self.sliders) == .quit)
        for key: Key in [.control("q"), .control("l"), .alt("x"), .alt("q"), .delete, .insert] {
            #expect(KeyMap.action(for: key, in: Self.sliders) == nil, "\(key)")
        }
    }

    /// The keys a help entry's left column names.
    static func keys(in entry: String) -> [Key]? {
        let names: [String: Key] = [
            "Tab": .tab, "Shift-Tab": .backTab, "←": .left, "→": .right, "↑": .up, "↓": .down,
            "PgUp": .pageUp, "PgDn": .pageDown, "Space": .character(" "), "Home": .home, "End": .end, "Enter": .enter, "Esc": .escape, "F1": .function(1),
        ]
        // "/" alone is the filter key; between keys it separates them.
        if entry == "/" { return [.character("/")] }
        var keys: [Key] = []
        for token in entry.split(whereSeparator: { $0 == " " || $0 == "," }) where !["or", "/"].contains(token) {
            if let key = names[String(token)] {
                keys.append(key)
            } else if token == "1–9" {
                keys += ["1", "5", "9"].map { Key.character(Character($0)) }
            } else if token.count == 1 {
                keys.append(.character(token.first!))
            } else {
                return nil
            }
        }
        return keys
    }

    @Test func everyKeyInTheHelpExists() {
        for (entry, does) in KeyMap.help where entry != "mouse" {
            guard let keys = Self.keys(in: entry) else {
                Issue.record("help names a key this test cannot read: \(entry)")
                continue
            }
            #expect(!keys.isEmpty, "\(entry)")
            for key in keys {
                #expect(KeyMap.action(for: key, in: Self.sliders) != nil, "\(entry): \(key) — \(does)")
            }
        }
        // "Shift or H L: big steps"
        for key in [Key.shiftLeft, .shiftRight, .character("H"), .character("L")] {
            #expect(KeyMap.action(for: key, in: Self.sliders) != nil)
        }
    }

    @Test func everyMappedKeyIsInTheHelp() {
        // `w` is listed only for data of several workload shapes (`KeyMap.shapeHelp`).
        let helped = (KeyMap.help + [KeyMap.shapeHelp]).compactMap { Self.keys(in: $0.keys) }.flatMap { $0 }
            + [.shiftLeft, .shiftRight, .character("H"), .character("L")]
        for (key, _) in Self.documented {
            #expect(helped.contains(key), "\(key) is not in the help")
        }
    }
}
