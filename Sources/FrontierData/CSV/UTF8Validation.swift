/// Whether bytes met in pieces are UTF-8, a character cut between two pieces included:
/// what a file read a block at a time is checked with, as if it were checked whole.
struct UTF8Validation {
    /// False once bytes that are not UTF-8 were added.
    private(set) var valid = true
    /// The start of a character that the last piece ended inside.
    private var pending: [UInt8] = []

    mutating func add(_ piece: ArraySlice<UInt8>) {
        guard valid, !piece.isEmpty else { return }
        if pending.isEmpty && piece.withUnsafeBufferPointer(DecimalBytes.isASCII) { return }
        let bytes = pending + piece
        let end = Self.completeEnd(bytes)
        valid = String(validating: bytes[..<end], as: UTF8.self) != nil
        pending = Array(bytes[end...])
    }

    /// Whether every byte added was UTF-8, the last character whole.
    var finished: Bool { valid && (pending.isEmpty || String(validating: pending, as: UTF8.self) != nil) }

    /// Where the last character starts when the end of `bytes` cuts it short; else their end.
    private static func completeEnd(_ bytes: [UInt8]) -> Int {
        var lead = bytes.count - 1
        while lead > 0 && bytes.count - lead < 4 && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        let b = bytes[lead]
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        return bytes.count - lead < length ? lead : bytes.count
    }
}
