// cli.hpp -- the few command-line helpers the sample programs share:
// --help prints the usage to stdout and exits 0; an unknown flag or a bad
// value prints the problem and the usage to stderr and exits 2 (the
// argparse conventions of the Python originals).
#pragma once
#include <aio/clock.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace cli {

[[noreturn]] inline void help(const char* usage) {
  std::fputs(usage, stdout);
  std::exit(0);
}

[[noreturn]] inline void fail(const char* usage, const std::string& problem) {
  std::fprintf(stderr, "error: %s\n%s", problem.c_str(), usage);
  std::exit(2);
}

inline bool is_help(std::string_view arg) { return arg == "--help" || arg == "-h"; }

// The integer after argv[i] (advances i).
inline long int_value(int argc, char** argv, int& i, const char* usage) {
  std::string flag = argv[i];
  if (i + 1 >= argc) fail(usage, flag + " needs a value");
  const char* text = argv[++i];
  char* end = nullptr;
  long v = std::strtol(text, &end, 10);
  if (*text == '\0' || *end != '\0') fail(usage, flag + ": not an integer: " + text);
  return v;
}

// Rejects any argument but --help.
inline void no_args(int argc, char** argv, const char* usage) {
  for (int i = 1; i < argc; ++i) {
    if (is_help(argv[i])) help(usage);
    fail(usage, std::string("unknown argument: ") + argv[i]);
  }
}

inline double seconds(aio::Duration d) { return std::chrono::duration<double>(d).count(); }

} // namespace cli
