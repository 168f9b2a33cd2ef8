package io.github.stackmaven.stack.engine.docker.session;

import io.github.stackmaven.stack.engine.docker.session.proto.HealthCheckRequest;
import io.github.stackmaven.stack.engine.docker.session.proto.HealthCheckResponse;
import io.github.stackmaven.stack.engine.docker.session.proto.HealthGrpc;
import io.grpc.stub.StreamObserver;

/** {@code grpc.health.v1.Health}: the engine drops a session whose health check goes unanswered. */
final class HealthService extends HealthGrpc.HealthImplBase {
    @Override
    public void check(HealthCheckRequest request, StreamObserver<HealthCheckResponse> response) {
        response.onNext(HealthCheckResponse.newBuilder().setStatus(HealthCheckResponse.ServingStatus.SERVING)
                .build());
        response.onCompleted();
    }
}
