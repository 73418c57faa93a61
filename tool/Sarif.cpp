//===--- Sarif.cpp - one SARIF 2.1.0 log for a corolint run ---------------===//

#include "Sarif.h"
#include "Fingerprint.h"
#include "Paths.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"

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

} // namespace

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

json::Object SarifLog::artifactLocation(StringRef AbsPath) const {
  if (!Root.relative(AbsPath).empty())
    return json::Object{{"uri", Root.uri(AbsPath)}, {"uriBaseId", SourceRootId}};
  return json::Object{{"uri", Root.uri(AbsPath)}};
}

json::Object SarifLog::physicalLocation(StringRef AbsPath, unsigned Offset,
                                        bool WithSnippets) {
  json::Object Location{{"artifactLocation", artifactLocation(AbsPath)}};
  SourceFiles::Position P = Sources.position(AbsPath, Offset);
  if (!P.Line)
    return Location;
  if (!WithSnippets) {
    Location["region"] = json::Object{{"startLine", P.Line}, {"startColumn", P.Column}};
    return Location;
  }
  // The region runs to the end of the line (SARIF's default endColumn); the
  // context region is the whole line. Their snippets let a reader see the
  // code without the sources.
  StringRef Line = Sources.lineText(AbsPath, P.Line);
  StringRef FromOffset =
      Sources.buffer(AbsPath)->getBuffer().substr(Offset).split('\n').first.rtrim("\r");
  Location["region"] = json::Object{{"startLine", P.Line},
                                    {"startColumn", P.Column},
                                    {"snippet", message(FromOffset)}};
  Location["contextRegion"] =
      json::Object{{"startLine", P.Line}, {"snippet", message(Line)}};
  return Location;
}

void SarifLog::addDiagnostics(ArrayRef<ClangTidyError> Errors,
                              ArrayRef<ResultMark> Marks) {
  for (size_t I = 0; I < Errors.size(); ++I) {
    const ClangTidyError &E = Errors[I];
    ResultMark Mark = I < Marks.size() ? Marks[I] : ResultMark();
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
    }
    if (!Mark.Fingerprint.empty())
      Result["partialFingerprints"] = json::Object{{FingerprintKey, Mark.Fingerprint}};
    if (Mark.Baseline != ResultMark::NoBaseline)
      Result["baselineState"] =
          Mark.Baseline == ResultMark::Unchanged ? "unchanged" : "new";

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
        SourceFiles::Position Begin = Sources.position(RPath, R.getOffset());
        SourceFiles::Position End =
            Sources.position(RPath, R.getOffset() + R.getLength());
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
       json::Object{{SourceRootId, json::Object{{"uri", fileUri(Root.dir())}}}}},
      {"columnKind", "utf16CodeUnits"},
      {"results", std::move(Results)}};
  json::Value Log = json::Object{{"$schema", SchemaUri},
                                 {"version", "2.1.0"},
                                 {"runs", json::Array{std::move(Run)}}};
  OS << formatv("{0:2}", Log) << "\n";
}

} // namespace corolint
