import Testing
@testable import FrontierTUI

/// RGB, Colors and the compiled-in default theme.
@Suite struct ThemeTests {
    @Test func rgbParsesSixHexDigitsInEitherCase() {
        #expect(RGB(hex: "#000000") == RGB(r: 0, g: 0, b: 0))
        #expect(RGB(hex: "#ffffff") == RGB(r: 255, g: 255, b: 255))
        #expect(RGB(hex: "#d8dee9") == RGB(r: 0xd8, g: 0xde, b: 0xe9))
        #expect(RGB(hex: "#D8DEE9") == RGB(r: 216, g: 222, b: 233))
        #expect(RGB(hex: "#0a1B2c") == RGB(0x0a1b2c))
    }

    @Test func rgbRejectsEverythingElse() {
        for bad in ["", "#", "#fff", "#fffffff", "ffffff", "#ggffff", " #ffffff", "#ffffff ", "#ff ff ff",
                    "##ffffff", "#ffff\u{FF10}f", "#-fffff", "#+fffff", "0xffffff"] {
            #expect(RGB(hex: bad) == nil, "\"\(bad)\" should not parse")
        }
    }

    @Test func rgbWritesLowerCaseHexAndRoundTrips() {
        #expect(RGB(r: 0xAB, g: 0x0C, b: 0xEF).hex == "#ab0cef")
        #expect(RGB(0x5e81ac).description == "#5e81ac")
        for value: UInt32 in [0, 1, 0x0f0f0f, 0x808080, 0xabcdef, 0xffffff] {
            #expect(RGB(hex: RGB(value).hex) == RGB(value), "\(value)")
        }
    }

    @Test func colorsDescribeThemselvesAsThemeFilesWriteThem() {
        #expect(Colors().description == "default")
        #expect(Colors(fg: RGB(0x112233)).description == "#112233")
        #expect(Colors(fg: RGB(0x112233), bg: RGB(0x445566)).description == "#112233 on #445566")
        #expect(Colors(bg: RGB(0x445566)).description == "default on #445566")
    }

    @Test func defaultThemeHasEveryRole() {
        #expect(Theme.default.name == "default")
        for role in Role.allCases {
            #expect(Theme.default.colors[role] != nil, "role \(role.rawValue) missing from Theme.default")
            #expect(Theme.default[role].fg != nil, "role \(role.rawValue) has no foreground")
        }
        #expect(Theme.default.colors.count == Role.allCases.count)
    }

    @Test func defaultThemeKeepsTheMainRolesApart() {
        let theme = Theme.default
        #expect(theme[.frontier].fg != theme[.dominated].fg)
        #expect(theme[.budget].fg != theme[.frontier].fg)
        #expect(theme[.selected].bg != nil)
        #expect(theme[.overBudget].bg != theme[.zone].bg)
        // the area tints stay apart at 256 colours too
        let overBudget = ColorDepth.xterm256(theme[.overBudget].bg!)
        let zone = ColorDepth.xterm256(theme[.zone].bg!)
        #expect(overBudget != zone)
        #expect((16...231).contains(overBudget) && (16...231).contains(zone), "tints are not greys")
    }

    @Test func subscriptFallsBackToTheDefaultForAMissingRole() {
        let sparse = Theme(name: "sparse", colors: [.focus: Colors(fg: RGB(0xff0000))])
        #expect(sparse[.focus] == Colors(fg: RGB(0xff0000)))
        #expect(sparse[.text] == Theme.default[.text])
        #expect(sparse[.zone] == Theme.default[.zone])
    }

    @Test func fileTextParsesBackToAnEqualTheme() throws {
        let custom = Theme(name: "custom", colors: Dictionary(uniqueKeysWithValues: Role.allCases.enumerated().map { i, role in
            let fg: RGB? = i % 3 == 0 ? nil : RGB(UInt32(i) * 0x0b0d07)
            let bg: RGB? = i % 2 == 0 ? nil : RGB(0xffffff - UInt32(i) * 0x010101)
            return (role, Colors(fg: fg, bg: bg))
        }))
        for theme in [Theme.default, custom] {
            let text = theme.fileText(description: ["A test."])
            let parsed = try ThemeParser.parse(text, name: theme.name, file: "t.theme").get()
            #expect(parsed == theme)
        }
    }

    @Test func fileTextPutsEachRoleUnderItsPurpose() {
        let lines = Theme.default.fileText(description: ["Line one.", "Line two."]).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "# Frontier theme: default")
        #expect(lines[1] == "# Line one.")
        #expect(lines[2] == "# Line two.")
        #expect(lines[3] == "#")
        for role in Role.allCases {
            let at = lines.firstIndex { $0.hasPrefix(role.rawValue + " = ") }
            #expect(at.map { lines[$0 - 1] } == "# \(role.purpose)", "role \(role.rawValue)")
        }
        #expect(lines.contains("text = #d8dee9"))
        #expect(lines.contains("title = #eceff4 on #4c6a92"))
    }
}
