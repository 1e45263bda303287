import FrontierCore
import FrontierTUI

/// The dashboard's state machine under fuzzing: the bytes choose a screen size from 1×1 to
/// 300×100, a dataset whose figures are extreme but valid (as validation accepts them:
/// finite, positive where they must be), and up to `maxSteps` actions, keys, clicks,
/// resizes and reloads. After every step the frame must be exactly the screen's size.
struct DashboardFuzz {
    private var bytes: [UInt8]
    private var at = 0

    static let maxSteps = 48

    /// Figures at the edges of what a Double holds, and ordinary ones between.
    static let extremes: [Double] = [1e308, .greatestFiniteMagnitude, 1e-308, .leastNonzeroMagnitude, 2.5e-308, .leastNormalMagnitude / 1e5, 1, 1e-3, 1e3,
                                     1e15, 9.223372036854775807e18, 0.5, 7, 123.456, 1e-9, 1e9]
    static let keys: [Key] = [.up, .down, .left, .right, .shiftLeft, .shiftRight, .shiftUp, .shiftDown, .tab, .backTab,
                              .enter, .escape, .backspace, .home, .end, .pageUp, .pageDown, .function(1)]
        + "qshjklmtr?x 0123456789".map { Key.character($0) }

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    private mutating func byte() -> UInt8 {
        defer { at += 1 }
        return at < bytes.count ? bytes[at] : 0
    }

    private mutating func extreme() -> Double { Self.extremes[Int(byte()) % Self.extremes.count] }
    private mutating func fraction() -> Double { Double(byte()) / 255 }

    /// A dataset of three models on one owned and one rented profile, every figure drawn
    /// from the extremes (kept within what validation accepts).
    private mutating func dataset() -> Dataset {
        let gpu = OwnedGPU(price: extreme(), years: extreme(), utilization: min(1, extreme()), powerKW: extreme(),
                           pue: max(1, extreme()), electricityPerKWh: extreme(), maintenanceRate: extreme())
        let hardware = [HardwareProfile(name: "owned", gpuType: "owned", cost: .owned(gpu)),
                        HardwareProfile(name: "rented", gpuType: "rented", cost: .rental(extreme()))]
        var runs: [Run] = []
        var models: [Model] = []
        for m in 0..<3 {
            let name = "model-\(m)"
            let quality = byte() % 4 == 0 ? [:] : ["score": (byte() % 2 == 0 ? 1 : -1) * extreme()]
            models.append(Model(name: name, quality: quality))
            let profile = hardware[Int(byte()) % 2].name
            let levels = 1 + Int(byte()) % 5
            for level in 0..<levels {
                var run = Run(model: name, hardware: profile, gpus: 1 + Int(byte()) % 8,
                              concurrency: [1, 2, 4, 8, 16, 64, 1e6][level + Int(byte()) % 3])
                run[.requestThroughput] = extreme()
                if byte() % 2 == 0 { run[.outputTokensPerS] = extreme() }
                if byte() % 2 == 0 { run[.meanTTFTms] = extreme() }
                if byte() % 3 == 0 { run[.meanE2Ems] = extreme() }
                run.deriveMissing()
                runs.append(run)
            }
        }
        return Dataset(name: "fuzz", workload: Workload(name: "w", requests: 1 + Int(byte()) * Int(byte()) * 997),
                       hardware: hardware, models: models, runs: runs, defaultMetric: "score")
    }

    mutating func run() {
        let width = 1 + Int(byte()) % 300, height = 1 + Int(byte()) % 100
        var session = Session(dataset: dataset(), width: width, height: height)
        check(session)
        for _ in 0..<Self.maxSteps where at < bytes.count {
            switch byte() % 8 {
            case 0: session.press(Self.keys[Int(byte()) % Self.keys.count])
            case 1: session.send(.resize(width: 1 + Int(byte()) % 300, height: 1 + Int(byte()) % 100))
            case 2:
                let kinds: [MouseEvent.Kind] = [.press, .drag, .release, .scrollUp, .scrollDown]
                session.click(MouseEvent(kinds[Int(byte()) % kinds.count], x: Int(byte()) % 320, y: Int(byte()) % 110))
            case 3: session.send(.setSlider(SliderKind.allCases[Int(byte()) % SliderKind.allCases.count], fraction: fraction()))
            case 4: session.send(.moveSlider(direction: byte() % 2 == 0 ? 1 : -1, coarse: byte() % 2 == 0))
            case 5: session.replace(dataset())
            case 6:
                let actions: [Action] = [.cycleSort, .cycleMetric, .cycleHardware, .cycleShape, .toggleHelp, .openDetail, .escape,
                                         .resetScenario, .focusNext, .focusPrevious, .chooseSlider(direction: 1),
                                         .scroll(Int(Int8(bitPattern: byte())) * 1000)]
                session.send(actions[Int(byte()) % actions.count])
            default: session.send(.moveSelection(Int(Int8(bitPattern: byte())) * 100))
            }
            check(session)
        }
    }

    /// The frame is the screen: nothing drawn outside it, nothing missing.
    private func check(_ session: Session) {
        let canvas = session.frame.canvas
        guard canvas.width == session.state.width, canvas.height == session.state.height else {
            fatalError("frame \(canvas.width)×\(canvas.height) on a \(session.state.width)×\(session.state.height) screen")
        }
    }
}
