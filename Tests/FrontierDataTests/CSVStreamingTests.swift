import Foundation
import Testing
@testable import FrontierData
@testable import FrontierFiles
import FrontierCore

/// A native CSV file is read a block at a time, not whole: the runs and every problem are
/// those of reading its bytes whole, wherever the blocks cut it (inside a quoted field, a
/// CRLF, a doubled quote, a character of several bytes), and the bytes held stay a block or
/// two however long the file is.
@Suite struct CSVStreamingTests {
    /// Rows of every kind the reader meets: plain, quoted with separators, line breaks and
    /// doubled quotes, non-ASCII names, blank lines, CRLF ends, labels, and rows in error.
    static func text(rows: Int, inError: Bool = true) -> String {
        var text = "model,hardware,gpus,concurrency,requests,duration_s,output_tokens_per_s,labels,quality\r\n"
        for i in 0..<rows where inError || i % 8 < 4 {
            let model = "model·\(i / 8)"
            let c = i % 8 + 1
            switch i % 8 {
            case 0: text += "\(model),A800-80G,1,\(c),100,50,120.5,,0.5\r\n"
            case 1: text += "\"\(model)\",\"h100-80g\",1,\(c),100,50,\"1\(inError ? "\r\n" : "")2\",,0.5\r\n"
            case 2: text += "\n\(model),A800-80G,2,\(c),100,50,99.25,\"deployment=base, tp=8\",\n"
            case 3: text += "\"\(model) \"\"quoted\"\"\",A800-80G,1,\(c),100,50,98,,0.6\n"
            case 4: text += "\(model) 😀,nowhere-gpu,1,\(c),100,50,97,,\n"
            case 5: text += "\(model),A800-80G,1,\(c),100\n"
            case 6: text += "\(model),A800-80G,1,\(c),100,50,-3,,0.5\r"
            default: text += "\(model),A800-80G,1,\(c),100,50,\(1000 + i),,0.7\r\n"
            }
        }
        return text
    }

    static func write(_ bytes: [UInt8], in folder: borrowing TempFolder, as name: String = "s.csv") -> String {
        let path = folder.url.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    static func streamed(_ path: String, blockBytes: Int) throws(FileSource.Failure) -> ((Dataset?, [DataProblem]), NativeCSV.Counts) {
        var counts = NativeCSV.Counts()
        let result = try NativeCSV.read(path: path, options: LoadOptions(), blockBytes: blockBytes, counts: &counts)
        return (result, counts)
    }

    @Test(arguments: [3, 4, 7, 64, 1000, 1 << 20])
    func blocksOfAnySizeReadWhatTheWholeBytesRead(blockBytes: Int) throws {
        let tmp = try TempFolder()
        let bytes = [0xEF, 0xBB, 0xBF] + Array(Self.text(rows: 200).utf8)
        let path = Self.write(bytes, in: tmp)
        let whole = NativeCSV.read(Array(bytes.dropFirst(3)), file: path, options: LoadOptions())
        let ((dataset, problems), counts) = try Self.streamed(path, blockBytes: blockBytes)
        #expect(problems == whole.1)
        #expect(dataset == whole.0)
        // The rows hold errors, so no dataset; their problems name lines all through the file.
        #expect(dataset == nil && Set(errors(problems).compactMap(\.location)).count >= 75)
        #expect(counts.rows == 200)
    }

    @Test func runsReadInBlocksAreTheRunsReadWhole() throws {
        let tmp = try TempFolder()
        let bytes = Array(Self.text(rows: 400, inError: false).utf8)
        let path = Self.write(bytes, in: tmp)
        let whole = NativeCSV.read(bytes, file: path, options: LoadOptions())
        let ((dataset, problems), _) = try Self.streamed(path, blockBytes: 5)
        #expect(errors(whole.1).isEmpty, "\(whole.1.prefix(3))")
        #expect(try #require(dataset).runs.count == 200)
        #expect(dataset == whole.0 && problems == whole.1)
    }

    @Test func theBytesHeldStayABlockOrTwo() throws {
        let tmp = try TempFolder()
        var text = "model,hardware,gpus,concurrency,requests,duration_s\n"
        for i in 0..<20_000 { text += "model-\(i / 8),A800-80G,1,\(i % 8 + 1),100,\(50 + i % 7)\n" }
        let path = Self.write(Array(text.utf8), in: tmp)
        let ((dataset, _), counts) = try Self.streamed(path, blockBytes: 4096)
        #expect(try #require(dataset).runs.count == 20_000)
        // The file is over a hundred blocks; a block and the row it cut are held, no more.
        #expect(text.utf8.count > 100 * 4096)
        #expect(counts.heldBytes <= 4096 + 64, "held \(counts.heldBytes) bytes of \(text.utf8.count)")
    }

    @Test func aRecordLongerThanABlockIsReadWhole() throws {
        let tmp = try TempFolder()
        let long = String(repeating: "a, \"b\"\nc", count: 3000)
        let text = "model,hardware,concurrency,requests,duration_s,source\nm,A800-80G,1,100,50,\"\(long.replacingOccurrences(of: "\"", with: "\"\""))\"\nm,A800-80G,2,100,50,\n"
        let path = Self.write(Array(text.utf8), in: tmp)
        let ((dataset, problems), counts) = try Self.streamed(path, blockBytes: 100)
        #expect(errors(problems).isEmpty, "\(problems.prefix(3))")
        #expect(try #require(dataset).runs.map(\.source) == [long, nil])
        // Each read as long as what it carries: a few times the record, not one block per pass.
        #expect(counts.heldBytes < 4 * long.utf8.count)
    }

    /// A file refused as a whole is refused so when read in blocks: NUL bytes before all,
    /// then text that is not UTF-8, then text that is not CSV; each the file's one problem.
    @Test func refusalsComeInTheOrderOfAWholeFileCheck() throws {
        let tmp = try TempFolder()
        let rows = Array(Self.text(rows: 100).utf8)
        let unclosed = Array("m,A800-80G,1,1,100,50,\"never closed\n".utf8)
        let invalid: [UInt8] = [0x6D, 0xE2, 0x82, 0x2C, 0x0A]   // a three-byte character cut short
        let cases: [(bytes: [UInt8], message: String)] = [
            (rows + unclosed + rows + invalid, "not valid UTF-8 text; expected a CSV file"),
            (Array(rows[..<70]) + invalid + rows + [0], DataFile.message(for: .binary)),
            (rows + unclosed, "quoted field never closed (truncated file?)"),
            (rows + [0xF0, 0x9F, 0x98], "not valid UTF-8 text; expected a CSV file"),
        ]
        for (i, (bytes, message)) in cases.enumerated() {
            let path = Self.write(bytes, in: tmp, as: "case-\(i).csv")
            let whole = loadProblems(bytes, file: path)
            #expect(whole.map(\.message) == [message], "case \(i)")
            for blockBytes in [3, 50, 1 << 20] {
                let problems: [DataProblem]
                do {
                    problems = try Self.streamed(path, blockBytes: blockBytes).0.1
                } catch {
                    problems = [DataProblem(.error, file: path, message: DataFile.message(for: error))]
                }
                #expect(problems == whole, "case \(i), blocks of \(blockBytes)")
            }
        }
    }

    @Test func aCharacterCutBetweenPiecesIsUTF8() {
        let bytes = Array("a·€😀z".utf8)
        for cut in 0...bytes.count {
            var check = UTF8Validation()
            check.add(bytes[..<cut])
            check.add(bytes[cut...])
            #expect(check.valid && check.finished, "cut at \(cut)")
        }
        var oneByOne = UTF8Validation()
        for i in bytes.indices { oneByOne.add(bytes[i...i]) }
        #expect(oneByOne.finished)
        var cutShort = UTF8Validation()
        cutShort.add(bytes.dropLast(2))
        #expect(cutShort.valid && !cutShort.finished)
        var lone = UTF8Validation()
        lone.add([0x61, 0x80, 0x61][...])
        #expect(!lone.valid)
    }

    /// Through the loader, a large native CSV is read in blocks: the same dataset as its
    /// bytes read whole, and a NUL byte far into it refuses it (in a folder, skips it).
    @Test func theLoaderReadsALargeCSVInBlocks() throws {
        let tmp = try TempFolder()
        var text = "model,hardware,gpus,concurrency,requests,duration_s\n"
        for i in 0..<80_000 { text += "model-\(i / 8),A800-80G,1,\(i % 8 + 1),100,\(50 + i % 7)\n" }
        #expect(text.utf8.count > 2 * NativeCSV.blockBytes)
        let path = Self.write(Array(text.utf8), in: tmp)
        let loaded = try DatasetLoader.load(path: path)
        #expect(loaded.dataset == (try DatasetLoader.load(bytes: Array(text.utf8), file: path)).dataset)
        #expect(loaded.files.map(\.version) == ["CSV"] && loaded.dataset.runs.count == 80_000)

        let folder = try tmp.makeFolder("results")
        let binary = Self.write(Array(text.utf8) + [0] + Array("\n".utf8), in: tmp, as: "results/binary.csv")
        let refused = #expect(throws: DataError.self) { try DatasetLoader.load(path: binary) }
        #expect(refused?.problems == [DataProblem(.error, file: binary, message: DataFile.message(for: .binary))])
        _ = Self.write(Array(text.utf8), in: tmp, as: "results/runs.csv")
        let inFolder = try DatasetLoader.load(path: folder)
        #expect(inFolder.dataset.runs.count == 80_000)
        expectProblem(inFolder.warnings, .warning, file: binary, at: nil, field: nil, "skipped: a binary file (it holds NUL bytes)")
    }

    @Test func anOpenFileIsRefusedOncePastItsLimit() throws {
        let tmp = try TempFolder()
        let path = Self.write(Array(repeating: 0x78, count: 1000), in: tmp)
        #expect(throws: FileSource.Failure.tooLarge(limit: 999, size: 1000)) { try FileSource.OpenFile(path, limit: 999) }
        let file = try FileSource.OpenFile(path, limit: 999, sizeChecked: false)
        var bytes = [UInt8](repeating: 0, count: 600)
        #expect(try file.read(into: &bytes, at: 100, count: 500) == 500 && file.offset == 500)
        #expect(throws: FileSource.Failure.tooLarge(limit: 999, size: nil)) { try file.read(into: &bytes, at: 0, count: 600) }
    }
}
