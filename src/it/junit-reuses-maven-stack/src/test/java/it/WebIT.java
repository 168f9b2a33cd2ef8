package it;

import io.github.stackmaven.stack.junit.RunningStack;
import io.github.stackmaven.stack.junit.Stack;
import io.github.stackmaven.stack.junit.StackHost;
import io.github.stackmaven.stack.junit.StackPort;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

@Stack
class WebIT {

    @Test
    void servesItsPage(RunningStack stack, @StackHost("web") String host, @StackPort("web") int port) throws Exception {
        Seen.record("WebIT", stack, "web", port);
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("from web\n", page.body());
        assertEquals(port, stack.port("web", 8080));
    }
}
