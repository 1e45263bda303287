import Testing
@testable import FrontierTUI

/// Stepping colours down to 256, 16 and 8 colours: hand-checked values, then every result
/// against a brute-force nearest-colour search over the documented palettes.
@Suite struct ThemeColorDepthTests {
    @Test func xterm256HandCheckedValues() {
        #expect(ColorDepth.xterm256(RGB(0x000000)) == 16)    // cube (0,0,0), exact
        #expect(ColorDepth.xterm256(RGB(0xffffff)) == 231)   // cube (5,5,5), exact
        #expect(ColorDepth.xterm256(RGB(0x808080)) == 244)   // grey 8 + 10·12 = 128, exact; the cube's #878787 is 7 away per channel
        #expect(ColorDepth.xterm256(RGB(0xff0000)) == 196)   // 16 + 36·5
        #expect(ColorDepth.xterm256(RGB(0x00ff00)) == 46)    // 16 + 6·5
        #expect(ColorDepth.xterm256(RGB(0x0000ff)) == 21)    // 16 + 5
        #expect(ColorDepth.xterm256(RGB(0x5f87af)) == 67)    // 16 + 36·1 + 6·2 + 3, exact
        #expect(ColorDepth.xterm256(RGB(0x080808)) == 232)   // first grey, exact
        #expect(ColorDepth.xterm256(RGB(0xeeeeee)) == 255)   // last grey, exact
        #expect(ColorDepth.xterm256(RGB(0x303030)) == 236)   // grey 48
        // #5e81ac: channels nearest 95, 135, 175 → (1,2,3) = 67, distance 1+36+9 = 46;
        // the nearest grey (#808080) is far off
        #expect(ColorDepth.xterm256(RGB(0x5e81ac)) == 67)
        // #3b4252 (59,66,82): cube (95,95,95)=59 is 1296+841+169 away, grey 68 (236+2=238) 81+4+196 = 281
        #expect(ColorDepth.xterm256(RGB(0x3b4252)) == 238)
        // #5a1a1e (90,26,30): cube (95,0,0) = 52 is 25+676+900 = 1601 away, grey 48 (236)
        // 1764+484+324 = 2572; the default theme's over-budget tint stays red
        #expect(ColorDepth.xterm256(RGB(0x5a1a1e)) == 52)
        // (47,0,0): cube 16 is 2209 away, grey #121212 (233) 1225+324+324 = 1873
        #expect(ColorDepth.xterm256(RGB(r: 47, g: 0, b: 0)) == 233)
    }

    @Test func ansi16HandCheckedValues() {
        #expect(ColorDepth.ansi16(RGB(0xff0000)) == 9)    // bright red is #ff0000 exactly
        #expect(ColorDepth.ansi16(RGB(0xcd0000)) == 1)
        #expect(ColorDepth.ansi16(RGB(0x000000)) == 0)
        #expect(ColorDepth.ansi16(RGB(0xffffff)) == 15)
        #expect(ColorDepth.ansi16(RGB(0x808080)) == 8)    // bright black #7f7f7f
        #expect(ColorDepth.ansi16(RGB(0xd8dee9)) == 7)    // the default theme's text: white #e5e5e5
        #expect(ColorDepth.ansi16(RGB(0x4c566a)) == 8)    // the default theme's frame
        #expect(ColorDepth.ansi16(RGB(0x5c5cff)) == 12)
    }

    @Test func ansi8FoldsBrightColoursAndKeepsGreysVisible() {
        #expect(ColorDepth.ansi8(RGB(0xff0000)) == 1)     // 9 → 1
        #expect(ColorDepth.ansi8(RGB(0xcd0000)) == 1)
        #expect(ColorDepth.ansi8(RGB(0xffff00)) == 3)     // 11 → 3
        #expect(ColorDepth.ansi8(RGB(0x5c5cff)) == 4)     // 12 → 4
        #expect(ColorDepth.ansi8(RGB(0xffffff)) == 7)     // 15 → 7
        #expect(ColorDepth.ansi8(RGB(0x000000)) == 0)
        #expect(ColorDepth.ansi8(RGB(0x4c566a)) == 7, "a mid grey frame: 8 → 7, not black")
        #expect(ColorDepth.ansi8(RGB(0x202020)) == 0, "a near-black stays black")
    }

    @Test func everyPaletteColourMapsToItself() {
        for index in 16...255 {
            #expect(ColorDepth.xterm256(ColorDepth.rgb(xterm: index)) == index, "xterm \(index)")
        }
        for index in 0...15 {
            #expect(ColorDepth.ansi16(ColorDepth.ansiPalette[index]) == index, "ansi \(index)")
            #expect(ColorDepth.rgb(xterm: index) == ColorDepth.ansiPalette[index])
        }
    }

    @Test func xterm256EqualsTheBruteForceNearest() {
        let palette = (16...255).map { ($0, ColorDepth.rgb(xterm: $0)) }
        channels: for r in stride(from: 0, through: 255, by: 15) {
            for g in stride(from: 0, through: 255, by: 15) {
                for b in stride(from: 0, through: 255, by: 5) {
                    let rgb = RGB(r: UInt8(r), g: UInt8(g), b: UInt8(b))
                    let nearest = palette.min { ColorDepth.distance(rgb, $0.1) < ColorDepth.distance(rgb, $1.1) }!.0
                    let got = ColorDepth.xterm256(rgb)
                    if got != nearest {
                        Issue.record("\(rgb): xterm256 gave \(got), brute force \(nearest)")
                        break channels
                    }
                }
            }
        }
    }

    @Test func ansi16AndAnsi8StayInRangeAndAgree() {
        for r in stride(from: 0, through: 255, by: 17) {
            for g in stride(from: 0, through: 255, by: 17) {
                for b in stride(from: 0, through: 255, by: 17) {
                    let rgb = RGB(r: UInt8(r), g: UInt8(g), b: UInt8(b))
                    let sixteen = ColorDepth.ansi16(rgb)
                    let brute = ColorDepth.ansiPalette.indices.min {
                        ColorDepth.distance(rgb, ColorDepth.ansiPalette[$0]) < ColorDepth.distance(rgb, ColorDepth.ansiPalette[$1])
                    }!
                    #expect(sixteen == brute, "\(rgb)")
                    #expect((0...7).contains(ColorDepth.ansi8(rgb)), "\(rgb)")
                    #expect(ColorDepth.ansi8(rgb) == (sixteen == 8 ? 7 : sixteen % 8), "\(rgb)")
                }
            }
        }
    }

    @Test func depthFollowsTheTerminalAndNoColor() {
        #expect(ColorDepth(terminalColors: 0) == .none)
        #expect(ColorDepth(terminalColors: -1) == .none)
        #expect(ColorDepth(terminalColors: 2) == .none)
        #expect(ColorDepth(terminalColors: 8) == .eight)
        #expect(ColorDepth(terminalColors: 16) == .sixteen)
        #expect(ColorDepth(terminalColors: 88) == .sixteen)
        #expect(ColorDepth(terminalColors: 256) == .ansi256)
        #expect(ColorDepth(terminalColors: 16_777_216) == .ansi256)
        #expect(ColorDepth.choose(terminalColors: 256, noColor: false, environment: [:]) == .ansi256)
        #expect(ColorDepth.choose(terminalColors: 256, noColor: true, environment: [:]) == .none)
        #expect(ColorDepth.choose(terminalColors: 256, noColor: false, environment: ["NO_COLOR": "1"]) == .none)
        #expect(ColorDepth.choose(terminalColors: 256, noColor: false, environment: ["NO_COLOR": ""]) == .ansi256)
    }

    @Test func indexDispatchesOnDepth() {
        let red = RGB(0xff0000)
        #expect(ColorDepth.none.index(of: red) == nil)
        #expect(ColorDepth.eight.index(of: red) == 1)
        #expect(ColorDepth.sixteen.index(of: red) == 9)
        #expect(ColorDepth.ansi256.index(of: red) == 196)
    }
}
