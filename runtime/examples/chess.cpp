// chess -- the simultaneous exhibition from the asyncio walkthrough.
// Judit Polgar plays 24 opponents. She takes 5 s per move, each opponent
// 55 s; a game is 30 move pairs.
//   --sync: she plays the games one after the other: 24 x 30 x 60 s = 12 h.
//   default: she moves on a board and walks on to the next while that
//   opponent thinks: a round of 24 boards takes 24 x 5 s = 2 min, and the
//   exhibition about an hour. Judit is an aio::Lock: one board at a time,
//   boards served in FIFO order.
// Under AIO_CLOCK=virtual both versions finish at once, with exact times.
#include "cli.hpp"

#include <aio/aio.hpp>

#include <cstdio>
#include <string>
#include <vector>

using namespace std::chrono_literals;

static const char* const kUsage =
    "usage: aio-chess [--help] [--sync]\n"
    "Simulates a simultaneous chess exhibition: 24 boards, 30 move pairs,\n"
    "5 s per master move, 55 s per opponent move. --sync plays the games\n"
    "one after the other. AIO_CLOCK=virtual makes it finish at once.\n";

constexpr int kBoards = 24;
constexpr int kMovePairs = 30;
constexpr auto kMasterMove = 5s;
constexpr auto kOpponentMove = 55s;

static void report(int board, aio::Duration at) {
  long s = static_cast<long>(std::chrono::duration_cast<std::chrono::seconds>(at).count());
  std::printf("Board %2d: game over at %ld:%02ld:%02ld\n", board, s / 3600, s / 60 % 60, s % 60);
}

// Synchronous: one game from first move to last, blocking the thread.
void play_game_sync(int board, aio::TimePoint start) {
  for (int pair = 0; pair < kMovePairs; ++pair) {
    aio::blocking_sleep(kMasterMove);
    aio::blocking_sleep(kOpponentMove);
  }
  report(board, aio::now() - start);
}

// Asynchronous: Judit (the lock) makes her move, then leaves this board
// while the opponent thinks.
aio::Task<void> play_game(int board, aio::Lock& judit, aio::TimePoint start) {
  for (int pair = 0; pair < kMovePairs; ++pair) {
    {
      auto at_this_board = co_await judit.scoped();
      co_await aio::sleep(kMasterMove);
    }
    co_await aio::sleep(kOpponentMove);
  }
  report(board, aio::now() - start);
}

aio::Task<void> exhibition(aio::TimePoint start) {
  aio::Lock judit;
  std::vector<aio::Task<void>> games;
  for (int board = 1; board <= kBoards; ++board) games.push_back(play_game(board, judit, start));
  co_await aio::gather(std::move(games));
}

int main(int argc, char** argv) {
  bool sync = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (cli::is_help(arg)) cli::help(kUsage);
    else if (arg == "--sync") sync = true;
    else cli::fail(kUsage, "unknown argument: " + arg);
  }
  aio::TimePoint start = aio::now();
  if (sync) {
    for (int board = 1; board <= kBoards; ++board) play_game_sync(board, start);
  } else {
    aio::run(exhibition(start));
  }
  double hours = cli::seconds(aio::now() - start) / 3600.0;
  std::printf("%s exhibition finished in %.1f hours.\n", sync ? "Synchronous" : "Asynchronous",
              hours);
}
