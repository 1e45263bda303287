import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// Hardware names as result files write them: the count prefix, the alias table, the
/// nearest presets for a name that resolves to none.
@Suite struct HardwareNameTests {
    @Test func aCountPrefixIsTheGPUCount() {
        let cases: [(String, Int?, String)] = [
            ("4xNVIDIA_L40S", 4, "NVIDIA_L40S"), ("8xH200", 8, "H200"), ("8 x H200", 8, "H200"), ("2×A100", 2, "A100"),
            ("16*MI300X", 16, "MI300X"), ("H200", nil, "H200"), ("4x", nil, "4x"), ("0xH100", nil, "0xH100"),
            ("x4", nil, "x4"), ("  8xB200 ", 8, "B200"),
        ]
        for (written, count, name) in cases {
            let parsed = HardwareName(written)
            #expect(parsed.count == count && parsed.name == name, "\(written): \(parsed)")
        }
    }

    @Test func namesAsPeopleWriteThemResolveToPresets() {
        let cases: [(String, String)] = [
            ("NVIDIA_L40S", "L40S"), ("NVIDIA H100 80GB HBM3", "H100-80G"), ("H100-SXM", "H100-80G"), ("mi300x", "MI300X"),
            ("AMD Instinct MI300X", "MI300X"), ("h100 pcie", "H100-PCIe"), ("NVIDIA-H200-141GB-HBM3e", "H200"),
            ("a100-sxm4-80gb", "A100-80G"), ("h10080g", "H100-80G"), ("B200", "B200"), ("A800", "A800-80G"),
        ]
        for (written, preset) in cases {
            #expect(HardwareName.resolve(written)?.name == preset, "\(written)")
        }
    }

    @Test func otherPartsAndSizesResolveToNone() {
        for written in ["A100 40GB", "NVIDIA_T4", "H100 NVL", "", "nvidia", "4xNVIDIA_L40S"] {
            #expect(HardwareName.resolve(written) == nil, "\(written)")
        }
    }

    @Test func everyAliasNamesAPresetAndNoKeyIsClaimedTwice() {
        var owner: [String: String] = [:]
        for (preset, names) in HardwareName.aliases {
            #expect(HardwarePresets.builtIn.contains { $0.name == preset }, "\(preset)")
            for name in names + [preset] {
                let key = HardwareName.key(name)
                #expect(owner[key] == nil || owner[key] == preset, "\(name) is claimed by \(owner[key]!) and \(preset)")
                owner[key] = preset
            }
        }
    }

    @Test func aUserPresetIsFoundByItsKey() {
        let mine = HardwareProfile(name: "Gaudi-3", gpuType: "Intel Gaudi 3", cost: .rental(3))
        #expect(HardwareName.resolve("gaudi 3", in: HardwarePresets.builtIn + [mine])?.name == "Gaudi-3")
        // An alias resolves only to a preset the catalog holds.
        #expect(HardwareName.resolve("H100 SXM", in: [mine]) == nil)
    }

    @Test func keysDropCaseVendorAndSeparators() {
        #expect(HardwareName.key("NVIDIA_H100 80GB-HBM3") == "h10080gbhbm3")
        #expect(HardwareName.key("AMD Instinct MI300X") == "mi300x")
    }

    @Test func editDistanceByHand() {
        #expect(HardwareName.editDistance("kitten", "sitting") == 3)
        #expect(HardwareName.editDistance("", "l40s") == 4)
        #expect(HardwareName.editDistance("h100", "h100") == 0)
        #expect(HardwareName.editDistance("h200", "h100") == 1)
    }

    @Test func nearestPresetsOfAnUnknownName() {
        // "h100nvl" is 3 edits from "h100" (an alias of H100-80G), 4 from "h100pcie" (H100-PCIe).
        #expect(HardwareName.nearest("H100 NVL").first == "H100-80G")
        #expect(HardwareName.nearest("8xH20", count: 2) == ["H200", "H100-80G"])
        #expect(HardwareName.nearest("anything").count == 3)
    }
}
