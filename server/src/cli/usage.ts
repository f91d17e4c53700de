// The --help text.

export const USAGE = `Usage:
  tradeoff check [--format text|json|sarif] [--config FILE] PATH...
  tradeoff rules [--format text|json]
  tradeoff --help | --version

Lints markdown system-design answers and design docs for weak-seniority signals
(constraint -> failure mode -> mitigation -> new cost).

check   PATH is a markdown file, a directory (searched recursively for *.md and
        *.markdown, skipping node_modules and .git) or a quoted glob such as
        "docs/**/*.md". Each document uses the nearest .tradeoff.jsonc above it,
        or FILE given with --config; documents matching its "ignore" globs are
        skipped.
rules   Lists the rules with their default severity.

Options:
  -f, --format FORMAT   text (default): path:line:col severity rule message
                        json: {"version":1,"files":[{"path","diagnostics"}]}
                        sarif: SARIF 2.1.0 for GitHub code scanning
  -c, --config FILE     use this config file instead of looking up .tradeoff.jsonc
  -h, --help            show this help
  -v, --version         show the version

Skipped files (too large, binary) and other notices are printed as warnings on
stderr; they are not diagnostics.

Exit status: 0 no diagnostics, 1 diagnostics found, 2 usage, config or I/O error.
`;
