//===--- corolint.cpp - the corolint command ------------------------------===//
//
// Runs the coro-* checks through clang-tidy's own engine (runClangTidy and
// handleErrors from libclangTidy), so that diagnostics, NOLINT handling,
// .clang-tidy configuration and output format are exactly clang-tidy's.
// What it adds: a compilation database walk with -p, parallel translation
// units (-j), a progress line, per-file crash isolation, whole-program
// analysis, --fix applied once per run, SARIF, and one exit-code contract.
//
// This file parses the options and wires the pieces, each in its own file:
//   Configuration.h  the clang-tidy options every translation unit starts from
//   Database.h       the compilation database and the checked input files
//   CompileFlags.h   its commands as Clang takes them: GCC-only options
//                    (GccOnlyOptions.def) and --remove-arg dropped, the
//                    --query-driver answers added (QueryDriver.h)
//   Runner.h         the translation units, in parallel, each isolated
//                    (Isolation.h: a crash or stack overflow is that file's)
//   CrossTU.h        the summaries and the cross-TU findings
//   Reporter.h       what is printed, the summary line and the exit status:
//                    0 no findings, 1 findings, 2 anything went wrong
//   FixApplier.h     --fix, each file once, at the end
//   FixExporter.h    --export-fixes, clang-tidy's YAML for review bots
//   Sarif.h          --format=sarif
//   Fingerprint.h    the fingerprint of each finding (SARIF, baselines)
//   Baseline.h       --baseline and --write-baseline
//   ResultCache.h    the result cache: unchanged files are replayed
//
//===----------------------------------------------------------------------===//

#include "Baseline.h"
#include "CompileFlags.h"
#include "Configuration.h"
#include "CrossTU.h"
#include "Database.h"
#include "FixApplier.h"
#include "FixExporter.h"
#include "Isolation.h"
#include "Paths.h"
#include "QueryDriver.h"
#include "Reporter.h"
#include "ResultCache.h"
#include "Runner.h"
#include "Sarif.h"
#include "analysis/Compat.h"
#include "analysis/Summaries.h"
#include "clang/Basic/Version.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"
#include <set>
#include <unistd.h>

using namespace clang;
using namespace clang::tidy;
using namespace llvm;
using namespace corolint;

extern volatile int CorolintModuleAnchorSource;
static int CorolintModuleAnchor = CorolintModuleAnchorSource;

namespace {

cl::OptionCategory Category("corolint options");

cl::list<std::string> Files(cl::Positional, cl::desc("[<file> ...]"),
                            cl::cat(Category));
cl::opt<std::string> BuildPath(
    "p", cl::value_desc("build-dir"), cl::cat(Category),
    cl::desc("Directory containing compile_commands.json. Without files,\n"
             "every file of the database is analysed."));
cl::opt<std::string> Checks(
    "checks", cl::init("coro-*"), cl::cat(Category),
    cl::desc("Comma-separated globs of checks to run, as in clang-tidy\n"
             "(default: coro-*). Applied on top of .clang-tidy files."));
cl::opt<std::string> Config(
    "config", cl::cat(Category),
    cl::desc("Inline YAML/JSON configuration, as clang-tidy's --config,\n"
             "e.g. \"{CheckOptions: {coro-blocking-call.Categories: sleep}}\"."));
cl::opt<std::string> ConfigFile(
    "config-file", cl::value_desc("path"), cl::cat(Category),
    cl::desc("Read the configuration from this file instead of the\n"
             ".clang-tidy files next to the sources."));
cl::opt<std::string> HeaderFilter(
    "header-filter", cl::cat(Category),
    cl::desc("Regular expression of headers to report diagnostics in,\n"
             "as clang-tidy's --header-filter."));
cl::list<std::string> ExtraArgs("extra-arg", cl::cat(Category),
                                cl::desc("Compiler argument to append."));
cl::list<std::string> ExtraArgsBefore("extra-arg-before", cl::cat(Category),
                                      cl::desc("Compiler argument to prepend."));
cl::list<std::string> RemoveArgs(
    "remove-arg", cl::value_desc("glob"), cl::cat(Category),
    cl::desc("Remove the compiler arguments matching this glob ('*', '?',\n"
             "'[...]') from every compile command, e.g. --remove-arg='-mfoo*'.\n"
             "Repeatable. GCC-only options Clang rejects are removed\n"
             "without it (docs/user-guide.md, \"GCC-built projects\")."));
cl::list<std::string> QueryDriver(
    "query-driver", cl::CommaSeparated, cl::value_desc("globs"), cl::cat(Category),
    cl::desc("Comma-separated globs of compilers to ask for their target and\n"
             "system include directories, as clangd's --query-driver, e.g.\n"
             "--query-driver=/usr/bin/g++-12,/opt/arm/bin/*-g++ (each is run\n"
             "once per distinct query; default: none)."));
cl::opt<unsigned> Jobs("j", cl::init(0), cl::value_desc("N"), cl::cat(Category),
                       cl::desc("Translation units analysed in parallel\n"
                                "(default 0: all cores)."));
cl::opt<bool> Fix("fix", cl::cat(Category),
                  cl::desc("Apply the checks' suggested fixes to the files, as\n"
                           "clang-tidy's --fix: each file once, at the end, and\n"
                           "nothing to a file that does not compile."));
cl::opt<bool> FixErrors("fix-errors", cl::cat(Category),
                        cl::desc("Apply the fixes even to files that do not compile,\n"
                                 "as clang-tidy's --fix-errors (implies --fix)."));
cl::opt<bool> ListChecks("list-checks", cl::cat(Category),
                         cl::desc("List the enabled checks and exit."));
cl::opt<bool> PrintPluginPath(
    "print-plugin-path", cl::cat(Category),
    cl::desc("Print the path of the clang-tidy plugin and exit, for\n"
             "clang-tidy-" CLANG_VERSION_MAJOR_STRING
             " --load=$(corolint --print-plugin-path)."));
cl::opt<bool> Quiet("quiet", cl::cat(Category),
                    cl::desc("Print no progress line and no summary."));

// Output: its format, its file, and the root SARIF paths are relative to.
enum class OutputFormat { Text, Sarif };
cl::opt<OutputFormat> Format(
    "format", cl::init(OutputFormat::Text), cl::cat(Category),
    cl::desc("Output format (default: text)."),
    cl::values(clEnumValN(OutputFormat::Text, "text",
                          "clang-tidy's diagnostics, as the compiler prints them"),
               clEnumValN(OutputFormat::Sarif, "sarif",
                          "one SARIF 2.1.0 log for the whole run (GitHub code scanning)")));
cl::opt<std::string> OutputFile(
    "output", cl::value_desc("file"), cl::cat(Category),
    cl::desc("Write the diagnostics (or the SARIF log) to this file instead\n"
             "of standard output."));
cl::opt<std::string> SourceRootDir(
    "source-root", cl::value_desc("dir"), cl::cat(Category),
    cl::desc("SARIF and baselines: paths under this directory are written\n"
             "relative to it (uriBaseId %SRCROOT%); default: the -p build\n"
             "directory, or the current directory."));
cl::opt<std::string> ExportFixes(
    "export-fixes", cl::value_desc("file"), cl::cat(Category),
    cl::desc("Write the fixes of the reported findings to this file as\n"
             "clang-tidy's --export-fixes does: YAML for\n"
             "clang-apply-replacements and review bots."));

// Baselines (docs/user-guide.md#baselines).
cl::opt<std::string> BaselineFile(
    "baseline", cl::value_desc("file"), cl::cat(Category),
    cl::desc("Report, and count in the exit status, only the findings that\n"
             "are not in this baseline file (written by --write-baseline)."));
cl::opt<std::string> WriteBaseline(
    "write-baseline", cl::value_desc("file"), cl::cat(Category),
    cl::desc("Record the findings of this run in a baseline file, for\n"
             "--baseline; may name the --baseline file, to shrink it."));

// The result cache (docs/user-guide.md#the-result-cache).
cl::opt<std::string> CacheDir(
    "cache-dir", cl::value_desc("dir"), cl::cat(Category),
    cl::desc("Keep each file's results in <dir> and replay them while the\n"
             "file, the headers it reads, its compile command and the\n"
             "configuration are unchanged (default:\n"
             "$XDG_CACHE_HOME/corolint, else ~/.cache/corolint)."));
cl::opt<bool> NoCache("no-cache", cl::cat(Category),
                      cl::desc("Analyse every file; neither read nor write the\n"
                               "result cache."));
cl::opt<bool> CacheStats(
    "cache-stats", cl::cat(Category),
    cl::desc("Print the result cache's hits, misses and entries stored, on\n"
             "standard error: \"corolint: cache: 2 hits, 1 miss, 1 stored\"."));

// Whole-program analysis (docs/whole-program.md).
cl::opt<bool> CrossTUFlag(
    "cross-tu", cl::init(true), cl::cat(Category),
    cl::desc("Follow calls of functions defined in other translation units\n"
             "of the run (and of --summaries) (default: on; --cross-tu=false\n"
             "analyses each file alone)."));
cl::opt<std::string> ExportSummaries(
    "export-summaries", cl::value_desc("dir"), cl::cat(Category),
    cl::desc("Write the summary of each analysed file into <dir>."));
cl::opt<std::string> ImportSummaries(
    "summaries", cl::value_desc("dir"), cl::cat(Category),
    cl::desc("Read the summaries in <dir> (of files not analysed in this\n"
             "run; stale ones are ignored with a note)."));
cl::opt<std::string> Shard(
    "shard", cl::value_desc("I/N"), cl::cat(Category),
    cl::desc("Analyse only shard I (1-based) of N: the files whose position\n"
             "in the sorted file list is I-1 modulo N."));

const char Overview[] =
    "corolint: finds code that blocks the event loop in C++20 coroutines.\n\n"
    "  corolint [options] <file>... [-- <compiler arguments>]\n"
    "  corolint [options] -p <build-dir> [<file>...]\n\n"
    "Diagnostics go to standard output (or --output) in clang-tidy's format,\n"
    "or as one SARIF 2.1.0 log with --format=sarif.\n"
    "Exit status: 0 no findings, 1 findings (and nothing else), 2 any error:\n"
    "a usage or input error, a file not analysed, a failed write.\n";

void printVersion(raw_ostream &OS) {
  OS << "corolint " << COROLINT_VERSION << " (clang-tidy engine "
     << LLVM_VERSION_STRING << ")\n";
}

std::string plural(unsigned N, StringRef One, StringRef Many) {
  return (Twine(N) + " " + (N == 1 ? One : Many)).str();
}

raw_ostream &error() { return WithColor::error(errs(), "corolint"); }

std::string pluginPath(const char *Argv0) {
  std::string Exe = sys::fs::getMainExecutable(Argv0, (void *)&printVersion);
  SmallString<256> Path(sys::path::parent_path(sys::path::parent_path(Exe)));
  sys::path::append(Path, "lib", "libcorolint-plugin.so");
  return std::string(Path);
}

/// Applies the options to clang-tidy's configuration; false on an error
/// (printed).
bool configure(OptionsFactory &Options) {
  Options.Defaults.Checks = "-*,coro-*";
  if (Checks.getNumOccurrences())
    Options.Overrides.Checks = Checks;
  if (HeaderFilter.getNumOccurrences())
    Options.Overrides.HeaderFilterRegex = HeaderFilter;
  // Builtin headers come from the installed clang, not from next to this
  // executable, which is where the tooling library would look by default.
  // -fno-caret-diagnostics only silences the compiler's own "N warnings
  // generated." lines on stderr; diagnostics are rendered by handleErrors
  // with clang-tidy's options, snippets included.
  std::vector<std::string> Before = {"-resource-dir=" COROLINT_RESOURCE_DIR,
                                     "-fno-caret-diagnostics"};
  Before.insert(Before.end(), ExtraArgsBefore.begin(), ExtraArgsBefore.end());
  Options.Overrides.ExtraArgsBefore = Before;
  Options.Overrides.ExtraArgs = std::vector<std::string>(ExtraArgs.begin(), ExtraArgs.end());
  if (Error E = parseExplicitConfig(Config, ConfigFile, Options)) {
    error() << toString(std::move(E)) << "\n";
    return false;
  }
  return true;
}

/// The files a run names: those given, or every file of the database, then
/// --shard's part of them. False on an error (printed).
bool namedFiles(const LoadedDatabase &Loaded, std::vector<std::string> &Named) {
  Named.assign(Files.begin(), Files.end());
  if (Named.empty()) {
    Named = listedFiles(Loaded);
    if (Named.empty()) {
      error() << "the compilation database "
              << (Loaded.Path.empty() ? "" : "'" + Loaded.Path + "' ")
              << "lists no files\n";
      return false;
    }
  }
  if (Shard.empty())
    return true;
  auto [IText, NText] = StringRef(Shard).split('/');
  unsigned I = 0, N = 0;
  if (IText.getAsInteger(10, I) || NText.getAsInteger(10, N) || N == 0 ||
      I == 0 || I > N) {
    error() << "invalid --shard='" << Shard << "'; expected I/N with 1 <= I <= N\n";
    return false;
  }
  llvm::sort(Named);
  std::vector<std::string> Mine;
  for (size_t K = 0; K < Named.size(); ++K)
    if (K % N == I - 1)
      Mine.push_back(Named[K]);
  Named = std::move(Mine);
  return true;
}

/// The directory SARIF and baselines name files relative to.
std::string sourceRootDir() {
  SmallString<256> Root(SourceRootDir);
  if (Root.empty() && !BuildPath.empty())
    Root = sys::fs::is_directory(BuildPath) ? StringRef(BuildPath)
                                            : sys::path::parent_path(BuildPath);
  if (Root.empty())
    sys::fs::current_path(Root);
  return std::string(Root);
}

/// The SARIF log and its rules: one per check enabled for any of the files.
void startSarifLog(std::optional<SarifLog> &Sarif, const SourceRoot &Root,
                   const OptionsFactory &Options, ArrayRef<std::string> Analysed) {
  Sarif.emplace(Root, COROLINT_VERSION);
  std::set<std::string> Enabled;
  auto Provider = Options.make();
  for (const std::string &File : Analysed)
    for (std::string &Name : compat::enabledCheckNames(Provider->getOptions(File)))
      Enabled.insert(std::move(Name));
  Sarif->addRules(std::vector<std::string>(Enabled.begin(), Enabled.end()));
}

} // namespace

int main(int argc, const char **argv) {
  // LLVM's signal handlers first (a stack trace for a crash outside any
  // translation unit; temporary files removed on a signal), crash recovery
  // for the translation units over them (enableCrashRecovery, below).
  // SIGPIPE keeps its default, and the signals the caller ignores stay
  // ignored.
  InheritedIgnoredSignals Ignored;
  InitLLVM Init(argc, argv, /*InstallPipeSignalExitHandler=*/false);
  Ignored.restore();
  (void)CorolintModuleAnchor;
  // The compiler arguments after '--' are read once the options are: the
  // GCC-only options and --remove-arg's go before the driver sees them.
  int Separator = 1;
  while (Separator < argc && StringRef(argv[Separator]) != "--")
    ++Separator;
  std::vector<std::string> CompilerArgs(argv + std::min(Separator + 1, argc),
                                        argv + argc);
  bool HasCompilerArgs = Separator < argc;
  argc = Separator;

  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter(printVersion);
  std::string ParseErrors;
  raw_string_ostream ParseErrorStream(ParseErrors);
  if (!cl::ParseCommandLineOptions(argc, argv, Overview, &ParseErrorStream)) {
    errs() << ParseErrors << "Run 'corolint --help' for usage.\n";
    return ExitError;
  }
  bool Fixing = Fix || FixErrors;
  Expected<tooling::ArgumentsAdjuster> Adjust = clangCompatibleArguments(RemoveArgs);
  if (!Adjust) {
    error() << toString(Adjust.takeError()) << "\n";
    return ExitError;
  }
  Expected<DriverQuery> Query = queryDriver(QueryDriver);
  if (!Query) {
    error() << toString(Query.takeError()) << "\n";
    return ExitError;
  }
  std::unique_ptr<tooling::CompilationDatabase> Fixed;
  if (HasCompilerArgs) {
    std::string FixedError;
    Fixed = fixedDatabase(adjustArguments(*Adjust, CompilerArgs), FixedError);
    if (!FixedError.empty()) {
      error() << FixedError << "\n";
      return ExitError;
    }
  }

  // --output: everything corolint writes to standard output goes to the file.
  if (!OutputFile.empty()) {
    int FD = -1;
    if (std::error_code EC = sys::fs::openFileForWrite(OutputFile, FD)) {
      error() << "cannot write '" << OutputFile << "': " << EC.message() << "\n";
      return ExitError;
    }
    ::dup2(FD, STDOUT_FILENO);
    ::close(FD);
  }
  if (Format == OutputFormat::Sarif && Fixing) {
    error() << "--fix cannot be combined with --format=sarif\n";
    return ExitError;
  }

  if (PrintPluginPath) {
    std::string Path = pluginPath(argv[0]);
    if (!sys::fs::exists(Path)) {
      error() << "plugin not found at '" << Path << "'\n";
      return ExitError;
    }
    outs() << Path << "\n";
    return ExitClean;
  }

  OptionsFactory Options;
  if (!configure(Options))
    return ExitError;

  if (ListChecks) {
    std::string Anchor = Files.empty() ? "dummy.cpp" : Files.front();
    std::vector<std::string> Names =
        compat::enabledCheckNames(Options.make()->getOptions(Anchor));
    if (Names.empty()) {
      error() << "no checks enabled\n";
      return ExitError;
    }
    outs() << "Enabled checks:\n";
    for (const std::string &Name : Names)
      outs() << "    " << Name << "\n";
    return ExitClean;
  }

  if (Files.empty() && Fixed) {
    error() << "no input files: with compiler arguments after '--', name the "
               "files to analyse\n";
    return ExitError;
  }
  if (Files.empty() && BuildPath.empty()) {
    error() << "no input files; pass files or -p <build-dir>\n"
            << "Run 'corolint --help' for usage.\n";
    return ExitError;
  }
  if (!CrossTUFlag && (!ExportSummaries.empty() || !ImportSummaries.empty())) {
    error() << "--export-summaries and --summaries need --cross-tu\n";
    return ExitError;
  }
  Expected<LoadedDatabase> Loaded = loadDatabase(
      BuildPath, Files.empty() ? "" : StringRef(Files.front()), std::move(Fixed));
  if (!Loaded) {
    error() << toString(Loaded.takeError()) << "\n";
    return ExitError;
  }
  Loaded->DB = adjustCommands(std::move(Loaded->DB), std::move(*Query), *Adjust);
  std::vector<std::string> Named;
  if (!namedFiles(*Loaded, Named))
    return ExitError;
  Inputs In = checkInputs(*Loaded, Named);
  if (compat::enabledCheckNames(Options.make()->getOptions(
                                    In.Files.empty() ? "dummy.cpp" : In.Files.front()))
          .empty()) {
    error() << "no checks enabled by --checks='" << Checks
            << "' and the configuration\n";
    return ExitError;
  }

  // Read before anything is analysed: a baseline that cannot be used is an
  // error of the run, and no file is worth analysing without it.
  std::optional<Baseline> Accepted;
  if (!BaselineFile.empty()) {
    Expected<Baseline> Read = Baseline::read(BaselineFile);
    if (!Read) {
      error() << toString(Read.takeError()) << "\n";
      return ExitError;
    }
    Accepted = std::move(*Read);
  }

  SourceRoot Root(sourceRootDir());
  std::optional<SarifLog> Sarif;
  if (Format == OutputFormat::Sarif)
    startSarifLog(Sarif, Root, Options, In.Files);

  Reporter Report(Sarif ? &*Sarif : nullptr, OutputFile, Quiet,
                  !Quiet && errs().is_displayed());
  if (Sarif || Accepted || !WriteBaseline.empty())
    Report.fingerprintWith(Root);
  if (Accepted)
    Report.compareWith(*Accepted, BaselineFile);
  if (!WriteBaseline.empty())
    Report.recordBaseline();
  FixExporter Exporter;
  if (!ExportFixes.empty())
    Report.exportFixesTo(Exporter);
  for (const InputProblem &Problem : In.Problems)
    Report.fileError(Problem.File, Problem.Message);
  if (!Shard.empty() && Named.empty())
    Report.note("shard " + Shard + " has no files");

  FixApplier Fixes(Options);
  auto Finish = [&](FileResult &R) {
    bool HasErrors = Report.report(R);
    if (Fixing && HasErrors && !FixErrors) {
      if (llvm::any_of(R.Errors, [](const ClangTidyError &E) {
            return getFixIt(E, /*AnyFix=*/false) != nullptr;
          }))
        Report.note("the fixes of '" + R.File +
                    "' have NOT been applied: it has errors (--fix-errors "
                    "applies them anyway)");
    } else if (Fixing) {
      Fixes.add(R.Errors);
    }
  };

  SummaryStore Store;
  // Exported summaries are judged stale by their include closure.
  Store.RecordInputs = !ExportSummaries.empty();
  std::optional<CrossTU> Program;
  if (CrossTUFlag) {
    setActiveSummaryStore(&Store);
    Program.emplace(Store, ImportSummaries, ExportSummaries);
  }
  std::optional<ResultCache> Cache;
  if (!NoCache) {
    std::string Dir = CacheDir.getNumOccurrences() ? std::string(CacheDir)
                                                   : defaultCacheDir();
    if (!Dir.empty()) {
      std::string Version;
      raw_string_ostream VersionOS(Version);
      printVersion(VersionOS);
      Cache.emplace(absolutePath(Dir), Version,
                    sys::fs::getMainExecutable(argv[0], (void *)&printVersion),
                    CrossTUFlag, CrossTUFlag ? &Store : nullptr);
    }
  }
  std::vector<FileResult> Deferred; // with cross-TU analysis: every file
  enableCrashRecovery();
  Runner(Options, *Loaded->DB, Cache ? &*Cache : nullptr)
      .run(
          In.Files, Jobs,
          [&](FileResult &&R) {
            if (Program) {
              Deferred.push_back(std::move(R));
              return;
            }
            Finish(R); // and R is freed
          },
          [&](size_t Finished, size_t Index) {
            Report.progress(Finished, In.Files.size(), In.Files[Index]);
          });
  if (Program) {
    CrossTU::Problems Problems = Program->resolve();
    for (const std::string &Note : Problems.Notes)
      Report.note(Note);
    for (const std::string &Error : Problems.Errors)
      Report.runError(Error);
    for (FileResult &R : Deferred) {
      Program->resolveRemarks(R.Errors, *R.Context);
      Finish(R);
      R = FileResult(); // printed: free the translation unit's state
    }
  }
  if (Fixing) {
    FixApplier::Outcome Applied = Fixes.apply();
    for (const std::string &Error : Applied.Errors)
      Report.runError(Error);
    if (!Quiet && Applied.Fixes)
      errs() << "corolint: applied " << Applied.Fixes << " fix"
             << (Applied.Fixes == 1 ? "" : "es") << " to " << Applied.Files
             << " file" << (Applied.Files == 1 ? "" : "s") << "\n";
  }
  if (!WriteBaseline.empty())
    if (Error E = Baseline::write(WriteBaseline, Report.recorded()))
      Report.runError(toString(std::move(E)));
  if (!ExportFixes.empty())
    if (Error E = Exporter.write(ExportFixes))
      Report.runError(toString(std::move(E)));
  if (Cache) {
    if (std::optional<std::string> Problem = Cache->writeError())
      Report.note("results not cached: " + *Problem);
    if (CacheStats)
      errs() << "corolint: cache: " << plural(Cache->hits(), "hit", "hits") << ", "
             << plural(Cache->misses(), "miss", "misses") << ", "
             << Cache->stored() << " stored\n";
  }
  return Report.finish();
}
