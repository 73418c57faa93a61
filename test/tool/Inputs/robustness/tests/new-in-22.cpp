int x = 0; // NEW_IN_22: only clang 22 compiles it
