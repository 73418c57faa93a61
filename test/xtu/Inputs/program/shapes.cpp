#include "app.h"
#include <unistd.h>

namespace shapes {
Shape::~Shape() {}
void Shape::draw() { sleep(1); }
void Square::draw() { usleep(1); }
}
