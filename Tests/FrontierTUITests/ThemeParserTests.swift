import Testing
@testable import FrontierTUI

/// The theme file parser: every form of value, every kind of error with its exact line
/// and role, and all errors of a file found in one pass.
@Suite struct ThemeParserTests {
    static let roles = "one of text, muted, frame, title, focus, selected, status, accent, axis, frontier, "
        + "dominated, trail, budget, overBudget, zone, knee, good, warning, error"
    static let values = "#rrggbb, #rrggbb on #rrggbb, default or default on #rrggbb"

    @Test func everyValueForm() throws {
        let text = """
            # the four forms
            text = #d0d0d0
            title = #000000 on #ffffff
            status = default
            selected = default on #303030
            focus = #ff0000 on default
            """
        let theme = try ThemeParser.parse(text, name: "forms", file: "forms.theme").get()
        #expect(theme.name == "forms")
        #expect(theme[.text] == Colors(fg: RGB(0xd0d0d0)))
        #expect(theme[.title] == Colors(fg: RGB(0x000000), bg: RGB(0xffffff)))
        #expect(theme[.status] == Colors())
        #expect(theme[.selected] == Colors(bg: RGB(0x303030)))
        #expect(theme[.focus] == Colors(fg: RGB(0xff0000)))
    }

    @Test func spacingCaseAndLineEndingsAreForgiven() throws {
        let text = "\u{FEFF}# comment\r\n\ttext\t=\t#ABCDEF   \r\n  muted=#010203\r\n\r\nframe = Default ON #0000ff\rtitle =  #111111   on   #222222"
        let theme = try ThemeParser.parse(text, name: "x", file: "x.theme").get()
        #expect(theme[.text] == Colors(fg: RGB(0xabcdef)))
        #expect(theme[.muted] == Colors(fg: RGB(0x010203)))
        #expect(theme[.frame] == Colors(bg: RGB(0x0000ff)))
        #expect(theme[.title] == Colors(fg: RGB(0x111111), bg: RGB(0x222222)))
    }

    @Test func commentsMayHoldColoursAndEqualsSigns() throws {
        let text = """
            #ffffff
              # #ff0000 is red; text = #ff0000 would set it
            #text = #00ff00
            \t# indented comment
            """
        let theme = try ThemeParser.parse(text, name: "x", file: "x.theme").get()
        #expect(theme.colors == Theme.default.colors)
    }

    @Test func aMissingRoleFallsBackToTheDefault() throws {
        let theme = try ThemeParser.parse("# just one\nfocus = #ff8800\n", name: "one", file: "one.theme").get()
        #expect(theme[.focus] == Colors(fg: RGB(0xff8800)))
        #expect(theme.colors.count == Role.allCases.count, "parsed themes hold every role")
        for role in Role.allCases where role != .focus {
            #expect(theme[role] == Theme.default[role], "role \(role.rawValue)")
        }
    }

    @Test func anEmptyFileIsTheDefaultTheme() throws {
        for text in ["", "\n\n", "# only comments\n#\n"] {
            let theme = try ThemeParser.parse(text, name: "empty", file: "e.theme").get()
            #expect(theme == Theme(name: "empty", colors: Theme.default.colors))
        }
    }

    @Test func unknownRole() {
        let problems = themeProblems("# x\ntext = #ffffff\n\n# focus\nfocsu = #ff0000\n")
        #expect(problems.count == 1)
        #expect(problems.first?.line == 5)
        #expect(problems.first?.role == "focsu")
        #expect(problems.first?.kind == .unknownRole)
        #expect(problems.first?.description
            == "themes/x.theme: line 5: role \"focsu\": unknown role (did you mean \"focus\"?); expected \(Self.roles)")
    }

    @Test func unknownRoleSuggestsOnlyNearNames() {
        #expect(themeProblems("overbudget = #ffffff").first?.problem == "unknown role (did you mean \"overBudget\"?)")
        #expect(themeProblems("Text = #ffffff").first?.problem == "unknown role (did you mean \"text\"?)")
        #expect(themeProblems("frontiers = #ffffff").first?.problem == "unknown role (did you mean \"frontier\"?)")
        #expect(themeProblems("background = #ffffff").first?.problem == "unknown role")
        #expect(themeProblems("main_fg = #ffffff").first?.problem == "unknown role")
        // Two letters longer is still two edits; three longer is never suggested.
        #expect(themeProblems("frontierss = #ffffff").first?.problem == "unknown role (did you mean \"frontier\"?)")
        #expect(themeProblems("frontiersss = #ffffff").first?.problem == "unknown role")
        #expect(themeProblems("xt = #ffffff").first?.problem == "unknown role (did you mean \"text\"?)")
    }

    @Test func malformedColour() {
        for (value, shown) in [("#ff00", "#ff00"), ("#fffffff", "#fffffff"), ("ffffff", "ffffff"), ("#gggggg", "#gggggg"),
                               ("red", "red"), ("#fff;", "#fff;"), ("defaults", "defaults")] {
            let problems = themeProblems("# budget\nbudget = \(value)")
            #expect(problems.count == 1, "\(value)")
            #expect(problems.first?.kind == .badColor)
            #expect(problems.first?.description
                == "themes/x.theme: line 2: role \"budget\": malformed colour \"\(shown)\"; expected #rrggbb (six hex digits) or default")
        }
    }

    @Test func malformedValue() {
        for value in ["#ffffff #000000", "#ffffff over #000000", "#ffffff on", "on #000000", "#ffffff on #000000 on #111111"] {
            let problems = themeProblems("selected = \(value)")
            #expect(problems.count == 1, "\(value)")
            #expect(problems.first?.description
                == "themes/x.theme: line 1: role \"selected\": malformed value \"\(value)\"; expected \(Self.values)")
        }
    }

    @Test func bothColoursOfAPairAreChecked() {
        let problems = themeProblems("\n\nzone = #12345g on #zzzzzz")
        #expect(problems.map(\.line) == [3, 3])
        #expect(problems.map(\.problem) == ["malformed colour \"#12345g\"", "malformed colour \"#zzzzzz\""])
        #expect(themeProblems("zone = #123456 on #zzzzzz").map(\.problem) == ["malformed colour \"#zzzzzz\""])
    }

    @Test func missingColour() {
        let problems = themeProblems("knee =\nknee2 =   ")
        #expect(problems.first?.description == "themes/x.theme: line 1: role \"knee\": no colour; expected \(Self.values)")
        #expect(problems.count == 3, "line 2: unknown role and no colour")
    }

    @Test func lineWithoutEquals() {
        let problems = themeProblems("# frame\nframe #444444\n")
        #expect(problems.count == 1)
        #expect(problems.first?.kind == .missingEquals)
        #expect(problems.first?.role == nil)
        #expect(problems.first?.description
            == "themes/x.theme: line 2: no \"=\" in \"frame #444444\"; expected role = colour, e.g. \"text = #d8dee9\"")
    }

    @Test func lineWithoutRole() {
        let problems = themeProblems("= #123456")
        #expect(problems.first?.kind == .missingRole)
        #expect(problems.first?.description == "themes/x.theme: line 1: no role before \"=\"; expected \(Self.roles)")
    }

    @Test func duplicatedRole() {
        let problems = themeProblems("text = #ffffff\nmuted = #888888\ntext = #000000\ntext = #111111")
        #expect(problems.map(\.kind) == [.duplicateRole, .duplicateRole])
        #expect(problems.map(\.line) == [3, 4])
        #expect(problems.first?.description == "themes/x.theme: line 3: role \"text\": already set on line 1; expected each role once")
    }

    @Test func allErrorsOfAFileInOnePass() {
        let text = """
            # A theme with one of each mistake
            text = #ffffff

            focsu = #ff0000
            budget = #ff00
            text = #000000
            frame #444444
            = #123456
            selected = #ffffff over #000000
            zone = #12345g on #zzzzzz
            knee =
            colour = #nothex
            """
        let result = ThemeParser.parse(text, name: "x", file: "themes/x.theme")
        guard case .failure(let error) = result else {
            Issue.record("expected errors")
            return
        }
        #expect(error.file == "themes/x.theme")
        #expect(error.problems.map(\.line) == [4, 5, 6, 7, 8, 9, 10, 10, 11, 12, 12])
        #expect(error.problems.map(\.role) == ["focsu", "budget", "text", nil, nil, "selected", "zone", "zone", "knee", "colour", "colour"])
        #expect(error.problems.map(\.kind) == [.unknownRole, .badColor, .duplicateRole, .missingEquals, .missingRole,
                                               .badColor, .badColor, .badColor, .badColor, .unknownRole, .badColor])
        #expect(error.messages == [
            "themes/x.theme: line 4: role \"focsu\": unknown role (did you mean \"focus\"?); expected \(Self.roles)",
            "themes/x.theme: line 5: role \"budget\": malformed colour \"#ff00\"; expected #rrggbb (six hex digits) or default",
            "themes/x.theme: line 6: role \"text\": already set on line 2; expected each role once",
            "themes/x.theme: line 7: no \"=\" in \"frame #444444\"; expected role = colour, e.g. \"text = #d8dee9\"",
            "themes/x.theme: line 8: no role before \"=\"; expected \(Self.roles)",
            "themes/x.theme: line 9: role \"selected\": malformed value \"#ffffff over #000000\"; expected \(Self.values)",
            "themes/x.theme: line 10: role \"zone\": malformed colour \"#12345g\"; expected #rrggbb (six hex digits) or default",
            "themes/x.theme: line 10: role \"zone\": malformed colour \"#zzzzzz\"; expected #rrggbb (six hex digits) or default",
            "themes/x.theme: line 11: role \"knee\": no colour; expected \(Self.values)",
            "themes/x.theme: line 12: role \"colour\": unknown role; expected \(Self.roles)",
            "themes/x.theme: line 12: role \"colour\": malformed colour \"#nothex\"; expected #rrggbb (six hex digits) or default",
        ])
        #expect(error.description == error.messages.joined(separator: "\n"))
    }

    @Test func lineNumbersCountEveryKindOfLineBreak() {
        #expect(themeProblems("text = #ffffff\r\n\r\nbad").map(\.line) == [3])
        #expect(themeProblems("text = #ffffff\r\rbad").map(\.line) == [3])
        #expect(themeProblems("\n\n\n\nbad\n").map(\.line) == [5])
    }

    @Test func hostileTextIsCleanedAndCutBeforeItIsEchoed() {
        let escape = themeProblems("te\u{1B}[2Jxt = #ffffff")
        #expect(escape.first?.role == "text")
        #expect(escape.first?.kind == .unknownRole)
        #expect(escape.allSatisfy { !$0.description.contains("\u{1B}") })

        let long = themeProblems(String(repeating: "a", count: 100_000))
        #expect(long.count == 1)
        #expect(long.first?.description == "themes/x.theme: line 1: no \"=\" in \"\(String(repeating: "a", count: 39))…\"; expected role = colour, e.g. \"text = #d8dee9\"")

        let nul = themeProblems("text = #ffffff\u{0}")
        #expect(nul.map(\.problem) == ["malformed colour \"#ffffff\""], "the NUL is dropped from the message, not from the check")
    }

    @Test func manyBadLinesAreAllReported() {
        let text = (1...5000).map { "bad line \($0)" }.joined(separator: "\n")
        let problems = themeProblems(text)
        #expect(problems.count == 5000)
        #expect(problems.last?.line == 5000)
    }
}
