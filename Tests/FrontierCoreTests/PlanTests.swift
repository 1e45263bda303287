import Testing
@testable import FrontierCore

/// The plan's formulas against hand-computed values. The setup of most: a replica of
/// g = 2 GPUs at $1.50 an hour each, serving X = 10 req/s; peak factor k = 2.
@Suite struct PlanTests {
    @Test func aVolumeOnAReplicaBoundaryNeedsExactlyThatManyReplicas() {
        // λp = 2 · 864,000 / 86,400 = 20 req/s = 2 · X: R = 2 exactly.
        let fleet = Fleet(requestsPerDay: 864_000, peak: 2, requestThroughput: 10, gpusPerReplica: 2, gpuHourly: 1.5,
                          outputTokensPerRequest: 500)
        #expect(fleet.replicas == 2)
        #expect(fleet.gpus == 4)
        #expect(close(fleet.utilization, 0.5))              // 10 req/s average of 20 req/s capacity
        #expect(close(fleet.hourly, 6))                      // 4 · $1.50
        #expect(close(fleet.monthly, 4_380))                 // $6 · 730 h
        // $4,380 / (864,000 · 30.4167 = 26,280,000 requests) = 1/6000
        #expect(close(fleet.costPerRequest, 1.0 / 6000))
        #expect(close(fleet.costPerMillionOutputTokens, 1.0 / 6000 / 500 * 1e6))   // $0.333
        // One more request a day tips the peak over: a third replica.
        let over = Fleet(requestsPerDay: 864_001, peak: 2, requestThroughput: 10, gpusPerReplica: 2, gpuHourly: 1.5)
        #expect(over.replicas == 3)
        #expect(close(over.monthly, 6_570))
        #expect(over.costPerMillionOutputTokens == nil)
    }

    @Test func aTinyVolumeStillPaysForOneReplica() {
        let fleet = Fleet(requestsPerDay: 1_000, peak: 2, requestThroughput: 10, gpusPerReplica: 2, gpuHourly: 1.5)
        #expect(fleet.replicas == 1)
        #expect(close(fleet.monthly, 2_190))
        #expect(close(fleet.utilization, 1_000 / 86_400 / 10.0))
    }

    @Test func theAPIAlwaysWinsWhenAFullReplicaCostsMoreARequest() {
        // At full peak load: 2 · $1.50 · 2 / (3600 · 10) = $0.000167 a request. The API:
        // (1000 · $0.05 + 500 · $0.10) / 10⁶ = $0.0001 a request.
        let api = APIPrice(name: "cheap", inputPerMillion: 0.05, outputPerMillion: 0.10)
        let a = api.costPerRequest(inputTokens: 1000, outputTokens: 500)
        #expect(close(a, 0.0001))
        #expect(close(BreakEven.perRequestAtFullLoad(gpusPerReplica: 2, gpuHourly: 1.5, peak: 2, requestThroughput: 10), 1.0 / 6000))
        #expect(BreakEven.requestsPerDay(againstAPI: a, gpusPerReplica: 2, gpuHourly: 1.5, peak: 2, requestThroughput: 10) == nil)
        for v in [1e3, 1e4, 1e5, 864_000, 1e6, 1e7, 1e8, 1e9] {
            let fleet = Fleet(requestsPerDay: v, peak: 2, requestThroughput: 10, gpusPerReplica: 2, gpuHourly: 1.5)
            #expect(fleet.costPerRequest > a, "at \(v) a day")
        }
    }

    @Test func breakEvenIsOneReplicasMonthWhenAFullReplicaCostsAtMostHalfTheAPI() {
        // a = (1000 · $0.50 + 500 · $2.00) / 10⁶ = $0.0015; V* = 2 · 1.5 · 24 / 0.0015 = 48,000 a day,
        // where one replica's $2,190 equals 48,000 · 30.4167 · $0.0015.
        let a = APIPrice(name: "dear", inputPerMillion: 0.5, outputPerMillion: 2).costPerRequest(inputTokens: 1000, outputTokens: 500)
        #expect(close(a, 0.0015))
        let v = BreakEven.requestsPerDay(againstAPI: a, gpusPerReplica: 2, gpuHourly: 1.5, peak: 2, requestThroughput: 10)
        #expect(close(v, 48_000))
        #expect(close(48_000 * PlanCalendar.daysPerMonth * a, 2_190))
    }

    @Test func breakEvenMovesPastTheStretchesWhereAnAddedReplicaLetsTheAPIWinAgain() {
        // a = $0.0002: a full replica costs 0.833 a of it. V₁ = 72 / 0.0002 = 360,000; a replica
        // covers C = 86,400 · 10 / 2 = 432,000 a day; C / (C − V₁) = 6, so the last replica
        // count at which the API wins again is 5: V* = 5 · 360,000 = 1,800,000 a day, where
        // five replicas' $10,950 equals 1.8M · 30.4167 · $0.0002.
        let a = 0.0002
        let v = BreakEven.requestsPerDay(againstAPI: a, gpusPerReplica: 2, gpuHourly: 1.5, peak: 2, requestThroughput: 10)
        #expect(close(v, 1_800_000))
        let api = { (v: Double) in v * PlanCalendar.daysPerMonth * a }
        let fleet = { (v: Double) in Fleet(requestsPerDay: v, peak: 2, requestThroughput: 10, gpusPerReplica: 2, gpuHourly: 1.5).monthly }
        #expect(close(fleet(1_800_000), 10_950))
        #expect(fleet(1_790_000) > api(1_790_000))     // just below: the API
        #expect(fleet(400_000) < api(400_000))         // one replica, past V₁: self-hosting…
        #expect(fleet(440_000) > api(440_000))         // …until the second replica
    }

    @Test func planHourlyDoesNotDivideDepreciationByUtilization() {
        // The paper's A800: P = $15,000, Y = 4, u = 0.75, 0.4 kW, PUE 1.2, $0.10/kWh, m = 10 %.
        let gpu = OwnedGPU(price: 15_000, years: 4, utilization: 0.75, powerKW: 0.4, pue: 1.2,
                           electricityPerKWh: 0.10, maintenanceRate: 0.10)
        // 15,000 / 35,040 + 0.048 + 1,500 / 8,760 = 0.428082 + 0.048 + 0.171233
        #expect(close(CostModel.owned(gpu).planHourlyPerGPU, 0.6473150684931507))
        let workloadHourly: Double = 15_000 / (4 * 8760 * 0.75) + 0.048 + 1_500 / 8_760
        #expect(close(gpu.hourly.total, workloadHourly))   // the workload's: $0.79
        #expect(CostModel.rental(2.5).planHourlyPerGPU == 2.5)
    }

    @Test func ownVersusRentIsThePriceOverTheMonthlySaving() {
        let gpu = OwnedGPU(price: 15_000, years: 4, utilization: 0.75, powerKW: 0.4, pue: 1.2,
                           electricityPerKWh: 0.10, maintenanceRate: 0.10)
        // 15,000 / ((2 − 0.048 − 0.171233) · 730) = 11.54 months
        #expect(close(BreakEven.ownVersusRentMonths(gpu, rentalPerGPUHour: 2), 11.53881657897166))
        #expect(BreakEven.ownVersusRentMonths(gpu, rentalPerGPUHour: 0.2) == nil)   // renting is cheaper than running
    }

    @Test func volumesReadInRequestsOrTokensADayOrAMonth() throws {
        #expect(try Volume.parse("2e6").requestsPerDay(meanOutputTokens: nil) == 2e6)
        #expect(try Volume.parse("500k").requestsPerDay(meanOutputTokens: nil) == 500_000)
        #expect(try Volume.parse("3M/day").requestsPerDay(meanOutputTokens: nil) == 3e6)
        // 60,000,000 / 30.4167 = 1,972,602.74 a day
        #expect(close(try Volume.parse("60M/month").requestsPerDay(meanOutputTokens: nil), 1_972_602.7397260272))
        // 1.5e9 / 30.4167 / 500 = 98,630.14 a day
        #expect(close(try Volume.parse("1.5e9tok/month").requestsPerDay(meanOutputTokens: 500), 98_630.13698630137))
        #expect(try Volume.parse("1.5e9tok/month") == Volume(1.5e9, .outputTokens, per: .month))
        #expect(throws: VolumeError.noOutputTokens(Volume(1e6, .outputTokens, per: .day))) {
            try Volume.parse("1e6tok").requestsPerDay(meanOutputTokens: nil)
        }
        for bad in ["", "abc", "-5", "0", "2e6/week", "tok/month", "1e400", "nan", "2e6 /"] {
            #expect(throws: VolumeError.malformed(bad), "\(bad)") { try Volume.parse(bad) }
        }
    }

    @Test func apiPricesReadAsNameEqualsInColonOut() throws {
        #expect(try APIPrice.parse("mine=0.15:0.60") == APIPrice(name: "mine", inputPerMillion: 0.15, outputPerMillion: 0.6))
        for bad in ["mine", "=1:2", "mine=1", "mine=1:2:3", "mine=a:2", "mine=-1:2", "mine=0:0", "mine=1:"] {
            #expect(throws: APIPriceError(text: bad), "\(bad)") { try APIPrice.parse(bad) }
        }
    }
}

/// A whole plan over the hand dataset (one rented H100 at $2/h), each model at its best.
@Suite struct PlanOfADatasetTests {
    @Test func setupsAreSizedAndOrderedByTheirMonth() {
        var data = handDataset()
        for i in data.runs.indices where data.runs[i].model == "B" {
            data.runs[i][.meanInputTokens] = 1000
            data.runs[i][.meanOutputTokens] = 250
        }
        let analysis = Analysis(data, Scenario(operatingPoint: .best))
        let api = APIPrice(name: "x", inputPerMillion: 1, outputPerMillion: 4)
        let plan = Plan(analysis, tokens: TokenMeans(data), requestsPerDay: 864_000, peak: 2, apis: [api])
        // λp = 20 req/s. B@8: 10 req/s → 2 replicas, 2 × $2 × 730 = $2,920; A@8: 3.2 → 7,
        // $10,220; C@4: 2 → 10, $14,600.
        #expect(plan.rows.map(\.configuration.model) == ["B", "A", "C"])
        #expect(plan.rows.map(\.fleet.replicas) == [2, 7, 10])
        #expect(plan.rows.map(\.fleet.monthly).map { $0.rounded() } == [2_920, 10_220, 14_600])
        let b = plan.rows[0]
        #expect(b.concurrency == 8)
        #expect(b.outputTokens == 250)
        // The API for B's requests: (1000 · $1 + 250 · $4) / 10⁶ = $0.002; a month of 864,000 a day
        // is $52,560; break-even 1 · $2 · 24 / 0.002 = 24,000 a day.
        #expect(close(b.vsAPI[0].costPerRequest, 0.002))
        #expect(close(b.vsAPI[0].monthly, 52_560))
        #expect(close(b.vsAPI[0].breakEvenRequestsPerDay, 24_000))
        // A has no token counts: output from tok/s ÷ req/s (100), no input, so no API figure.
        #expect(plan.rows[1].outputTokens == 100)
        #expect(plan.rows[1].vsAPI[0].costPerRequest == nil)
        #expect(plan.rows[1].ownVersusRentMonths == nil)
        #expect(TokenMeans(data).workloadOutput == 250)
    }
}
