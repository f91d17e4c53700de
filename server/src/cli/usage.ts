// The --help text.

export const USAGE = `Usage:
  tradeoff check [--format text|json|sarif] [--config FILE] PATH...
  tradeoff rules [--format text|json]
  tradeoff interview FILE|--practice ID [--persona P] [--level L] [--minutes N]
                     [--answers FILE] [--format text|json] [--export FILE]
                     [--provider openai --model M [--base-url URL]]
  tradeoff interview plan FILE|--practice ID [--persona P] [--level L]
                     [--format text|json]
  tradeoff --help | --version

Lints markdown system-design answers and design docs for weak-seniority signals
(constraint -> failure mode -> mitigation -> new cost).

check   PATH is a markdown file, a directory (searched recursively for *.md and
        *.markdown, skipping node_modules and .git) or a quoted glob such as
        "docs/**/*.md". Each document uses the nearest .tradeoff.jsonc above it,
        or FILE given with --config; documents matching its "ignore" globs are
        skipped.
rules   Lists the rules with their default severity.
interview
        A mock interview on a design document (FILE) or a practice question
        (--practice ID): one pointed follow-up at a time, then a debrief.
        Interactive: end an answer with a line '---' or two empty lines;
        :hint, :skip and :end on a line of their own. --answers FILE runs it
        without a terminal (answers separated by lines of '---', '-' reads
        stdin) and prints the transcript and debrief. 'interview plan' prints
        the questions it would open with, in order.

Options:
  -f, --format FORMAT   text (default): path:line:col severity rule message
                        json: {"version":1,"files":[{"path","diagnostics"}]}
                        sarif: SARIF 2.1.0 for GitHub code scanning
  -c, --config FILE     use this config file instead of looking up .tradeoff.jsonc
  --persona P           neutral (default), google, meta, amazon, stripe,
                        bytedance
  --level L             mid, senior (default), staff
  --minutes N           session length, 5-180 (default 30)
  --practice ID         a practice question from the built-in bank
  --answers FILE        the candidate's answers, separated by lines of '---'
  --export FILE         also write the transcript and debrief as markdown
  --provider P          built-in (default, offline) or openai: an OpenAI-
                        compatible endpoint phrases the questions (the key
                        is read from OPENAI_API_KEY)
  --base-url URL        the endpoint (default https://api.openai.com/v1), e.g.
                        http://localhost:11434/v1 for Ollama
  --model M             the model (or Azure deployment) name
  -h, --help            show this help
  -v, --version         show the version

Skipped files (too large, binary) and other notices are printed as warnings on
stderr; they are not diagnostics.

Exit status: 0 no diagnostics, 1 diagnostics found, 2 usage, config or I/O error.
'interview' exits 0 when the session ran (a failed model turn falls back to the
built-in interviewer with a notice on stderr), 2 on a usage or I/O error.
`;
