/// The plan's clock: a fleet is paid for every hour of a 730-hour month (8,760 / 12).
public enum PlanCalendar {
    public static let secondsPerDay = 86_400.0
    public static let hoursPerMonth = 730.0
    /// 730 / 24 = 30.4167 days.
    public static let daysPerMonth = hoursPerMonth / 24
}
