package io.github.stackmaven.stack.orchestration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Log files outlive up: lines printed later still arrive; down finishes after the last byte; files are mode 600. */
class LogStreamsTest {
    @TempDir
    Path dir;

    @Test
    void linesPrintedAfterUpReachTheFile_andFinishWaitsForTheLastByte() throws Exception {
        FakeEngineClient engine = new FakeEngineClient();
        LogStreams logs = new LogStreams(engine);
        Path file = dir.resolve("logs/db.log");
        engine.print("c1", "starting");
        logs.follow("c1", file);
        logs.complete();  // up returned
        Thread.sleep(200);
        engine.print("c1", "password authentication failed");  // printed after up returned
        engine.print("c1", FakeEngineClient.END_OF_LOG);  // down removed the container
        logs.finish(Duration.ofSeconds(10));
        assertThat(Files.readAllLines(file)).containsExactly("starting", "password authentication failed");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(engine.closed).as("the log connection is closed with the streams").isTrue();
    }

    @Test
    void onceUpIsDoneAndEveryStreamEnded_theConnectionIsClosedWithoutDown() throws Exception {
        FakeEngineClient engine = new FakeEngineClient();
        LogStreams logs = new LogStreams(engine);
        logs.follow("c1", dir.resolve("a.log"));
        logs.follow("c2", dir.resolve("b.log"));
        logs.complete();
        engine.print("c1", FakeEngineClient.END_OF_LOG);
        Thread.sleep(300);
        assertThat(engine.closed).as("c2 still runs").isFalse();
        engine.print("c2", "last words");
        engine.print("c2", FakeEngineClient.END_OF_LOG);
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!engine.closed && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(engine.closed).isTrue();
        assertThat(Files.readAllLines(dir.resolve("b.log"))).isEqualTo(List.of("last words"));
    }
}
