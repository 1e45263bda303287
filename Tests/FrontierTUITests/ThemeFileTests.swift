import Foundation
import Testing
@testable import FrontierTUI

/// The theme files that ship in `themes/`.
@Suite struct ThemeFileTests {
    @Test(arguments: bundledThemeNames)
    func bundledThemeParsesWithoutErrors(name: String) throws {
        let text = try bundledThemeText(name)
        switch ThemeParser.parse(text, name: name, file: "themes/\(name).theme") {
        case .success(let theme): #expect(theme.name == name)
        case .failure(let error): Issue.record("\(error)")
        }
    }

    @Test(arguments: bundledThemeNames)
    func bundledThemeListsEveryRoleOnceUnderItsPurpose(name: String) throws {
        let lines = try bundledThemeText(name).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "# Frontier theme: \(name)")
        for role in Role.allCases {
            let at = lines.indices.filter { lines[$0].hasPrefix(role.rawValue + " = ") }
            #expect(at.count == 1, "\(name): role \(role.rawValue) appears \(at.count) times")
            if let line = at.first {
                #expect(lines[line - 1] == "# \(role.purpose)", "\(name): role \(role.rawValue) lacks its purpose comment")
            }
        }
        let roleLines = lines.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        #expect(roleLines.count == Role.allCases.count, "\(name): only role lines besides comments")
    }

    /// Each file is exactly what `Theme.fileText` writes for it, so the header and the
    /// format rules are the same everywhere and stay in step with the code.
    @Test(arguments: bundledThemeNames)
    func bundledThemeIsInCanonicalForm(name: String) throws {
        let text = try bundledThemeText(name)
        let theme = try ThemeParser.parse(text, name: name, file: name).get()
        let description = text.split(separator: "\n").dropFirst().prefix { $0 != "#" }.map { String($0.dropFirst(2)) }
        #expect(!description.isEmpty, "\(name) has a description")
        #expect(theme.fileText(description: description) == text)
    }

    @Test func defaultFileMatchesTheCompiledInTheme() throws {
        let theme = try ThemeParser.parse(try bundledThemeText("default"), name: "default", file: "default.theme").get()
        for role in Role.allCases {
            #expect(theme[role] == Theme.default[role], "role \(role.rawValue): file \(theme[role]), compiled in \(Theme.default[role])")
        }
        #expect(theme == Theme.default)
    }

    @Test func monoIsGreysOnly() throws {
        let theme = try ThemeParser.parse(try bundledThemeText("mono"), name: "mono", file: "mono.theme").get()
        for role in Role.allCases {
            for rgb in [theme[role].fg, theme[role].bg].compactMap({ $0 }) {
                #expect(rgb.r == rgb.g && rgb.g == rgb.b, "mono: role \(role.rawValue) has colour \(rgb)")
            }
        }
    }

    /// Every role's foreground stands out from its background by at least 7:1 (WCAG AAA),
    /// and high-contrast uses exact xterm colours so 256-colour terminals show it unchanged.
    @Test func highContrastIsHighContrast() throws {
        let theme = try ThemeParser.parse(try bundledThemeText("high-contrast"), name: "hc", file: "hc.theme").get()
        for role in Role.allCases {
            let colors = theme[role]
            guard let fg = colors.fg, let bg = colors.bg else {
                Issue.record("high-contrast: role \(role.rawValue) leaves a colour to the terminal")
                continue
            }
            #expect(contrast(fg, bg) >= 7, "high-contrast: role \(role.rawValue) \(colors) has contrast \(contrast(fg, bg))")
            for rgb in [fg, bg] {
                #expect(ColorDepth.rgb(xterm: ColorDepth.xterm256(rgb)) == rgb, "high-contrast: \(rgb) is not an xterm colour")
            }
        }
    }

    /// Text must be readable on the background a theme is made for: at least 4.5:1 (WCAG AA)
    /// against the role's own background, or the assumed terminal background.
    @Test(arguments: [("default", RGB(0x1e1e1e)), ("light", RGB(0xffffff)), ("mono", RGB(0x1e1e1e))])
    func textRolesAreReadable(name: String, terminal: RGB) throws {
        let theme = try ThemeParser.parse(try bundledThemeText(name), name: name, file: name).get()
        for role: Role in [.text, .title, .selected, .status, .error, .warning] {
            let fg = theme[role].fg ?? terminal
            let bg = theme[role].bg ?? terminal
            #expect(contrast(fg, bg) >= 4.5, "\(name): role \(role.rawValue) \(theme[role]) has contrast \(contrast(fg, bg))")
        }
    }

    /// WCAG 2 contrast ratio of two sRGB colours.
    func contrast(_ a: RGB, _ b: RGB) -> Double {
        func luminance(_ c: RGB) -> Double {
            func linear(_ v: UInt8) -> Double {
                let s = Double(v) / 255
                return s <= 0.039_28 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b)
        }
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }
}
