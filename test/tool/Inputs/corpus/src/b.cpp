task g() {
  // b
    sleep(2);
}
