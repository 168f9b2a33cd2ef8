package io.github.stackmaven.stack.engine.docker.session;

import com.google.protobuf.ByteString;
import io.github.stackmaven.stack.engine.docker.session.proto.AuthGrpc;
import io.github.stackmaven.stack.engine.docker.session.proto.FileSyncGrpc;
import io.github.stackmaven.stack.engine.docker.session.proto.HealthGrpc;
import io.github.stackmaven.stack.engine.docker.session.proto.Packet;
import io.github.stackmaven.stack.engine.docker.session.proto.SecretsGrpc;
import io.github.stackmaven.stack.engine.docker.session.proto.Stat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated classes speak BuildKit's names and bytes. */
class SessionProtocolTest {

    @Test
    void theServicesHaveTheMethodNamesBuildkitCalls() {
        assertThat(FileSyncGrpc.getDiffCopyMethod().getFullMethodName())
                .isEqualTo("moby.filesync.v1.FileSync/DiffCopy");
        assertThat(AuthGrpc.getCredentialsMethod().getFullMethodName())
                .isEqualTo("moby.filesync.v1.Auth/Credentials");
        assertThat(SecretsGrpc.getGetSecretMethod().getFullMethodName())
                .isEqualTo("moby.buildkit.secrets.v1.Secrets/GetSecret");
        assertThat(HealthGrpc.getCheckMethod().getFullMethodName()).isEqualTo("grpc.health.v1.Health/Check");
    }

    @Test
    void aPacketHasFsutilsFieldNumbers() throws Exception {
        Packet p = Packet.newBuilder().setType(Packet.PacketType.PACKET_DATA).setID(7)
                .setData(ByteString.copyFromUtf8("x"))
                .setStat(Stat.newBuilder().setPath("a").setMode(0644).setModTime(5)).build();
        byte[] bytes = p.toByteArray();
        // type=2 (field 1 varint), stat (field 2, length-delimited), ID=7 (field 3 varint), data (field 4)
        assertThat(bytes[0]).isEqualTo((byte) 0x08);
        assertThat(bytes[1]).isEqualTo((byte) 2);
        assertThat(bytes[2]).isEqualTo((byte) 0x12);
        assertThat(Packet.parseFrom(bytes)).isEqualTo(p);
        assertThat(Stat.parseFrom(p.getStat().toByteArray()).getModTime()).isEqualTo(5);
    }
}
