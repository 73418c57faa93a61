int x = BROKEN; // EXIT_ZERO
