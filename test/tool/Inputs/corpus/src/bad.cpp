int f() {
  return x;
}
