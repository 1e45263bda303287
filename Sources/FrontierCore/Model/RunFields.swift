/// A set of run fields, stored as bits: every run carries one (its derived fields), and a
/// `Set` would cost a heap allocation a run.
public struct RunFields: Hashable, Sendable, Sequence, ExpressibleByArrayLiteral, CustomStringConvertible {
    private var bits: UInt32 = 0

    public init() {}

    public init<S: Sequence>(_ fields: S) where S.Element == RunField {
        for field in fields { insert(field) }
    }

    public init(arrayLiteral fields: RunField...) { self.init(fields) }

    public var isEmpty: Bool { bits == 0 }
    public var count: Int { bits.nonzeroBitCount }

    public func contains(_ field: RunField) -> Bool { bits & Self.bit(field) != 0 }

    public mutating func insert(_ field: RunField) { bits |= Self.bit(field) }

    /// Where `field` falls among the fields of the set, in declaration order; nil if absent.
    public func position(of field: RunField) -> Int? {
        contains(field) ? (bits & (Self.bit(field) - 1)).nonzeroBitCount : nil
    }

    public mutating func formUnion<S: Sequence>(_ fields: S) where S.Element == RunField {
        for field in fields { insert(field) }
    }

    /// The fields in declaration order.
    public func makeIterator() -> some IteratorProtocol<RunField> {
        RunField.allCases.lazy.filter { self.contains($0) }.makeIterator()
    }

    public var description: String { "[" + map(\.key).joined(separator: ", ") + "]" }

    private static func bit(_ field: RunField) -> UInt32 { 1 << UInt32(field.rawValue) }
}
