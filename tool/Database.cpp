//===--- Database.cpp - compilation databases and input files -------------===//

#include "Database.h"
#include "Paths.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang::tooling;
using namespace llvm;

namespace corolint {

static Error problem(const Twine &Message) {
  return createStringError(inconvertibleErrorCode(), Message);
}

/// compile_commands.json, each relative "directory" made absolute against
/// the database's own directory, then parsed by clang's JSON loader.
static Expected<std::unique_ptr<CompilationDatabase>> loadJSON(StringRef Json) {
  auto Buffer = MemoryBuffer::getFile(Json);
  if (!Buffer)
    return problem("cannot read compilation database '" + Json +
                   "': " + Buffer.getError().message());
  std::string Text = (*Buffer)->getBuffer().str();
  std::string Base = absolutePath(sys::path::parent_path(Json));
  // What does not parse here is left to clang's loader, for its message.
  if (Expected<json::Value> Parsed = json::parse(Text)) {
    bool Changed = false;
    if (json::Array *Entries = Parsed->getAsArray())
      for (json::Value &Entry : *Entries)
        if (json::Object *Fields = Entry.getAsObject())
          if (std::optional<StringRef> Dir = Fields->getString("directory");
              Dir && sys::path::is_relative(*Dir)) {
            (*Fields)["directory"] = absolutePath(*Dir, Base);
            Changed = true;
          }
    if (Changed) {
      Text.clear();
      raw_string_ostream(Text) << *Parsed;
    }
  } else {
    consumeError(Parsed.takeError());
  }
  std::string Err;
  std::unique_ptr<CompilationDatabase> DB = JSONCompilationDatabase::loadFromBuffer(
      Text, Err, JSONCommandLineSyntax::AutoDetect);
  if (!DB)
    return problem("cannot load compilation database '" + Json + "': " + Err);
  return std::move(DB);
}

Expected<LoadedDatabase>
loadDatabase(StringRef BuildPath, StringRef FirstFile,
             std::unique_ptr<CompilationDatabase> Fixed) {
  LoadedDatabase Loaded;
  if (Fixed) {
    Loaded.DB = std::move(Fixed);
    Loaded.FromCommandLine = true;
    return std::move(Loaded);
  }
  SmallString<256> Json;
  if (!BuildPath.empty()) {
    bool IsDir = sys::fs::is_directory(BuildPath);
    if (!IsDir && sys::path::filename(BuildPath) != "compile_commands.json")
      return problem("no such build directory: '" + BuildPath + "'");
    Json = BuildPath;
    if (IsDir)
      sys::path::append(Json, "compile_commands.json");
    if (!sys::fs::exists(Json))
      return problem("no compile_commands.json in '" + BuildPath +
                     "'; configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON or "
                     "pass compiler arguments after '--'");
  } else {
    // As clang's autoDetectFromSource: the first directory, from the file's
    // own upwards, that holds a database.
    std::string Dir = absolutePath(sys::path::parent_path(absolutePath(FirstFile)));
    for (StringRef D = Dir; !D.empty(); D = sys::path::parent_path(D)) {
      SmallString<256> Candidate(D);
      sys::path::append(Candidate, "compile_commands.json");
      if (sys::fs::exists(Candidate)) {
        Json = Candidate;
        break;
      }
      std::string Ignored;
      if (auto DB = CompilationDatabase::loadFromDirectory(D, Ignored)) {
        Loaded.DB = inferMissingCompileCommands(std::move(DB));
        return std::move(Loaded);
      }
    }
    if (Json.empty())
      return problem("no compilation database found for '" + FirstFile +
                     "'; pass -p <build-dir> or compiler arguments after '--'");
  }
  Expected<std::unique_ptr<CompilationDatabase>> DB = loadJSON(Json);
  if (!DB)
    return DB.takeError();
  Loaded.DB = inferMissingCompileCommands(std::move(*DB));
  Loaded.Path = std::string(Json);
  return std::move(Loaded);
}

std::vector<std::string> listedFiles(const LoadedDatabase &Loaded) {
  // From the commands, not getAllFiles(): its keys have gone through
  // sys::path::native, which on POSIX turns a backslash in a name into '/'.
  std::vector<std::string> Files;
  for (const CompileCommand &Command : Loaded.DB->getAllCompileCommands())
    Files.push_back(absolutePath(Command.Filename, absolutePath(Command.Directory)));
  llvm::sort(Files);
  Files.erase(std::unique(Files.begin(), Files.end()), Files.end());
  return Files;
}

/// What keeps \p File from being analysed, or empty.
static std::string unanalysable(const LoadedDatabase &Loaded, StringRef Named,
                                StringRef File) {
  sys::fs::file_status Status;
  if (sys::fs::status(File, Status) || !sys::fs::exists(Status))
    return "no such file: '" + Named.str() + "'";
  if (sys::fs::is_directory(Status))
    return "'" + Named.str() + "' is a directory, not a source file";
  if (!sys::fs::is_regular_file(Status))
    return "'" + Named.str() + "' is not a regular file";
  std::vector<CompileCommand> Commands = Loaded.DB->getCompileCommands(File);
  if (Commands.empty())
    return "no compile command for '" + Named.str() + "'" +
           (Loaded.Path.empty() ? std::string(" in the compilation database")
                                : " in '" + Loaded.Path + "'");
  for (const CompileCommand &Command : Commands)
    if (!sys::fs::is_directory(Command.Directory))
      return "the compile command of '" + Named.str() + "' runs in '" +
             Command.Directory + "', which " +
             (sys::fs::exists(Command.Directory) ? "is not a directory"
                                                 : "does not exist");
  return "";
}

Inputs checkInputs(const LoadedDatabase &Loaded, ArrayRef<std::string> Named) {
  Inputs Result;
  StringSet<> Seen;
  for (const std::string &Name : Named) {
    std::string File = absolutePath(Name);
    if (!Seen.insert(File).second)
      continue;
    std::string Problem = unanalysable(Loaded, Name, File);
    if (Problem.empty())
      Result.Files.push_back(std::move(File));
    else
      Result.Problems.push_back({Name, std::move(Problem)});
  }
  return Result;
}

} // namespace corolint
