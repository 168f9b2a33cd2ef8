package com.example.shop.notes;

import java.util.Map;

/**
 * Settings from the environment (compose's {@code environment:} and {@code env_file:}).
 *
 * @param port             {@code PORT}, default 8080
 * @param databaseUrl      {@code DATABASE_URL}, a JDBC URL
 * @param databaseUser     {@code DATABASE_USER}
 * @param databasePassword {@code DATABASE_PASSWORD}
 * @param apiKey           {@code API_KEY}: when set, writes need {@code Authorization: Bearer <API_KEY>}
 */
public record Config(int port, String databaseUrl, String databaseUser, String databasePassword, String apiKey) {

    public static Config fromEnvironment(Map<String, String> env) {
        String port = env.getOrDefault("PORT", "8080");
        try {
            return new Config(Integer.parseInt(port.trim()),
                    env.getOrDefault("DATABASE_URL", "jdbc:postgresql://localhost:5432/app"),
                    env.getOrDefault("DATABASE_USER", "app"),
                    env.getOrDefault("DATABASE_PASSWORD", ""),
                    blankToNull(env.get("API_KEY")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT is '" + port + "'; it must be a number");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
