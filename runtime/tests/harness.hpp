// harness.hpp -- a minimal test harness for the aio runtime tests.
//
// AIO_TEST(name) { ... } registers a test; CHECK(cond), CHECK_EQ(a, b) and
// CHECK_THROWS(expr, Type) fail it by throwing. main() runs every test whose
// name contains one of the command-line arguments (all when there is none)
// and none of the arguments written -SUBSTRING,
// prints one line per test and "N passed, N failed", and exits 1 on failure.
#pragma once
#include <cstdio>
#include <exception>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace harness {

struct Failure {
  std::string message;
};

struct Case {
  const char* name;
  void (*fn)();
};

inline std::vector<Case>& registry() {
  static std::vector<Case> cases;
  return cases;
}

struct Register {
  Register(const char* name, void (*fn)()) { registry().push_back({name, fn}); }
};

template <class A, class B>
void check_eq(const A& a, const B& b, const char* ea, const char* eb, const char* file, int line) {
  if (a == b) return;
  std::ostringstream os;
  os << file << ":" << line << ": CHECK_EQ(" << ea << ", " << eb << ") failed: " << a << " != " << b;
  throw Failure{os.str()};
}

inline int run_all(int argc, char** argv) {
  int passed = 0, failed = 0;
  for (const Case& c : registry()) {
    bool any_include = false, included = false, excluded = false;
    for (int i = 1; i < argc; ++i) {
      std::string_view arg = argv[i];
      bool exclude = !arg.empty() && arg[0] == '-';
      if (exclude) arg.remove_prefix(1);
      bool match = std::string_view(c.name).find(arg) != std::string_view::npos;
      if (exclude) excluded = excluded || match;
      else {
        any_include = true;
        included = included || match;
      }
    }
    bool selected = (!any_include || included) && !excluded;
    if (!selected) continue;
    std::string error;
    try {
      c.fn();
    } catch (const Failure& f) {
      error = f.message;
    } catch (const std::exception& e) {
      error = std::string("unexpected exception: ") + e.what();
    } catch (...) {
      error = "unexpected non-standard exception";
    }
    if (error.empty()) {
      ++passed;
      std::printf("PASS: %s\n", c.name);
    } else {
      ++failed;
      std::printf("FAIL: %s: %s\n", c.name, error.c_str());
    }
    std::fflush(stdout);
  }
  std::printf("%d passed, %d failed\n", passed, failed);
  return failed == 0 && passed > 0 ? 0 : 1;
}

} // namespace harness

#define AIO_TEST(name)                                                    \
  static void name();                                                     \
  static const harness::Register name##_registration{#name, &name};        \
  static void name()

#define CHECK(cond)                                                                    \
  do {                                                                                 \
    if (!(cond))                                                                       \
      throw harness::Failure{std::string(__FILE__) + ":" + std::to_string(__LINE__) + \
                             ": CHECK(" #cond ") failed"};                             \
  } while (0)

#define CHECK_EQ(a, b) harness::check_eq((a), (b), #a, #b, __FILE__, __LINE__)

#define CHECK_THROWS(expr, Type)                                                         \
  do {                                                                                   \
    bool caught_ = false;                                                                \
    try {                                                                                \
      (void)(expr);                                                                      \
    } catch (const Type&) {                                                              \
      caught_ = true;                                                                    \
    }                                                                                    \
    if (!caught_)                                                                        \
      throw harness::Failure{std::string(__FILE__) + ":" + std::to_string(__LINE__) +   \
                             ": CHECK_THROWS(" #expr ", " #Type ") did not throw"};      \
  } while (0)
