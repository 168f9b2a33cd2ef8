package io.github.stackmaven.stack.engine.docker.session;

import com.google.protobuf.ByteString;
import io.github.stackmaven.stack.engine.docker.session.proto.GetSecretRequest;
import io.github.stackmaven.stack.engine.docker.session.proto.GetSecretResponse;
import io.github.stackmaven.stack.engine.docker.session.proto.SecretsGrpc;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;

import java.util.Map;

/** {@code moby.buildkit.secrets.v1.Secrets}: a {@code RUN --mount=type=secret,id=...} asks for one by id. */
final class SecretsService extends SecretsGrpc.SecretsImplBase {
    private final Map<String, byte[]> secrets;

    SecretsService(Map<String, byte[]> secrets) {
        this.secrets = secrets;
    }

    @Override
    public void getSecret(GetSecretRequest request, StreamObserver<GetSecretResponse> response) {
        byte[] data = secrets.get(request.getID());
        if (data == null) {
            response.onError(Status.NOT_FOUND.withDescription("secret " + request.getID() + " not found")
                    .asRuntimeException());
            return;
        }
        response.onNext(GetSecretResponse.newBuilder().setData(ByteString.copyFrom(data)).build());
        response.onCompleted();
    }
}
