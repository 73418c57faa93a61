//===--- corolint.cpp - the corolint command ------------------------------===//
//
// Runs the coro-* checks through clang-tidy's own engine (runClangTidy and
// handleErrors from libclangTidy), so that diagnostics, NOLINT handling,
// .clang-tidy configuration and output format are exactly clang-tidy's.
// What it adds: a compilation database walk with -p, parallel translation
// units (-j), a progress line, per-file crash recovery, and exit codes:
//   0  no findings
//   1  findings
//   2  usage or input error: bad option, missing file or database, a
//      translation unit that does not compile, an invalid check option, or
//      a crash while analysing a file. Other files are still analysed.
// With --format=sarif the same run is written as one SARIF 2.1.0 log
// (Sarif.h), to standard output or to --output; the exit codes are the same.
//
//===----------------------------------------------------------------------===//

#include "analysis/Compat.h"
#include "Sarif.h"
#include "analysis/Summaries.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Basic/Version.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"
#include <atomic>
#include <mutex>
#include <set>
#include <tuple>
#include <unistd.h>

using namespace clang;
using namespace clang::tidy;
using namespace llvm;
using namespace corolint;

extern volatile int CorolintModuleAnchorSource;
static int CorolintModuleAnchor = CorolintModuleAnchorSource;

namespace {

enum ExitCode { ExitClean = 0, ExitFindings = 1, ExitError = 2 };

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
cl::opt<unsigned> Jobs("j", cl::init(0), cl::value_desc("N"), cl::cat(Category),
                       cl::desc("Translation units analysed in parallel\n"
                                "(default 0: all cores)."));
cl::opt<bool> Fix("fix", cl::cat(Category),
                  cl::desc("Apply the checks' suggested fixes to the files, as\n"
                           "clang-tidy's --fix."));
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
cl::opt<std::string> SourceRoot(
    "source-root", cl::value_desc("dir"), cl::cat(Category),
    cl::desc("SARIF: paths under this directory are written relative to it\n"
             "(uriBaseId %SRCROOT%); default: the -p build directory, or the\n"
             "current directory."));

// Whole-program analysis (docs/whole-program.md).
cl::opt<bool> CrossTU(
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
    "Exit status: 0 no findings, 1 findings, 2 usage or input error.\n";

void printVersion(raw_ostream &OS) {
  OS << "corolint " << COROLINT_VERSION << " (clang-tidy engine "
     << LLVM_VERSION_STRING << ")\n";
}

raw_ostream &error() { return WithColor::error(errs(), "corolint"); }

std::string pluginPath(const char *Argv0) {
  std::string Exe = sys::fs::getMainExecutable(Argv0, (void *)&printVersion);
  SmallString<256> Path(sys::path::parent_path(sys::path::parent_path(Exe)));
  sys::path::append(Path, "lib", "libcorolint-plugin.so");
  return std::string(Path);
}

/// The configuration every translation unit starts from; providers are made
/// per translation unit because they cache per directory and are not
/// thread-safe.
struct OptionsFactory {
  ClangTidyGlobalOptions Global;
  ClangTidyOptions Defaults = ClangTidyOptions::getDefaults();
  ClangTidyOptions Overrides;
  std::optional<ClangTidyOptions> Explicit; // from --config or --config-file

  std::unique_ptr<ClangTidyOptionsProvider> make() const {
    if (Explicit)
      return std::make_unique<ConfigOptionsProvider>(Global, Defaults, *Explicit,
                                                     Overrides);
    return std::make_unique<FileOptionsProvider>(Global, Defaults, Overrides);
  }
};

bool parseExplicitConfig(OptionsFactory &Factory) {
  if (!Config.empty() && !ConfigFile.empty()) {
    error() << "--config and --config-file are mutually exclusive\n";
    return false;
  }
  std::string Text = Config, Source = "--config";
  if (!ConfigFile.empty()) {
    auto Buffer = MemoryBuffer::getFile(ConfigFile);
    if (!Buffer) {
      error() << "cannot read configuration file '" << ConfigFile
              << "': " << Buffer.getError().message() << "\n";
      return false;
    }
    Text = (*Buffer)->getBuffer().str();
    Source = ConfigFile;
  }
  if (Text.empty())
    return true;
  ErrorOr<ClangTidyOptions> Parsed =
      parseConfiguration(MemoryBufferRef(Text, Source));
  if (!Parsed) {
    error() << "invalid configuration in " << Source << ": "
            << Parsed.getError().message() << "\n";
    return false;
  }
  Factory.Explicit = std::move(*Parsed);
  return true;
}

std::unique_ptr<tooling::CompilationDatabase>
loadDatabase(std::unique_ptr<tooling::CompilationDatabase> Fixed) {
  if (Fixed)
    return Fixed;
  std::string Err;
  if (!BuildPath.empty()) {
    if (!sys::fs::is_directory(BuildPath) &&
        sys::path::filename(BuildPath) != "compile_commands.json") {
      error() << "no such build directory: '" << BuildPath << "'\n";
      return nullptr;
    }
    SmallString<256> Json(BuildPath);
    if (sys::fs::is_directory(BuildPath))
      sys::path::append(Json, "compile_commands.json");
    if (!sys::fs::exists(Json)) {
      error() << "no compile_commands.json in '" << BuildPath
              << "'; configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON or "
                 "pass compiler arguments after '--'\n";
      return nullptr;
    }
    auto DB = tooling::JSONCompilationDatabase::loadFromFile(
        Json, Err, tooling::JSONCommandLineSyntax::AutoDetect);
    if (!DB) {
      error() << "cannot load compilation database '" << Json << "': " << Err
              << "\n";
      return nullptr;
    }
    return tooling::inferMissingCompileCommands(std::move(DB));
  }
  if (Files.empty())
    return nullptr;
  auto DB = tooling::CompilationDatabase::autoDetectFromSource(Files.front(), Err);
  if (!DB) {
    error() << "no compilation database found for '" << Files.front()
            << "'; pass -p <build-dir> or compiler arguments after '--'\n";
    return nullptr;
  }
  return tooling::inferMissingCompileCommands(std::move(DB));
}

/// The result of one translation unit, kept until it is its turn to print.
struct FileResult {
  std::unique_ptr<ClangTidyContext> Context;
  IntrusiveRefCntPtr<vfs::OverlayFileSystem> FS;
  std::vector<ClangTidyError> Errors;
  bool Done = false, Crashed = false;

  /// Frees the translation unit's state once printed; Done stays set.
  void release() {
    Errors.clear();
    Context.reset();
    FS = nullptr;
  }
};

class Runner {
public:
  Runner(const OptionsFactory &Options, const tooling::CompilationDatabase &DB,
         std::vector<std::string> Files, corolint::SarifLog *Sarif,
         SummaryStore *Store)
      : Options(Options), DB(DB), Files(std::move(Files)),
        Results(this->Files.size()), Sarif(Sarif), Store(Store),
        Progress(!Quiet && errs().is_displayed()) {}

  int run(unsigned Threads) {
    CrashRecoveryContext::Enable();
    {
      DefaultThreadPool Pool(hardware_concurrency(Threads));
      for (size_t I = 0; I < Files.size(); ++I)
        Pool.async([this, I] { analyse(I); });
      Pool.wait();
    }
    if (Store) { // every file is summarised: resolve, then print in order
      SummaryErrors = !resolveDeferred();
      for (; NextToPrint < Results.size(); ++NextToPrint) {
        print(NextToPrint);
        Results[NextToPrint].release();
      }
    }
    clearProgress();
    if (!Quiet)
      errs() << "corolint: " << Files.size() << " file"
             << (Files.size() == 1 ? "" : "s") << ", " << Warnings << " warning"
             << (Warnings == 1 ? "" : "s") << ", " << FailedFiles
             << " with errors\n";
    if (FailedFiles || SummaryErrors)
      return ExitError;
    return Warnings ? ExitFindings : ExitClean;
  }

private:
  void analyse(size_t I) {
    FileResult R;
    R.Context = std::make_unique<ClangTidyContext>(Options.make());
    // createPhysicalFileSystem keeps its own working directory: the tooling
    // library sets it to each compile command's directory, which with
    // getRealFileSystem() would chdir the whole process under the other
    // threads (a relative file then fails to open in a parallel run).
    R.FS = makeIntrusiveRefCnt<vfs::OverlayFileSystem>(
        IntrusiveRefCntPtr<vfs::FileSystem>(vfs::createPhysicalFileSystem().release()));
    CrashRecoveryContext Recovery;
    R.Crashed = !Recovery.RunSafely([&] {
      R.Errors = runClangTidy(*R.Context, DB, {Files[I]}, R.FS,
                              /*ApplyAnyFix=*/false);
    });
    std::lock_guard<std::mutex> Lock(Mutex);
    R.Done = true;
    Results[I] = std::move(R);
    ++Finished;
    // Print in input order, as soon as every earlier file is printed (with
    // cross-TU analysis, once every file is done).
    while (!Store && NextToPrint < Results.size() && Results[NextToPrint].Done) {
      print(NextToPrint);
      Results[NextToPrint].release();
      ++NextToPrint;
    }
    showProgress();
  }

  /// Merges this run's summaries with --summaries, solves the fixpoint,
  /// writes --export-summaries. False on an error (already printed).
  bool resolveDeferred() {
    bool OK = true;
    std::vector<TUSummary> Mine = Store->take();
    llvm::StringSet<> Analysed;
    for (const TUSummary &S : Mine)
      Analysed.insert(S.MainFile);
    if (!ImportSummaries.empty()) {
      LoadProblems Problems = loadSummaryDir(ImportSummaries, Index, Analysed);
      clearProgress();
      for (const std::string &Note : Problems.Notes)
        WithColor::note(errs(), "corolint") << Note << "\n";
      for (const std::string &Error : Problems.Errors)
        error() << Error << "\n";
      OK = Problems.Errors.empty();
    }
    if (!ExportSummaries.empty())
      for (const std::string &Error : writeSummaryFiles(Mine, ExportSummaries)) {
        error() << Error << "\n";
        OK = false;
      }
    for (TUSummary &S : Mine)
      Index.add(std::move(S));
    Index.solve();
    // Every TU of this run, a file given twice included (the index keeps
    // all summaries of one TU).
    for (const auto &[Key, TU] : Index.units())
      if (Analysed.contains(TU.MainFile))
        for (const DeferredCall &D : TU.Deferred)
          DeferredById[D.Id] = &D;
    return OK;
  }

  /// Replaces the checks' deferred-call remarks by their findings, or drops
  /// them when the call does not block.
  void resolveRemarks(std::vector<ClangTidyError> &Errors,
                      const ClangTidyContext &Context) {
    std::vector<ClangTidyError> Out;
    // A file compiled twice (two entries of the database) resolves one call
    // twice: one finding, as clang-tidy merges its in-TU findings.
    std::set<std::tuple<std::string, std::string, unsigned>> Resolved;
    for (ClangTidyError &E : Errors) {
      StringRef Text = E.Message.Message;
      uint64_t Id = 0;
      if (E.DiagLevel != ClangTidyError::Remark ||
          !Text.consume_front(DeferredRemarkPrefix) || Text.getAsInteger(10, Id)) {
        Out.push_back(std::move(E));
        continue;
      }
      auto It = DeferredById.find(Id);
      if (It == DeferredById.end())
        continue;
      std::optional<ResolvedChain> Chain = Index.resolve(*It->second);
      if (!Chain)
        continue;
      std::vector<ChainMessage> Messages = renderChain(*Chain);
      if (!Resolved.insert({Messages.front().Text, E.Message.FilePath, E.Message.FileOffset})
               .second)
        continue;
      E.DiagLevel = ClangTidyError::Warning;
      E.IsWarningAsError = Context.treatAsError(E.DiagnosticName);
      E.Message.Message = Messages.front().Text;
      for (size_t I = 1; I < Messages.size(); ++I) {
        tooling::DiagnosticMessage Note(Messages[I].Text);
        Note.FilePath = Messages[I].File;
        Note.FileOffset = Messages[I].Offset;
        E.Notes.push_back(std::move(Note));
      }
      Out.push_back(std::move(E));
    }
    Errors = std::move(Out);
  }

  void print(size_t I) {
    FileResult &R = Results[I];
    clearProgress();
    if (Store)
      resolveRemarks(R.Errors, *R.Context);
    bool CompileError = false, ConfigError = false, OtherError = false;
    for (const ClangTidyError &E : R.Errors) {
      if (E.DiagLevel == ClangTidyError::Warning)
        ++Warnings;
      else if (E.DiagLevel == ClangTidyError::Error) {
        StringRef Name = E.DiagnosticName;
        if (Name.starts_with("clang-diagnostic-"))
          CompileError = true;
        else if (Name == "clang-tidy-config")
          ConfigError = true;
        else
          OtherError = true; // e.g. clang-tidy-nolint: an unmatched NOLINTBEGIN
      }
    }
    if (Sarif) {
      Sarif->addDiagnostics(R.Errors);
    } else {
      unsigned WarningsAsErrors = 0;
      handleErrors(R.Errors, *R.Context, Fix ? FB_Fix : FB_NoFix, WarningsAsErrors,
                   R.FS);
      outs().flush();
    }
    std::string Problem;
    if (R.Crashed)
      Problem = "crashed while analysing '" + Files[I] +
                "'; its diagnostics are incomplete";
    else if (CompileError)
      Problem = "'" + Files[I] + "' does not compile; its diagnostics are incomplete";
    else if (ConfigError)
      Problem = "invalid configuration while analysing '" + Files[I] + "'";
    else if (OtherError)
      Problem = "errors reported while analysing '" + Files[I] + "'";
    if (!Problem.empty()) {
      error() << Problem << "\n";
      if (Sarif)
        Sarif->addError(Problem, Files[I]);
    }
    if (R.Crashed || CompileError || ConfigError || OtherError)
      ++FailedFiles;
  }

  void showProgress() {
    if (!Progress)
      return;
    errs() << "\r\033[K[" << Finished << "/" << Files.size() << "] "
           << sys::path::filename(Files[NextToPrint < Files.size() ? NextToPrint
                                                                   : Files.size() - 1]);
    errs().flush();
  }
  void clearProgress() {
    if (Progress)
      errs() << "\r\033[K";
  }

  const OptionsFactory &Options;
  const tooling::CompilationDatabase &DB;
  std::vector<std::string> Files;
  std::vector<FileResult> Results;
  corolint::SarifLog *Sarif; // null in text mode
  SummaryStore *Store;
  SummaryIndex Index;
  llvm::DenseMap<uint64_t, const DeferredCall *> DeferredById;
  std::mutex Mutex;
  size_t NextToPrint = 0, Finished = 0;
  unsigned Warnings = 0, FailedFiles = 0;
  bool SummaryErrors = false;
  bool Progress;
};

} // namespace

int main(int argc, const char **argv) {
  (void)CorolintModuleAnchor;
  std::string FixedError;
  std::unique_ptr<tooling::CompilationDatabase> Fixed =
      tooling::FixedCompilationDatabase::loadFromCommandLine(argc, argv, FixedError);
  if (!FixedError.empty()) {
    error() << FixedError << "\n";
    return ExitError;
  }

  cl::HideUnrelatedOptions(Category);
  cl::SetVersionPrinter(printVersion);
  std::string ParseErrors;
  raw_string_ostream ParseErrorStream(ParseErrors);
  if (!cl::ParseCommandLineOptions(argc, argv, Overview, &ParseErrorStream)) {
    errs() << ParseErrors << "Run 'corolint --help' for usage.\n";
    return ExitError;
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
  if (Format == OutputFormat::Sarif && Fix) {
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
  if (!parseExplicitConfig(Options))
    return ExitError;

  if (ListChecks) {
    std::string Anchor = Files.empty() ? "dummy.cpp" : Files.front();
    auto Provider = Options.make();
    std::vector<std::string> Names =
        corolint::compat::enabledCheckNames(Provider->getOptions(Anchor));
    if (Names.empty()) {
      error() << "no checks enabled\n";
      return ExitError;
    }
    outs() << "Enabled checks:\n";
    for (const std::string &Name : Names)
      outs() << "    " << Name << "\n";
    return ExitClean;
  }

  if (Files.empty() && BuildPath.empty()) {
    error() << "no input files; pass files or -p <build-dir>\n"
            << "Run 'corolint --help' for usage.\n";
    return ExitError;
  }
  std::unique_ptr<tooling::CompilationDatabase> DB = loadDatabase(std::move(Fixed));
  if (!DB)
    return ExitError;

  std::vector<std::string> Inputs(Files.begin(), Files.end());
  if (Inputs.empty()) {
    Inputs = DB->getAllFiles();
    llvm::sort(Inputs); // deterministic output, whatever the database order
  }
  if (!Shard.empty()) {
    auto [IText, NText] = StringRef(Shard).split('/');
    unsigned I = 0, N = 0;
    if (IText.getAsInteger(10, I) || NText.getAsInteger(10, N) || N == 0 ||
        I == 0 || I > N) {
      error() << "invalid --shard='" << Shard << "'; expected I/N with 1 <= I <= N\n";
      return ExitError;
    }
    llvm::sort(Inputs);
    std::vector<std::string> Mine;
    for (size_t K = 0; K < Inputs.size(); ++K)
      if (K % N == I - 1)
        Mine.push_back(Inputs[K]);
    Inputs = std::move(Mine);
  }
  if (!CrossTU && (!ExportSummaries.empty() || !ImportSummaries.empty())) {
    error() << "--export-summaries and --summaries need --cross-tu\n";
    return ExitError;
  }
  bool MissingInput = false;
  std::vector<std::string> Existing, Missing;
  for (const std::string &File : Inputs) {
    SmallString<256> Abs(File);
    sys::fs::make_absolute(Abs);
    sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
    if (!sys::fs::is_regular_file(Abs)) {
      error() << "no such file: '" << File << "'\n";
      MissingInput = true;
      Missing.push_back(File);
      continue;
    }
    Existing.push_back(std::string(Abs));
  }
  {
    auto Provider = Options.make();
    if (corolint::compat::enabledCheckNames(
            Provider->getOptions(Existing.empty() ? "dummy.cpp" : Existing.front()))
            .empty()) {
      error() << "no checks enabled by --checks='" << Checks
              << "' and the configuration\n";
      return ExitError;
    }
  }
  std::optional<corolint::SarifLog> Sarif;
  if (Format == OutputFormat::Sarif) {
    SmallString<256> Root(SourceRoot);
    if (Root.empty() && !BuildPath.empty())
      Root = sys::fs::is_directory(BuildPath) ? StringRef(BuildPath)
                                              : sys::path::parent_path(BuildPath);
    if (Root.empty())
      sys::fs::current_path(Root);
    Sarif.emplace(Root, COROLINT_VERSION);
    // One rule per check enabled for any of the files.
    std::set<std::string> Enabled;
    auto Provider = Options.make();
    for (const std::string &File : Existing)
      for (std::string &Name : corolint::compat::enabledCheckNames(Provider->getOptions(File)))
        Enabled.insert(std::move(Name));
    Sarif->addRules(std::vector<std::string>(Enabled.begin(), Enabled.end()));
    for (const std::string &File : Missing)
      Sarif->addError("no such file: '" + File + "'", File);
  }
  int Status = ExitClean;
  SummaryStore Store;
  if (CrossTU)
    setActiveSummaryStore(&Store);
  if (!Existing.empty())
    Status = Runner(Options, *DB, std::move(Existing), Sarif ? &*Sarif : nullptr,
                    CrossTU ? &Store : nullptr)
                 .run(Jobs);
  if (MissingInput)
    Status = ExitError;
  if (Sarif)
    Sarif->write(outs(), Status);
  return Status;
}
