#include "shared.h"
