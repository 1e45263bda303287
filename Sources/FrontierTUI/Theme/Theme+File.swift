extension Theme {
    /// The format rules that open every theme file, as comment lines.
    public static let formatRules: [String] = [
        "Format: one \"role = colour\" line per role, under a comment saying what the role colours.",
        "  role = #rrggbb               foreground; the background stays the terminal's own",
        "  role = #rrggbb on #rrggbb    foreground on background",
        "  role = default               the terminal's own foreground and background",
        "  role = default on #rrggbb    the terminal's own foreground on a background",
        "Colours are six hex digits. A line whose first non-space character is \"#\" is a",
        "comment (so a colour never starts a line); blank lines are ignored.",
        "A role left out takes the colours of the default theme. An unknown or repeated role,",
        "a malformed colour or a line without \"=\" is an error: frontier names the file, line",
        "and role, and shows the default theme instead.",
        "Bold, reverse and underline are chosen by the dashboard, not by themes.",
        "Your own themes go in $XDG_CONFIG_HOME/frontier/themes (else ~/.config/frontier/themes);",
        "a file there shadows a bundled theme of the same name. The t key cycles themes.",
    ]

    /// The theme as a theme file: a header (name, description lines, the format rules),
    /// then every role in `Role.allCases` order, each under a comment with its purpose.
    /// `ThemeParser.parse` reads it back into an equal theme.
    ///
    /// ```
    /// # Frontier theme: default
    /// # A dark theme for dark terminal backgrounds.
    /// #
    /// # Format: …
    ///
    /// # ordinary text
    /// text = #d8dee9
    /// ```
    public func fileText(description: [String]) -> String {
        var lines = ["# Frontier theme: \(name)"]
        lines += description.map { "# \($0)" }
        lines.append("#")
        lines += Theme.formatRules.map { "# \($0)" }
        for role in Role.allCases {
            lines.append("")
            lines.append("# \(role.purpose)")
            lines.append("\(role.rawValue) = \(self[role])")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
