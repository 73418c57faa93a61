// For duplicate-entries.test: functions whose definitions depend on the
// flags of the compile command (two executables of one database).
#pragma once
namespace lib {
void slow();
void fast();
void load();
void save();
} // namespace lib
