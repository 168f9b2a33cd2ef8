package io.github.stackmaven.stack.engine.docker.session;

import io.github.stackmaven.stack.engine.RegistryAuth;
import io.github.stackmaven.stack.engine.docker.session.proto.AuthGrpc;
import io.github.stackmaven.stack.engine.docker.session.proto.CredentialsRequest;
import io.github.stackmaven.stack.engine.docker.session.proto.CredentialsResponse;
import io.grpc.stub.StreamObserver;

import java.util.Optional;
import java.util.function.Function;

/**
 * {@code moby.filesync.v1.Auth}: BuildKit asks for a registry's credentials when a base image needs them. Only
 * {@code Credentials} is served; the token methods answer UNIMPLEMENTED (the base class), which BuildKit takes as
 * "use the credentials".
 */
final class AuthService extends AuthGrpc.AuthImplBase {
    private final Function<String, Optional<RegistryAuth>> lookup;

    AuthService(Function<String, Optional<RegistryAuth>> lookup) {
        this.lookup = lookup;
    }

    @Override
    public void credentials(CredentialsRequest request, StreamObserver<CredentialsResponse> response) {
        CredentialsResponse.Builder answer = CredentialsResponse.newBuilder();
        lookup.apply(host(request.getHost())).ifPresent(auth -> {
            if (!auth.identityToken().isEmpty()) {
                answer.setSecret(auth.identityToken());
            } else {
                answer.setUsername(auth.username()).setSecret(auth.password());
            }
        });
        response.onNext(answer.build());
        response.onCompleted();
    }

    /** BuildKit names Docker Hub {@code registry-1.docker.io}; credential stores know it by its index address. */
    static String host(String host) {
        return "registry-1.docker.io".equals(host) ? "https://index.docker.io/v1/" : host;
    }
}
