//===--- CompileFlags.cpp - compile commands as Clang takes them ----------===//

#include "CompileFlags.h"
#include "clang/Tooling/CommonOptionsParser.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/Path.h"
#include <optional>
#include <vector>

using namespace clang::tooling;
using namespace llvm;

namespace corolint {
namespace {

/// What a row (or a --remove-arg glob) does to the argument it matches.
struct Rule {
  enum Kind { Drop, DropWithValue, Replace, ReplacePrefix } What;
  std::string From; ///< the glob (Drop), else the option or prefix
  std::string To;   ///< Replace, ReplacePrefix
  std::optional<GlobPattern> Glob; ///< Drop
};

std::vector<Rule> gccOnlyOptions() {
  std::vector<Rule> Rules;
  auto Add = [&](Rule::Kind What, StringRef From, StringRef To = "") {
    Rule R{What, From.str(), To.str(), std::nullopt};
    if (What == Rule::Drop)
      R.Glob = cantFail(GlobPattern::create(From), "invalid glob in GccOnlyOptions.def");
    Rules.push_back(std::move(R));
  };
#define COROLINT_GCC_DROP(GLOB) Add(Rule::Drop, GLOB);
#define COROLINT_GCC_DROP_WITH_VALUE(OPTION) Add(Rule::DropWithValue, OPTION);
#define COROLINT_GCC_REPLACE(FROM, TO) Add(Rule::Replace, FROM, TO);
#define COROLINT_GCC_REPLACE_PREFIX(FROM, TO) Add(Rule::ReplacePrefix, FROM, TO);
#include "GccOnlyOptions.def"
  return Rules;
}

/// Whether \p Arg names the command's file \p File (as written in the
/// command, relative or absolute).
bool namesFile(StringRef Arg, StringRef File) {
  if (File.empty())
    return false;
  if (Arg == File)
    return true;
  return sys::path::filename(Arg) == sys::path::filename(File) &&
         (File.ends_with(Arg) || Arg.ends_with(File));
}

/// Applies \p Rules to each argument but argv[0], the file and those after
/// "--"; the first rule that matches decides.
CommandLineArguments apply(const std::vector<Rule> &Rules,
                           const CommandLineArguments &Args, StringRef File) {
  CommandLineArguments Out;
  Out.reserve(Args.size());
  for (size_t I = 0; I < Args.size(); ++I) {
    const std::string &Arg = Args[I];
    if (I == 0 || namesFile(Arg, File)) {
      Out.push_back(Arg);
      continue;
    }
    if (Arg == "--") {
      Out.insert(Out.end(), Args.begin() + I, Args.end());
      break;
    }
    const Rule *Match = nullptr;
    for (const Rule &R : Rules) {
      bool Matches = R.What == Rule::Drop            ? R.Glob->match(Arg)
                     : R.What == Rule::ReplacePrefix ? StringRef(Arg).starts_with(R.From)
                                                     : Arg == R.From;
      if (Matches) {
        Match = &R;
        break;
      }
    }
    if (!Match) {
      Out.push_back(Arg);
      continue;
    }
    switch (Match->What) {
    case Rule::Drop:
      break;
    case Rule::DropWithValue:
      ++I;
      break;
    case Rule::Replace:
      Out.push_back(Match->To);
      break;
    case Rule::ReplacePrefix:
      Out.push_back(Match->To + Arg.substr(Match->From.size()));
      break;
    }
  }
  return Out;
}

ArgumentsAdjuster rulesAdjuster(std::vector<Rule> Rules) {
  return [Rules = std::move(Rules)](const CommandLineArguments &Args, StringRef File) {
    return apply(Rules, Args, File);
  };
}

} // namespace

Expected<ArgumentsAdjuster> clangCompatibleArguments(ArrayRef<std::string> RemoveGlobs) {
  std::vector<Rule> Removed;
  for (const std::string &Glob : RemoveGlobs) {
    Expected<GlobPattern> Pattern = GlobPattern::create(Glob);
    if (!Pattern)
      return createStringError(inconvertibleErrorCode(),
                               "invalid --remove-arg='" + Glob +
                                   "': " + toString(Pattern.takeError()));
    Removed.push_back({Rule::Drop, Glob, "", std::move(*Pattern)});
  }
  ArgumentsAdjuster Adjust = rulesAdjuster(gccOnlyOptions());
  if (!Removed.empty())
    Adjust = combineAdjusters(std::move(Adjust), rulesAdjuster(std::move(Removed)));
  return combineAdjusters(
      std::move(Adjust),
      getInsertArgumentAdjuster({"-Wno-unknown-warning-option",
                                 "-Wno-ignored-optimization-argument",
                                 "-Wno-unused-command-line-argument"},
                                ArgumentInsertPosition::END));
}

std::vector<std::string> adjustArguments(const ArgumentsAdjuster &Adjust,
                                         ArrayRef<std::string> Args) {
  CommandLineArguments Command = {"clang-tool"};
  Command.insert(Command.end(), Args.begin(), Args.end());
  Command = Adjust(Command, "");
  return std::vector<std::string>(Command.begin() + 1, Command.end());
}

std::unique_ptr<CompilationDatabase> fixedDatabase(ArrayRef<std::string> Args,
                                                   std::string &Error) {
  std::vector<const char *> Argv = {"corolint", "--"};
  for (const std::string &Arg : Args)
    Argv.push_back(Arg.c_str());
  int Argc = Argv.size();
  return FixedCompilationDatabase::loadFromCommandLine(Argc, Argv.data(), Error);
}

namespace {

/// Step 0: each command of the database through --query-driver's query.
class QueryingCompilations : public CompilationDatabase {
public:
  QueryingCompilations(std::unique_ptr<CompilationDatabase> Inner, DriverQuery Query)
      : Inner(std::move(Inner)), Query(std::move(Query)) {}

  std::vector<CompileCommand> getCompileCommands(StringRef File) const override {
    return queried(Inner->getCompileCommands(File));
  }
  std::vector<std::string> getAllFiles() const override { return Inner->getAllFiles(); }
  std::vector<CompileCommand> getAllCompileCommands() const override {
    return queried(Inner->getAllCompileCommands());
  }

private:
  std::vector<CompileCommand> queried(std::vector<CompileCommand> Commands) const {
    for (CompileCommand &Command : Commands)
      // The commands of '--' and compile_flags.txt name no compiler: their
      // argv[0] is tooling's placeholder, <corolint's directory>/clang-tool.
      if (!Command.CommandLine.empty() &&
          sys::path::filename(Command.CommandLine.front()) != "clang-tool")
        Query(Command, Command.Filename);
    return Commands;
  }

  std::unique_ptr<CompilationDatabase> Inner;
  DriverQuery Query;
};

} // namespace

std::unique_ptr<CompilationDatabase>
adjustCommands(std::unique_ptr<CompilationDatabase> DB, DriverQuery Query,
               ArgumentsAdjuster Adjust) {
  if (Query)
    DB = std::make_unique<QueryingCompilations>(std::move(DB), std::move(Query));
  auto Adjusted = std::make_unique<ArgumentsAdjustingCompilations>(std::move(DB));
  Adjusted->appendArgumentsAdjuster(std::move(Adjust));
  return Adjusted;
}

} // namespace corolint
