//===--- Sarif.cpp - one SARIF 2.1.0 log for a corolint run ---------------===//

#include "Sarif.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"

using namespace llvm;
using clang::tidy::ClangTidyError;

namespace corolint {

const char *const DocsBaseUrl = COROLINT_DOCS_URL;

namespace {

/// One row per documented check, generated from docs/checks/<id>.md.
struct CheckDescription {
  const char *Id, *ShortText, *FullText, *HelpMarkdown;
};
const CheckDescription CheckDescriptions[] = {
#include "CheckDescriptions.inc"
};

const char SchemaUri[] = "https://json.schemastore.org/sarif-2.1.0.json";
const char SourceRootId[] = "%SRCROOT%";
const char FingerprintKey[] = "corolint/v1";

/// Percent-encodes what RFC 3986 does not allow in a path (keeps '/').
std::string encodePath(StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (isAlnum(C) || StringRef("-._~/").contains(C))
      Out += C;
    else
      Out += "%" + utohexstr(C, /*LowerCase=*/false, /*Width=*/2);
  }
  return Out;
}

std::string fileUri(StringRef AbsPath) { return "file://" + encodePath(AbsPath); }

/// coro-blocking-call -> CoroBlockingCall: SARIF wants a name distinct from
/// the id.
std::string ruleName(StringRef Id) {
  std::string Name;
  bool Upper = true;
  for (char C : Id) {
    if (!isAlnum(C)) {
      Upper = true;
      continue;
    }
    Name += Upper ? toUpper(C) : C;
    Upper = false;
  }
  return Name;
}

const CheckDescription *findDescription(StringRef Id) {
  for (const CheckDescription &D : CheckDescriptions)
    if (Id == D.Id)
      return &D;
  return nullptr;
}

/// The line's text with runs of blanks collapsed and the ends trimmed, so
/// that re-indenting a line keeps its fingerprint.
std::string normalise(StringRef Line) {
  SmallVector<StringRef, 8> Words;
  SplitString(Line, Words);
  return join(Words, " ");
}

} // namespace

SarifLog::SarifLog(StringRef Root, StringRef ToolVersion)
    : ToolVersion(ToolVersion) {
  SmallString<256> Abs(Root);
  sys::fs::make_absolute(Abs);
  sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  SourceRoot = std::string(Abs);
  if (!StringRef(SourceRoot).ends_with("/"))
    SourceRoot += '/';
}

void SarifLog::addRules(ArrayRef<std::string> CheckNames) {
  for (const std::string &Name : CheckNames)
    ruleIndex(Name);
}

unsigned SarifLog::ruleIndex(StringRef Id) {
  auto [It, Inserted] = RuleIndices.try_emplace(Id, RuleIds.size());
  if (Inserted)
    RuleIds.push_back(std::string(Id));
  return It->second;
}

json::Value SarifLog::rule(StringRef Id) const {
  std::string Url = (Twine(DocsBaseUrl) + Id + ".md").str();
  json::Object Rule{{"id", Id.str()},
                    {"name", ruleName(Id)},
                    {"defaultConfiguration", json::Object{{"level", "warning"}}}};
  if (const CheckDescription *D = findDescription(Id)) {
    Rule["shortDescription"] = message(D->ShortText);
    Rule["fullDescription"] = message(D->FullText);
    Rule["help"] = json::Object{
        {"text", (Twine(D->FullText) + " Documentation: " + Url).str()},
        {"markdown", (Twine(D->HelpMarkdown) + "\n\n[" + Id + "](" + Url + ")").str()}};
    Rule["helpUri"] = Url;
  } else {
    // Not a corolint check (a compiler warning enabled with --checks).
    Rule["shortDescription"] = message((Twine("Diagnostic ") + Id + ".").str());
  }
  return std::move(Rule);
}

json::Object SarifLog::message(StringRef Text) const {
  return json::Object{{"text", Text.str()}}; // json::Value keeps a StringRef uncopied
}

const SarifLog::SourceFile &SarifLog::source(StringRef Path) {
  auto [It, Inserted] = Sources.try_emplace(Path);
  SourceFile &F = It->second;
  if (!Inserted)
    return F;
  auto Buffer = MemoryBuffer::getFile(Path, /*IsText=*/false,
                                      /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return F;
  F.Buffer = std::move(*Buffer);
  StringRef Text = F.Buffer->getBuffer();
  F.LineStarts.push_back(0);
  for (size_t I = 0; I < Text.size(); ++I)
    if (Text[I] == '\n')
      F.LineStarts.push_back(I + 1);
  return F;
}

SarifLog::Position SarifLog::position(StringRef Path, unsigned Offset) {
  const SourceFile &F = source(Path);
  if (!F.Buffer || Offset > F.Buffer->getBufferSize())
    return {};
  auto Next = llvm::upper_bound(F.LineStarts, Offset);
  unsigned Line = Next - F.LineStarts.begin();
  StringRef Before = F.Buffer->getBuffer().slice(*(Next - 1), Offset);
  // UTF-16 code units: one per code point, two for those beyond U+FFFF
  // (whose UTF-8 lead byte is 0xF0 or above); continuation bytes count none.
  unsigned Column = 1;
  for (unsigned char C : Before) {
    if ((C & 0xC0) != 0x80)
      ++Column;
    if (C >= 0xF0)
      ++Column;
  }
  return {Line, Column};
}

StringRef SarifLog::lineText(StringRef Path, unsigned Line) {
  const SourceFile &F = source(Path);
  if (!F.Buffer || Line == 0 || Line > F.LineStarts.size())
    return "";
  StringRef Text = F.Buffer->getBuffer();
  size_t Begin = F.LineStarts[Line - 1];
  size_t End = Line < F.LineStarts.size() ? F.LineStarts[Line] : Text.size();
  return Text.slice(Begin, End).rtrim("\r\n");
}

std::string SarifLog::absolutePath(StringRef Path, StringRef BuildDir) const {
  SmallString<256> Abs;
  if (sys::path::is_relative(Path) && !BuildDir.empty())
    sys::path::append(Abs, BuildDir, Path);
  else
    Abs = Path;
  sys::fs::make_absolute(Abs);
  sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return std::string(Abs);
}

json::Object SarifLog::artifactLocation(StringRef AbsPath) const {
  if (AbsPath.starts_with(SourceRoot))
    return json::Object{{"uri", encodePath(AbsPath.drop_front(SourceRoot.size()))},
                        {"uriBaseId", SourceRootId}};
  return json::Object{{"uri", fileUri(AbsPath)}};
}

json::Object SarifLog::physicalLocation(StringRef AbsPath, unsigned Offset,
                                        bool WithSnippets) {
  json::Object Location{{"artifactLocation", artifactLocation(AbsPath)}};
  Position P = position(AbsPath, Offset);
  if (!P.Line)
    return Location;
  if (!WithSnippets) {
    Location["region"] = json::Object{{"startLine", P.Line}, {"startColumn", P.Column}};
    return Location;
  }
  // The region runs to the end of the line (SARIF's default endColumn); the
  // context region is the whole line. Their snippets let a reader see the
  // code without the sources.
  StringRef Line = lineText(AbsPath, P.Line);
  StringRef FromOffset =
      source(AbsPath).Buffer->getBuffer().substr(Offset).split('\n').first.rtrim("\r");
  Location["region"] = json::Object{{"startLine", P.Line},
                                    {"startColumn", P.Column},
                                    {"snippet", message(FromOffset)}};
  Location["contextRegion"] =
      json::Object{{"startLine", P.Line}, {"snippet", message(Line)}};
  return Location;
}

std::string SarifLog::fingerprint(StringRef RuleId, StringRef AbsPath,
                                  unsigned Line, StringRef Message) {
  const json::Object Artifact = artifactLocation(AbsPath);
  std::string Key = (Twine(RuleId) + "\n" + *Artifact.getString("uri") + "\n" +
                     normalise(lineText(AbsPath, Line)) + "\n" + Message)
                        .str();
  std::string Hash = utohexstr(xxh3_64bits(Key), /*LowerCase=*/true, 16);
  // Identical lines with the same finding in one file are told apart by
  // their order, as GitHub's own primaryLocationLineHash does.
  unsigned Occurrence = ++Occurrences[Hash];
  return Hash + ":" + std::to_string(Occurrence);
}

void SarifLog::addDiagnostics(ArrayRef<ClangTidyError> Errors) {
  for (const ClangTidyError &E : Errors) {
    const auto &M = E.Message;
    std::string Path =
        M.FilePath.empty() ? "" : absolutePath(M.FilePath, E.BuildDirectory);

    if (E.DiagLevel == ClangTidyError::Error) {
      json::Object Notification{
          {"level", "error"},
          {"message", message(M.Message)},
          {"descriptor", json::Object{{"id", E.DiagnosticName}}}};
      if (!Path.empty())
        Notification["locations"] = json::Array{
            json::Object{{"physicalLocation", physicalLocation(Path, M.FileOffset)}}};
      Notifications.push_back(std::move(Notification));
      continue;
    }

    std::string Seen =
        formatv("{0}\n{1}\n{2}\n{3}", E.DiagnosticName, Path, M.FileOffset, M.Message);
    if (!SeenResults.insert(Seen).second)
      continue; // a header's finding, already reported by an earlier file

    json::Object Result{
        {"ruleId", E.DiagnosticName},
        {"ruleIndex", ruleIndex(E.DiagnosticName)},
        {"level", E.DiagLevel == ClangTidyError::Remark ? "note"
                  : E.IsWarningAsError                  ? "error"
                                                        : "warning"},
        {"message", message(M.Message)}};
    if (!Path.empty()) {
      Result["locations"] = json::Array{json::Object{
          {"physicalLocation", physicalLocation(Path, M.FileOffset, /*WithSnippets=*/true)}}};
      Result["partialFingerprints"] = json::Object{
          {FingerprintKey, fingerprint(E.DiagnosticName, Path,
                                       position(Path, M.FileOffset).Line, M.Message)}};
    }

    json::Array Related;
    for (const auto &Note : E.Notes) {
      json::Object Location{{"id", Related.size() + 1},
                            {"message", message(Note.Message)}};
      if (!Note.FilePath.empty())
        Location["physicalLocation"] = physicalLocation(
            absolutePath(Note.FilePath, E.BuildDirectory), Note.FileOffset);
      Related.push_back(std::move(Location));
    }
    if (!Related.empty())
      Result["relatedLocations"] = std::move(Related);

    json::Array Changes;
    for (const auto &[File, Replacements] : M.Fix) {
      json::Array Edits;
      for (const auto &R : Replacements) {
        std::string RPath = absolutePath(R.getFilePath(), E.BuildDirectory);
        Position Begin = position(RPath, R.getOffset());
        Position End = position(RPath, R.getOffset() + R.getLength());
        if (!Begin.Line || !End.Line)
          continue;
        Edits.push_back(json::Object{
            {"deletedRegion", json::Object{{"startLine", Begin.Line},
                                           {"startColumn", Begin.Column},
                                           {"endLine", End.Line},
                                           {"endColumn", End.Column}}},
            {"insertedContent", json::Object{{"text", R.getReplacementText().str()}}}});
      }
      if (!Edits.empty())
        Changes.push_back(json::Object{
            {"artifactLocation",
             artifactLocation(absolutePath(File, E.BuildDirectory))},
            {"replacements", std::move(Edits)}});
    }
    if (!Changes.empty())
      Result["fixes"] = json::Array{json::Object{
          {"description", message("Apply the fix-it of " + E.DiagnosticName + ".")},
          {"artifactChanges", std::move(Changes)}}};

    Results.push_back(std::move(Result));
  }
}

void SarifLog::addError(StringRef Text, StringRef File) {
  json::Object Notification{{"level", "error"}, {"message", message(Text)}};
  if (!File.empty())
    Notification["locations"] = json::Array{json::Object{
        {"physicalLocation",
         json::Object{{"artifactLocation", artifactLocation(absolutePath(File, ""))}}}}};
  Notifications.push_back(std::move(Notification));
}

void SarifLog::write(raw_ostream &OS, int ExitCode) {
  json::Array Rules;
  for (const std::string &Id : RuleIds)
    Rules.push_back(rule(Id));

  json::Object Invocation{{"executionSuccessful", Notifications.empty()},
                          {"exitCode", ExitCode}};
  if (!Notifications.empty())
    Invocation["toolExecutionNotifications"] = std::move(Notifications);

  json::Object Driver{{"name", "corolint"},
                      {"version", ToolVersion},
                      {"semanticVersion", ToolVersion},
                      {"informationUri", COROLINT_HOMEPAGE_URL},
                      {"rules", std::move(Rules)}};
  json::Object Run{
      {"tool", json::Object{{"driver", std::move(Driver)}}},
      {"invocations", json::Array{std::move(Invocation)}},
      {"originalUriBaseIds",
       json::Object{{SourceRootId, json::Object{{"uri", fileUri(SourceRoot)}}}}},
      {"columnKind", "utf16CodeUnits"},
      {"results", std::move(Results)}};
  json::Value Log = json::Object{{"$schema", SchemaUri},
                                 {"version", "2.1.0"},
                                 {"runs", json::Array{std::move(Run)}}};
  OS << formatv("{0:2}", Log) << "\n";
}

} // namespace corolint
