// RUN: rm -rf %t && mkdir -p %t
// RUN: protoc --proto_path=%S/Inputs/grpc --cpp_out=%t --grpc_out=%t --plugin=protoc-gen-grpc=%grpc_cpp_plugin %S/Inputs/grpc/greeter.proto
// RUN: %check_coro coro-blocking-call %s -- -I%S/Inputs -I%t
// RUN: %check_coro coro-blocking-call %s --config="{CheckOptions: {coro-blocking-call.AllowedFunctions: 'demo::Greeter::Stub::SayHello'}}" -- -I%S/Inputs -I%t -DALLOWED
// gRPC's asynchronous calls stay silent (rpc.def): the generated stub's
// Async*/PrepareAsync* members and its callback API, the server side of the
// service, the completion queue polled with a deadline that has passed
// (a zero or epoch time, gpr_time_0, gpr_inf_past, a clock's now()), and
// member functions that only look a little like a stub's. The stub is
// generated from Inputs/grpc/greeter.proto when the test runs. The second
// run lists a stub method in AllowedFunctions, by the name a finding gives.
#include "coro-task.h"
#include "greeter.grpc.pb.h"
#include <chrono>
#include <grpcpp/grpcpp.h>
#include <memory>

test::Task async(demo::Greeter::Stub &stub, grpc::CompletionQueue &cq) {
  grpc::ClientContext context;
  demo::HelloRequest request;
  demo::HelloReply reply;
  grpc::Status status;
  auto rpc = stub.AsyncSayHello(&context, request, &cq);
  rpc->Finish(&reply, &status, nullptr); // completes on the queue
  auto prepared = stub.PrepareAsyncSayHello(&context, request, &cq);
  prepared->StartCall();
  auto reader = stub.AsyncListReplies(&context, request, &cq, nullptr);
  stub.async()->SayHello(&context, &request, &reply, [](grpc::Status) {});
  void *tag = nullptr;
  bool ok = false;
  cq.AsyncNext(&tag, &ok, gpr_time_0(GPR_CLOCK_REALTIME));
  cq.AsyncNext(&tag, &ok, gpr_inf_past(GPR_CLOCK_MONOTONIC));
  cq.AsyncNext(&tag, &ok, std::chrono::system_clock::now());
  cq.AsyncNext(&tag, &ok, std::chrono::system_clock::time_point());
  co_return;
}

test::Task channel(std::shared_ptr<grpc::Channel> channel, grpc::Server &server) {
  channel->GetState(true);
  channel->WaitForConnected(gpr_time_0(GPR_CLOCK_REALTIME));
  channel->WaitForStateChange(GRPC_CHANNEL_IDLE, std::chrono::system_clock::now());
  server.Shutdown();
  co_return;
}

// The server side: a synchronous service's handlers run on gRPC's threads,
// and their first parameter is a grpc::ServerContext.
class Greeter final : public demo::Greeter::Service {
  grpc::Status SayHello(grpc::ServerContext *, const demo::HelloRequest *,
                        demo::HelloReply *) override;
};
test::Task direct(Greeter &service, grpc::ServerContext *context) {
  demo::HelloRequest request;
  demo::HelloReply reply;
  static_cast<demo::Greeter::Service &>(service).SayHello(context, &request, &reply);
  co_return;
}

// Not the generated shape: a Stub that is not nested in a service class, a
// nested Stub whose method returns something else, or takes no context.
struct Stub {
  grpc::Status Call(grpc::ClientContext *context);
};
struct Service {
  struct Stub {
    void Call(grpc::ClientContext *context);
    grpc::Status Ping();
  };
};
test::Task lookalikes(Stub &top, Service::Stub &nested, grpc::ClientContext *context) {
  top.Call(context);
  nested.Call(context);
  nested.Ping();
  co_return;
}

#ifdef ALLOWED
test::Task allowed(demo::Greeter::Stub &stub) {
  grpc::ClientContext context;
  demo::HelloRequest request;
  demo::HelloReply reply;
  stub.SayHello(&context, request, &reply);
  co_return;
}
#endif
