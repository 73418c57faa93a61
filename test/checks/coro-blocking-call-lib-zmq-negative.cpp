// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs
// ZeroMQ's calls that do not block stay silent (rpc.def): ZMQ_DONTWAIT (alone
// or with other flags), zmq::recv_flags/send_flags::dontwait, a zero poll
// timeout, and connecting, binding and the socket options (ZMQ_FD,
// ZMQ_EVENTS), which never wait. Against Debian's zmq.h and cppzmq's zmq.hpp.
#include "coro-task.h"
#include <chrono>
#include <vector>
#include <zmq.h>
#include <zmq.hpp>
#include <zmq_addon.hpp>

test::Task c_api(void *context) {
  void *socket = zmq_socket(context, ZMQ_DEALER);
  zmq_connect(socket, "tcp://127.0.0.1:5555");
  zmq_bind(socket, "inproc://events");
  int fd = 0;
  size_t size = sizeof fd;
  zmq_getsockopt(socket, ZMQ_FD, &fd, &size);
  char buf[256];
  zmq_recv(socket, buf, sizeof buf, ZMQ_DONTWAIT);
  zmq_send(socket, "hello", 5, ZMQ_DONTWAIT | ZMQ_SNDMORE);
  zmq_send_const(socket, "world", 5, ZMQ_DONTWAIT);
  zmq_msg_t msg;
  zmq_msg_init(&msg);
  zmq_msg_recv(&msg, socket, ZMQ_DONTWAIT);
  zmq_msg_send(&msg, socket, ZMQ_DONTWAIT);
  zmq_pollitem_t items[] = {{socket, 0, ZMQ_POLLIN, 0}};
  zmq_poll(items, 1, 0);
  zmq_msg_close(&msg);
  zmq_close(socket);
  co_return;
}

test::Task cpp_api(zmq::context_t &context) {
  zmq::socket_t socket(context, zmq::socket_type::dealer);
  socket.connect("tcp://127.0.0.1:5555");
  socket.set(zmq::sockopt::linger, 0);
  auto fd = socket.get(zmq::sockopt::fd);
  zmq::message_t msg;
  auto received = socket.recv(msg, zmq::recv_flags::dontwait);
  char buf[64];
  auto sized = socket.recv(zmq::buffer(buf), zmq::recv_flags::dontwait);
  socket.send(zmq::str_buffer("hello"), zmq::send_flags::dontwait | zmq::send_flags::sndmore);
  socket.send(msg, zmq::send_flags::dontwait);
  std::vector<zmq::message_t> parts;
  zmq::recv_multipart(socket, std::back_inserter(parts), zmq::recv_flags::dontwait);
  zmq::send_multipart(socket, parts, zmq::send_flags::dontwait);
  std::vector<zmq::pollitem_t> items = {{socket, 0, ZMQ_POLLIN, 0}};
  zmq::poll(items, std::chrono::milliseconds(0));
  zmq::poll(items.data(), items.size(), std::chrono::milliseconds::zero());
  socket.close();
  (void)fd, (void)received, (void)sized;
  co_return;
}
