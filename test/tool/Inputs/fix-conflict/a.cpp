#define PARENTHESISED
#include "shared.h"
