// Usage: node problem-matcher.js MATCHER.json < OUTPUT
// Applies a GitHub problem matcher's single-line patterns to each input line,
// as the Actions runner does (JavaScript regular expressions), and prints the
// fields of every match: `match: file=... line=... column=... severity=...
// code=... message=...`.
const fs = require("fs");
const matcher = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const lines = fs.readFileSync(0, "utf8").split("\n");
for (const m of matcher.problemMatcher) {
  for (const pattern of m.pattern) {
    const re = new RegExp(pattern.regexp);
    for (const line of lines) {
      const g = re.exec(line);
      if (!g) continue;
      const field = (name) => (pattern[name] ? g[pattern[name]] : "");
      console.log(`match: owner=${m.owner} file=${field("file")} line=${field("line")} ` +
                  `column=${field("column")} severity=${field("severity")} ` +
                  `code=${field("code")} message=${field("message")}`);
    }
  }
}
