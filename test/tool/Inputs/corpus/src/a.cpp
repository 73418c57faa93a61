task f() {
  // a
    sleep(1);
}
