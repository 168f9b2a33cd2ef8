package io.github.stackmaven.stack.images;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** Test helper: writes a build context and reads the tar back. */
final class TarListing {

    final byte[] bytes;
    final Map<String, TarArchiveEntry> entries = new LinkedHashMap<>();
    final Map<String, String> contents = new LinkedHashMap<>();

    private TarListing(byte[] bytes) throws IOException {
        this.bytes = bytes;
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(bytes))) {
            TarArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), e);
                if (e.isFile()) {
                    contents.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
    }

    static TarListing of(BuildContext context) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        context.writeTo(out);
        return new TarListing(out.toByteArray());
    }

    List<String> names() {
        return List.copyOf(entries.keySet());
    }
}
