import Foundation
import Testing
@testable import FrontierData
import FrontierFiles
import FrontierCore

/// A native JSON dataset is read a block at a time, not whole: the document, its runs in
/// order, or the syntax error at its line and column are those of reading its bytes whole,
/// wherever the pieces cut it (inside a number, a string, an escape, a character of several
/// bytes, a long line), and the bytes held stay a block or two however long the file is.
@Suite struct JSONStreamingTests {
    /// What a parse gave, to compare.
    enum Outcome: Equatable {
        case parsed(JSONValue, items: [Item])
        case failed(JSONParser.SyntaxError)
    }

    /// A streamed item: read in place (its bytes and where it starts in the document) or as a value.
    struct Item: Equatable {
        var index: Int
        var flat: [UInt8]? = nil
        var offset: Int? = nil
        var value: JSONValue? = nil
    }

    /// The parse of `bytes` whole (`piece` nil) or handed over `piece` bytes at a time (at
    /// least as many as are held, as the file reader does), holding `ahead`; and the most
    /// bytes held at once.
    static func outcome(_ bytes: [UInt8], piece: Int?, ahead: Int = 1) -> (Outcome, held: Int) {
        var items: [Item] = []
        var held = bytes.count
        var more: ((inout [UInt8]) -> Bool)? = nil
        var first = bytes
        if let piece {
            first = Array(bytes.prefix(piece))
            var at = first.count
            held = first.count
            more = { buffer in
                guard at < bytes.count else { return false }
                let n = min(max(piece, buffer.count), bytes.count - at)
                buffer += bytes[at..<at + n]
                at += n
                held = max(held, buffer.count)
                return true
            }
        }
        do {
            let root = try JSONParser.parse(first, more: more, ahead: ahead, streaming: "runs", flat: JSONKeys(JSONRunMembers.keys),
                                            flatItem: { object, i in
                // Every third declined, to be read as a value.
                guard i % 3 != 2 else { return false }
                items.append(Item(index: i, flat: Array(object.bytes[object.start..<object.index]), offset: object.base + object.start))
                return true
            }) { value, i in items.append(Item(index: i, value: value)) }
            return (.parsed(root, items: items), held)
        } catch {
            return (.failed(error), held)
        }
    }

    /// A native dataset of `runs` runs, pretty or on one line, names with characters of
    /// several bytes and escapes, numbers of every form.
    static func document(runs: Int, oneLine: Bool) -> [UInt8] {
        var runItems: [String] = []
        for i in 0..<runs {
            let model = i % 5 == 0 ? "mödel-\\u00e9-\(i / 8)" : "model-\(i / 8)"
            let extra = i % 7 == 0 ? #", "labels": "deployment=blue;green", "source": "run \"\#(i)\" 😀""# : ""
            runItems.append(#"{"model": "\#(model)", "hardware": "A800-80G", "gpus": \#(1 + i % 2), "concurrency": \#(1 << (i % 8)), "#
                + #""requests": \#(100 + i), "duration_s": \#(Double(i) / 7 + 1), "output_tokens_per_s": 1.25e3, "mean_ttft_ms": -0.0\#(extra)}"#)
        }
        let separator = oneLine ? ", " : ",\n    "
        let text = #"{"frontier_dataset": 1, "name": "streamed", "workload": {"name": "w", "requests": 1000},"#
            + (oneLine ? " " : "\n  ") + #""models": [{"name": "model-0", "quality": {"q": 71.5}}],"#
            + (oneLine ? " " : "\n  ") + #""runs": ["# + (oneLine ? "" : "\n    ") + runItems.joined(separator: separator)
            + (oneLine ? "" : "\n  ") + #"], "hardware": []}"# + "\n"
        return Array(text.utf8)
    }

    static let pieces = [1, 2, 3, 7, 64, 1000]

    @Test(arguments: [false, true])
    func aDocumentReadInPiecesIsTheDocumentReadWhole(oneLine: Bool) {
        let bytes = Self.document(runs: 60, oneLine: oneLine)
        let (whole, _) = Self.outcome(bytes, piece: nil)
        guard case .parsed(_, let items) = whole else {
            Issue.record("the document does not parse: \(whole)")
            return
        }
        #expect(items.count == 60 && items.contains { $0.flat != nil } && items.contains { $0.value != nil })
        for piece in Self.pieces {
            for ahead in [1, 16, 200] {
                #expect(Self.outcome(bytes, piece: piece, ahead: ahead).0 == whole, "piece \(piece), ahead \(ahead)")
            }
        }
    }

    /// Cut short anywhere, or a byte changed anywhere: the same error, or the same document.
    @Test(arguments: [false, true])
    func aBrokenDocumentReadInPiecesFailsWhereItFailsWhole(oneLine: Bool) {
        let bytes = Self.document(runs: 12, oneLine: oneLine)
        var rng = SplitMix64(seed: oneLine ? 11 : 12)
        var broken: [[UInt8]] = stride(from: 0, to: bytes.count, by: 7).map { Array(bytes.prefix($0)) }
        let replacements: [UInt8] = Array("{}[],:\"\\ 0-.eE1nx\n".utf8) + [0xC3, 0xFF]
        for _ in 0..<150 {
            var changed = bytes
            changed[rng.int(bytes.count)] = replacements[rng.int(replacements.count)]
            broken.append(changed)
        }
        var failures = 0
        for document in broken {
            let (whole, _) = Self.outcome(document, piece: nil)
            if case .failed = whole { failures += 1 }
            for piece in [1, 5, 64] {
                #expect(Self.outcome(document, piece: piece, ahead: 8).0 == whole, "piece \(piece): \(String(decoding: document, as: UTF8.self))")
            }
        }
        #expect(failures > broken.count / 2, "most of them are broken")
    }

    @Test func theBytesHeldStayAPieceOrTwo() {
        let bytes = Self.document(runs: 3000, oneLine: true)
        let (streamed, held) = Self.outcome(bytes, piece: 4096, ahead: 4096)
        #expect(streamed == Self.outcome(bytes, piece: nil).0)
        #expect(bytes.count > 100 * 4096)
        #expect(held <= 3 * 4096, "held \(held) of \(bytes.count)")
    }

    @Test func anItemLongerThanAPieceIsReadWhole() {
        let long = String(repeating: "x", count: 50_000)
        let text = #"{"frontier_dataset": 1, "runs": [{"model": "a"}, {"model": "\#(long)"}, {"model": "b", "n": 123456789}]}"#
        let bytes = Array(text.utf8)
        let (whole, _) = Self.outcome(bytes, piece: nil)
        #expect(Self.outcome(bytes, piece: 100, ahead: 100).0 == whole)
        guard case .parsed(_, let items) = whole else { Issue.record("\(whole)"); return }
        #expect(items.count == 3)
    }

    // MARK: The file

    static func write(_ bytes: [UInt8], in folder: borrowing TempFolder) -> String {
        let path = folder.url.appendingPathComponent("d.json").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    @Test func aNativeFileReadInBlocksIsTheFileReadWhole() throws {
        let folder = try TempFolder()
        for document in [Self.document(runs: 400, oneLine: false), Self.document(runs: 400, oneLine: true),
                         Array(Self.document(runs: 400, oneLine: false).dropLast(100))] {
            let path = Self.write(document, in: folder)
            let whole: (Dataset?, [DataProblem])
            do {
                whole = try NativeJSON.read(document, file: path, options: LoadOptions())
            } catch {
                whole = (nil, [error.problem(file: path)])
            }
            for block in [1, 100, 4096] {
                let streamed = try NativeJSON.read(path: path, options: LoadOptions(), blockBytes: block)
                #expect(streamed.0 == whole.0 && streamed.1 == whole.1, "block \(block)")
            }
        }
    }

    @Test func aNULByteInALaterBlockRefusesTheFileAsBinary() throws {
        let folder = try TempFolder()
        var document = Self.document(runs: 400, oneLine: false)
        document[document.count - 50] = 0
        let path = Self.write(document, in: folder)
        #expect(throws: FileSource.Failure.binary) { try NativeJSON.read(path: path, options: LoadOptions(), blockBytes: 1024) }
    }

    @Test func theLoaderReadsALargeNativeFileInBlocks() throws {
        let folder = try TempFolder()
        let document = Self.document(runs: 400, oneLine: false)
        let path = Self.write(document, in: folder)
        let loaded = try DatasetLoader.load(paths: [path])
        #expect(loaded.dataset.runs.count == 400)
        #expect(loaded.dataset == (try NativeJSON.read(document, file: path, options: LoadOptions())).0)
    }
}
