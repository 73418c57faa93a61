int ok() { return 0; } // BLOCK
