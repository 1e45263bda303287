import Foundation
import Testing
@testable import FrontierData

private func resolved(_ path: String?) -> String? {
    path.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().standardizedFileURL.path }
}

@Suite struct ResourceLocatorTests {
    @Test func frontierHomeComesFirst() throws {
        let tmp = try TempFolder()
        let home = try tmp.makeFolder("home")
        _ = try tmp.makeFolder("home/sample-data")
        // A second copy beside the "executable" must lose to FRONTIER_HOME.
        _ = try tmp.makeFolder("app/bin/sample-data")
        let locator = ResourceLocator(environment: ["FRONTIER_HOME": home], executablePath: tmp.path + "/app/bin/frontier",
                                      workingDirectory: tmp.path)
        #expect(locator.candidates("sample-data").first == home + "/sample-data")
        #expect(resolved(locator.find("sample-data")) == resolved(home + "/sample-data"))
    }

    @Test func emptyFrontierHomeIsIgnored() {
        let locator = ResourceLocator(environment: ["FRONTIER_HOME": ""], executablePath: "/nonexistent/bin/frontier",
                                      workingDirectory: "/nonexistent/work")
        #expect(locator.candidates("sample-data").first == "/nonexistent/bin/sample-data")
    }

    @Test func frontierHomeWithoutTheFolderFallsThrough() throws {
        let tmp = try TempFolder()
        _ = try tmp.makeFolder("prefix/share/frontier/sample-data")
        let locator = ResourceLocator(environment: ["FRONTIER_HOME": tmp.path + "/empty-home"],
                                      executablePath: tmp.path + "/prefix/bin/frontier", workingDirectory: "/")
        #expect(resolved(locator.find("sample-data")) == resolved(tmp.path + "/prefix/share/frontier/sample-data"))
    }

    @Test func installedBinaryFindsShareFrontier() throws {
        let tmp = try TempFolder()
        let bin = try tmp.makeFolder("prefix/bin")
        let executable = try tmp.write("prefix/bin/frontier", "#!/bin/sh\n")
        let expected = try tmp.makeFolder("prefix/share/frontier/sample-data")
        #expect(FileManager.default.fileExists(atPath: bin))
        let locator = ResourceLocator(environment: [:], executablePath: executable, workingDirectory: "/")
        #expect(resolved(locator.find("sample-data")) == resolved(expected))
        // Also when the binary is reached through a relative path.
        let relative = ResourceLocator(environment: [:], executablePath: "bin/frontier", workingDirectory: tmp.path + "/prefix")
        #expect(resolved(relative.find("sample-data")) == resolved(expected))
    }

    @Test func buildTreeBinaryFindsTheCheckout() throws {
        let tmp = try TempFolder()
        let expected = try tmp.makeFolder("checkout/sample-data")
        _ = try tmp.makeFolder("checkout/.build/debug")
        let locator = ResourceLocator(environment: [:], executablePath: tmp.path + "/checkout/.build/debug/frontier",
                                      workingDirectory: "/")
        #expect(resolved(locator.find("sample-data")) == resolved(expected))
    }

    @Test func workingDirectoryBelowTheFolder() throws {
        let tmp = try TempFolder()
        let expected = try tmp.makeFolder("project/sample-data")
        let deep = try tmp.makeFolder("project/a/b/c")
        let locator = ResourceLocator(environment: [:], executablePath: "/nonexistent/bin/frontier", workingDirectory: deep)
        #expect(resolved(locator.find("sample-data")) == resolved(expected))
    }

    @Test func aFileIsNotAFolder() throws {
        let tmp = try TempFolder()
        _ = try tmp.write("project/sample-data", "not a folder")
        let deep = try tmp.makeFolder("project/x")
        let locator = ResourceLocator(environment: [:], executablePath: "/nonexistent/bin/frontier", workingDirectory: deep)
        #expect(locator.find("sample-data").map { !$0.hasPrefix(tmp.path) } ?? true)
    }

    @Test func candidatesAreInOrder() {
        let locator = ResourceLocator(environment: ["FRONTIER_HOME": "/home/fh"], executablePath: "/opt/x/bin/frontier",
                                      workingDirectory: "/work/dir")
        let list = locator.candidates("themes")
        let order = ["/home/fh/themes", "/opt/x/bin/themes", "/opt/x/themes", "/opt/themes", "/themes",
                     "/opt/x/share/frontier/themes", "/work/dir/themes", "/work/themes"]
        var last = -1
        for path in order {
            let i = list.firstIndex(of: path)
            #expect(i != nil, "\(path) missing from \(list)")
            if let i { #expect(i > last, "\(path) out of order in \(list)"); last = i }
        }
    }
}
