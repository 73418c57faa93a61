// The target board's C library, in the stand-in cross compiler's own
// system include directory: only its search list finds this header.
#ifndef BOARD_H
#define BOARD_H
extern "C" unsigned int sleep(unsigned int seconds);
#endif
