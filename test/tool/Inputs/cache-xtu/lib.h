// Declared here, defined in lib.cpp: use.cpp's finding needs both TUs.
namespace lib {
void slow();
}
