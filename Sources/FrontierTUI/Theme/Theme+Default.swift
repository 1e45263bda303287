extension Theme {
    /// The compiled-in dark theme, with every role. `themes/default.theme` holds the same
    /// colours (a test checks that the two match) and doubles as documentation.
    ///
    /// A Nord-like palette on the terminal's own background. The tinted backgrounds of
    /// `overBudget` and `zone` are chosen to stay a dark red and a dark teal when stepped
    /// down to 256 colours (xterm 52 and 23) instead of both collapsing into one grey.
    public static let `default` = Theme(name: "default", colors: defaultColors)

    static let defaultColors: [Role: Colors] = [
        .text: Colors(fg: RGB(0xd8dee9)),
        .muted: Colors(fg: RGB(0x7b8394)),
        .frame: Colors(fg: RGB(0x4c566a)),
        .title: Colors(fg: RGB(0xeceff4), bg: RGB(0x4c6a92)),
        .focus: Colors(fg: RGB(0x88c0d0)),
        .selected: Colors(fg: RGB(0xeceff4), bg: RGB(0x434c5e)),
        .status: Colors(fg: RGB(0xd8dee9), bg: RGB(0x3b4252)),
        .accent: Colors(fg: RGB(0xebcb8b)),
        .axis: Colors(fg: RGB(0x8892a6)),
        .frontier: Colors(fg: RGB(0xa3be8c)),
        .dominated: Colors(fg: RGB(0x6c7689)),
        .trail: Colors(fg: RGB(0x5e81ac)),
        .budget: Colors(fg: RGB(0xd08770)),
        .overBudget: Colors(fg: RGB(0xe5a0a6), bg: RGB(0x5a1a1e)),
        .zone: Colors(fg: RGB(0x8fbcbb), bg: RGB(0x14524a)),
        .knee: Colors(fg: RGB(0xb48ead)),
        .good: Colors(fg: RGB(0xa3be8c)),
        .warning: Colors(fg: RGB(0xebcb8b)),
        .error: Colors(fg: RGB(0xe06c75)),
    ]
}
