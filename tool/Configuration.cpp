//===--- Configuration.cpp - clang-tidy options for a corolint run --------===//

#include "Configuration.h"
#include "llvm/Support/MemoryBuffer.h"

using namespace clang::tidy;
using namespace llvm;

namespace corolint {

std::unique_ptr<ClangTidyOptionsProvider>
OptionsFactory::make(IntrusiveRefCntPtr<vfs::FileSystem> FS) const {
  if (Explicit)
    return std::make_unique<ConfigOptionsProvider>(Global, Defaults, *Explicit,
                                                   Overrides, std::move(FS));
  return std::make_unique<FileOptionsProvider>(Global, Defaults, Overrides,
                                               std::move(FS));
}

Error parseExplicitConfig(StringRef Inline, StringRef File,
                          OptionsFactory &Factory) {
  if (!Inline.empty() && !File.empty())
    return createStringError(inconvertibleErrorCode(),
                             "--config and --config-file are mutually exclusive");
  std::string Text = Inline.str(), Source = "--config";
  if (!File.empty()) {
    auto Buffer = MemoryBuffer::getFile(File);
    if (!Buffer)
      return createStringError(inconvertibleErrorCode(),
                               "cannot read configuration file '" + File +
                                   "': " + Buffer.getError().message());
    Text = (*Buffer)->getBuffer().str();
    Source = File.str();
  }
  if (Text.empty())
    return Error::success();
  ErrorOr<ClangTidyOptions> Parsed =
      parseConfiguration(MemoryBufferRef(Text, Source));
  if (!Parsed)
    return createStringError(inconvertibleErrorCode(),
                             "invalid configuration in " + Source + ": " +
                                 Parsed.getError().message());
  Factory.Explicit = std::move(*Parsed);
  return Error::success();
}

} // namespace corolint
