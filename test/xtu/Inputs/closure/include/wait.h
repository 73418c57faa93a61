// config.cpp's only blocking call comes from this header's macro: a link
// names its expansion site in config.cpp, never this file.
#pragma once
#include <unistd.h>
#define CONFIG_WAIT() sleep(1)
