int x = BROKEN;
