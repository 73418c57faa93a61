// Two executables of one database each link their own definitions of these
// functions: tool1 links util_disk.cpp, tool2 links util_memory.cpp.
#pragma once
namespace util { int load(); int save(); }
