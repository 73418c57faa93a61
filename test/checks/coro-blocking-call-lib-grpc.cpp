// RUN: rm -rf %t && mkdir -p %t
// RUN: protoc --proto_path=%S/Inputs/grpc --cpp_out=%t --grpc_out=%t --plugin=protoc-gen-grpc=%grpc_cpp_plugin %S/Inputs/grpc/greeter.proto
// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs -I%t
// gRPC's synchronous calls (rpc.def), against Debian's grpcpp 1.51 and a
// stub that grpc_cpp_plugin generates from Inputs/grpc/greeter.proto when
// the test runs: the generated Stub's synchronous methods (the CallShape
// GrpcSyncStub), the streams they return, the server's Wait and the
// completion queue. Negative cases are in coro-blocking-call-lib-grpc-negative.cpp.
#include "coro-task.h"
#include "greeter.grpc.pb.h"
#include <chrono>
#include <grpcpp/grpcpp.h>
#include <memory>

test::Task call(std::shared_ptr<grpc::Channel> channel) {
  std::unique_ptr<demo::Greeter::Stub> stub = demo::Greeter::NewStub(channel);
  grpc::ClientContext context;
  demo::HelloRequest request;
  demo::HelloReply reply;
  grpc::Status status = stub->SayHello(&context, request, &reply);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: blocking call to 'demo::Greeter::Stub::SayHello' (network-io) in coroutine 'call' stalls every coroutine on its event loop [coro-blocking-call]
  // CHECK-MESSAGES: :[[@LINE-2]]:31: note: use the stub's asynchronous API: 'stub->async()->Method(...)' with a callback, or 'stub->AsyncMethod(...)' with a 'grpc::CompletionQueue' that another thread drains
  demo::Greeter::StubInterface *mockable = stub.get();
  mockable->SayHello(&context, request, &reply);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: blocking call to 'demo::Greeter::StubInterface::SayHello' (network-io) in coroutine 'call'
  (void)status;
  co_return;
}

test::Task streams(demo::Greeter::Stub &stub) {
  grpc::ClientContext context;
  demo::HelloRequest request;
  demo::HelloReply reply;
  auto reader = stub.ListReplies(&context, request);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: blocking call to 'demo::Greeter::Stub::ListReplies' (network-io) in coroutine 'streams'
  while (reader->Read(&reply)) {
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: blocking call to 'grpc::ClientReader::Read' (network-io) in coroutine 'streams'
    // CHECK-MESSAGES: :[[@LINE-2]]:18: note: use non-blocking sockets driven by the event loop (your library's async socket)
  }
  reader->Finish();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call to 'grpc::ClientReader::Finish' (network-io) in coroutine 'streams'
  grpc::ClientContext uploadContext;
  auto writer = stub.Upload(&uploadContext, &reply);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: blocking call to 'demo::Greeter::Stub::Upload' (network-io) in coroutine 'streams'
  writer->Write(request);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call to 'grpc::ClientWriter::Write' (network-io) in coroutine 'streams'
  writer->WritesDone();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call to 'grpc::ClientWriter::WritesDone' (network-io) in coroutine 'streams'
  writer->Finish();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: blocking call to 'grpc::ClientWriter::Finish' (network-io) in coroutine 'streams'
  grpc::ClientContext chatContext;
  auto chat = stub.Chat(&chatContext);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: blocking call to 'demo::Greeter::Stub::Chat' (network-io) in coroutine 'streams'
  chat->Write(request, grpc::WriteOptions());
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'grpc::ClientReaderWriter::Write' (network-io) in coroutine 'streams'
  chat->Read(&reply);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'grpc::ClientReaderWriter::Read' (network-io) in coroutine 'streams'
  chat->WritesDone();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'grpc::ClientReaderWriter::WritesDone' (network-io) in coroutine 'streams'
  chat->Finish();
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: blocking call to 'grpc::ClientReaderWriter::Finish' (network-io) in coroutine 'streams'
  co_return;
}

test::Task serve(grpc::Server &server, grpc::CompletionQueue &cq,
                 std::shared_ptr<grpc::Channel> channel) {
  server.Wait();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: blocking call to 'grpc::Server::Wait' (wait) in coroutine 'serve'
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: the server runs on its own threads: call 'Shutdown' from the coroutine, and 'Wait' off the event loop thread
  void *tag = nullptr;
  bool ok = false;
  cq.Next(&tag, &ok);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'grpc::CompletionQueue::Next' (wait) in coroutine 'serve'
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: drain the 'grpc::CompletionQueue' on a thread of its own, or poll it with 'AsyncNext' and a deadline that has passed ('gpr_time_0(GPR_CLOCK_REALTIME)')
  auto deadline = std::chrono::system_clock::now() + std::chrono::milliseconds(100);
  cq.AsyncNext(&tag, &ok, deadline);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'grpc::CompletionQueue::AsyncNext' (wait) in coroutine 'serve'
  cq.AsyncNext(&tag, &ok, gpr_inf_future(GPR_CLOCK_REALTIME));
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: blocking call to 'grpc::CompletionQueue::AsyncNext' (wait) in coroutine 'serve'
  channel->WaitForConnected(deadline);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking call to 'grpc::ChannelInterface::WaitForConnected' (network-io) in coroutine 'serve'
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: use 'channel->NotifyOnStateChange(...)' with a 'grpc::CompletionQueue', or 'GetState(true)' and a deadline that has passed
  channel->WaitForStateChange(GRPC_CHANNEL_IDLE, deadline);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: blocking call to 'grpc::ChannelInterface::WaitForStateChange' (network-io) in coroutine 'serve'
  co_return;
}
