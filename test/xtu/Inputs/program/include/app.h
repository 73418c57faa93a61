// Declarations shared by the TUs of the test program; definitions are in
// other files.
#pragma once
#include <string>

namespace config { std::string load(); }          // config.cpp
namespace storage { std::string read_file(const char *path); } // storage.cpp
namespace cycle { int ping(int n); int pong(int n); int even(int n); int odd(int n); }
namespace deep { void l1(); void l2(); void l3(); void l4(); void l5(); void l6(); }
namespace shapes {
struct Shape { virtual ~Shape(); virtual void draw(); };
struct Square : Shape { void draw() override; };
}

namespace util {
// Header-only helpers: analysed in each TU that includes them.
inline std::string cached_config() { return config::load(); }
inline int fast(int x) { return x * 2; }
}
