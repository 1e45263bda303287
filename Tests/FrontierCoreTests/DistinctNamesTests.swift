import Testing
@testable import FrontierCore

/// Names cut by what tells them apart: each on screen distinct, each within the width.
@Suite struct DistinctNamesTests {
    static let replicate = [
        "meta/llama-2-70b-chat:02e509c789964a7ea8736978a43525956ef40397be9033abf9fd2badfe68c9e3",
        "meta/llama-2-70b-chat:2796ee9483c3fd7aa2e171d38f4ca12251a30609463dcfd4cd76703f22e96cdf",
        "meta/llama-2-13b-chat:f4e2de70d66816a838a89eeeb621910adffb0dd0baba3976c96980970978018d",
    ]

    @Test func namesThatFitStayWhole() {
        #expect(DistinctNames.shortened(["dense-7B", "WiNGPT-3.5"], to: 10) == ["dense-7B", "WiNGPT-3.5"])
    }

    @Test func theCommonPrefixStaysWhenThereIsRoomAndTheHashesShowWhatDiffers() {
        // Common prefix "meta/llama-2-" (13); the 70b rests run alike for 9 ("70b-chat:"), so
        // a rest needs 9 + 1 + 3 of context + 1 for '…' = 14 columns: 27 in all.
        let shown = DistinctNames.shortened(Self.replicate, to: 27)
        #expect(shown == ["meta/llama-2-70b-chat:02e5…", "meta/llama-2-70b-chat:2796…", "meta/llama-2-13b-chat:f4e2…"])
    }

    @Test func aNarrowWidthFoldsThePrefixIntoItsEnds() {
        // Two 70b hashes: the prefix "meta/llama-2-70b-chat:" (22) folds to its two ends.
        let two = Array(Self.replicate.prefix(2))
        let shown = DistinctNames.shortened(two, to: 12)
        #expect(shown == ["met…at:02e5…", "met…at:2796…"])
        #expect(DistinctNames.shortened(two, to: 7) == ["…:02e5…", "…:2796…"])
        #expect(DistinctNames.shortened(two, to: 6) == ["…02e5…", "…2796…"])
        #expect(DistinctNames.shortened(two, to: 3) == ["02…", "27…"])
    }

    @Test func aWholeNameEqualToAFoldedOneFoldsEveryName() {
        // Prefix "a", rests "b" and "ab": at 2 "ab" fits, and "aab" folded (no room for the
        // prefix) would be "ab" too; so both are folded: "b" and "ab".
        #expect(DistinctNames.shortened(["ab", "aab"], to: 2) == ["b", "ab"])
    }

    @Test func zeroWidthShowsNothing() {
        #expect(DistinctNames.shortened(["a", "b"], to: 0) == ["", ""])
    }

    @Test func minimumWidthIsTheRoomForTheDifferenceAndAnEllipsis() {
        // Past "meta/llama-2-" the two 70b rests run alike for 9 ("70b-chat:"): 9 + 2 (a
        // character that differs, '…') + 1 for the folded prefix.
        #expect(DistinctNames.minimumWidth(Self.replicate) == 12)
        // "a1" and "a1b": rests "1" and "1b" run alike for one character, the longest rest is 2.
        #expect(DistinctNames.minimumWidth(["a1", "a1b", "a2"]) == 3)
    }

    @Test func everyShortenedNameIsDistinctAndFits() {
        var rng = SplitMix64(seed: 15)
        let alphabet = Array("ab-:/9")
        for trial in 0..<3000 {
            let count = 2 + rng.int(6)
            var names = Set<String>()
            while names.count < count {
                let length = 1 + rng.int(24)
                names.insert(String((0..<length).map { _ in alphabet[rng.int(alphabet.count)] }))
            }
            let list = Array(names).sorted()
            let width = 1 + rng.int(30)
            let shown = DistinctNames.shortened(list, to: width)
            #expect(shown.count == list.count)
            for (name, short) in zip(list, shown) {
                #expect(short.count <= width, "trial \(trial): \(name) → \(short) at \(width)")
                if name.count <= width { #expect(short == name || short.contains("…"), "trial \(trial)") }
            }
            if width >= DistinctNames.minimumWidth(list) {
                #expect(Set(shown).count == list.count, "trial \(trial): \(list) at \(width) → \(shown)")
            }
        }
    }

    /// Printable ASCII names are measured on their bytes: the same parts as on their characters.
    @Test func partsOfASCIINamesAreTheSameOnBytesAsOnCharacters() {
        var rng = SplitMix64(seed: 11)
        let lists = [Self.replicate, ["a"], ["", "b"], ["model-10", "model-1", "model-100", "model-2"]] + (0..<200).map { _ in
            (0...rng.int(6)).map { _ in String((0..<rng.int(12)).map { _ in Character(Unicode.Scalar(UInt8(0x20 + rng.int(95)))) }) }
        }
        for list in lists {
            #expect(DistinctNames.Parts(list, bytes: true) == DistinctNames.Parts(list, bytes: false), "\(list)")
        }
    }
}
