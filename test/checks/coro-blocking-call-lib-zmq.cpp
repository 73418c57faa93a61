// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// ZeroMQ's blocking calls (rpc.def), against Debian's zmq.h (libzmq3-dev,
// libzmq 4.3) and zmq.hpp/zmq_addon.hpp (cppzmq-dev, cppzmq 4.9): receiving
// and sending without ZMQ_DONTWAIT, polling with a timeout, the proxies and
// terminating a context. Negative cases are in coro-blocking-call-lib-zmq-negative.cpp.
#include "coro-task.h"
#include <vector>
#include <zmq.h>
#include <zmq.hpp>
#include <zmq_addon.hpp>

test::Task c_api(void *context, void *socket, void *backend) {
  char buf[256];
  zmq_recv(socket, buf, sizeof buf, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'zmq_recv' (network-io) in coroutine 'c_api' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: pass 'ZMQ_DONTWAIT' and let the event loop wait on the socket's 'ZMQ_FD' (then read 'ZMQ_EVENTS')
  zmq_send(socket, "hello", 5, ZMQ_SNDMORE); // more parts, still blocking
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'zmq_send' (network-io) in coroutine 'c_api'
  zmq_send_const(socket, "world", 5, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'zmq_send_const' (network-io) in coroutine 'c_api'
  zmq_msg_t msg;
  zmq_msg_init(&msg);
  zmq_msg_recv(&msg, socket, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'zmq_msg_recv' (network-io) in coroutine 'c_api'
  zmq_msg_send(&msg, socket, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'zmq_msg_send' (network-io) in coroutine 'c_api'
  zmq_recvmsg(socket, &msg, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'zmq_recvmsg' (network-io) in coroutine 'c_api'
  zmq_sendmsg(socket, &msg, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'zmq_sendmsg' (network-io) in coroutine 'c_api'
  zmq_pollitem_t items[] = {{socket, 0, ZMQ_POLLIN, 0}};
  zmq_poll(items, 1, -1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'zmq_poll' (network-io) in coroutine 'c_api'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: let the event loop wait for readiness instead of polling from a coroutine
  zmq_poll(items, 1, 100);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'zmq_poll' (network-io) in coroutine 'c_api'
  zmq_proxy(socket, backend, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'zmq_proxy' (wait) in coroutine 'c_api'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: run the proxy on a thread of its own: it returns only when its context is terminated
  zmq_proxy_steerable(socket, backend, nullptr, nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'zmq_proxy_steerable' (wait) in coroutine 'c_api'
  zmq_ctx_term(context);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'zmq_ctx_term' (wait) in coroutine 'c_api'
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: close the sockets with a short 'ZMQ_LINGER' and terminate the context off the event loop thread
  zmq_ctx_destroy(context);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'zmq_ctx_destroy' (wait) in coroutine 'c_api'
  co_return;
}

test::Task cpp_api(zmq::socket_t &socket, zmq::socket_t &backend) {
  zmq::message_t msg;
  auto received = socket.recv(msg);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: blocking call to 'zmq::socket_t::recv' (network-io) in coroutine 'cpp_api'
  // CHECK-MESSAGES: :[[@LINE-2]]:26: note: pass 'zmq::recv_flags::dontwait' and let the event loop wait on the socket's 'zmq::sockopt::fd' (then read 'zmq::sockopt::events')
  received = socket.recv(msg, zmq::recv_flags::none);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking call to 'zmq::socket_t::recv' (network-io) in coroutine 'cpp_api'
  char buf[64];
  auto sized = socket.recv(zmq::buffer(buf));
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: blocking call to 'zmq::socket_t::recv' (network-io) in coroutine 'cpp_api'
  socket.send(zmq::str_buffer("hello"), zmq::send_flags::sndmore);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'zmq::socket_t::send' (network-io) in coroutine 'cpp_api'
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: pass 'zmq::send_flags::dontwait' and let the event loop wait on the socket's 'zmq::sockopt::fd' (then read 'zmq::sockopt::events')
  socket.send(msg, zmq::send_flags::none);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'zmq::socket_t::send' (network-io) in coroutine 'cpp_api'
  zmq::socket_ref ref = socket;
  ref.send(zmq::str_buffer("x"), zmq::send_flags::none);
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: blocking call to 'zmq::socket_ref::send' (network-io) in coroutine 'cpp_api'
  auto got = ref.recv(msg);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: blocking call to 'zmq::socket_ref::recv' (network-io) in coroutine 'cpp_api'
  std::vector<zmq::message_t> parts;
  zmq::recv_multipart(socket, std::back_inserter(parts));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'zmq::recv_multipart' (network-io) in coroutine 'cpp_api'
  zmq::send_multipart(socket, parts);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'zmq::send_multipart' (network-io) in coroutine 'cpp_api'
  std::vector<zmq::pollitem_t> items = {{socket, 0, ZMQ_POLLIN, 0}};
  zmq::poll(items);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'zmq::poll' (network-io) in coroutine 'cpp_api'
  zmq::poll(items.data(), items.size(), std::chrono::milliseconds(50));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'zmq::poll' (network-io) in coroutine 'cpp_api'
  zmq::proxy(socket, backend);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'zmq::proxy' (wait) in coroutine 'cpp_api'
  (void)sized, (void)got;
  co_return;
}
