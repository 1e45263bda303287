import Foundation
import Testing
@testable import FrontierTUI

/// Finding themes by name in the user's and the bundled folders, and loading files that
/// are missing, broken or hostile without ever failing.
@Suite struct ThemeCatalogTests {
    @Test func userFolderFollowsXDG() {
        #expect(ThemeCatalog.userFolder(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/a"]) == "/cfg/frontier/themes")
        #expect(ThemeCatalog.userFolder(environment: ["XDG_CONFIG_HOME": "/cfg/", "HOME": "/home/a"]) == "/cfg/frontier/themes")
        #expect(ThemeCatalog.userFolder(environment: ["HOME": "/home/a"]) == "/home/a/.config/frontier/themes")
        #expect(ThemeCatalog.userFolder(environment: ["XDG_CONFIG_HOME": "", "HOME": "/home/a"]) == "/home/a/.config/frontier/themes")
        #expect(ThemeCatalog.userFolder(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/a"]) == "/home/a/.config/frontier/themes",
                "the XDG spec ignores relative paths")
        #expect(ThemeCatalog.userFolder(environment: [:]) == "/.config/frontier/themes")
    }

    @Test func bundledThemesAreListedDefaultFirst() {
        let catalog = ThemeCatalog(folders: ["/nonexistent/frontier", bundledThemesFolder])
        #expect(catalog.names == ["default", "high-contrast", "light", "mono"])
    }

    @Test func namesMergeFoldersWithoutRepeats() throws {
        try withThemeFolder(["zebra.theme": "", "Alpha.theme": "", "light.theme": "", "notes.txt": "", ".theme": "", "x.theme.theme": ""]) { user in
            let catalog = ThemeCatalog(folders: [user, bundledThemesFolder])
            #expect(catalog.names == ["default", "Alpha", "high-contrast", "light", "mono", "zebra"])
        }
        #expect(ThemeCatalog(folders: []).names == ["default"])
    }

    @Test func theUserFolderShadowsTheBundledOne() throws {
        try withThemeFolder(["light.theme": "# mine\ntext = #123456\n"]) { user in
            let catalog = ThemeCatalog(folders: [user, bundledThemesFolder])
            #expect(catalog.path(forName: "light") == user + "/light.theme")
            let (theme, errors) = catalog.load(nameOrPath: "light")
            #expect(errors.isEmpty)
            #expect(theme.name == "light")
            #expect(theme[.text] == Colors(fg: RGB(0x123456)))
            #expect(theme[.zone] == Theme.default[.zone], "roles the user's file leaves out come from the default")

            let (mono, monoErrors) = catalog.load(nameOrPath: "mono")
            #expect(monoErrors.isEmpty)
            #expect(mono.name == "mono")
            #expect(catalog.path(forName: "mono") == bundledThemesFolder + "/mono.theme")
        }
    }

    @Test func aBrokenFileGivesTheDefaultThemeAndTheErrors() throws {
        try withThemeFolder(["broken.theme": "# broken\ntext = #ffffff\nfocsu = #ff0000\nbudget = #ff00\n"]) { user in
            let catalog = ThemeCatalog(folders: [user, bundledThemesFolder])
            let (theme, errors) = catalog.load(nameOrPath: "broken")
            #expect(theme == Theme.default)
            #expect(errors.count == 2)
            #expect(errors.first?.hasPrefix("\(user)/broken.theme: line 3: role \"focsu\": unknown role (did you mean \"focus\"?); expected one of text, muted,") == true)
            #expect(errors.last == "\(user)/broken.theme: line 4: role \"budget\": malformed colour \"#ff00\"; expected #rrggbb (six hex digits) or default")
        }
    }

    @Test func aPathIsReadDirectly() throws {
        try withThemeFolder(["mine.theme": "accent = #abcdef\n", "plain": "accent = #fedcba\n"]) { folder in
            let catalog = ThemeCatalog(folders: [bundledThemesFolder])
            let (theme, errors) = catalog.load(nameOrPath: folder + "/mine.theme")
            #expect(errors.isEmpty)
            #expect(theme.name == "mine")
            #expect(theme[.accent] == Colors(fg: RGB(0xabcdef)))

            let (plain, plainErrors) = catalog.load(nameOrPath: folder + "/plain")
            #expect(plainErrors.isEmpty)
            #expect(plain.name == "plain")
            #expect(plain[.accent] == Colors(fg: RGB(0xfedcba)))
        }
        let (light, errors) = ThemeCatalog(folders: []).load(nameOrPath: bundledThemesFolder + "/light.theme")
        #expect(errors.isEmpty)
        #expect(light.name == "light")
    }

    @Test func aMissingThemeGivesTheDefaultAndSaysWhatExists() {
        let catalog = ThemeCatalog(folders: ["/nonexistent/frontier", bundledThemesFolder])
        let (theme, errors) = catalog.load(nameOrPath: "solarized")
        #expect(theme == Theme.default)
        #expect(errors == ["theme \"solarized\": not found in /nonexistent/frontier, \(bundledThemesFolder); expected one of default, high-contrast, light, mono"])

        let (_, pathErrors) = catalog.load(nameOrPath: "/nonexistent/frontier/x.theme")
        #expect(pathErrors == ["/nonexistent/frontier/x.theme: no such file"])

        let (_, emptyErrors) = catalog.load(nameOrPath: "")
        #expect(emptyErrors == ["no theme name given; expected one of default, high-contrast, light, mono"])
    }

    @Test func defaultNeedsNoFile() {
        let (theme, errors) = ThemeCatalog(folders: []).load(nameOrPath: "default")
        #expect(theme == Theme.default)
        #expect(errors.isEmpty)
    }

    @Test func unreadableFilesAreReportedNotFatal() throws {
        let huge = String(repeating: "# padding\n", count: ThemeCatalog.maximumFileSize / 10 + 1)
        try withThemeFolder(["huge.theme": huge]) { folder in
            try FileManager.default.createDirectory(atPath: folder + "/dir.theme", withIntermediateDirectories: false)
            try Data([0x74, 0x65, 0x78, 0x74, 0x20, 0x3D, 0x20, 0xFF, 0xFE]).write(to: URL(fileURLWithPath: folder + "/latin.theme"))
            let catalog = ThemeCatalog(folders: [folder])
            #expect(catalog.names == ["default", "huge", "latin"], "a folder named .theme is no theme")

            let (hugeTheme, hugeErrors) = catalog.load(nameOrPath: "huge")
            #expect(hugeTheme == Theme.default)
            #expect(hugeErrors == ["\(folder)/huge.theme: too large; expected at most 262144 bytes"])

            #expect(catalog.load(nameOrPath: "latin").1 == ["\(folder)/latin.theme: not UTF-8 text; expected a UTF-8 text file"])
            #expect(catalog.load(nameOrPath: folder + "/dir.theme").1 == ["\(folder)/dir.theme: is a folder; expected a theme file"])
        }
    }

    @Test func aFileFullOfMistakesGivesABoundedListOfMessages() throws {
        let text = (1...500).map { "bad \($0)" }.joined(separator: "\n")
        try withThemeFolder(["noise.theme": text]) { folder in
            let (theme, errors) = ThemeCatalog(folders: [folder]).load(nameOrPath: "noise")
            #expect(theme == Theme.default)
            #expect(errors.count == ThemeCatalog.maximumMessages)
            #expect(errors.first?.hasPrefix("\(folder)/noise.theme: line 1: ") == true)
            #expect(errors.last == "\(folder)/noise.theme: … and 481 more problems")
        }
    }
}
