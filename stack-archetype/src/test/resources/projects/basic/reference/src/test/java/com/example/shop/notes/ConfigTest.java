package com.example.shop.notes;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConfigTest {
    @Test
    void defaultsAndOverrides() {
        Config d = Config.fromEnvironment(Map.of());
        assertEquals(8080, d.port());
        assertEquals("jdbc:postgresql://localhost:5432/app", d.databaseUrl());
        assertNull(d.apiKey());
        Config c = Config.fromEnvironment(Map.of("PORT", "9000", "DATABASE_URL", "jdbc:postgresql://db/x",
                "API_KEY", " "));
        assertEquals(9000, c.port());
        assertEquals("jdbc:postgresql://db/x", c.databaseUrl());
        assertNull(c.apiKey(), "a blank API_KEY means none");
        assertThrows(IllegalArgumentException.class, () -> Config.fromEnvironment(Map.of("PORT", "http")));
    }

    @Test
    void jsonStringsAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", Json.string("a\"b\\c\nd\u0001"));
    }

    @Test
    void versionComesFromVersionJson() {
        assertEquals("2.0", new VersionInfo("{\"name\":\"x\", \"version\" : \"2.0\"}").version());
        assertEquals("unknown", new VersionInfo("{}").version());
    }
}
