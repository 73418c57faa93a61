#include "blocking.h"
