//===--- NonBlockingDescriptors.h - descriptors made non-blocking -*- C++ -*-===//
//
// `connect`, `accept`, `recv`, `send`, `read` and `write` block only on a
// blocking descriptor; asio's synchronous socket operations block only
// while the socket's non_blocking() mode is off. This file finds, in the
// function that makes such a call, the evidence that the descriptor (or
// asio object) does not block, so that the call is not reported:
//
//   - made non-blocking before the call, in the same function:
//       created non-blocking: `fd = socket(..., SOCK_STREAM | SOCK_NONBLOCK, ...)`,
//         `accept4(..., SOCK_NONBLOCK)`, `open(path, O_RDWR | O_NONBLOCK)`,
//         `openat(dir, path, ... | O_NONBLOCK)`;
//       switched: `fcntl(fd, F_SETFL, flags | O_NONBLOCK)` (or a constant
//         with the bit), `ioctl(fd, FIONBIO, &one)` (`one` a local
//         initialised to a non-zero constant), asio's `s.non_blocking(true)`;
//       through a helper defined in the TU (not a coroutine, not in a
//         system header, up to MaxHelperDepth calls deep) whose body does
//         one of these to a parameter it is passed (`set_nonblocking(fd)`)
//         or to a member of its object (`sock.setNonblock()` whose body
//         calls `fcntl(fd_, F_SETFL, ... | O_NONBLOCK)`);
//     and not made blocking again between that and the call: `fcntl` with
//     a value without the bit (`flags & ~O_NONBLOCK`, `0`), FIONBIO with
//     zero, `non_blocking(false)`, or a new descriptor assigned to the
//     variable (`fd = socket(...)` without the flag, `fd = other`);
//   - or the code handles the call's would-block result: after the call,
//     in the same function, `errno` is compared (`==`, `!=`, a `case`)
//     with EAGAIN, EWOULDBLOCK or EINPROGRESS before any other such call,
//     or the error_code the call was passed is compared with
//     `asio::error::would_block`, `try_again`, `in_progress` or
//     `std::errc::operation_would_block`, `resource_unavailable_try_again`,
//     `operation_in_progress`.
//
// "The same descriptor" is the same variable or parameter (`fd`), the same
// data member of `this` (`fd_`, `this->fd_`), the same member of the same
// variable (`conn.fd`, `conn->fd`), or a getter whose body is `return
// member;` called on the same variable (`sock.fd()`). Anything else
// (an array element, a function's result) carries no evidence.
//
// Source order stands for execution order: a switch in a loop body after
// the call does not count for it. The constants are Linux's (as in
// BlockingCatalog.cpp): O_NONBLOCK = SOCK_NONBLOCK = 04000, F_SETFL = 4,
// FIONBIO = 0x5421, EAGAIN = EWOULDBLOCK = 11, EINPROGRESS = 115.
//
// Evidence is computed lazily, once per function body, and only when a
// call in it is about to be reported; helpers' effects once per helper.
//
// Thread-safety: one instance per translation unit and thread.
//
//===----------------------------------------------------------------------===//

#ifndef COROLINT_ANALYSIS_NONBLOCKINGDESCRIPTORS_H
#define COROLINT_ANALYSIS_NONBLOCKINGDESCRIPTORS_H

#include "BlockingCatalog.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/Stmt.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>

namespace corolint {

class NonBlockingDescriptors {
public:
  /// Helpers nested deeper than this are not read for evidence.
  static constexpr unsigned MaxHelperDepth = 4;

  explicit NonBlockingDescriptors(clang::ASTContext &Ctx);
  ~NonBlockingDescriptors();

  /// Whether \p Call, found blocking as \p Match in the function body
  /// \p Scope, works on a descriptor or asio object that \p Scope made
  /// non-blocking before it, or has its would-block result handled there.
  /// Only descriptor calls (connect, accept, accept4, recv*, send*, read,
  /// write, readv, writev) and async-twin findings are considered.
  bool exempts(const clang::Expr &Call, const BlockingMatch &Match,
               const clang::Stmt &Scope);

  struct Evidence;
  struct Effect;

private:
  const Evidence &evidenceOf(const clang::Stmt &Body, unsigned Depth);
  const Effect *effectOf(const clang::FunctionDecl &Helper, unsigned Depth);

  clang::ASTContext &Ctx;
  llvm::DenseMap<const clang::Stmt *, std::unique_ptr<Evidence>> Bodies;
  /// A null entry: no effect, or being computed (cuts recursion).
  llvm::DenseMap<const clang::FunctionDecl *, std::unique_ptr<Effect>> Helpers;
};

} // namespace corolint

#endif
