int x = BROKEN; // FIX_TOUCH
