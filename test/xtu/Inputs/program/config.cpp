#include "app.h"

namespace config {
static std::string parse(const char *path) { return storage::read_file(path); }
std::string load() { return parse("app.conf"); }
}
